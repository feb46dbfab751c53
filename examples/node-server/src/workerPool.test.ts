import { threadId as mainThreadId } from 'node:worker_threads';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterEach, describe, expect, it } from 'vitest';
import { ServiceError } from './serviceError';
import type { TestJob, TestResult } from './testWorker';
import { createWorkerPool, type WorkerPool } from './workerPool';

const entry = new URL('./testWorker.ts', import.meta.url);
let pool: WorkerPool<TestJob, TestResult> | undefined;

function startPool(size: number, timeLimit = 60_000) {
  pool = createWorkerPool<TestJob, TestResult>({ entry, size, timeLimit });
  return pool;
}
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const echo = (value: string): TestJob => ({ type: 'echo', value });

describe('createWorkerPool', { timeout: slowTestTimeout }, () => {
  it('runs jobs in worker threads, not on the main thread', async () => {
    const result = await startPool(1).run(echo('a'));
    expect(result.value).toBe('a');
    expect(result.threadId).not.toBe(mainThreadId);
  });

  it('queues jobs beyond its size and runs them all, on at most size workers', async () => {
    const run = startPool(2).run;
    const values = Array.from({ length: 7 }, (_, i) => `v${i}`);
    const results = await Promise.all(values.map((v) => run(echo(v))));
    expect(results.map((r) => r.value)).toEqual(values);
    expect(new Set(results.map((r) => r.threadId)).size).toBeLessThanOrEqual(2);
  });

  it('stops a job over the time limit with a 503, and replaces its worker', async () => {
    const { run } = startPool(1, 2_000);
    const before = await run(echo('before'));
    const stuck = await run({ type: 'spin' }).catch((error: unknown) => error);
    expect(stuck).toBeInstanceOf(ServiceError);
    expect(stuck).toMatchObject({
      status: 503,
      code: 'time-limit-exceeded',
      messages: {
        vi: 'Yêu cầu cần hơn 2 giây để xử lý nên đã bị dừng.',
        en: 'The request took longer than 2 s and was stopped.',
      },
    });
    const after = await run(echo('after'));
    expect(after.value).toBe('after');
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('passes a ServiceError through with its status, code and issues', async () => {
    const error = await startPool(1)
      .run({ type: 'refuse' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      status: 409,
      code: 'refused',
      issues: [{ path: ['a', 0] }],
    });
  });

  it('turns a bug into a plain Error that keeps its name, message and stack', async () => {
    const { run } = startPool(1);
    const error = await run({ type: 'bug' }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      name: 'TypeError',
      message: 'cannot read secret of undefined at /srv/x.ts',
      stack: expect.stringContaining('testWorker.ts'),
    });
    expect((await run(echo('still here'))).value).toBe('still here');
  });

  it('fails a job that cannot be copied to a worker, and runs the next', async () => {
    const { run } = startPool(1);
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const jobs = [
      run({ type: 'echo', value: deep as string }),
      run({ type: 'echo', value: (() => 'x') as unknown as string }),
    ];
    for (const job of jobs) await expect(job).rejects.toThrow();
    expect((await run(echo('next'))).value).toBe('next');
  });

  it('replaces a worker that exits in the middle of a job', async () => {
    const { run } = startPool(1);
    const before = await run(echo('before'));
    await expect(run({ type: 'exit' })).rejects.toThrow(/exit code 3/);
    const after = await run(echo('after'));
    expect(after.threadId).not.toBe(before.threadId);
  });

  it('fails the jobs of a worker module that cannot be loaded, without retrying forever', async () => {
    pool = createWorkerPool<TestJob, TestResult>({
      entry: new URL('./noSuchWorker.ts', import.meta.url),
      size: 2,
      timeLimit: 60_000,
    });
    await Promise.all([
      expect(pool.run(echo('a'))).rejects.toThrow(),
      expect(pool.run(echo('b'))).rejects.toThrow(),
    ]);
  });

  it('fails queued and running jobs once closed', async () => {
    const { run, close } = startPool(1);
    await run(echo('warm'));
    const running = expect(run({ type: 'spin' })).rejects.toThrow(/closed/);
    const queued = expect(run(echo('queued'))).rejects.toThrow(/closed/);
    await close();
    await running;
    await queued;
    await expect(run(echo('late'))).rejects.toThrow(/closed/);
  });
});
