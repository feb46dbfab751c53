import { runCli } from './cli';

// A reader that closes the pipe early (`chibo holidays 2027 | head`) is not
// an error: stop writing, without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// The exit code is set, not forced, so that stdout is flushed first.
process.exitCode = await runCli(process.argv.slice(2));
