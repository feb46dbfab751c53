import { ChiboError, type Locale } from '@chibo/core';
import { runDemo } from './runDemo';

/** The value of `--name=value` or `--name value`. */
function readOption(args: readonly string[], name: string): string | undefined {
  const at = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (at < 0) return undefined;
  const arg = args[at] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
}

/** `--lang=en` or `--lang en` for English; Vietnamese by default. */
function readLocale(args: readonly string[]): Locale {
  const value = readOption(args, '--lang') ?? 'vi';
  if (value === 'vi' || value === 'en') return value;
  console.error(`--lang: "vi" hoặc "en" / "vi" or "en" (got "${value}")`);
  process.exit(2);
}

const args = process.argv.slice(2);
const locale = readLocale(args);
const outDir = readOption(args, '--out') ?? 'out';
try {
  console.log((await runDemo({ locale, outDir })).join('\n'));
} catch (error) {
  if (error instanceof ChiboError) {
    console.error(error.format(locale));
    process.exit(1);
  }
  throw error;
}
