import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { marchRecord } from '@chibo/scenario';
import { strFromU8, unzipSync } from 'fflate';
import { type ChiboServerOptions, createChiboServer } from './createServer';

/** A server listening on a free port of 127.0.0.1, for the tests. */
export interface TestServer {
  server: Server;
  /** `http://127.0.0.1:<port>` */
  base: string;
  close: () => Promise<void>;
}

/**
 * Start `createChiboServer(options)` on port 0 of the loopback interface.
 *
 * @param options - the server's options.
 * @returns the server, its base URL and a way to close it.
 */
export async function startTestServer(
  options?: ChiboServerOptions,
): Promise<TestServer> {
  const server = createChiboServer(options);
  await new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve()),
  );
  const { port } = server.address() as AddressInfo;
  return {
    server,
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The text of `word/document.xml` in a .docx file.
 *
 * @param bytes - the file.
 * @returns the XML.
 */
export function documentXml(bytes: Uint8Array): string {
  const entry = unzipSync(bytes)['word/document.xml'];
  if (!entry) throw new Error('no word/document.xml in the file');
  return strFromU8(entry);
}

/**
 * POST a JSON body (or a string as it is) to a test server.
 *
 * @param base - the server's base URL.
 * @param path - the path and query.
 * @param body - the body.
 * @param headers - extra headers.
 * @returns the response.
 */
export function postJson(
  base: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * The March record with `count` long opinions of about `length` characters
 * each, spoken by the members present in turn: 300 × 3,600 is about
 * 1.5 MB of UTF-8.
 *
 * @param count - how many opinions.
 * @param length - the length of each.
 * @returns the record, valid for every document.
 */
export function largeRecord(count: number, length: number) {
  const sentence = 'Ý kiến đóng góp của đảng viên về nghị quyết tháng. ';
  const text = sentence.repeat(Math.ceil(length / sentence.length));
  const speakers = marchRecord.meeting.attendance
    .filter((a) => a.status === 'present')
    .map((a) => a.memberId);
  return {
    ...marchRecord,
    meeting: {
      ...marchRecord.meeting,
      opinions: Array.from({ length: count }, (_, i) => ({
        id: `large-${i}`,
        speakerId: speakers[i % speakers.length] ?? 'm01',
        text,
      })),
    },
  };
}

/**
 * POST `size` bytes of JSON with `Expect: 100-continue`, uploading them only
 * if the server says `100 Continue`.
 *
 * @param url - where to send them.
 * @param size - the body's declared length.
 * @returns the status and whether the body was sent.
 */
export function postExpectingContinue(
  url: string,
  size: number,
): Promise<{ status: number; continued: boolean }> {
  return new Promise((resolve, reject) => {
    let continued = false;
    const req = httpRequest(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Content-Length': String(size),
        Expect: '100-continue',
      },
    });
    req.on('continue', () => {
      continued = true;
      req.end('x'.repeat(size));
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, continued }));
    });
    req.on('error', reject);
  });
}
