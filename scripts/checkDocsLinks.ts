/**
 * Broken-link check for the hand-written docs: every relative link in the
 * README files, docs/*.md and the example READMEs must name a file that
 * exists, and a `#fragment` must name a heading of that file (GitHub's
 * slugs). External links are not fetched: CI has no network beyond npm.
 *
 * Usage: tsx scripts/checkDocsLinks.ts
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function markdownFiles(): string[] {
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
  return files;
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
if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}
console.log(`docs links ok: ${checked} relative links`);
