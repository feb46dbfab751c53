import type { Locale } from '@chibo/core';
import { getLocale, isDebug, parseCommandArgs, UsageError } from './args';
import { describeError, EXIT } from './cliError';
import type { Command } from './command';
import { calendar } from './commands/calendar';
import { holidays } from './commands/holidays';
import { lunar } from './commands/lunar';
import { meeting } from './commands/meeting';
import { minutes } from './commands/minutes';
import { rating } from './commands/rating';
import { ratingSheet } from './commands/ratingSheet';
import { resolution } from './commands/resolution';
import { schema } from './commands/schema';
import { validate } from './commands/validate';
import { writeOutput } from './io';
import { getVersion, skipLeadingOptions } from './startup';

/** Every command, in the order `chibo --help` lists them. */
export const commands: readonly Command[] = [
  minutes,
  resolution,
  ratingSheet,
  rating,
  meeting,
  calendar,
  lunar,
  holidays,
  schema,
  validate,
];

function mainHelp(locale: Locale): string {
  const vi = locale === 'vi';
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    vi
      ? 'chibo: văn bản, xếp loại và lịch sinh hoạt chi bộ từ dòng lệnh'
      : 'chibo: Party cell meeting documents, ratings and calendars from the command line',
    '',
    `${vi ? 'Cách dùng' : 'Usage'}: chibo <${vi ? 'lệnh' : 'command'}> [${vi ? 'tùy chọn' : 'options'}]`,
    '',
    vi ? 'Lệnh:' : 'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[locale]}`),
    '',
    vi ? 'Tùy chọn chung:' : 'Common options:',
    `  --lang vi|en   ${vi ? 'ngôn ngữ (mặc định vi)' : 'language (default vi)'}`,
    `  --debug        ${vi ? 'in chi tiết lỗi (stack trace) để báo lỗi' : 'print error details (stack traces) for bug reports'}`,
    `  -h, --help     ${vi ? 'trợ giúp' : 'help'}`,
    `  --version      ${vi ? 'phiên bản' : 'version'}`,
    '',
    vi
      ? 'Mã thoát: 0 thành công, 64 sai cú pháp lệnh, 65 dữ liệu không hợp lệ, 66 không đọc được tệp đầu vào,'
      : 'Exit codes: 0 success, 64 usage error, 65 invalid data, 66 cannot read an input,',
    vi
      ? '  70 lỗi nội bộ, 73 không tạo được tệp đầu ra, 74 lỗi đọc/ghi (đĩa đầy), 130 bị ngắt (Ctrl-C).'
      : '  70 internal error, 73 cannot create an output, 74 I/O error (disk full), 130 interrupted (Ctrl-C).',
    vi
      ? 'Xem "chibo <lệnh> --help" để biết chi tiết từng lệnh.'
      : 'Run "chibo <command> --help" for a command\'s details.',
  ].join('\n');
}

function commandHelp(command: Command, locale: Locale): string {
  return [
    `${locale === 'vi' ? 'Cách dùng' : 'Usage'}: chibo ${command.usage}`,
    '',
    command.summary[locale],
    command.help[locale],
    `  --lang vi|en`,
    `  --debug`,
    `  -h, --help`,
  ].join('\n');
}

async function dispatch(argv: string[], locale: Locale): Promise<number> {
  const [name, ...rest] = skipLeadingOptions(argv);
  if (name === '--version' || name === '-v') {
    await writeOutput(undefined, `${getVersion()}\n`);
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h') {
    await writeOutput(undefined, `${mainHelp(locale)}\n`);
    return EXIT.ok;
  }
  if (name === undefined) {
    process.stderr.write(`${mainHelp(locale)}\n`);
    return EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    throw new UsageError({
      vi: `Không có lệnh "${name}". Xem "chibo --help".`,
      en: `Unknown command "${name}". See "chibo --help".`,
    });
  }
  try {
    const args = parseCommandArgs(rest, command.options);
    if (args.values.help === true) {
      await writeOutput(undefined, `${commandHelp(command, locale)}\n`);
      return EXIT.ok;
    }
    return await command.run(args, locale);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError({
      vi: `${error.messages.vi}\nXem "chibo ${name} --help".`,
      en: `${error.messages.en}\nSee "chibo ${name} --help".`,
    });
  }
}

/** The stack traces of an error and of its causes, for `--debug`. */
function describeStack(error: unknown): string {
  const lines: string[] = [];
  for (let e = error; e !== undefined; e = (e as Error).cause) {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    lines.push(lines.length === 0 ? text : `Caused by: ${text}`);
    if (!(e instanceof Error)) break;
  }
  return lines.join('\n');
}

/** The message of a failure and its exit code (`EXIT`). */
function describeFailure(
  error: unknown,
  locale: Locale,
): { message: string; exitCode: number } {
  const expected = describeError(error, locale);
  if (expected) return expected;
  const what = (error instanceof Error ? error.message : String(error)).split(
    '\n',
  )[0];
  return {
    message:
      locale === 'vi'
        ? `lỗi nội bộ: ${what}. Xin hãy báo lỗi, kèm kết quả khi chạy lại lệnh này với --debug.`
        : `internal error: ${what}. Please report it with the output of this command run again with --debug.`,
    exitCode: EXIT.internal,
  };
}

/**
 * Run `chibo` with its arguments (without `node` and the script) and return
 * the exit code, one of `EXIT` (sysexits.h): 64 a wrong command line, 65
 * invalid data (with every issue and its path), 66 a missing input, 73 an
 * output that cannot be created, 74 a failed read or write, 70 a bug. The
 * message is one line (plus the issues), without a stack trace unless
 * `--debug` is given.
 */
export async function runCli(argv: string[]): Promise<number> {
  const locale = getLocale(argv);
  try {
    return await dispatch(argv, locale);
  } catch (error) {
    const { message, exitCode } = describeFailure(error, locale);
    process.stderr.write(`chibo: ${message}\n`);
    if (isDebug(argv)) process.stderr.write(`${describeStack(error)}\n`);
    return exitCode;
  }
}
