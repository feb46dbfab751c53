/**
 * Supply-chain check (issue 13, §6), part of `pnpm check:packages`:
 *
 * 1. `pnpm audit --prod` against the registry. Where the registry refuses the
 *    audit endpoint (this CI's mirror answers HTTP 405), say so and let the
 *    offline checks below stand in; a reported advisory fails the check.
 * 2. The lockfile: every package is resolved from the registry with an
 *    integrity hash (no git or URL dependencies that could change under us).
 * 3. Each published package: no `@types/*` among its runtime dependencies,
 *    every `@chibo/*` dependency through `workspace:` (never the registry,
 *    where the scope is not claimed yet), and the runtime dependencies are
 *    exactly the ones docs/index.md lists under "Runtime dependencies".
 * 4. No runtime dependency, direct or not, runs an install script.
 *
 * Usage: tsx scripts/checkSupplyChain.ts
 * Exits 1 with every problem listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_PACKAGES } from './packTarballs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const problems: string[] = [];
const say = (line: string) => process.stdout.write(`${line}\n`);

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}
const readJson = <T>(path: string) =>
  JSON.parse(readFileSync(path, 'utf8')) as T;

// 1. The registry's audit.
const audit = spawnSync('pnpm', ['audit', '--prod', '--json'], {
  cwd: root,
  encoding: 'utf8',
  timeout: 120_000,
});
const auditText = `${audit.stdout ?? ''}${audit.stderr ?? ''}`;
if (audit.status === 0) {
  say('audit ok (pnpm audit --prod: no advisories)');
} else if (
  /ERR_PNPM_AUDIT_BAD_RESPONSE|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(
    auditText,
  ) ||
  audit.error
) {
  const reason =
    /responded with (\d+)/.exec(auditText)?.[0] ??
    audit.error?.message ??
    'no answer';
  say(
    `audit skipped: the registry refused pnpm audit (${reason}); the offline checks below stand in`,
  );
} else {
  problems.push(
    `pnpm audit --prod reports advisories:\n${auditText.slice(0, 4000)}`,
  );
}

// 2. The lockfile's resolutions.
const lock = readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');
const packagesSection =
  lock.split(/^packages:\s*$/m)[1]?.split(/^snapshots:\s*$/m)[0] ?? '';
const resolutions = [
  ...packagesSection.matchAll(/^ {2}(\S.*):\n {4}resolution: \{([^}]*)\}/gm),
];
if (resolutions.length === 0)
  problems.push('pnpm-lock.yaml: no package resolutions found');
for (const [, name, resolution] of resolutions) {
  if (!/^integrity: sha512-/.test(resolution ?? ''))
    problems.push(
      `pnpm-lock.yaml: ${name} is not resolved from the registry with an integrity hash (${resolution})`,
    );
}
if (!problems.some((p) => p.startsWith('pnpm-lock.yaml')))
  say(
    `lockfile ok (${resolutions.length} packages, each with a sha512 integrity)`,
  );

// 3. The published packages' runtime dependencies, against the docs.
const documented = new Map<string, string[]>();
const docs = readFileSync(join(root, 'docs', 'index.md'), 'utf8');
const section = docs
  .split(/^## Runtime dependencies\s*$/m)[1]
  ?.split(/^## /m)[0];
if (!section)
  problems.push('docs/index.md has no "## Runtime dependencies" section');
for (const [, pkg, deps] of (section ?? '').matchAll(
  /^\| `(@chibo\/[a-z]+)` +\| ([^|]*)\|/gm,
)) {
  documented.set(
    pkg ?? '',
    [...(deps ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '').sort(),
  );
}
for (const dir of PUBLISHED_PACKAGES) {
  const manifest = readJson<Manifest>(
    join(root, 'packages', dir, 'package.json'),
  );
  const deps = Object.entries(manifest.dependencies ?? {});
  for (const [name, range] of deps) {
    if (name.startsWith('@types/'))
      problems.push(
        `${manifest.name}: ${name} is a runtime dependency; type packages belong in devDependencies`,
      );
    if (name.startsWith('@chibo/') && !range.startsWith('workspace:'))
      problems.push(
        `${manifest.name}: ${name}@${range} would come from the registry; use workspace:`,
      );
  }
  const actual = deps.map(([name]) => name).sort();
  const listed = documented.get(manifest.name);
  if (!listed)
    problems.push(
      `docs/index.md does not list the runtime dependencies of ${manifest.name}`,
    );
  else if (listed.join() !== actual.join())
    problems.push(
      `docs/index.md lists ${manifest.name}'s runtime dependencies as ${listed.join(', ') || '(none)'}, package.json has ${actual.join(', ') || '(none)'}`,
    );
}
if (
  !problems.some((p) => /docs\/index|runtime dependency|registry; use/.test(p))
)
  say(
    `runtime dependencies ok (${PUBLISHED_PACKAGES.length} packages, as docs/index.md lists them)`,
  );

// 4. Install scripts anywhere in the runtime dependency trees.
interface ListedDependency {
  version: string;
  path?: string;
  dependencies?: Record<string, ListedDependency>;
}
const list = spawnSync(
  'pnpm',
  [
    'list',
    '--prod',
    '--json',
    '-r',
    '--depth',
    'Infinity',
    '--filter',
    './packages/*',
  ],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const trees = JSON.parse(list.stdout || '[]') as {
  name: string;
  dependencies?: Record<string, ListedDependency>;
}[];
const seen = new Map<string, string>();
const walk = (deps: Record<string, ListedDependency> | undefined) => {
  for (const [name, dep] of Object.entries(deps ?? {})) {
    const key = `${name}@${dep.version}`;
    if (seen.has(key) || !dep.path) continue;
    seen.set(key, dep.path);
    walk(dep.dependencies);
  }
};
for (const tree of trees) walk(tree.dependencies);
for (const [key, path] of seen) {
  const file = join(path, 'package.json');
  if (!existsSync(file)) continue;
  const scripts = readJson<Manifest>(file).scripts ?? {};
  const hooks = ['preinstall', 'install', 'postinstall'].filter(
    (h) => scripts[h],
  );
  if (hooks.length && !path.startsWith(join(root, 'packages')))
    problems.push(`${key} runs ${hooks.join(', ')} when installed`);
}
const types = [...seen.keys()].filter((k) => k.startsWith('@types/'));
say(
  `install scripts ok (${seen.size} runtime packages, none runs one)${
    types.length
      ? `; transitive type packages from dependencies: ${types.join(', ')}`
      : ''
  }`,
);

if (problems.length) {
  process.stderr.write(
    `Supply-chain check failed:\n- ${problems.join('\n- ')}\n`,
  );
  process.exit(1);
}
