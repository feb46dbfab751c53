import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { chibo, createWorkDir } from './support';

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
});

const STACK = /\n\s+at /;

describe('exit code 65 (EX_DATAERR): invalid input, every issue with its path', () => {
  it('prints the zod issues in Vietnamese by default, no stack trace', async () => {
    const result = await chibo(
      ['minutes', 'broken-record.json', '-o', 'x.docx'],
      {
        cwd: dir,
      },
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('Hồ sơ cuộc họp không hợp lệ');
    expect(result.stderr).toContain('meeting.chairId');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('prints them in English with --lang en', async () => {
    const result = await chibo(
      ['validate', 'broken-record.json', '--lang', 'en'],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('Invalid meeting record');
    expect(result.stderr).toContain('meeting.chairId');
    expect(result.stderr).not.toMatch(STACK);
  });

  it('reports broken JSON as invalid input', async () => {
    const json = await chibo(['validate'], { stdin: '{"cell": ' });
    expect(json.code).toBe(65);
    expect(json.stderr).toContain('stdin không phải JSON hợp lệ');
  });
});

describe('exit code 66 (EX_NOINPUT): an input that is not there', () => {
  it('a missing file, one line without a stack trace', async () => {
    const missing = await chibo(['validate', 'nope.json', '--lang', 'en'], {
      cwd: dir,
    });
    expect(missing.code).toBe(66);
    expect(missing.stderr).toBe(
      'chibo: Cannot read nope.json: no such file or directory.\n',
    );
  });

  it('a missing --history file of chibo rating', async () => {
    const result = await chibo(
      ['rating', 'record.json', '--scheme', 'an-phu', '--history', 'x.json'],
      { cwd: dir },
    );
    expect(result.code).toBe(66);
    expect(result.stderr).toContain('Không đọc được x.json');
  });
});

describe('exit code 64 (EX_USAGE): usage errors', () => {
  it('an unknown command, in vi and en', async () => {
    const vi = await chibo(['bienban']);
    expect(vi.code).toBe(64);
    expect(vi.stderr).toContain('Không có lệnh "bienban"');
    const en = await chibo(['--lang', 'en', 'bienban']);
    expect(en.code).toBe(64);
    expect(en.stderr).toContain('Unknown command "bienban"');
    expect(en.stderr).not.toMatch(STACK);
  });

  it('an unknown option, in vi and en', async () => {
    const vi = await chibo(['minutes', 'record.json', '--ouput', 'x.docx'], {
      cwd: dir,
    });
    expect(vi.code).toBe(64);
    // Node's own English message is not shown in Vietnamese.
    expect(vi.stderr).toContain(
      'Tham số không hợp lệ: không có tùy chọn --ouput.',
    );
    expect(vi.stderr).not.toContain('Unknown option');
    const en = await chibo(['holidays', '2027', '--jsn', '--lang', 'en']);
    expect(en.code).toBe(64);
    expect(en.stderr).toContain('Invalid arguments: unknown option --jsn.');
    expect(en.stderr).toContain('See "chibo holidays --help"');
  });

  it('an option without its value, or a flag given one, in vi and en', async () => {
    const noValue = await chibo(['minutes', 'record.json', '-o'], {
      cwd: dir,
    });
    expect(noValue.code).toBe(64);
    expect(noValue.stderr).toContain(
      'Tham số không hợp lệ: tùy chọn -o, --output cần một giá trị.',
    );
    const flagValue = await chibo([
      'holidays',
      '2027',
      '--json=yes',
      '--lang',
      'en',
    ]);
    expect(flagValue.code).toBe(64);
    expect(flagValue.stderr).toContain(
      'Invalid arguments: option --json takes no value.',
    );
    expect(flagValue.stderr).not.toMatch(STACK);
  });

  it('a missing argument, and a wrong --lang or --scheme', async () => {
    const year = await chibo(['holidays', '--lang', 'en']);
    expect(year.code).toBe(64);
    expect(year.stderr).toContain('Missing the year.');
    const scheme = await chibo(['rating', 'record.json'], { cwd: dir });
    expect(scheme.code).toBe(64);
    expect(scheme.stderr).toContain('Thiếu --scheme.');
    const unknown = await chibo(
      ['rating', 'record.json', '--scheme', 'ha-noi'],
      { cwd: dir },
    );
    expect(unknown.code).toBe(64);
    expect(unknown.stderr).toContain('an-phu, binh-thuan, phu-tho, hd12');
    const lang = await chibo(['holidays', '2027', '--lang', 'fr']);
    expect(lang.code).toBe(64);
  });

  it('no command prints the help to stderr', async () => {
    const result = await chibo([]);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('chibo <lệnh>');
  });
});

describe('a reader that closes the pipe early (| head)', () => {
  it('ends quietly with exit code 0', async () => {
    const result = await chibo(
      ['calendar', 'cell.json', '--year', '2027', '--format', 'json'],
      { cwd: dir, closeStdout: true },
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('help and version', () => {
  it('chibo --help lists every command', async () => {
    const result = await chibo(['--help']);
    expect(result.code).toBe(0);
    for (const name of [
      'minutes',
      'resolution',
      'rating-sheet',
      'rating',
      'calendar',
      'lunar',
      'holidays',
      'schema',
      'validate',
    ]) {
      expect(result.out).toContain(`  ${name} `);
    }
  });

  it('chibo <cmd> --help shows its usage, in English with --lang en', async () => {
    const result = await chibo(['minutes', '--help', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Usage: chibo minutes');
    expect(result.out).toContain('--batch');
  });

  it('chibo --version prints the package version', async () => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    );
    const result = await chibo(['--version']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(`${version}\n`);
  });
});
