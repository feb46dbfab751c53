import { getHealth, getSchema, postRate, postValidate } from './dataRoutes';
import { postMinutes, postRatingSheet, postResolution } from './documentRoutes';
import { getMeeting, postMeeting, postMeetingEvent } from './meetingRoutes';
import type { Reply, RouteContext } from './reply';
import { ServiceError } from './serviceError';

/** A route's handler for one method. */
export type Handler = (context: RouteContext) => Reply | Promise<Reply>;

/**
 * Each path (`:name` for a parameter) with its handler per method. `HEAD` is
 * answered wherever `GET` is. Every `POST` handler runs in a worker thread,
 * but those of `MAIN_THREAD_ROUTES`.
 */
const ROUTES: ReadonlyArray<[string, Readonly<Record<string, Handler>>]> = [
  ['/minutes', { POST: postMinutes }],
  ['/resolution', { POST: postResolution }],
  ['/rating-sheet', { POST: postRatingSheet }],
  ['/validate', { POST: postValidate }],
  ['/rate', { POST: postRate }],
  ['/schema/:entity', { GET: getSchema }],
  ['/healthz', { GET: getHealth }],
  ['/meetings', { POST: postMeeting }],
  ['/meetings/:id', { GET: getMeeting }],
  ['/meetings/:id/events', { POST: postMeetingEvent }],
];

/**
 * Routes whose `POST` runs on the main thread, beside the meeting store's
 * one connection, instead of in a worker thread.
 */
export const MAIN_THREAD_ROUTES: ReadonlySet<string> = new Set([
  '/meetings',
  '/meetings/:id/events',
]);

function matchPath(pattern: string, path: string) {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i] ?? '';
    if (part.startsWith(':')) {
      if (value === '') return undefined;
      try {
        params[part.slice(1)] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}

function handlerOf(
  methods: Readonly<Record<string, Handler>>,
  method: string,
): Handler | undefined {
  return methods[method] ?? (method === 'HEAD' ? methods.GET : undefined);
}

/** What a request is routed to. */
export interface RouteMatch {
  /** The route's path pattern, e.g. `/schema/:entity`. */
  pattern: string;
  handler: Handler;
  /** The path's `:name` parts. */
  params: Record<string, string>;
}

/**
 * The route of a request: its handler and path parameters.
 *
 * @param method - the request's method.
 * @param path - the URL's path.
 * @returns the match.
 * @throws ServiceError 404 when no route has the path, 405 (with `Allow`)
 *   when the route takes other methods.
 */
export function route(method: string, path: string): RouteMatch {
  for (const [pattern, methods] of ROUTES) {
    const params = matchPath(pattern, path);
    if (!params) continue;
    const handler = handlerOf(methods, method);
    if (handler) return { pattern, handler, params };
    const names = Object.keys(methods);
    const allow = (names.includes('GET') ? [...names, 'HEAD'] : names).join(
      ', ',
    );
    throw new ServiceError(
      405,
      'method-not-allowed',
      {
        vi: `${path} không nhận phương thức ${method} (chỉ ${allow}).`,
        en: `${path} does not accept ${method} (only ${allow}).`,
      },
      [],
      { Allow: allow },
    );
  }
  throw new ServiceError(404, 'not-found', {
    vi: `Không có địa chỉ ${method} ${path}.`,
    en: `No route ${method} ${path}.`,
  });
}

/**
 * The handler of a route by its pattern, as a worker thread looks it up.
 *
 * @param pattern - the route's path pattern.
 * @param method - the request's method.
 * @returns the handler.
 */
export function getHandler(pattern: string, method: string): Handler {
  const methods = ROUTES.find(([p]) => p === pattern)?.[1];
  const handler = methods && handlerOf(methods, method);
  if (!handler) throw new Error(`no handler for ${method} ${pattern}`);
  return handler;
}
