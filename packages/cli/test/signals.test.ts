import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marchRecord } from '@chibo/scenario';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, createWorkDir, documentXml } from './support';

/** Enough records that the batch is still running when the signal comes. */
const RECORDS = 60;

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
  mkdirSync(join(dir, 'nam-2027'));
  for (let i = 1; i <= RECORDS; i++) {
    const name = `ho-so-${String(i).padStart(2, '0')}.json`;
    writeFileSync(join(dir, 'nam-2027', name), JSON.stringify(marchRecord));
  }
});

/**
 * Run a batch and send `signal` once the first document is written (so the
 * test waits for the work, however slow the machine, and never races it).
 */
function interruptBatch(
  signal: NodeJS.Signals,
  out: string,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [BIN, 'minutes', '--batch', 'nam-2027', '-o', out],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      const first = !stderr.includes('ok ');
      stderr += chunk;
      if (first && stderr.includes('ok ')) child.kill(signal);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('Ctrl-C and kill stop a batch cleanly', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s exits %i and leaves only whole documents, no temporary file',
    async (signal, exitCode) => {
      const out = `out-${signal}`;
      const result = await interruptBatch(signal, out);
      expect(result.code).toBe(exitCode);
      expect(result.stderr).toContain(`chibo: đã dừng (${signal}).`);
      const files = readdirSync(join(dir, out));
      expect(files.filter((f) => !/^ho-so-\d\d\.docx$/.test(f))).toEqual([]);
      expect(files.length).toBeGreaterThan(0);
      expect(files.length).toBeLessThan(RECORDS);
      for (const file of files) {
        const bytes = readFileSync(join(dir, out, file));
        expect(documentXml(bytes)).toContain('BIÊN BẢN');
      }
    },
    slowTestTimeout,
  );
});
