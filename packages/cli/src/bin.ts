import { getLocale } from './args';
import { runCli } from './cli';
import { exitOnSignals } from './exitOnSignals';

// Every write to stdout reports its own error through its callback
// (writeOutput: exit code 74), and a reader that closes the pipe early
// (`chibo holidays 2027 | head`) is not an error: nothing to do here.
process.stdout.on('error', () => undefined);

const argv = process.argv.slice(2);
exitOnSignals(getLocale(argv));
// The exit code is set, not forced, so that stdout is flushed first.
process.exitCode = await runCli(argv);
