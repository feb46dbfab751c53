import { ChiboError } from '@chibo/core';
import { runDemo } from './runDemo';

const locale =
  process.argv.includes('--lang=en') || process.argv.includes('en')
    ? 'en'
    : 'vi';
try {
  console.log(runDemo(locale).join('\n'));
} catch (error) {
  if (error instanceof ChiboError) {
    console.error(error.format(locale));
    process.exit(1);
  }
  throw error;
}
