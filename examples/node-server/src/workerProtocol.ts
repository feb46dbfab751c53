import { parentPort } from 'node:worker_threads';
import { ChiboError, type LocalizedText } from '@chibo/core';
import { fromChiboError, type IssueBody, ServiceError } from './serviceError';

/**
 * An error as it crosses from a worker to the main thread, where classes do
 * not survive `postMessage`: a known error keeps its status, code, messages
 * and issues; a bug keeps its name, message and stack for `onError`.
 */
export type WorkerError =
  | {
      kind: 'service';
      status: number;
      code: string;
      messages: LocalizedText;
      issues: IssueBody[];
      headers: Record<string, string>;
    }
  | { kind: 'bug'; name: string; message: string; stack?: string | undefined };

/** What the main thread sends a worker. */
export interface JobMessage<TJob> {
  id: number;
  job: TJob;
}

/** What a worker sends the main thread. */
export type WorkerMessage<TResult> =
  | { type: 'ready' }
  | { type: 'done'; id: number; result: TResult }
  | { type: 'failed'; id: number; error: WorkerError };

/**
 * An error as data that `postMessage` can copy.
 *
 * @param error - what a job threw.
 * @returns its description.
 */
export function encodeError(error: unknown): WorkerError {
  const known = error instanceof ChiboError ? fromChiboError(error) : error;
  if (known instanceof ServiceError) {
    const { status, code, messages, issues, headers } = known;
    return { kind: 'service', status, code, messages, issues, headers };
  }
  if (error instanceof Error) {
    const { name, message, stack } = error;
    return { kind: 'bug', name, message, stack };
  }
  return { kind: 'bug', name: 'Error', message: String(error) };
}

/**
 * The error a worker described: a `ServiceError` the client is told about,
 * or an `Error` with the worker's stack, which only `onError` sees.
 *
 * @param error - the description.
 * @returns the error to throw on the main thread.
 */
export function decodeError(error: WorkerError): Error {
  if (error.kind === 'service') {
    const { status, code, messages, issues, headers } = error;
    return new ServiceError(status, code, messages, issues, headers);
  }
  const bug = new Error(error.message);
  bug.name = error.name;
  if (error.stack !== undefined) bug.stack = error.stack;
  return bug;
}

/**
 * Serve jobs in a worker thread: each message runs `run` and its result or
 * error is posted back. Call it once the worker's modules are loaded: it
 * tells the pool that the worker is ready, and the time limit of a job only
 * runs from then.
 *
 * @param run - what to do with a job.
 */
export function serveJobs<TJob, TResult>(
  run: (job: TJob) => Promise<TResult>,
): void {
  const port = parentPort;
  if (!port) throw new Error('serveJobs runs in a worker thread');
  const post = (message: WorkerMessage<TResult>) => port.postMessage(message);
  port.on('message', ({ id, job }: JobMessage<TJob>) => {
    Promise.resolve(job)
      .then(run)
      .then(
        (result) => post({ type: 'done', id, result }),
        (error: unknown) =>
          post({ type: 'failed', id, error: encodeError(error) }),
      );
  });
  post({ type: 'ready' });
}
