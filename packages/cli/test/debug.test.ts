import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../src/cli';
import { chibo, createWorkDir } from './support';

// A command with a bug, to see how chibo reports what it did not expect.
vi.mock('../src/commands/holidays', () => ({
  holidays: {
    name: 'holidays',
    summary: { vi: 'Ngày lễ', en: 'Holidays' },
    usage: 'holidays',
    help: { vi: '', en: '' },
    options: {},
    run: async () => {
      throw new TypeError('boom\nsecond line');
    },
  },
}));

const STACK = /\n\s+at /;

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
});

/** Run the CLI in this process and capture what it prints on stderr. */
async function runCapturingStderr(argv: string[]) {
  let stderr = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const code = await runCli(argv);
  return { code, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('exit code 70 (EX_SOFTWARE): a bug in chibo', () => {
  it('prints one line that asks for a report, without a stack trace', async () => {
    const result = await runCapturingStderr(['holidays']);
    expect(result.code).toBe(70);
    expect(result.stderr).toBe(
      'chibo: lỗi nội bộ: boom. Xin hãy báo lỗi, kèm kết quả khi chạy lại lệnh này với --debug.\n',
    );
  });

  it('prints the stack trace with --debug', async () => {
    const result = await runCapturingStderr([
      '--debug',
      'holidays',
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(70);
    expect(result.stderr).toMatch(/^chibo: internal error: boom\. /);
    expect(result.stderr).toContain('TypeError: boom');
    expect(result.stderr).toMatch(STACK);
  });
});

describe('--debug on the errors of the user', () => {
  it('adds the stack trace and its cause to the one-line message', async () => {
    const plain = await chibo(['validate', 'nope.json'], { cwd: dir });
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await chibo(['validate', 'nope.json', '--debug'], {
      cwd: dir,
    });
    expect(debug.code).toBe(66);
    expect(debug.stderr).toMatch(/^chibo: Không đọc được nope\.json/);
    expect(debug.stderr).toContain('Caused by: Error: ENOENT');
    expect(debug.stderr).toMatch(STACK);
  });
});
