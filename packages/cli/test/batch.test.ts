import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { marchRecord } from '@chibo/scenario';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  brokenRecord,
  chibo,
  chiboInTerminal,
  createWorkDir,
  documentXml,
  hasScript,
} from './support';

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
  const batch = join(dir, 'records');
  mkdirSync(batch);
  writeFileSync(join(batch, 'thang-03.json'), JSON.stringify(marchRecord));
  writeFileSync(
    join(batch, 'thang-03-ban-sao.json'),
    JSON.stringify(marchRecord),
  );
  writeFileSync(join(batch, 'loi.json'), JSON.stringify(brokenRecord));
  writeFileSync(join(batch, 'ghi-chu.txt'), 'not a record');
});

describe('chibo minutes --batch', () => {
  it('writes the good records, reports counts and reasons, exits 65', async () => {
    const result = await chibo(['minutes', '--batch', 'records', '-o', 'out'], {
      cwd: dir,
    });
    expect(result.code).toBe(65);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([
      'thang-03-ban-sao.docx',
      'thang-03.docx',
    ]);
    expect(
      documentXml(readFileSync(join(dir, 'out', 'thang-03.docx'))),
    ).toContain('BIÊN BẢN');
    expect(existsSync(join(dir, 'out', 'loi.docx'))).toBe(false);
    expect(result.stderr).toContain('Xong: 2 thành công, 1 lỗi.');
    expect(result.stderr).toMatch(/loi\.json: Hồ sơ cuộc họp không hợp lệ/);
    expect(result.stderr).toContain('meeting.chairId');
  });

  it('prints one plain line per file when stderr is not a terminal', async () => {
    const result = await chibo(
      ['resolution', '--batch', 'records', '-o', 'out-en', '--lang', 'en'],
      { cwd: dir },
    );
    const lines = result.stderr.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'failed loi.json',
      `ok thang-03-ban-sao.json -> ${join('out-en', 'thang-03-ban-sao.docx')}`,
      `ok thang-03.json -> ${join('out-en', 'thang-03.docx')}`,
    ]);
    expect(result.stderr).toContain('Done: 2 ok, 1 failed.');
    expect(result.stderr).not.toContain('\r');
  });

  it.skipIf(!hasScript)(
    'shows a progress bar on a terminal, then the counts',
    async () => {
      const result = await chiboInTerminal(
        ['minutes', '--batch', 'records', '-o', 'out-tty'],
        dir,
      );
      expect(result.code).toBe(65);
      expect(result.output).toContain(`\r[${'-'.repeat(24)}] 0/3 loi.json`);
      expect(result.output).toContain(`\r[${'#'.repeat(24)}] 3/3`);
      expect(result.output).not.toContain('ok thang-03.json');
      expect(result.output).toContain('Xong: 2 thành công, 1 lỗi.');
      expect(readdirSync(join(dir, 'out-tty'))).toHaveLength(2);
    },
  );

  it('exits 0 when every record renders', async () => {
    const good = join(dir, 'good');
    mkdirSync(good);
    writeFileSync(join(good, 'a.json'), JSON.stringify(marchRecord));
    const result = await chibo(
      ['minutes', '--batch', 'good', '-o', 'out-good'],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Xong: 1 thành công, 0 lỗi.');
  });

  it('reports a missing input directory (exit 66)', async () => {
    const result = await chibo(
      ['minutes', '--batch', 'khong-co', '-o', 'out-none', '--lang', 'en'],
      { cwd: dir },
    );
    expect(result.code).toBe(66);
    expect(result.stderr).toBe(
      'chibo: Cannot read khong-co: no such file or directory.\n',
    );
  });

  it('follows symbolic links to records and reports broken ones (exit 66)', async () => {
    const links = join(dir, 'links');
    mkdirSync(links);
    symlinkSync(join('..', 'records', 'thang-03.json'), join(links, 'a.json'));
    symlinkSync('khong-co.json', join(links, 'b-hong.json'));
    symlinkSync(join('..', 'records'), join(links, 'c-thu-muc.json'));
    writeFileSync(join(links, 'd-loi.json'), JSON.stringify(brokenRecord));
    const result = await chibo(
      ['minutes', '--batch', 'links', '-o', 'out-links'],
      { cwd: dir },
    );
    // The highest exit code of the failures: 66 (unreadable) over 65.
    expect(result.code).toBe(66);
    expect(readdirSync(join(dir, 'out-links'))).toEqual(['a.docx']);
    expect(result.stderr).toContain('Xong: 1 thành công, 3 lỗi.');
    expect(result.stderr).toContain(
      `  b-hong.json: Không đọc được ${join('links', 'b-hong.json')}: liên kết tượng trưng trỏ tới khong-co.json, tệp này không tồn tại.`,
    );
    expect(result.stderr).toContain(
      `  c-thu-muc.json: Không đọc được ${join('links', 'c-thu-muc.json')}: đây là một thư mục.`,
    );
    expect(result.stderr).toContain(
      '  d-loi.json: Hồ sơ cuộc họp không hợp lệ',
    );
  });

  it('refuses an output directory that is the input directory (exit 73)', async () => {
    const result = await chibo(
      ['minutes', '--batch', 'records', '-o', './records/', '--lang', 'en'],
      { cwd: dir },
    );
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(
      'chibo: The output directory ./records/ is the input directory records: choose another one.\n',
    );
    expect(
      readdirSync(join(dir, 'records')).some((f) => f.endsWith('.docx')),
    ).toBe(false);
  });

  it('needs -o for the output directory (exit 64)', async () => {
    const result = await chibo(['minutes', '--batch', 'records'], { cwd: dir });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--batch cần -o');
  });
});
