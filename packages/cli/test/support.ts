import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseMeetingRecord } from '@chibo/core';
import {
  anPhuScheme,
  approveRating,
  confirmRating,
  proposeRating,
  rateMeeting,
} from '@chibo/core/rating';
import {
  cell,
  marchRating,
  marchRecord,
  meetingPlan,
  supervisor,
} from '@chibo/scenario';
import { strFromU8, unzipSync } from 'fflate';

/** The built binary the tests run. */
export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

/** What a run of the binary gave. */
export interface RunResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  /** stdout as text. */
  out: string;
}

/** Whether util-linux `script` can give the binary a terminal. */
export const hasScript =
  process.platform === 'linux' &&
  spawnSync('script', ['--version']).status === 0;

/**
 * Run the binary in a pseudo-terminal (stdin, stdout and stderr are TTYs)
 * with util-linux `script`; the terminal merges stdout and stderr.
 */
export function chiboInTerminal(
  args: readonly string[],
  cwd: string,
): Promise<{ code: number | null; output: string }> {
  const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;
  const command = [process.execPath, BIN, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, output: Buffer.concat(out).toString('utf8') }),
    );
  });
}

let nobodyRuns: boolean | undefined;

/**
 * Whether the tests run as root and `nobody` can run the built binary: a
 * checkout under a private home folder is out of `nobody`'s reach, and then
 * the device tests run as the current user (they still check that the device
 * is a device afterwards).
 */
function nobodyCanRunTheBinary(): boolean {
  if (process.getuid?.() !== 0) return false;
  nobodyRuns ??=
    spawnSync(process.execPath, [BIN, '--version'], {
      uid: 65534,
      gid: 65534,
      stdio: 'ignore',
    }).status === 0;
  return nobodyRuns;
}

/**
 * Run `node dist/bin.js …args` as a child process, optionally with stdin
 * (text or bytes).
 */
export function chibo(
  args: readonly string[],
  options: {
    stdin?: string | Uint8Array | undefined;
    cwd?: string | undefined;
    /** Close the pipe at once, as `| head` does when it has read enough. */
    closeStdout?: boolean | undefined;
    /** A file descriptor to use as stdout instead of a pipe. */
    stdoutFd?: number | undefined;
    /** Run through `sh -c` with this prefix, e.g. `ulimit -f 1;`. */
    shellPrefix?: string | undefined;
    /**
     * Run as `nobody` when the tests run as root, so that a test writing to
     * a device (`-o /dev/full`) can never replace it, whatever the code does.
     */
    unprivileged?: boolean | undefined;
  } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs] =
      options.shellPrefix === undefined
        ? [process.execPath, [BIN, ...args]]
        : [
            'sh',
            [
              '-c',
              `${options.shellPrefix} exec "$0" "$@"`,
              process.execPath,
              BIN,
              ...args,
            ],
          ];
    const nobody = options.unprivileged && nobodyCanRunTheBinary();
    const child = spawn(command, commandArgs, {
      cwd: options.cwd,
      stdio: ['pipe', options.stdoutFd ?? 'pipe', 'pipe'],
      ...(nobody ? { uid: 65534, gid: 65534 } : {}),
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    if (options.closeStdout) child.stdout?.destroy();
    else child.stdout?.on('data', (c: Buffer) => out.push(c));
    child.stderr?.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out);
      resolve({
        code,
        stdout,
        out: stdout.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}

/**
 * The March 2027 record with its rating (An Phú, 87, fair), proposed,
 * approved and confirmed as SCENARIO.md tells it.
 */
export const ratedMarchRecord = {
  ...marchRecord,
  meeting: {
    ...marchRecord.meeting,
    rating: confirmRating(
      approveRating(
        proposeRating(
          rateMeeting(
            parseMeetingRecord(marchRecord),
            anPhuScheme,
            marchRating.inputs,
            { history: [] },
          ),
          { at: '2027-03-09T21:00:00+07:00' },
        ),
        { at: '2027-03-09T21:05:00+07:00', voteId: 'v2' },
      ),
      { name: supervisor.name, guestId: supervisor.id },
    ),
  },
};

/** The March record with a member id that breaks the attendance. */
export const brokenRecord = {
  ...marchRecord,
  meeting: { ...marchRecord.meeting, chairId: 'm99' },
};

/** A fresh directory holding the scenario's data as the JSON files users send. */
export function createWorkDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'chibo-cli-'));
  const files: Record<string, unknown> = {
    'record.json': marchRecord,
    'rated-record.json': ratedMarchRecord,
    'broken-record.json': brokenRecord,
    'cell.json': { cell, plan: meetingPlan },
    'inputs.json': marchRating.inputs,
    'history.json': [],
  };
  for (const [name, value] of Object.entries(files)) {
    writeFileSync(join(dir, name), JSON.stringify(value, null, 2));
  }
  return dir;
}

/** The text of word/document.xml in .docx bytes. */
export function documentXml(bytes: Uint8Array): string {
  const xml = unzipSync(bytes)['word/document.xml'];
  if (!xml) throw new Error('no word/document.xml');
  return strFromU8(xml);
}
