/**
 * Release dry run: copy the workspace's manifests, changelogs and pending
 * changesets to a temporary folder, run `changeset version` there, and check
 * that every published package gets the same new version (one `fixed`
 * group) and a changelog entry for each of its changesets. The repository
 * itself is never touched.
 *
 * Usage: tsx scripts/checkChangesets.ts
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file: string): Manifest =>
  JSON.parse(readFileSync(file, 'utf8'));
const workspaceDirs = ['packages', 'examples'].flatMap((group) =>
  readdirSync(join(root, group), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(group, d.name))
    .filter((dir) => existsSync(join(root, dir, 'package.json'))),
);

const pending = readdirSync(join(root, '.changeset')).filter(
  (f) => f.endsWith('.md') && f !== 'README.md',
);
if (pending.length === 0) {
  console.log('no pending changesets: nothing to release');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'chibo-release-'));
const failures: string[] = [];
try {
  for (const file of ['package.json', 'pnpm-workspace.yaml'])
    cpSync(join(root, file), join(work, file));
  cpSync(join(root, '.changeset'), join(work, '.changeset'), {
    recursive: true,
  });
  for (const dir of workspaceDirs) {
    mkdirSync(join(work, dir), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(join(root, dir, file)))
        cpSync(join(root, dir, file), join(work, dir, file));
    }
  }
  const cli = join(root, 'node_modules', '@changesets', 'cli', 'bin.js');
  execFileSync('node', [cli, 'version'], { cwd: work, stdio: 'inherit' });

  const published = workspaceDirs
    .map((dir) => ({ dir, before: readJson(join(root, dir, 'package.json')) }))
    .filter(({ before }) => !before.private);
  const versions = new Set<string>();
  for (const { dir, before } of published) {
    const after = readJson(join(work, dir, 'package.json'));
    versions.add(after.version);
    if (after.version === before.version)
      failures.push(`${before.name}: version not bumped (${before.version})`);
    const changelog = join(work, dir, 'CHANGELOG.md');
    const text = existsSync(changelog) ? readFileSync(changelog, 'utf8') : '';
    if (!text.includes(`## ${after.version}`))
      failures.push(`${before.name}: CHANGELOG.md has no ${after.version}`);
    console.log(`${before.name}: ${before.version} → ${after.version}`);
  }
  if (versions.size !== 1)
    failures.push(`the fixed group split: ${[...versions].join(', ')}`);
  const left = readdirSync(join(work, '.changeset')).filter(
    (f) => f.endsWith('.md') && f !== 'README.md',
  );
  if (left.length > 0)
    failures.push(`changesets not consumed: ${left.join(', ')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(failures.map((f) => `✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log(`release dry run ok: ${pending.length} changesets`);
