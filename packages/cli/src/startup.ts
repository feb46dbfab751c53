import { createRequire } from 'node:module';

// What `chibo` needs before it loads any command (issue 17 §2): `chibo
// --version` answers from here, without loading zod, the schemas or docx.

/**
 * The version of `@chibo/cli`, from its own package.json (always published).
 *
 * @returns e.g. `'0.1.0'`.
 */
export function getVersion(): string {
  // dist/bin.js (or src/bin.ts) → the package's package.json.
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

/**
 * The arguments after the leading common options (`--lang x`, `--debug`),
 * which may come before the command.
 *
 * @param argv - the command line, without `node` and the script.
 * @returns the command and what follows it.
 */
export function skipLeadingOptions(argv: readonly string[]): string[] {
  let i = 0;
  while (i < argv.length) {
    if (argv[i] === '--lang') i += 2;
    else if (argv[i]?.startsWith('--lang=') || argv[i] === '--debug') i += 1;
    else break;
  }
  return argv.slice(i);
}

/**
 * Whether the command line asks for the version (`--version` or `-v` where
 * the command goes).
 *
 * @param argv - the command line, without `node` and the script.
 * @returns true for `chibo --version`, `chibo --lang en -v`…
 */
export function isVersionRequest(argv: readonly string[]): boolean {
  const [name] = skipLeadingOptions(argv);
  return name === '--version' || name === '-v';
}
