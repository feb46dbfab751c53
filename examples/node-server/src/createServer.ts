import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { ChiboError } from '@chibo/core';
import { checkBearerToken } from './checkBearerToken';
import { pickLocale } from './pickLocale';
import { parseJson, readJsonText } from './readJsonText';
import { jsonReply, type Reply } from './reply';
import { MAIN_THREAD_ROUTES, route } from './routes';
import { type RouteJob, runRouteJob } from './runRouteJob';
import { type ChiboServerOptions, resolveServerOptions } from './serverOptions';
import { ServiceError, toErrorResponse } from './serviceError';
import type { MeetingStore } from './store/meetingStore';
import { openMeetingStore } from './store/openMeetingStore';
import { createWorkerPool } from './workerPool';

export type { ChiboServerOptions } from './serverOptions';
export {
  DEFAULT_BODY_LIMIT,
  DEFAULT_TIME_LIMIT,
  DEFAULT_WORKERS,
} from './serverOptions';

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
 * the server. Every `POST` is handled in a pool of worker threads, with a
 * time limit, so that a large record never holds up other requests; with a
 * `token`, every route but `/healthz` asks for it. `/meetings` keeps
 * meetings in the meeting store (`store`, by default an in-memory PGlite)
 * and applies each event with the meeting machine's guards.
 *
 * @param options - the body limit, token, workers, time limit, record
 *   limits and error hook.
 * @returns the server, not yet listening; closing it stops its workers.
 * @example
 * ```ts
 * const server = createChiboServer({
 *   token: process.env.CHIBO_SERVER_TOKEN,
 *   timeLimit: 10_000,
 * });
 * server.listen(3000, '127.0.0.1');
 * ```
 */
export function createChiboServer(options: ChiboServerOptions = {}): Server {
  const { bodyLimit, onError, token, workers, timeLimit, limits } =
    resolveServerOptions(options);
  // The meeting store: the host's, or an in-memory PGlite opened on the
  // first request to /meetings (so the other routes never load it).
  let opened: Promise<MeetingStore> | undefined;
  const store = () => {
    opened ??= options.store
      ? Promise.resolve(options.store)
      : openMeetingStore();
    return opened;
  };
  const pool =
    workers === 0
      ? undefined
      : createWorkerPool<RouteJob, Reply>({
          entry: new URL('./routeWorker.ts', import.meta.url),
          size: workers,
          timeLimit,
        });
  const runJob = pool ? pool.run : runRouteJob;

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
    expectsContinue: boolean,
  ) {
    const url = requestUrl(request.url);
    const locale = pickLocale(url, request.headers['accept-language']);
    const method = request.method ?? 'GET';
    try {
      if (token !== undefined && url.pathname !== '/healthz') {
        checkBearerToken(request.headers.authorization, token);
      }
      const { pattern, handler, params } = route(method, url.pathname);
      // `100 Continue` only once the route, token, type and length are
      // accepted, so a refused upload is never sent.
      const readText = () =>
        readJsonText(request, bodyLimit, () => {
          if (expectsContinue) response.writeContinue();
        });
      const reply =
        method === 'POST' && !MAIN_THREAD_ROUTES.has(pattern)
          ? await runJob({
              pattern,
              method,
              href: url.href,
              params,
              text: await readText(),
              limits,
            })
          : await handler({
              url,
              params,
              readBody: async () => parseJson(await readText()),
              limits,
              headers: request.headers,
              store,
            });
      send(response, reply);
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
  server.on('close', () => {
    pool?.close().catch(onError);
    // Only a store the server opened itself; the host closes its own.
    if (opened && !options.store) {
      opened.then((own) => own.close()).catch(onError);
    }
  });
  return server;
}
