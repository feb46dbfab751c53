import { randomBytes } from 'node:crypto';
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { ChiboError } from '@chibo/core';
import { UsageError } from './args';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new UsageError({
      vi: 'Thiếu tệp đầu vào (hoặc gửi JSON qua stdin).',
      en: 'Missing input file (or send JSON on stdin).',
    });
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function unreadable(path: string, error: unknown): ChiboError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? { vi: 'không có tệp này', en: 'no such file' }
      : { vi: String(code ?? error), en: String(code ?? error) };
  return new ChiboError(
    'invalid-input',
    {
      vi: `Không đọc được ${path}: ${reason.vi}.`,
      en: `Cannot read ${path}: ${reason.en}.`,
    },
    { cause: error },
  );
}

/**
 * Parse JSON text, or throw a `ChiboError` (exit code 1) naming the source and
 * where the syntax breaks.
 */
export function parseJson(text: string, source: string): unknown {
  try {
    // A byte-order mark from Windows editors is not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
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

/** The text of a file, or of stdin when the path is absent or `-`. */
export async function readText(path: string | undefined): Promise<string> {
  if (path === undefined || path === '-') return readStdin();
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
}

/** The JSON value of a file, or of stdin when the path is absent or `-`. */
export async function readJson(path: string | undefined): Promise<unknown> {
  const source = path === undefined || path === '-' ? 'stdin' : path;
  return parseJson(await readText(path), source);
}

/**
 * Write a whole file or nothing: the bytes go to a temporary file in the same
 * directory, which is then renamed over the target (atomic on one file
 * system). The temporary file is removed if anything fails.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
): Promise<void> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Không ghi được ${path}: ${(error as NodeJS.ErrnoException).code ?? error}.`,
        en: `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? error}.`,
      },
      { cause: error },
    );
  }
}

/**
 * Write a command's result to `-o` (atomically) or to stdout. A .docx is
 * never written to a terminal: that is a usage error.
 */
export async function writeOutput(
  path: string | undefined,
  data: string | Uint8Array,
): Promise<void> {
  if (path !== undefined && path !== '-') {
    await writeFileAtomic(path, data);
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
        ? reject(error)
        : resolve(),
    ),
  );
}
