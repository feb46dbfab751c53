/**
 * The rule index (issue 14 §3): every rule of the domain brief
 * (`../shared/DOMAIN.md`, its `**R-…**` IDs) against the code that cites it.
 *
 * - Each rule is cited by the source that implements it (its TSDoc) and by a
 *   test, or it is listed below as planned, with the issue that brings it.
 * - Every R-ID the code cites is one the brief defines (a typo such as
 *   `R-VOTE-5` fails).
 * - `--list` prints, per rule, the source files that cite it: where to look
 *   for its implementation and its call sites.
 *
 * Usage: tsx scripts/checkRules.ts [--list]
 * Exits 1 with every problem listed. Without the brief beside the checkout it
 * says so and exits 0, except in CI, where the brief is always there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const brief = resolve(root, '..', 'shared', 'DOMAIN.md');

/** Rules the brief defines that no code implements yet, and the issue that will. */
const PLANNED: Record<string, string> = {};

const RULE_ID = /R-[A-Z]+-\d+[a-z]?(?![\w-])/g;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.(ts|tsx|mts)$/.test(entry.name)) out.push(path);
  }
  return out;
}

if (!existsSync(brief)) {
  const message = `checkRules: ${relative(root, brief)} is not beside this checkout`;
  if (process.env.CI) {
    process.stderr.write(`${message}.\n`);
    process.exit(1);
  }
  process.stdout.write(`${message}; skipped.\n`);
  process.exit(0);
}

const defined = new Set(
  [...readFileSync(brief, 'utf8').matchAll(/\*\*(R-[A-Z]+-\d+[a-z]?)\b/g)].map(
    (m) => m[1] as string,
  ),
);
const files = ['packages', 'examples'].flatMap((d) => walk(join(root, d)));
const isTest = (file: string) =>
  /\.test(-d)?\.ts$/.test(file) || /[\\/]test(Support)?[\\/]/.test(file);
const citedBy = new Map<string, { source: string[]; tests: string[] }>();
for (const file of files) {
  const ids = new Set(readFileSync(file, 'utf8').match(RULE_ID) ?? []);
  for (const id of ids) {
    const entry = citedBy.get(id) ?? { source: [], tests: [] };
    (isTest(file) ? entry.tests : entry.source).push(relative(root, file));
    citedBy.set(id, entry);
  }
}

const problems: string[] = [];
for (const id of [...citedBy.keys()].sort())
  if (!defined.has(id))
    problems.push(
      `${id} is cited by ${[...(citedBy.get(id)?.source ?? []), ...(citedBy.get(id)?.tests ?? [])].slice(0, 3).join(', ')} but the brief defines no such rule`,
    );
let implemented = 0;
for (const id of [...defined].sort()) {
  const cited = citedBy.get(id);
  const planned = PLANNED[id];
  if (planned) {
    if (cited?.source.length)
      problems.push(
        `${id} is listed as planned (${planned}) but ${cited.source[0]} cites it: take it off the list`,
      );
    continue;
  }
  if (!cited?.source.length)
    problems.push(`${id}: no source file cites it (and it is not planned)`);
  else if (!cited.tests.length)
    problems.push(`${id}: cited by source, but no test names it`);
  else implemented++;
}

if (process.argv.includes('--list')) {
  for (const id of [...defined].sort()) {
    const cited = citedBy.get(id);
    process.stdout.write(
      `${id}\n${(cited?.source ?? [`  (planned: ${PLANNED[id] ?? 'none'})`]).map((f) => `  ${f}`).join('\n')}\n`,
    );
  }
}
if (problems.length) {
  process.stderr.write(
    `Rule index check failed:\n- ${problems.join('\n- ')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `rules ok: ${implemented} of ${defined.size} rules of DOMAIN.md cited by source and tests, ${Object.keys(PLANNED).length} planned\n`,
);
