import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import { measureStartup } from './startup';

// Issue 17 §2: the whole-process report (bench/startup.ts), then `chibo
// --version` beside `node -e 0`, side by side in this run.
process.stdout.write(`\n${measureStartup(10).join('\n')}\n\n`);

const bin = fileURLToPath(new URL('../../cli/dist/bin.js', import.meta.url));
const timing = { iterations: 10, time: 0, warmupIterations: 1 };

describe('start-up (target: chibo --version ≤ 1.5× node -e 0)', () => {
  bench(
    'chibo --version',
    () => {
      spawnSync(process.execPath, [bin, '--version']);
    },
    timing,
  );
  bench(
    'baseline: node -e 0',
    () => {
      spawnSync(process.execPath, ['-e', '0']);
    },
    timing,
  );
});
