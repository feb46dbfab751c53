import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Build dist/bin.js once: the tests run the binary users get. */
export default function setup(): void {
  execFileSync('pnpm', ['run', 'build'], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'pipe',
  });
}
