import { runCli } from './cli';

// The exit code is set, not forced, so that stdout is flushed first.
process.exitCode = await runCli(process.argv.slice(2));
