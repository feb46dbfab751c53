import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { reportProgress } from '@chibo/scenario/test-budget';

/** Build dist/bin.js once: the tests run the binary users get. */
export default function setup(): void {
  reportProgress('cli: building dist/bin.js', 0, 1);
  execFileSync('pnpm', ['run', 'build'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'pipe',
  });
  reportProgress('cli: building dist/bin.js', 1, 1);
}
