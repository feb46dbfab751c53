import { randomBytes } from 'node:crypto';
import {
  lstatSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChiboError } from '@chibo/core';
import { UsageError } from './args';
import { CliError, EXIT, fileError } from './cliError';
import { decodeUtf8 } from './decodeUtf8';

/** The files this run has read, so that no output overwrites one of them. */
const inputsRead: Array<{ path: string; stats: Stats }> = [];

/** Whether two stats are the same file (the same inode of the same device). */
export function isSameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

async function readStdin(): Promise<Uint8Array> {
  if (process.stdin.isTTY) {
    throw new UsageError({
      vi: 'Thiếu tệp đầu vào (hoặc gửi JSON qua stdin).',
      en: 'Missing input file (or send JSON on stdin).',
    });
  }
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  } catch (error) {
    throw fileError('read', 'stdin', error);
  }
  return Buffer.concat(chunks);
}

/** A read that failed: a dangling symbolic link says where it points. */
function unreadable(path: string, error: unknown): CliError {
  const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
  if (missing && lstatSync(path, { throwIfNoEntry: false })) {
    const target = readlinkSync(path);
    return new CliError(
      EXIT.noInput,
      {
        vi: `Không đọc được ${path}: liên kết tượng trưng trỏ tới ${target}, tệp này không tồn tại.`,
        en: `Cannot read ${path}: the symbolic link points to ${target}, which does not exist.`,
      },
      { cause: error },
    );
  }
  return fileError('read', path, error);
}

/**
 * Parse JSON text, or throw a `ChiboError` (exit code 65) naming the source
 * and where the syntax breaks.
 */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ChiboError(
      'invalid-input',
      {
        vi: `${source} không phải JSON hợp lệ: ${detail}`,
        en: `${source} is not valid JSON: ${detail}`,
      },
      { cause: error },
    );
  }
}

/**
 * The text of a file, or of stdin when the path is absent or `-`, decoded as
 * strict UTF-8 ({@link decodeUtf8}). A missing or unreadable file is a
 * {@link CliError} with exit code 66.
 */
export async function readText(path: string | undefined): Promise<string> {
  if (path === undefined || path === '-') {
    return decodeUtf8(await readStdin(), 'stdin');
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
    inputsRead.push({ path, stats: statSync(path) });
  } catch (error) {
    throw unreadable(path, error);
  }
  return decodeUtf8(bytes, path);
}

/** The JSON value of a file, or of stdin when the path is absent or `-`. */
export async function readJson(path: string | undefined): Promise<unknown> {
  const source = path === undefined || path === '-' ? 'stdin' : path;
  return parseJson(await readText(path), source);
}

/** Refuse to write over a file this run has read: its data would be lost. */
function refuseInput(path: string, stats: Stats): void {
  const input = inputsRead.find((i) => isSameFile(i.stats, stats));
  if (!input) return;
  throw new CliError(EXIT.cannotCreate, {
    vi: `Không ghi ${path}: đó chính là tệp đầu vào ${input.path}. Hãy chọn tệp đầu ra khác.`,
    en: `Will not write ${path}: it is the input file ${input.path}. Choose another output file.`,
  });
}

/**
 * Write a whole file or nothing: the bytes go to a temporary file in the same
 * directory, which is then renamed over the target (atomic on one file
 * system); the temporary file is removed if anything fails. A symbolic link
 * is followed, so the file it points to is replaced, not the link. A target
 * that is not a regular file (`/dev/null`, a pipe) is written directly, and
 * never replaced; a directory then fails with `EISDIR`.
 *
 * Synchronous on purpose: a signal handler (Ctrl-C) only runs between two
 * JavaScript tasks, so it never finds a temporary file left behind.
 *
 * @throws a {@link CliError}: 73 when the file cannot be created (a missing
 * directory, no permission, the path of an input or a directory), 74 when
 * writing fails (a full disk).
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    // Not there yet (or a dangling link, which the rename replaces).
  }
  const stats = statSync(target, { throwIfNoEntry: false });
  if (stats) refuseInput(path, stats);
  if (stats && !stats.isFile()) {
    try {
      writeFileSync(target, data);
      return;
    } catch (error) {
      throw fileError('write', path, error);
    }
  }
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    writeFileSync(temporary, data, { flag: 'wx' });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw fileError('write', path, error);
  }
}

/**
 * Write a command's result to `-o` (atomically) or to stdout. A .docx is
 * never written to a terminal: that is a usage error. A failed write to
 * stdout (a full disk behind `> file`) is exit code 74.
 */
export async function writeOutput(
  path: string | undefined,
  data: string | Uint8Array,
): Promise<void> {
  if (path !== undefined && path !== '-') {
    writeFileAtomic(path, data);
    return;
  }
  if (typeof data !== 'string' && process.stdout.isTTY) {
    throw new UsageError({
      vi: 'Không in tệp .docx ra màn hình: hãy dùng -o <tệp> hoặc chuyển hướng stdout.',
      en: 'Will not print a .docx to the terminal: use -o <file> or redirect stdout.',
    });
  }
  await new Promise<void>((resolve, reject) =>
    process.stdout.write(data, (error) =>
      // The reader went away (`| head`): not an error of ours.
      error && (error as NodeJS.ErrnoException).code !== 'EPIPE'
        ? reject(fileError('write', 'stdout', error))
        : resolve(),
    ),
  );
}
