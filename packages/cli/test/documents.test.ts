import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chibo,
  chiboInTerminal,
  createWorkDir,
  documentXml,
  hasScript,
} from './support';

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
});

describe('chibo minutes / resolution / rating-sheet (R-DOC-1..8)', () => {
  it('writes the minutes of the March 2027 meeting to -o', async () => {
    const result = await chibo(
      ['minutes', 'record.json', '-o', 'bien-ban.docx'],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(0);
    const bytes = readFileSync(join(dir, 'bien-ban.docx'));
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = documentXml(bytes);
    expect(xml).toContain('BIÊN BẢN');
    expect(xml).toContain('Chi bộ thôn Trang Nùng'.toUpperCase());
  });

  it('writes the minutes in English with --lang en', async () => {
    const result = await chibo(
      ['minutes', 'record.json', '--lang', 'en', '-o', 'minutes-en.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(documentXml(readFileSync(join(dir, 'minutes-en.docx')))).toContain(
      'MINUTES',
    );
  });

  it('reads the record from stdin and writes the .docx to a piped stdout', async () => {
    const record = readFileSync(join(dir, 'record.json'), 'utf8');
    const result = await chibo(['minutes'], { stdin: record });
    expect(result.code).toBe(0);
    expect(documentXml(result.stdout)).toContain('BIÊN BẢN');
    const dash = await chibo(['minutes', '-'], { stdin: record });
    expect(dash.code).toBe(0);
    expect(dash.stdout.subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the monthly resolution', async () => {
    const result = await chibo(
      ['resolution', 'record.json', '-o', 'nghi-quyet.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(documentXml(readFileSync(join(dir, 'nghi-quyet.docx')))).toContain(
      'NGHỊ QUYẾT',
    );
  });

  it("writes the score sheet of the record's rating (87, Khá)", async () => {
    const result = await chibo(
      ['rating-sheet', 'rated-record.json', '-o', 'phieu.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const xml = documentXml(readFileSync(join(dir, 'phieu.docx')));
    expect(xml).toContain('PHIẾU CHẤM ĐIỂM');
    expect(xml).toContain('87');
    expect(xml).toContain('Khá');
  });

  it('refuses a score sheet for a record without a rating (exit 65, the path)', async () => {
    const result = await chibo(
      ['rating-sheet', 'record.json', '-o', 'no-rating.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('meeting.rating');
    expect(existsSync(join(dir, 'no-rating.docx'))).toBe(false);
  });

  it('leaves no file, not even a temporary one, when rendering fails', async () => {
    const before = readdirSync(dir).sort();
    const result = await chibo(
      ['minutes', 'broken-record.json', '-o', 'broken.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    expect(existsSync(join(dir, 'broken.docx'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses -o naming a directory, leaving no file (exit 73)', async () => {
    mkdirSync(join(dir, 'thu-muc.docx'));
    const before = readdirSync(dir).sort();
    const result = await chibo(
      ['minutes', 'record.json', '-o', 'thu-muc.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(
      'chibo: Không ghi được thu-muc.docx: đây là một thư mục.\n',
    );
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it.skipIf(!hasScript)(
    'never prints a .docx to a terminal (exit 64)',
    async () => {
      const result = await chiboInTerminal(['minutes', 'record.json'], dir);
      expect(result.code).toBe(64);
      expect(result.output).toContain('Không in tệp .docx ra màn hình');
      expect(result.output).not.toContain('PK');
    },
  );
});
