import { Worker } from 'node:worker_threads';
import { ServiceError } from './serviceError';
import {
  decodeError,
  type JobMessage,
  type WorkerMessage,
} from './workerProtocol';

/** The options of `createWorkerPool`. */
export interface WorkerPoolOptions {
  /**
   * The worker's module, in TypeScript: it calls `serveJobs`. It is loaded
   * through tsx with the `@chibo/source` condition, under `tsx` and under
   * vitest alike.
   */
  entry: URL;
  /** How many workers run at most; each does one job at a time. */
  size: number;
  /**
   * The longest a job may run, in milliseconds, from the moment a ready
   * worker takes it: then its worker is terminated and replaced, and the job
   * fails with a 503 `time-limit-exceeded`.
   */
  timeLimit: number;
}

/** A fixed number of worker threads that run jobs off the main thread. */
export interface WorkerPool<TJob, TResult> {
  /** Run a job in the next free worker (queued until one is free). */
  run: (job: TJob) => Promise<TResult>;
  /** Stop every worker; queued and running jobs fail. */
  close: () => Promise<void>;
}

interface Task<TJob, TResult> {
  id: number;
  job: TJob;
  resolve: (result: TResult) => void;
  reject: (error: Error) => void;
}

interface Slot<TJob, TResult> {
  worker: Worker;
  ready: boolean;
  retired: boolean;
  task?: Task<TJob, TResult> | undefined;
  timer?: NodeJS.Timeout | undefined;
}

/** Registers tsx in the worker, then imports `workerData.entry`. */
const BOOT = new URL('./tsWorker.mjs', import.meta.url);

function timeLimitExceeded(limit: number): ServiceError {
  const seconds = (locale: string) =>
    (limit / 1000).toLocaleString(locale, { maximumFractionDigits: 3 });
  return new ServiceError(503, 'time-limit-exceeded', {
    vi: `Yêu cầu cần hơn ${seconds('vi-VN')} giây để xử lý nên đã bị dừng.`,
    en: `The request took longer than ${seconds('en-US')} s and was stopped.`,
  });
}

/**
 * Start a pool of worker threads. Workers start when jobs arrive, up to
 * `size`; one that crashes or passes the time limit is replaced.
 *
 * @param options - the worker module, the pool's size and the time limit.
 * @returns the pool.
 * @example
 * ```ts
 * const pool = createWorkerPool<RouteJob, Reply>({
 *   entry: new URL('./routeWorker.ts', import.meta.url),
 *   size: 2,
 *   timeLimit: 30_000,
 * });
 * const reply = await pool.run(job);
 * ```
 */
export function createWorkerPool<TJob, TResult>(
  options: WorkerPoolOptions,
): WorkerPool<TJob, TResult> {
  const { entry, size, timeLimit } = options;
  const slots: Array<Slot<TJob, TResult>> = [];
  const queue: Array<Task<TJob, TResult>> = [];
  let nextId = 0;
  let closed = false;

  function retire(slot: Slot<TJob, TResult>, error: Error) {
    if (slot.retired) return;
    slot.retired = true;
    clearTimeout(slot.timer);
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    slot.task?.reject(error);
    slot.task = undefined;
    void slot.worker.terminate();
    // A worker that cannot even start would fail every job the same way.
    if (!slot.ready) for (const task of queue.splice(0)) task.reject(error);
    pump();
  }

  function onMessage(
    slot: Slot<TJob, TResult>,
    message: WorkerMessage<TResult>,
  ) {
    if (message.type === 'ready') {
      slot.ready = true;
    } else {
      const task = slot.task;
      if (!task || task.id !== message.id) return;
      clearTimeout(slot.timer);
      slot.task = undefined;
      if (message.type === 'done') task.resolve(message.result);
      else task.reject(decodeError(message.error));
    }
    pump();
  }

  function spawn() {
    const worker = new Worker(BOOT, {
      workerData: { entry: entry.href },
      execArgv: ['--conditions=@chibo/source'],
    });
    const slot: Slot<TJob, TResult> = { worker, ready: false, retired: false };
    worker.on('message', (message: WorkerMessage<TResult>) =>
      onMessage(slot, message),
    );
    worker.on('error', (error) => retire(slot, error));
    worker.on('exit', (code) =>
      retire(slot, new Error(`a worker stopped with exit code ${code}`)),
    );
    slots.push(slot);
  }

  function start(slot: Slot<TJob, TResult>, task: Task<TJob, TResult>) {
    slot.task = task;
    slot.timer = setTimeout(
      () => retire(slot, timeLimitExceeded(timeLimit)),
      timeLimit,
    );
    const message: JobMessage<TJob> = { id: task.id, job: task.job };
    try {
      slot.worker.postMessage(message);
    } catch (error) {
      // A job that cannot be copied (too deep, or not plain data).
      clearTimeout(slot.timer);
      slot.task = undefined;
      task.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function pump() {
    if (closed) return;
    for (const slot of slots) {
      let task = slot.ready && !slot.task ? queue.shift() : undefined;
      while (task) {
        start(slot, task);
        task = slot.task ? undefined : queue.shift();
      }
    }
    const starting = slots.filter((slot) => !slot.ready).length;
    const wanted = Math.min(queue.length - starting, size - slots.length);
    for (let i = 0; i < wanted; i++) spawn();
  }

  return {
    run: (job) =>
      new Promise<TResult>((resolve, reject) => {
        if (closed) {
          reject(new Error('the worker pool is closed'));
          return;
        }
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      }),
    close: async () => {
      closed = true;
      const error = new Error('the worker pool is closed');
      for (const task of queue.splice(0)) task.reject(error);
      await Promise.all(
        slots.map((slot) => {
          slot.task?.reject(error);
          slot.task = undefined;
          return slot.worker.terminate();
        }),
      );
    },
  };
}
