import { ChiboError, type Locale, type LocalizedText } from '@chibo/core';

/**
 * The exit codes of `chibo`, from BSD's sysexits.h so that schedulers and
 * other languages can branch on them. 129, 130 and 143 (128 + the signal)
 * are a run stopped by SIGHUP, SIGINT (Ctrl-C) or SIGTERM.
 */
export const EXIT = {
  ok: 0,
  /** EX_USAGE: a wrong command line. */
  usage: 64,
  /** EX_DATAERR: invalid data (not UTF-8, not JSON, a record that breaks a rule). */
  dataError: 65,
  /** EX_NOINPUT: an input file that is missing or cannot be read. */
  noInput: 66,
  /** EX_SOFTWARE: a bug in chibo. */
  internal: 70,
  /** EX_CANTCREAT: an output that cannot be created (or would overwrite an input). */
  cannotCreate: 73,
  /** EX_IOERR: reading or writing failed midway (a full disk…). */
  ioError: 74,
} as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A failure of the command line itself (not of the data): a wrong command
 * line, a missing input file, an output that cannot be written. It carries
 * its exit code and a message in both languages.
 */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  readonly exitCode: ExitCode;
  readonly messages: LocalizedText;

  constructor(
    exitCode: ExitCode,
    messages: LocalizedText,
    options: { cause?: unknown } = {},
  ) {
    super(messages.en, { cause: options.cause });
    this.exitCode = exitCode;
    this.messages = messages;
  }
}

/** Errors that mean "the input is not there or not readable" (EX_NOINPUT). */
const NO_INPUT = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ENOTDIR',
  'ELOOP',
  'ENAMETOOLONG',
]);

/** Errors that mean "the bytes could not be written" (EX_IOERR), not "cannot create". */
const IO_ERROR = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EIO']);

const REASONS: Record<string, LocalizedText> = {
  EACCES: { vi: 'không có quyền truy cập', en: 'permission denied' },
  EISDIR: { vi: 'đây là một thư mục', en: 'it is a directory' },
  ENOTDIR: { vi: 'không phải thư mục', en: 'not a directory' },
  EEXIST: { vi: 'đã có một tệp cùng tên', en: 'a file of that name exists' },
  ENOSPC: { vi: 'đĩa đã hết chỗ trống', en: 'no space left on the device' },
  EDQUOT: { vi: 'vượt hạn mức dung lượng', en: 'disk quota exceeded' },
  EFBIG: { vi: 'tệp vượt kích thước cho phép', en: 'file too large' },
  EROFS: { vi: 'ổ đĩa chỉ cho phép đọc', en: 'read-only file system' },
  EIO: { vi: 'lỗi đọc/ghi của thiết bị', en: 'input/output error' },
  ELOOP: {
    vi: 'vòng lặp liên kết tượng trưng',
    en: 'too many levels of symbolic links',
  },
};

/**
 * A failed read or write as a {@link CliError}: the path, the reason in
 * words, and the exit code the operation and the system error call for.
 *
 * @param operation - `'read'` (an input) or `'write'` (an output).
 * @param path - the file, as the user wrote it.
 * @param error - the system error (`ENOENT`, `ENOSPC`…).
 * @returns the error to throw.
 */
export function fileError(
  operation: 'read' | 'write',
  path: string,
  error: unknown,
): CliError {
  const code = String((error as NodeJS.ErrnoException).code ?? error);
  const missing =
    operation === 'read'
      ? {
          vi: 'không có tệp hoặc thư mục này',
          en: 'no such file or directory',
        }
      : {
          vi: 'thư mục chứa nó không tồn tại',
          en: 'its directory does not exist',
        };
  const reason =
    code === 'ENOENT'
      ? missing
      : (REASONS[code === 'EPERM' ? 'EACCES' : code] ?? { vi: code, en: code });
  const exitCode =
    operation === 'read'
      ? NO_INPUT.has(code)
        ? EXIT.noInput
        : EXIT.ioError
      : IO_ERROR.has(code)
        ? EXIT.ioError
        : EXIT.cannotCreate;
  return new CliError(
    exitCode,
    operation === 'read'
      ? {
          vi: `Không đọc được ${path}: ${reason.vi}.`,
          en: `Cannot read ${path}: ${reason.en}.`,
        }
      : {
          vi: `Không ghi được ${path}: ${reason.vi}.`,
          en: `Cannot write ${path}: ${reason.en}.`,
        },
    { cause: error },
  );
}

/**
 * The message and exit code of a failure chibo expects: a {@link CliError}
 * with its own code, or a `ChiboError` (invalid data, 65) with every issue
 * and its path. Anything else is a bug: `undefined`.
 *
 * @param error - what was thrown.
 * @param locale - the language of the message.
 * @returns the message (issues on the following lines) and the exit code.
 */
export function describeError(
  error: unknown,
  locale: Locale,
): { message: string; exitCode: ExitCode } | undefined {
  if (error instanceof CliError) {
    return { message: error.messages[locale], exitCode: error.exitCode };
  }
  if (error instanceof ChiboError) {
    return { message: error.format(locale), exitCode: EXIT.dataError };
  }
  return undefined;
}
