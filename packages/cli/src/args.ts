import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Locale, LocalizedText } from '@chibo/core';
import { CliError, EXIT } from './cliError';

/** The options of a command, in `node:util` parseArgs' shape. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** A wrong command line: exit code 64 (EX_USAGE). */
export class UsageError extends CliError {
  override readonly name = 'UsageError';

  constructor(messages: LocalizedText) {
    super(EXIT.usage, messages);
  }
}

/** The options every command takes. */
export const commonOptions = {
  lang: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** The parsed command line of one command. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/**
 * The language asked for, read before the full parse so that usage errors are
 * in it too. Vietnamese unless `--lang en`.
 */
export function getLocale(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang') return argv[i + 1] === 'en' ? 'en' : 'vi';
    if (arg === '--lang=en') return 'en';
  }
  return 'vi';
}

/**
 * Whether `--debug` was given: errors then print their stack traces. Read
 * before the full parse, like {@link getLocale}, so that it holds for usage
 * errors too.
 */
export function isDebug(argv: readonly string[]): boolean {
  return argv.includes('--debug');
}

/**
 * Parse a command's arguments strictly: an unknown option, a missing value or
 * a wrong `--lang` is a {@link UsageError}.
 */
export function parseCommandArgs(
  argv: string[],
  options: OptionSpec,
): ParsedArgs {
  let parsed: ParsedArgs;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    }) as ParsedArgs;
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const lang = parsed.values.lang;
  if (lang !== undefined && lang !== 'vi' && lang !== 'en') {
    throw new UsageError({
      vi: `--lang phải là vi hoặc en, không phải "${String(lang)}".`,
      en: `--lang must be vi or en, not "${String(lang)}".`,
    });
  }
  return parsed;
}

/**
 * Node's parseArgs errors, in both languages: its own messages are English
 * only. The option is quoted in them (`Unknown option '--ouput'`).
 */
function describeParseError(error: unknown): LocalizedText {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  // Node writes `'-o, --output <value>'`: the placeholder is dropped.
  const option = /'([^']+)'/.exec(message)?.[1]?.replace(/ <value>$/, '');
  if (option !== undefined && code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return {
      vi: `Tham số không hợp lệ: không có tùy chọn ${option}.`,
      en: `Invalid arguments: unknown option ${option}.`,
    };
  }
  if (option !== undefined && code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take an argument')
      ? {
          vi: `Tham số không hợp lệ: tùy chọn ${option} không nhận giá trị.`,
          en: `Invalid arguments: option ${option} takes no value.`,
        }
      : {
          vi: `Tham số không hợp lệ: tùy chọn ${option} cần một giá trị.`,
          en: `Invalid arguments: option ${option} needs a value.`,
        };
  }
  return {
    vi: `Tham số không hợp lệ: ${message}`,
    en: `Invalid arguments: ${message}`,
  };
}

/** A string option's value, if given. */
export function getString(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whether a boolean option was given. */
export function getFlag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** The value of an option that may be repeated. */
export function getList(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : [];
}

/** At most one positional argument (the input file); more is a usage error. */
export function getInputPath(args: ParsedArgs): string | undefined {
  if (args.positionals.length > 1) {
    throw new UsageError({
      vi: `Thừa tham số: ${args.positionals.slice(1).join(' ')}`,
      en: `Unexpected arguments: ${args.positionals.slice(1).join(' ')}`,
    });
  }
  return args.positionals[0];
}

/** A required argument that is missing. */
export function missingArgument(what: LocalizedText): UsageError {
  return new UsageError({
    vi: `Thiếu ${what.vi}.`,
    en: `Missing ${what.en}.`,
  });
}
