import type { IncomingMessage } from 'node:http';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChiboServerOptions } from './createServer';
import {
  largeRecord,
  postJson,
  startTestServer,
  type TestServer,
} from './testServer';

let api: TestServer | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

/** About 1.5 MB of UTF-8: 300 opinions of 3,600 characters, within the limits. */
const body = JSON.stringify(largeRecord(300, 3600));

/**
 * POST the large record to /minutes and, as soon as the server has read its
 * whole body (and so is making the document), ask for /healthz. Returns the
 * order in which the two answers arrive.
 */
async function raceHealthz(options: ChiboServerOptions) {
  api = await startTestServer(options);
  const { base, server } = api;
  // Start the workers first, so that the race is with the document only.
  expect((await postJson(base, '/minutes', largeRecord(1, 10))).status).toBe(
    200,
  );
  const order: string[] = [];
  let health: Promise<void> | undefined;
  server.once('request', (request: IncomingMessage) => {
    request.once('end', () => {
      health = fetch(`${base}/healthz`).then(async (response) => {
        expect(await response.json()).toEqual({ status: 'ok' });
        order.push('healthz');
      });
    });
  });
  const minutes = await postJson(base, '/minutes', body);
  order.push('minutes');
  expect(minutes.status).toBe(200);
  await health;
  return order;
}

describe('a large record does not block the server', () => {
  it(
    '/healthz answers while a 1.5 MB record is made into minutes in a worker',
    async () => {
      expect(Buffer.byteLength(body)).toBeGreaterThan(1_500_000);
      expect(await raceHealthz({})).toEqual(['healthz', 'minutes']);
    },
    slowTestTimeout,
  );

  it(
    'on the main thread (workers: 0) the same /healthz waits for the minutes',
    async () => {
      expect(await raceHealthz({ workers: 0 })).toEqual(['minutes', 'healthz']);
    },
    slowTestTimeout,
  );
});
