import { parseJson } from './readJsonText';
import type { RecordLimits } from './recordLimits';
import type { Reply } from './reply';
import { getHandler } from './routes';

/**
 * A request whose body has been read, as it is handed to a worker thread:
 * only plain data, which `postMessage` copies flat. The body stays text
 * until the worker parses it, so the main thread never parses nor copies a
 * large or deeply nested value.
 */
export interface RouteJob {
  /** The route's path pattern, e.g. `/minutes`. */
  pattern: string;
  method: string;
  /** The request's full URL. */
  href: string;
  params: Record<string, string>;
  /** The request body, as UTF-8-decoded text. */
  text: string;
  limits: RecordLimits;
}

/**
 * Run a request's route handler on its body: in a worker thread (see
 * `routeWorker.ts`) or, with `workers: 0`, on the main thread.
 *
 * @param job - the request.
 * @returns the handler's reply.
 */
export async function runRouteJob(job: RouteJob): Promise<Reply> {
  const handler = getHandler(job.pattern, job.method);
  return handler({
    url: new URL(job.href),
    params: job.params,
    readBody: async () => parseJson(job.text),
    limits: job.limits,
  });
}
