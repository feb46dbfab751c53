import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { marchRecord } from '@chibo/scenario';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCX_TYPE } from './reply';
import { postJson } from './testServer';

const tsx = createRequire(import.meta.url).resolve('tsx');
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
});

/** Start `main.ts` under tsx, as `pnpm start` does, and read where it listens. */
function startMain(args: string[], env: Record<string, string> = {}) {
  child = spawn(
    process.execPath,
    ['--conditions=@chibo/source', '--import', tsx, main, ...args],
    // The store's PostgreSQL of CI is for the store tests, not this server.
    {
      env: { ...process.env, DATABASE_URL: '', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const started = child;
  return new Promise<string>((resolve, reject) => {
    let output = '';
    started.stdout?.setEncoding('utf8');
    started.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const url = /listening on (http:\S+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    started.once('exit', (code) =>
      reject(new Error(`main.ts exited with ${code}: ${output}`)),
    );
  });
}

describe('main.ts under tsx', () => {
  it(
    'listens on 127.0.0.1 by default and makes documents in its workers, behind a token',
    async () => {
      const base = await startMain(['--port', '0', '--workers', '1'], {
        CHIBO_SERVER_TOKEN: 'tok',
      });
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await postJson(base, '/minutes', marchRecord)).status).toBe(401);
      const minutes = await postJson(base, '/minutes', marchRecord, {
        Authorization: 'Bearer tok',
      });
      expect(minutes.status).toBe(200);
      expect(minutes.headers.get('content-type')).toBe(DOCX_TYPE);
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child?.kill('SIGTERM');
      expect(await exited).toBe(0);
    },
    slowTestTimeout,
  );
});
