/**
 * Sustained requests per second of a running chibo server: `clients`
 * keep-alive connections, each sending the next request as soon as its last
 * answer is read, for `seconds`. A benchmark, not a test.
 *
 * Usage (start the server first, e.g. `pnpm start --port 3999`):
 *   pnpm load [--url http://127.0.0.1:3999/minutes] [--clients 4] \
 *     [--seconds 20] [--token secret] [--big]
 *
 * The body is the March record of `@chibo/scenario`; `--big` sends a
 * record of about 1.5 MB (long opinions) instead.
 */
import { Agent, request } from 'node:http';
import { parseArgs } from 'node:util';
import { marchRecord } from '@chibo/scenario';
import { largeRecord } from '../src/testServer';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3999/minutes' },
    clients: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '20' },
    token: { type: 'string' },
    big: { type: 'boolean', default: false },
  },
});

const url = new URL(values.url);
const clients = Number(values.clients);
const seconds = Number(values.seconds);

const body = Buffer.from(
  JSON.stringify(values.big ? largeRecord(300, 3600) : marchRecord),
);
const agent = new Agent({ keepAlive: true, maxSockets: clients });
const headers: Record<string, string> = {
  'Content-Type': 'application/json',
  'Content-Length': String(body.length),
  ...(values.token ? { Authorization: `Bearer ${values.token}` } : {}),
};

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const statuses = new Map<number, number>();
const latencies: number[] = [];
const started = performance.now();
const deadline = started + seconds * 1000;

async function client() {
  while (performance.now() < deadline) {
    const t0 = performance.now();
    const status = await once();
    latencies.push(performance.now() - t0);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}

await Promise.all(Array.from({ length: clients }, client));
const elapsed = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
console.log(
  JSON.stringify({
    url: url.href,
    bodyBytes: body.length,
    clients,
    seconds: Number(elapsed.toFixed(1)),
    requests: latencies.length,
    requestsPerSecond: Number((latencies.length / elapsed).toFixed(1)),
    statuses: Object.fromEntries(statuses),
    p50ms: Math.round(at(0.5) ?? 0),
    p99ms: Math.round(at(0.99) ?? 0),
  }),
);
