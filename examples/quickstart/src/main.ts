import { ChiboError, type Locale } from '@chibo/core';
import { runDemo } from './runDemo';

/** `--lang=en` or `--lang en` for English; Vietnamese by default. */
function readLocale(args: readonly string[]): Locale {
  const at = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? 'vi' : (args[at]?.split('=')[1] ?? args[at + 1]);
  if (value === 'vi' || value === 'en') return value;
  console.error(`--lang: "vi" hoặc "en" / "vi" or "en" (got "${value}")`);
  process.exit(2);
}

const locale = readLocale(process.argv.slice(2));
try {
  console.log(runDemo(locale).join('\n'));
} catch (error) {
  if (error instanceof ChiboError) {
    console.error(error.format(locale));
    process.exit(1);
  }
  throw error;
}
