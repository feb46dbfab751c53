/**
 * The meeting store under load: `--meetings` meetings (100) of
 * `--events` events (50) each, sent from `--clients` keep-alive clients (8)
 * through `POST /meetings/:id/events` with `expectedVersion`, at most
 * `--seconds` seconds. Prints events/s, p50/p99 latency, the 409 conflicts
 * between clients that picked the same meeting, and the count that proves
 * no event was lost or applied twice. A benchmark, not a test.
 *
 * Usage: start the server (PGlite by default, or with DATABASE_URL), then
 *   pnpm --filter @chibo/example-node-server start --port 3999 &
 *   pnpm --filter @chibo/example-node-server load:store [--url http://127.0.0.1:3999]
 * Without `--url` it starts a server of its own in this process, on PGlite
 * or on `DATABASE_URL`.
 */
import { parseArgs } from 'node:util';
import { openMeetingStore } from '../src/store/openMeetingStore';
import { runStoreLoad } from '../src/store/runStoreLoad';
import { startTestServer } from '../src/testServer';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    meetings: { type: 'string', default: '100' },
    events: { type: 'string', default: '50' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '300' },
    token: { type: 'string' },
  },
});

const own = values.url
  ? undefined
  : await startTestServer({
      store: await openMeetingStore({
        databaseUrl: process.env.DATABASE_URL || undefined,
      }),
    });
const base = values.url ?? own?.base ?? '';
const report = await runStoreLoad({
  base,
  meetings: Number(values.meetings),
  eventsPerMeeting: Number(values.events),
  clients: Number(values.clients),
  seconds: Number(values.seconds),
  token: values.token,
  prefix: `load-${Date.now().toString(36)}`,
  onProgress: (done, total) => console.error(`${done}/${total} events`),
});
console.log(JSON.stringify({ base, ...report }));
await own?.close();
process.exit(0);
