/**
 * Start-up (issue 17 §2), as a host feels it: whole processes, each started
 * cold, run side by side in interleaved rounds. For each: the wall time of
 * the whole process, and the time of the `import()` itself inside it.
 *
 * Targets: a cold `import('@chibo/core/machine')` and `import('@chibo/schedule')`
 * ≤ 50 ms; `chibo --version` ≤ 1.5× `node -e 0`.
 *
 * It reads the built packages (`dist/`): run `pnpm build` first, then
 * `pnpm exec tsx packages/core/bench/startup.ts [runs]` from the root
 * (`pnpm bench` runs it too, through bench/startup.bench.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const at = (path: string) => `${root}${path}`;

/** A process to time, and the directory it starts in. */
interface Subject {
  name: string;
  cwd: string;
  args: string[];
  /** The target, as a line of the report. */
  target?: string | undefined;
  /** It prints the milliseconds its `import()` took. */
  timesImport?: boolean | undefined;
}

/** Import `specifier` and print how long the import took, in ms. */
function importing(specifier: string): string[] {
  return [
    '--input-type=module',
    '-e',
    `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`,
  ];
}

const SUBJECTS: Subject[] = [
  { name: 'node -e 0', cwd: root, args: ['-e', '0'] },
  {
    name: "import('@chibo/core/machine')",
    cwd: at('packages/core'),
    args: importing('@chibo/core/machine'),
    timesImport: true,
    target: 'import ≤ 50 ms',
  },
  {
    name: "import('@chibo/core')",
    cwd: at('packages/core'),
    args: importing('@chibo/core'),
    timesImport: true,
  },
  {
    name: "import('@chibo/schedule')",
    cwd: at('packages/schedule'),
    args: importing('@chibo/schedule'),
    timesImport: true,
    target: 'import ≤ 50 ms',
  },
  {
    name: 'chibo --version',
    cwd: root,
    args: [at('packages/cli/dist/bin.js'), '--version'],
    target: '≤ 1.5× node -e 0',
  },
];

/** One run: the process's wall time and what it printed (the import's ms). */
function runOnce(subject: Subject): { wall: number; inner: number } {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, subject.args, {
    cwd: subject.cwd,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`${subject.name} failed: ${result.stderr}`);
  }
  return { wall, inner: Number.parseFloat(result.stdout) };
}

function stats(values: number[]): { min: number; median: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    min: sorted[0] ?? Number.NaN,
    median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
  };
}

/**
 * Time every subject `runs` times, interleaved, and format the report.
 *
 * @param runs - the runs of each subject (at least 10 for the report).
 * @returns the report's lines.
 */
export function measureStartup(runs = 15): string[] {
  if (!existsSync(at('packages/core/dist/machine.js'))) {
    return ['start-up: run `pnpm build` first (it reads dist/).'];
  }
  const walls = new Map<string, number[]>();
  const inners = new Map<string, number[]>();
  for (const subject of SUBJECTS) runOnce(subject); // warm the disk cache
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? SUBJECTS : [...SUBJECTS].reverse();
    for (const subject of order) {
      const { wall, inner } = runOnce(subject);
      walls.set(subject.name, [...(walls.get(subject.name) ?? []), wall]);
      if (subject.timesImport) {
        inners.set(subject.name, [...(inners.get(subject.name) ?? []), inner]);
      }
    }
  }
  const node = stats(walls.get('node -e 0') ?? []);
  const lines = [
    `start-up, whole processes, ${runs} interleaved runs each (min / median ms):`,
  ];
  for (const subject of SUBJECTS) {
    const wall = stats(walls.get(subject.name) ?? []);
    const inner = inners.get(subject.name);
    const importMs = inner
      ? `, the import itself ${stats(inner).min.toFixed(1)} / ${stats(inner).median.toFixed(1)}`
      : '';
    const ratio = `${(wall.median / node.median).toFixed(2)}× node -e 0`;
    const target = subject.target ? ` (target: ${subject.target})` : '';
    lines.push(
      `  ${subject.name}: process ${wall.min.toFixed(1)} / ${wall.median.toFixed(1)}${importMs}; ${ratio}${target}`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const runs = Number(process.argv[2] ?? 15);
  process.stdout.write(`${measureStartup(runs).join('\n')}\n`);
}
