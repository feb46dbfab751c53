/**
 * R-DOC-9: the same record gives the same bytes. The SCENARIO documents are
 * rendered here and in two child processes, one in New York's time zone and
 * one in Viet Nam's, started at least a second apart, and their SHA-256
 * compared.
 */
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { describe, expect, it } from 'vitest';
import {
  hashScenarioDocuments,
  renderScenarioDocuments,
} from './renderScenario';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

async function hashesIn(tz: string) {
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=@chibo/source',
      join(here, 'renderScenario.ts'),
    ],
    { cwd: join(here, '..'), env: { ...process.env, TZ: tz } },
  );
  return JSON.parse(stdout) as { tz: string; hashes: Record<string, string> };
}

describe('R-DOC-9: same record, same bytes', () => {
  it(
    'the minutes, resolution and score sheet hash the same in this process, in New York and in Hà Nội, a second apart',
    async () => {
      const here = await hashScenarioDocuments();
      expect(Object.keys(here)).toEqual([
        'bien-ban',
        'nghi-quyet',
        'phieu-cham-diem',
      ]);
      for (const hash of Object.values(here))
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
      const newYork = await hashesIn('America/New_York');
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const hanoi = await hashesIn('Asia/Ho_Chi_Minh');
      expect(newYork.tz).toBe('America/New_York');
      expect(['Asia/Ho_Chi_Minh', 'Asia/Saigon']).toContain(hanoi.tz);
      expect(newYork.hashes).toEqual(here);
      expect(hanoi.hashes).toEqual(here);
    },
    slowTestTimeout,
  );

  it('two renders in one process are byte-identical', async () => {
    const first = await renderScenarioDocuments();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await renderScenarioDocuments()).toEqual(first);
  });
});
