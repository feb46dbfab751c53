/**
 * Type check every project of the workspace with `tsc --noEmit`, one at a
 * time, and say what it is doing (issue 13, §1): on a loaded 2-core machine
 * the whole check takes minutes, and a silent minute looks like a hang. Each
 * project prints a line when it starts, a heartbeat every 15 s while `tsc`
 * runs, and its time when it ends; the first failure stops the run with
 * `tsc`'s own report.
 *
 * Usage: tsx scripts/typecheck.ts
 * Exits with tsc's code when a project does not type check.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const HEARTBEAT_MS = 15_000;

/** The root (its scripts and configs), then every package and example. */
function projects(): string[] {
  const found = [root];
  for (const group of ['packages', 'examples']) {
    for (const name of readdirSync(join(root, group)).sort()) {
      const dir = join(root, group, name);
      if (existsSync(join(dir, 'tsconfig.json'))) found.push(dir);
    }
  }
  return found;
}

function check(dir: string, label: string): Promise<number> {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`typecheck ${label}…\n`);
  return new Promise((done) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '-p', dir], {
      stdio: 'inherit',
    });
    const heartbeat = setInterval(
      () =>
        process.stdout.write(`  still checking ${label} (${seconds()} s)\n`),
      HEARTBEAT_MS,
    );
    child.on('close', (code) => {
      clearInterval(heartbeat);
      process.stdout.write(
        code === 0
          ? `  ${label}: ok in ${seconds()} s\n`
          : `  ${label}: failed after ${seconds()} s\n`,
      );
      done(code ?? 1);
    });
  });
}

const all = projects();
const started = performance.now();
for (const [i, dir] of all.entries()) {
  const label = `${relative(root, dir) || '(root)'} [${i + 1}/${all.length}]`;
  const code = await check(dir, label);
  if (code !== 0) process.exit(code);
}
process.stdout.write(
  `typecheck: ${all.length} projects in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
);
