import { ChiboError } from '@chibo/core';
import { createChiboServer } from './createServer';
import { getServerArgs } from './serverArgs';
import { openMeetingStore } from './store/openMeetingStore';

let args: ReturnType<typeof getServerArgs>;
try {
  args = getServerArgs(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof ChiboError)) throw error;
  console.error(`${error.messages.vi}\n${error.messages.en}`);
  process.exit(64);
}
const { host, port, options, databaseUrl, dataDir } = args;
// A PostgreSQL server or a PGlite directory is opened now, so a wrong one
// fails at once; without either, the server opens an in-memory PGlite on
// the first request to /meetings.
const store =
  databaseUrl || dataDir
    ? await openMeetingStore({ databaseUrl, dataDir })
    : undefined;
const server = createChiboServer({ ...options, store });
server.listen(port, host, () => {
  const address = server.address();
  const bound =
    typeof address === 'object' && address
      ? address
      : { address: host, port, family: '' };
  const where = bound.address.includes(':')
    ? `[${bound.address}]`
    : bound.address;
  const auth = options.token === undefined ? '' : ' (bearer token required)';
  console.log(`chibo server listening on http://${where}:${bound.port}${auth}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    store?.close().catch((error: unknown) => console.error(error));
  });
}
