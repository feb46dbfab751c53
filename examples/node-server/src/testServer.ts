import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
