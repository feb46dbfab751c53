import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { ChiboError } from '@chibo/core';
import { getHealth, getSchema, postRate, postValidate } from './dataRoutes';
import { postMinutes, postRatingSheet, postResolution } from './documentRoutes';
import { pickLocale } from './pickLocale';
import { readJsonBody } from './readJsonBody';
import { jsonReply, type Reply, type RouteContext } from './reply';
import { ServiceError, toErrorResponse } from './serviceError';

/** The options of `createChiboServer`. */
export interface ChiboServerOptions {
  /**
   * The largest request body accepted, in bytes; a larger one gets 413.
   * @defaultValue 2 MiB (2,097,152 bytes)
   */
  bodyLimit?: number | undefined;
  /**
   * Called with every unexpected error (a bug, not bad input). The client
   * only gets a 500 without details.
   * @defaultValue logs to `console.error`
   */
  onError?: ((error: unknown) => void) | undefined;
}

/** The default `bodyLimit`: 2 MiB. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

type Handler = (context: RouteContext) => Reply | Promise<Reply>;

/** Each path (`:name` for a parameter) with its handler per method. */
const ROUTES: ReadonlyArray<[string, Readonly<Record<string, Handler>>]> = [
  ['/minutes', { POST: postMinutes }],
  ['/resolution', { POST: postResolution }],
  ['/rating-sheet', { POST: postRatingSheet }],
  ['/validate', { POST: postValidate }],
  ['/rate', { POST: postRate }],
  ['/schema/:entity', { GET: getSchema }],
  ['/healthz', { GET: getHealth }],
];

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

/** The route for a request: its handler and path parameters, or 404/405. */
function route(method: string, path: string) {
  for (const [pattern, methods] of ROUTES) {
    const params = matchPath(pattern, path);
    if (!params) continue;
    const handler = methods[method];
    if (handler) return { handler, params };
    const allow = Object.keys(methods).join(', ');
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

/** The request's URL; an unreadable one becomes `/`, which no route serves. */
function requestUrl(raw = '/'): URL {
  try {
    return new URL(raw.startsWith('/') ? `http://localhost${raw}` : raw);
  } catch {
    return new URL('http://localhost/');
  }
}

function send(response: ServerResponse, reply: Reply) {
  response.writeHead(reply.status, {
    ...reply.headers,
    'Content-Length': String(Buffer.byteLength(reply.body)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(reply.body);
}

/**
 * An HTTP service for systems that are not JavaScript: it takes a meeting
 * record as JSON and answers with the minutes, the resolution or the score
 * sheet as .docx, validation issues, a rating, or core's JSON Schemas. Every
 * error is JSON with each issue's path and a Vietnamese and English message
 * (`?lang=en` or `Accept-Language: en` picks the language of `message`);
 * a record that fails produces no document, and no stack trace ever leaves
 * the server.
 *
 * @param options - body limit and error hook.
 * @returns the server, not yet listening.
 * @example
 * ```ts
 * const server = createChiboServer({ bodyLimit: 1024 * 1024 });
 * server.listen(3000, '127.0.0.1');
 * ```
 */
export function createChiboServer(options: ChiboServerOptions = {}): Server {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new ChiboError('invalid-argument', {
      vi: `Giới hạn nội dung phải là số byte nguyên dương, không phải ${limit}.`,
      en: `bodyLimit must be a positive whole number of bytes, not ${limit}.`,
    });
  }
  const onError = options.onError ?? ((error) => console.error(error));

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    expectsContinue: boolean,
  ) {
    const url = requestUrl(request.url);
    const locale = pickLocale(url, request.headers['accept-language']);
    try {
      const { handler, params } = route(request.method ?? 'GET', url.pathname);
      // `100 Continue` only once the route, type and length are accepted, so
      // a refused upload is never sent.
      const readBody = () =>
        readJsonBody(request, limit, () => {
          if (expectsContinue) response.writeContinue();
        });
      send(response, await handler({ url, params, readBody }));
    } catch (error) {
      if (!(error instanceof ServiceError || error instanceof ChiboError)) {
        onError(error);
      }
      const { status, headers, body } = toErrorResponse(error, locale);
      send(response, jsonReply(status, body, headers));
    }
  }

  const listener = (expectsContinue: boolean) =>
    function onRequest(request: IncomingMessage, response: ServerResponse) {
      handle(request, response, expectsContinue).catch((error: unknown) => {
        onError(error);
        response.destroy();
      });
    };
  const server = createServer(listener(false));
  server.on('checkContinue', listener(true));
  return server;
}
