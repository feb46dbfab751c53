import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chibo, createWorkDir, documentXml } from './support';

let dir: string;
let record: string;
beforeAll(() => {
  dir = createWorkDir();
  record = readFileSync(join(dir, 'record.json'), 'utf8');
});

const linux = process.platform === 'linux';

describe('-o never overwrites an input (exit 73, EX_CANTCREAT)', () => {
  it('refuses -o equal to the record, which stays as it was', async () => {
    const before = readFileSync(join(dir, 'record.json'));
    const result = await chibo(
      ['minutes', 'record.json', '-o', 'record.json'],
      { cwd: dir },
    );
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(
      'chibo: Không ghi record.json: đó chính là tệp đầu vào record.json. Hãy chọn tệp đầu ra khác.\n',
    );
    expect(readFileSync(join(dir, 'record.json'))).toEqual(before);
  });

  it('sees through another path and a symbolic link to the input', async () => {
    symlinkSync('record.json', join(dir, 'alias.json'));
    const viaLink = await chibo(
      ['resolution', 'record.json', '-o', 'alias.json', '--lang', 'en'],
      { cwd: dir },
    );
    expect(viaLink.code).toBe(73);
    expect(viaLink.stderr).toContain('it is the input file record.json');
    const viaPath = await chibo(
      ['minutes', join(dir, 'record.json'), '-o', './record.json'],
      { cwd: dir },
    );
    expect(viaPath.code).toBe(73);
    expect(lstatSync(join(dir, 'alias.json')).isSymbolicLink()).toBe(true);
  });

  it('protects every input, such as the --history of chibo rating', async () => {
    const args =
      'rating record.json --scheme an-phu --history history.json -o history.json';
    const result = await chibo(args.split(' '), { cwd: dir });
    expect(result.code).toBe(73);
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe('[]');
  });
});

describe('outputs that cannot be created or written', () => {
  it('a missing directory is exit 73, one line', async () => {
    const result = await chibo(
      ['holidays', '2027', '-o', 'khong-co/ngay-le.txt', '--lang', 'en'],
      { cwd: dir },
    );
    expect(result.code).toBe(73);
    expect(result.stderr).toBe(
      'chibo: Cannot write khong-co/ngay-le.txt: its directory does not exist.\n',
    );
  });

  it('follows a symbolic link: the file it points to gets the document', async () => {
    writeFileSync(join(dir, 'that.docx'), 'old');
    symlinkSync('that.docx', join(dir, 'this.docx'));
    const result = await chibo(['minutes', 'record.json', '-o', 'this.docx'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(lstatSync(join(dir, 'this.docx')).isSymbolicLink()).toBe(true);
    expect(documentXml(readFileSync(join(dir, 'that.docx')))).toContain(
      'BIÊN BẢN',
    );
  });

  // Unprivileged, so that a regression can never replace the device.
  it.skipIf(!linux)(
    'writes into a device such as /dev/null, never replacing it',
    async () => {
      const result = await chibo(['minutes', '-', '-o', '/dev/null'], {
        stdin: record,
        unprivileged: true,
      });
      expect(result.code).toBe(0);
      expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    },
  );

  it.skipIf(!linux)(
    'a full disk (-o /dev/full) is exit 74 and leaves no temporary file',
    async () => {
      const result = await chibo(['minutes', '-', '-o', '/dev/full'], {
        stdin: record,
        unprivileged: true,
      });
      expect(result.code).toBe(74);
      expect(result.stderr).toBe(
        'chibo: Không ghi được /dev/full: đĩa đã hết chỗ trống.\n',
      );
      expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
      expect(readdirSync('/dev').filter((f) => f.includes('.tmp'))).toEqual([]);
    },
  );

  it.skipIf(!linux)('a full disk behind stdout is exit 74', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = await chibo(['holidays', '2027', '--json'], {
        stdoutFd: full,
      });
      expect(result.code).toBe(74);
      expect(result.stderr).toBe(
        'chibo: Không ghi được stdout: đĩa đã hết chỗ trống.\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it.skipIf(!linux)(
    'a write that fails midway (EFBIG) keeps the previous file whole and removes the temporary one',
    async () => {
      writeFileSync(join(dir, 'bien-ban.docx'), 'the previous version');
      const before = readdirSync(dir).sort();
      const result = await chibo(
        ['minutes', 'record.json', '-o', 'bien-ban.docx', '--lang', 'en'],
        // At most one block per file: the .docx cannot fit.
        { cwd: dir, shellPrefix: 'ulimit -f 1;' },
      );
      expect(result.code).toBe(74);
      expect(result.stderr).toBe(
        'chibo: Cannot write bien-ban.docx: file too large.\n',
      );
      expect(readFileSync(join(dir, 'bien-ban.docx'), 'utf8')).toBe(
        'the previous version',
      );
      expect(readdirSync(dir).sort()).toEqual(before);
    },
  );
});
