// A worker for workerPool.test.ts: jobs that answer, fail, hang or crash.
import { threadId } from 'node:worker_threads';
import { ServiceError } from './serviceError';
import { serveJobs } from './workerProtocol';

/** What the test worker is asked to do. */
export type TestJob =
  | { type: 'echo'; value: string }
  | { type: 'spin' }
  | { type: 'bug' }
  | { type: 'refuse' }
  | { type: 'exit' };

/** The answer to an `echo` job: the value and the worker's thread. */
export interface TestResult {
  value: string;
  threadId: number;
}

serveJobs<TestJob, TestResult>(async (job) => {
  switch (job.type) {
    case 'echo':
      return { value: job.value, threadId };
    case 'spin':
      // Never yields, like a render stuck in a loop: only terminate() ends it.
      for (;;) {}
    case 'bug':
      throw new TypeError('cannot read secret of undefined at /srv/x.ts');
    case 'refuse':
      throw new ServiceError(
        409,
        'refused',
        { vi: 'Bị từ chối.', en: 'Refused.' },
        [{ path: ['a', 0], code: 'custom', message: { vi: 'x', en: 'x' } }],
      );
    case 'exit':
      process.exit(3);
  }
});
