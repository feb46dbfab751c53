import { createRequire } from 'node:module';
import { ChiboError, type Locale } from '@chibo/core';
import { getLocale, parseCommandArgs, UsageError } from './args';
import type { Command } from './command';
import { calendar } from './commands/calendar';
import { holidays } from './commands/holidays';
import { lunar } from './commands/lunar';
import { minutes } from './commands/minutes';
import { rating } from './commands/rating';
import { ratingSheet } from './commands/ratingSheet';
import { resolution } from './commands/resolution';
import { schema } from './commands/schema';
import { validate } from './commands/validate';

/** Every command, in the order `chibo --help` lists them. */
export const commands: readonly Command[] = [
  minutes,
  resolution,
  ratingSheet,
  rating,
  calendar,
  lunar,
  holidays,
  schema,
  validate,
];

/** Exit codes: 0 ok, 1 invalid input, 2 usage error, 70 internal error (EX_SOFTWARE). */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, internal: 70 } as const;

function getVersion(): string {
  // dist/bin.js → the package's own package.json (always published).
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

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
    `  -h, --help     ${vi ? 'trợ giúp' : 'help'}`,
    `  --version      ${vi ? 'phiên bản' : 'version'}`,
    '',
    vi
      ? 'Mã thoát: 0 thành công, 1 dữ liệu không hợp lệ, 2 sai cú pháp lệnh, 70 lỗi nội bộ.'
      : 'Exit codes: 0 success, 1 invalid input, 2 usage error, 70 internal error.',
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
    `  -h, --help`,
  ].join('\n');
}

/** The arguments after a leading `--lang x`, which may come before the command. */
function skipLeadingLang(argv: string[]): string[] {
  let i = 0;
  while (i < argv.length) {
    if (argv[i] === '--lang') i += 2;
    else if (argv[i]?.startsWith('--lang=')) i += 1;
    else break;
  }
  return argv.slice(i);
}

async function dispatch(argv: string[], locale: Locale): Promise<number> {
  const [name, ...rest] = skipLeadingLang(argv);
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${getVersion()}\n`);
    return EXIT.ok;
  }
  if (name === '--help' || name === '-h') {
    process.stdout.write(`${mainHelp(locale)}\n`);
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
      process.stdout.write(`${commandHelp(command, locale)}\n`);
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

/**
 * Run `chibo` with its arguments (without `node` and the script) and return
 * the exit code. A user's mistake prints a message, never a stack trace:
 * invalid input exits 1 with every issue and its path, a wrong command line
 * exits 2; anything else is a bug, printed with its stack, exit 70.
 */
export async function runCli(argv: string[]): Promise<number> {
  const locale = getLocale(argv);
  try {
    return await dispatch(argv, locale);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`chibo: ${error.messages[locale]}\n`);
      return EXIT.usage;
    }
    if (error instanceof ChiboError) {
      process.stderr.write(`chibo: ${error.format(locale)}\n`);
      return EXIT.invalidInput;
    }
    process.stderr.write(
      `${locale === 'vi' ? 'chibo: lỗi nội bộ (xin báo lỗi kèm nội dung sau)' : 'chibo: internal error (please report it with the following)'}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return EXIT.internal;
  }
}
