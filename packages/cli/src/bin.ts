import { exitOnSignals } from './exitOnSignals';
import { getVersion, isVersionRequest } from './startup';

// Every write to stdout reports its own error through its callback
// (writeOutput: exit code 74), and a reader that closes the pipe early
// (`chibo holidays 2027 | head`) is not an error: nothing to do here.
process.stdout.on('error', () => undefined);

const argv = process.argv.slice(2);
if (isVersionRequest(argv)) {
  // Before any command (and zod, the schemas, docx) is loaded: `chibo
  // --version` starts as fast as node itself (issue 17 §2).
  process.stdout.write(`${getVersion()}\n`, (error) => {
    if (error) process.exitCode = 74;
  });
} else {
  const [{ getLocale }, { runCli }] = await Promise.all([
    import('./args'),
    import('./cli'),
  ]);
  exitOnSignals(getLocale(argv));
  // The exit code is set, not forced, so that stdout is flushed first.
  process.exitCode = await runCli(argv);
}
