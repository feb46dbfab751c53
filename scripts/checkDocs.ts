/**
 * Checks of the hand-written docs (the README files, docs/*.md, the example
 * READMEs and the changesets):
 * - every relative link must name a file that exists, and a `#fragment` a
 *   heading of that file (GitHub's slugs). External links are not fetched: CI
 *   has no network beyond npm.
 * - every `import { … } from '@chibo/…'` in a code block must name an entry
 *   the package exports and only names that entry exports, so that a snippet
 *   an adopter copies does not import `meetingMachine` from the wrong entry.
 *
 * Usage: tsx scripts/checkDocs.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles(): string[] {
  const changesets = readdirSync(join(root, '.changeset'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => join(root, '.changeset', f));
  const files = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md']
    .map((f) => join(root, f))
    .filter((f) => existsSync(f));
  files.push(
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => join(root, 'docs', f)),
  );
  for (const group of ['packages', 'examples']) {
    for (const dir of readdirSync(join(root, group))) {
      const readme = join(root, group, dir, 'README.md');
      if (existsSync(readme)) files.push(readme);
    }
  }
  return [...files, ...changesets];
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to dashes. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_~]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (heading?.[1]) {
      const base = slug(heading[1]);
      let name = base;
      for (let n = 1; anchors.has(name); n++) name = `${base}-${n}`;
      anchors.add(name);
    }
  }
  return anchors;
}

const problems: string[] = [];
let checked = 0;
for (const file of markdownFiles()) {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1] ?? '';
    if (/^(https?:|mailto:)/.test(target)) continue;
    checked += 1;
    const [path = '', fragment] = target.split('#');
    const linked = path === '' ? file : resolve(dirname(file), path);
    const where = `${relative(root, file)} → ${target}`;
    if (!existsSync(linked)) {
      problems.push(`${where}: no such file`);
      continue;
    }
    if (
      fragment &&
      statSync(linked).isFile() &&
      linked.endsWith('.md') &&
      !anchorsOf(linked).has(fragment)
    ) {
      problems.push(`${where}: no heading #${fragment}`);
    }
  }
}

/** The names an entry file exports (`export { a, type B }`, `export const c`). */
function exportedNames(file: string): Set<string> {
  const source = readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const [, list = ''] of source.matchAll(
    /export\s+(?:type\s+)?\{([^}]*)\}/g,
  )) {
    for (const item of list.split(',')) {
      const name = item
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  for (const [, name = ''] of source.matchAll(
    /export\s+(?:declare\s+)?(?:const|let|function|class|type|interface|enum)\s+(\w+)/g,
  )) {
    names.add(name);
  }
  return names;
}

interface PackageManifest {
  name: string;
  exports?: Record<string, unknown>;
}

/** `@chibo/core/machine` → the names its source entry exports. */
const entries = new Map<string, Set<string>>();
for (const dir of readdirSync(join(root, 'packages'))) {
  const manifestFile = join(root, 'packages', dir, 'package.json');
  if (!existsSync(manifestFile)) continue;
  const manifest = JSON.parse(
    readFileSync(manifestFile, 'utf8'),
  ) as PackageManifest;
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    // The workspace's source condition, or a plain path to TypeScript (the
    // private scenario package).
    const source =
      typeof target === 'string' && target.endsWith('.ts')
        ? target
        : (target as Record<string, unknown> | null)?.['@chibo/source'];
    if (typeof source !== 'string') continue;
    // `.` → `@chibo/core`, `./machine` → `@chibo/core/machine`.
    const specifier = `${manifest.name}${subpath.slice(1)}`;
    entries.set(specifier, exportedNames(join(root, 'packages', dir, source)));
  }
}

let imports = 0;
for (const file of markdownFiles()) {
  const text = readFileSync(file, 'utf8');
  for (const [, code = ''] of text.matchAll(
    /```(?:ts|tsx|js|mjs|typescript)\n([\s\S]*?)```/g,
  )) {
    for (const [, names = '', specifier = ''] of code.matchAll(
      /import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'(@chibo\/[^']+)'/g,
    )) {
      imports += 1;
      const where = `${relative(root, file)}: import from '${specifier}'`;
      const exported = entries.get(specifier);
      if (!exported) {
        problems.push(`${where}: no such entry`);
        continue;
      }
      for (const item of names.split(',')) {
        const name = item
          .replace(/\/\/.*$/gm, '')
          .replace(/^\s*type\s+/, '')
          .split(/\s+as\s+/)[0]
          ?.trim();
        if (name && !exported.has(name)) {
          problems.push(`${where}: it does not export ${name}`);
        }
      }
    }
  }
}

if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `docs ok: ${checked} relative links, ${imports} imports from @chibo/* in code blocks`,
);
