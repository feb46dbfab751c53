/**
 * Pack chibo's publishable packages into tarballs, the way to use chibo from a
 * checkout while `@chibo/*` is not on npm (issue 13, §6). The README and
 * docs/index.md tell a newcomer to run this, then install every tarball in
 * one `npm install`; `scripts/checkConsumer.ts` does exactly that in CI.
 *
 * Installing them together matters: `@chibo/schedule` and `@chibo/docx`
 * depend on `@chibo/core`, and npm satisfies that dependency from a tarball
 * given in the same command. Installed alone, npm would look for
 * `@chibo/core` on the public registry, where the name is not ours yet.
 *
 * Usage: pnpm pack:tarballs [dest]   (builds first; dest defaults to ./tarballs)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The packages a host installs: every published package of the workspace. */
export const PUBLISHED_PACKAGES = ['core', 'schedule', 'docx', 'cli'] as const;

/**
 * Pack the given packages (their built `dist` must exist) into `dest`.
 *
 * @param dest - the folder the tarballs go to; created, and emptied of older
 *   chibo tarballs.
 * @param names - the package folders under `packages/`.
 * @returns the tarballs' absolute paths, in the order of `names`.
 */
export function packTarballs(
  dest: string,
  names: readonly string[] = PUBLISHED_PACKAGES,
): string[] {
  mkdirSync(dest, { recursive: true });
  for (const file of readdirSync(dest))
    if (file.startsWith('chibo-') && file.endsWith('.tgz'))
      rmSync(join(dest, file));
  return names.map((name) => {
    execFileSync('pnpm', ['pack', '--pack-destination', dest], {
      cwd: join(root, 'packages', name),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const file = readdirSync(dest).find(
      (f) => f.startsWith(`chibo-${name}-`) && f.endsWith('.tgz'),
    );
    if (!file) throw new Error(`pnpm pack wrote no tarball for ${name}`);
    return join(dest, file);
  });
}

if (
  process.argv[1] &&
  resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  const dest = resolve(process.argv[2] ?? join(root, 'tarballs'));
  const tarballs = packTarballs(dest);
  const shown = tarballs.map((t) => relative(process.cwd(), t) || t);
  process.stdout.write(
    [
      `Packed ${tarballs.length} tarballs into ${dest}.`,
      'Install them all in one command in your project (never one alone:',
      'npm would then look for @chibo/core on the public registry):',
      '',
      `  npm install ${shown.map((t) => resolve(t)).join(' ')}`,
      '',
    ].join('\n'),
  );
}
