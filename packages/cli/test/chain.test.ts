import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chibo, createWorkDir, documentXml } from './support';

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
});

const sha256 = (bytes: Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex');

/** `chibo rating` of the March record on the An Phú sheet, as JSON. */
const rate = (...extra: string[]) =>
  chibo(
    [
      'rating',
      'record.json',
      '--scheme',
      'an-phu',
      '--history',
      'history.json',
      '--json',
      ...extra,
    ],
    { cwd: dir },
  );

/** `chibo rating-sheet` of the March record. */
const sheetOf = (...extra: string[]) =>
  chibo(['rating-sheet', 'record.json', ...extra], { cwd: dir });

describe('every JSON a command prints is accepted by the command that consumes it', () => {
  it('chibo rating --json → chibo rating-sheet --rating: the score sheet of the result (R-RATE-2, R-DOC-6)', async () => {
    const rating = await rate('--inputs', 'inputs.json', '-o', 'rating.json');
    expect(rating.code).toBe(0);
    const sheet = await sheetOf('--rating', 'rating.json', '-o', 'phieu.docx');
    expect(sheet.stderr).toBe('');
    expect(sheet.code).toBe(0);
    const xml = documentXml(readFileSync(join(dir, 'phieu.docx')));
    expect(xml).toContain('PHIẾU CHẤM ĐIỂM');
    expect(xml).toContain('87');
    expect(xml).toContain('Khá');
  });

  it('rating-sheet --rating leaves the proposal and the confirmation blank for a computed result (R-RATE-3)', async () => {
    const stored = await chibo(
      ['rating-sheet', 'rated-record.json', '-o', 'confirmed.docx'],
      { cwd: dir },
    );
    expect(stored.code).toBe(0);
    const confirmed = documentXml(readFileSync(join(dir, 'confirmed.docx')));
    const computed = documentXml(readFileSync(join(dir, 'phieu.docx')));
    expect(confirmed).toContain('Triệu Văn Long');
    expect(computed).not.toContain('Triệu Văn Long');
  });

  it('rating-sheet --rating also takes a Rating, and refuses an incomplete result with what is missing', async () => {
    const rated = JSON.parse(
      readFileSync(join(dir, 'rated-record.json'), 'utf8'),
    );
    writeFileSync(
      join(dir, 'entity.json'),
      JSON.stringify(rated.meeting.rating),
    );
    const entity = await sheetOf('--rating', 'entity.json', '-o', 'e.docx');
    expect(entity.code).toBe(0);
    const partial = await rate('-o', 'partial.json');
    expect(partial.code).toBe(0);
    const refused = await sheetOf('--rating', 'partial.json', '-o', 'p.docx');
    expect(refused.code).toBe(65);
    expect(refused.stderr).toContain('inputs.chairing');
  });

  it('rating-sheet refuses --rating with --batch (exit 64)', async () => {
    const result = await chibo(
      ['rating-sheet', '--batch', '.', '--rating', 'rating.json', '-o', 'out'],
      { cwd: dir },
    );
    expect(result.code).toBe(64);
  });
});

describe('--json of the document commands: path, bytes and SHA-256 of each file written (R-DOC-9)', () => {
  it('minutes, resolution and rating-sheet report the SHA-256 of the bytes they wrote', async () => {
    for (const [command, input] of [
      ['minutes', 'record.json'],
      ['resolution', 'record.json'],
      ['rating-sheet', 'rated-record.json'],
    ] as const) {
      const out = `${command}.docx`;
      const result = await chibo([command, input, '-o', out, '--json'], {
        cwd: dir,
      });
      expect(result.code).toBe(0);
      const bytes = readFileSync(join(dir, out));
      expect(JSON.parse(result.out)).toEqual({
        files: [{ path: out, bytes: bytes.byteLength, sha256: sha256(bytes) }],
      });
    }
  });

  it('--batch --json lists every file written with its hash', async () => {
    const result = await chibo(
      ['minutes', '--batch', '.', '-o', 'batch-out', '--json'],
      { cwd: dir },
    );
    // broken-record.json fails; the others are written and listed.
    expect(result.code).toBe(65);
    const { files } = JSON.parse(result.out) as {
      files: Array<{ path: string; bytes: number; sha256: string }>;
    };
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([join('batch-out', 'record.docx')]),
    );
    for (const file of files) {
      const bytes = readFileSync(join(dir, file.path));
      expect(file).toEqual({
        path: file.path,
        bytes: bytes.byteLength,
        sha256: sha256(bytes),
      });
    }
  });

  it('--json needs -o, since stdout then holds the list (exit 64)', async () => {
    const result = await chibo(['minutes', 'record.json', '--json'], {
      cwd: dir,
    });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--json');
  });
});
