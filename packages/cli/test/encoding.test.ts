import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChiboError } from '@chibo/core';
import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../src/decodeUtf8';
import { chibo, createWorkDir } from './support';

let dir: string;
let record: string;
beforeAll(() => {
  dir = createWorkDir();
  record = readFileSync(join(dir, 'record.json'), 'utf8');
});

/** Text as Latin-1 bytes, as an old editor saves it. */
function asLatin1(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

describe('the input must be UTF-8 (exit 65, nothing written)', () => {
  it('refuses a Latin-1 file, naming its line, and writes no document', async () => {
    writeFileSync(
      join(dir, 'latin1.json'),
      Buffer.concat([Buffer.from('{\n  "name": "'), asLatin1('Lò Thị Hoa"}')]),
    );
    const before = readdirSync(dir).sort();
    const result = await chibo(
      ['minutes', 'latin1.json', '-o', 'latin1.docx'],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toBe(
      'chibo: latin1.json không phải văn bản UTF-8 (dòng 2, byte thứ 15): hãy lưu lại tệp bằng bảng mã UTF-8.\n',
    );
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses Latin-1 on stdin, in English with --lang en', async () => {
    const result = await chibo(['minutes', '--lang', 'en'], {
      stdin: asLatin1('{"name": "Lò"}'),
    });
    expect(result.code).toBe(65);
    expect(result.stdout).toHaveLength(0);
    expect(result.stderr).toBe(
      'chibo: stdin is not UTF-8 text (line 1, byte 12): save it in the UTF-8 encoding.\n',
    );
  });

  it('refuses UTF-16 with a byte-order mark, saying it is UTF-16', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(record, 'utf16le'),
    ]);
    const result = await chibo(['validate'], { stdin: utf16 });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(
      'stdin được mã hóa UTF-16, không phải UTF-8',
    );
  });

  it('refuses UTF-16 without a byte-order mark (NUL bytes)', async () => {
    writeFileSync(join(dir, 'utf16.json'), Buffer.from(record, 'utf16le'));
    const result = await chibo(['validate', 'utf16.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(result.code).toBe(65);
    expect(result.stderr).toContain(
      'utf16.json contains a NUL byte (line 1), perhaps UTF-16',
    );
  });

  it('accepts a UTF-8 byte-order mark and drops it', async () => {
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${record}`);
    const result = await chibo(['validate', 'bom.json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.out).toBe('Hợp lệ.\n');
  });
});

describe('decodeUtf8', () => {
  it('returns text exactly when the bytes are UTF-8 without NUL, else throws a ChiboError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 40 }),
          fc
            .string({ unit: 'binary', maxLength: 40 })
            .map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const utf16 =
            (bytes[0] === 0xff && bytes[1] === 0xfe) ||
            (bytes[0] === 0xfe && bytes[1] === 0xff);
          const valid = isUtf8(bytes) && !bytes.includes(0) && !utf16;
          let text: string | undefined;
          try {
            text = decodeUtf8(bytes, 'x.json');
          } catch (error) {
            expect(error).toBeInstanceOf(ChiboError);
          }
          expect(text !== undefined).toBe(valid);
          if (text === undefined) return;
          const bom =
            bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
          expect(new TextEncoder().encode(text)).toEqual(
            bom ? bytes.subarray(3) : bytes,
          );
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  });
});
