import type { Locale, LocalizedText } from '@chibo/core';
import type { OptionSpec, ParsedArgs } from './args';

/** One `chibo` command: its options, help text and what it does. */
export interface Command {
  name: string;
  summary: LocalizedText;
  /** The usage line and option list, after `chibo <name>`. */
  usage: string;
  /** Lines of help in each language, after the usage. */
  help: LocalizedText;
  options: OptionSpec;
  /** Runs the command and returns the exit code. */
  run(args: ParsedArgs, locale: Locale): Promise<number>;
}
