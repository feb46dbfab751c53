import { Agent, request } from 'node:http';
import { scenarioMeeting } from './scenarioMeetings';

/** The options of `runStoreLoad`. */
export interface StoreLoadOptions {
  /** The server, e.g. `http://127.0.0.1:3999`. */
  base: string;
  /** How many meetings run at once. @defaultValue 100 */
  meetings?: number | undefined;
  /** How many events each meeting takes. @defaultValue 50 */
  eventsPerMeeting?: number | undefined;
  /** How many keep-alive clients send them. @defaultValue 8 */
  clients?: number | undefined;
  /** Stop sending after this many seconds, done or not. @defaultValue 300 */
  seconds?: number | undefined;
  /** The bearer token, if the server asks for one. */
  token?: string | undefined;
  /** A prefix for the meetings' ids, so runs do not collide. @defaultValue `load` */
  prefix?: string | undefined;
  /** Called now and then with the events accepted so far. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** What a load run measured and what it counted afterwards. */
export interface StoreLoadReport {
  meetings: number;
  clients: number;
  /** Events the server accepted (200). */
  accepted: number;
  /** Events refused with 409 because another client sent that version first. */
  conflicts: number;
  /** Any other answer: none in a good run. */
  failures: Record<string, number>;
  seconds: number;
  eventsPerSecond: number;
  p50ms: number;
  p99ms: number;
  /** Whether every meeting reached its last event before the deadline. */
  finished: boolean;
  /**
   * The count afterwards, from `GET /meetings/:id`: each meeting's version
   * and log length equal its events, and every event sent is in the log
   * exactly once, in order.
   */
  verified: {
    meetings: number;
    events: number;
    lost: number;
    duplicated: number;
  };
}

interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A small seeded generator, so a run is the same each time. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Drive many meetings at once through `POST /meetings/:id/events` and prove
 * by counting that no event was lost or applied twice. Each client picks a
 * meeting at random and sends its next event with `expectedVersion`; two
 * clients can pick the same meeting and send the same version at once, and
 * then exactly one wins and the other gets 409 and moves on. Every event
 * carries its own `at` (R-TIME-2), so a meeting's log is the same whoever
 * sent it.
 *
 * @param options - the server, the sizes and the deadline.
 * @returns the throughput, the latencies and the count.
 * @example
 * ```ts
 * const report = await runStoreLoad({ base: 'http://127.0.0.1:3999' });
 * report.verified; // { meetings: 100, events: 5000, lost: 0, duplicated: 0 }
 * ```
 */
export async function runStoreLoad(
  options: StoreLoadOptions,
): Promise<StoreLoadReport> {
  const {
    base,
    meetings: count = 100,
    eventsPerMeeting = 50,
    clients = 8,
    seconds = 300,
    token,
    prefix = 'load',
    onProgress = () => {},
  } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const auth: Record<string, string> = token
    ? { Authorization: `Bearer ${token}` }
    : {};

  function call(method: string, path: string, body?: unknown) {
    const data = body === undefined ? undefined : JSON.stringify(body);
    return new Promise<JsonAnswer>((resolve, reject) => {
      const req = request(
        new URL(path, base),
        {
          method,
          agent,
          headers: {
            ...auth,
            // The writes need only the new version; the count reads all.
            ...(method === 'POST' ? { Prefer: 'return=minimal' } : {}),
            ...(data === undefined
              ? {}
              : {
                  'Content-Type': 'application/json',
                  'Content-Length': String(Buffer.byteLength(data)),
                }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              status: res.statusCode ?? 0,
              body: text ? JSON.parse(text) : {},
            });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(data);
    });
  }

  const plans = Array.from({ length: count }, (_, i) =>
    scenarioMeeting({
      meetingId: `${prefix}-${i}`,
      eventCount: eventsPerMeeting,
    }),
  );
  for (const plan of plans) {
    const created = await call('POST', '/meetings', plan.input);
    if (created.status !== 201) {
      throw new Error(
        `POST /meetings: ${created.status} ${JSON.stringify(created.body)}`,
      );
    }
  }

  // What each meeting's next event is, as the clients know it.
  const next = plans.map(() => 0);
  const open = new Set(plans.map((_, i) => i));
  const total = count * eventsPerMeeting;
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let accepted = 0;
  let conflicts = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const pick = random(17);

  async function client() {
    while (open.size > 0 && performance.now() < deadline) {
      const ids = [...open];
      const m = ids[Math.floor(pick() * ids.length)] as number;
      const version = next[m] as number;
      const plan = plans[m];
      if (!plan) break;
      const t0 = performance.now();
      const answer = await call(
        'POST',
        `/meetings/${encodeURIComponent(plan.input.meeting.id)}/events`,
        { event: plan.events[version], expectedVersion: version },
      );
      latencies.push(performance.now() - t0);
      if (answer.status === 200) {
        accepted += 1;
        next[m] = Math.max(next[m] as number, version + 1);
        if (accepted % 500 === 0) onProgress(accepted, total);
      } else if (answer.status === 409) {
        conflicts += 1;
        const details = (
          answer.body.error as { details?: { currentVersion?: number } }
        )?.details;
        next[m] = Math.max(
          next[m] as number,
          details?.currentVersion ?? version,
        );
      } else {
        const key = `${answer.status} ${(answer.body.error as { code?: string })?.code}`;
        failures[key] = (failures[key] ?? 0) + 1;
        // Never loop on an answer that will not change.
        open.delete(m);
      }
      if ((next[m] as number) >= eventsPerMeeting) open.delete(m);
    }
  }

  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;

  // The proof: read every meeting back and count. Each 200 is one event in
  // one log; each log is its meeting's events, in order, each once.
  const key = (e: Record<string, unknown>) =>
    `${e.type} ${e.at} ${(e.opinion as { id?: string } | undefined)?.id ?? ''}`;
  let events = 0;
  let duplicated = 0;
  let misplaced = 0;
  for (const plan of plans) {
    const answer = await call(
      'GET',
      `/meetings/${encodeURIComponent(plan.input.meeting.id)}`,
    );
    const snapshot = answer.body.snapshot as {
      context: { events: Array<Record<string, unknown>> };
    };
    const log = snapshot.context.events;
    events += log.length;
    if (answer.body.version !== log.length) misplaced += 1;
    const seen = new Set<string>();
    log.forEach((event, i) => {
      if (seen.has(key(event))) duplicated += 1;
      seen.add(key(event));
      const sent = plan.events[i];
      if (!sent || key(sent) !== key(event)) misplaced += 1;
    });
  }
  const lost = Math.max(0, accepted - events) + misplaced;
  duplicated += Math.max(0, events - accepted);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[
      Math.min(latencies.length - 1, Math.floor(q * latencies.length))
    ] ?? 0;
  return {
    meetings: count,
    clients,
    accepted,
    conflicts,
    failures,
    seconds: Number(elapsed.toFixed(2)),
    eventsPerSecond: Number((accepted / elapsed).toFixed(1)),
    p50ms: Number(at(0.5).toFixed(1)),
    p99ms: Number(at(0.99).toFixed(1)),
    finished: open.size === 0 && accepted === total,
    verified: { meetings: plans.length, events, lost, duplicated },
  };
}
