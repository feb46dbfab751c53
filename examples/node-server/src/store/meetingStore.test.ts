import { ChiboError } from '@chibo/core';
import { replayMeeting } from '@chibo/core/persist';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  marchEventList,
  marchInput,
  scenarioMeeting,
} from './scenarioMeetings';
import type { SqlClient } from './sqlClient';
import { StoreError } from './storeError';
import { createTestStore, driveMeeting, storeAdapters } from './testStore';

/** Every version of a meeting's log, in order: 1..n when there is no gap. */
async function logVersions(client: SqlClient, meetingId: string) {
  const { rows } = await client.query<{ version: number }>(
    'SELECT version FROM meeting_events WHERE meeting_id = $1 ORDER BY version',
    [meetingId],
  );
  return rows.map((row) => row.version);
}

const upTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

for (const adapter of storeAdapters) {
  describe.skipIf(adapter.skip)(`the meeting store on ${adapter.name}`, () => {
    let client: SqlClient;
    beforeAll(async () => {
      client = await adapter.open();
    }, slowTestTimeout);
    afterAll(async () => {
      await client?.close();
    });

    it('keeps the SCENARIO March meeting as its log, one version per accepted event (R-TIME-2)', async () => {
      const store = createTestStore(client);
      const events = marchEventList();
      const stored = await driveMeeting(store, {
        input: marchInput('store-march'),
        events,
      });
      expect(stored.version).toBe(events.length);
      expect(stored.state).toBe('closed');
      expect(await logVersions(client, 'store-march')).toEqual(
        upTo(events.length),
      );
      // The same meeting as a replay of the same events.
      const replayed = replayMeeting(marchInput('store-march'), events);
      expect(stored.snapshot.context.record).toEqual(
        JSON.parse(JSON.stringify(replayed.context.record)),
      );
      // A store with nothing in memory restores it from the database.
      const cold = await createTestStore(client).get('store-march');
      expect(cold.version).toBe(events.length);
      expect(cold.snapshot.context.record).toEqual(
        stored.snapshot.context.record,
      );
    });

    it('answers a refused event with its typed rejection and writes nothing', async () => {
      const store = createTestStore(client);
      const created = await store.create(marchInput('store-refused'));
      // OPEN before the preparation is complete (R-PREP-1..3).
      const open = marchEventList().find((e) => e.type === 'OPEN');
      const refusal = await store
        .append('store-refused', open, { expectedVersion: 0 })
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(ChiboError);
      expect((refusal as ChiboError).code).toBe('event-rejected');
      expect((await store.get('store-refused')).version).toBe(0);
      expect(await logVersions(client, 'store-refused')).toEqual([]);
      // A malformed value too; then the next valid event is taken.
      await expect(
        store.append('store-refused', { type: 'VOTE' }),
      ).rejects.toMatchObject({ code: 'invalid-event' });
      const first = marchEventList()[0];
      const next = await store.append('store-refused', first, {
        expectedVersion: created.version,
      });
      expect(next.version).toBe(1);
      expect(next.snapshot.context.rejected).toEqual([]);
    });

    it('lets exactly one of two writers at the same version win; the other gets version-conflict with the current version', async () => {
      const { input, events } = scenarioMeeting({ meetingId: 'store-race' });
      const stores = [createTestStore(client), createTestStore(client)];
      await stores[0]?.create(input);
      // Two stores stand for two servers, each with its own memory: the
      // database decides. Each round both send the next event at once.
      let version = 0;
      for (const event of events.slice(0, 12)) {
        const results = await Promise.allSettled(
          stores.map((store) =>
            store.append('store-race', event, { expectedVersion: version }),
          ),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.flatMap((r) =>
          r.status === 'rejected' ? [r.reason] : [],
        );
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]).toBeInstanceOf(StoreError);
        expect(lost[0]).toMatchObject({
          code: 'version-conflict',
          currentVersion: version + 1,
        });
        expect((lost[0] as StoreError).messages.vi).toContain('phiên bản');
        version += 1;
      }
      // No gap, no duplicate: each event once, in order.
      expect(await logVersions(client, 'store-race')).toEqual(upTo(12));
      const { rows } = await client.query<{ type: string }>(
        'SELECT type FROM meeting_events WHERE meeting_id = $1 ORDER BY version',
        ['store-race'],
      );
      expect(rows.map((r) => r.type)).toEqual(
        events.slice(0, 12).map((e) => e.type),
      );
      // Both stores agree with the database afterwards.
      for (const store of stores) {
        expect((await store.get('store-race')).version).toBe(12);
      }
    });

    it('refuses a stale writer in the same process too, and applies an event without expectedVersion at the head', async () => {
      const store = createTestStore(client);
      const { input, events } = scenarioMeeting({ meetingId: 'store-stale' });
      await store.create(input);
      const [a, b] = await Promise.allSettled([
        store.append('store-stale', events[0], { expectedVersion: 0 }),
        store.append('store-stale', events[0], { expectedVersion: 0 }),
      ]);
      expect(a.status).toBe('fulfilled');
      expect(b).toMatchObject({
        status: 'rejected',
        reason: { code: 'version-conflict', currentVersion: 1 },
      });
      const head = await store.append('store-stale', events[1]);
      expect(head.version).toBe(2);
    });

    it('treats a snapshot as a cache: one that disagrees with the log is rejected and the meeting replayed', async () => {
      const meeting = scenarioMeeting({
        meetingId: 'store-snapshot',
        eventCount: 13,
      });
      const stored = await driveMeeting(createTestStore(client), meeting);
      const place = stored.snapshot.context.record.meeting.place;
      // Edit the cached record: restoreMeeting's check refuses it.
      await client.query(
        `UPDATE meeting_snapshots
         SET snapshot = jsonb_set(snapshot, '{context,record,meeting,place}', '"Nơi khác"')
         WHERE meeting_id = $1`,
        ['store-snapshot'],
      );
      // The snapshot is at version 10 (every 10 events), the log at 13.
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM meeting_snapshots WHERE meeting_id = $1',
        ['store-snapshot'],
      );
      expect(rows).toEqual([{ version: 10 }]);
      const rejected: unknown[] = [];
      const cold = createTestStore(client, {
        onSnapshotRejected: (_id, _version, reason) => rejected.push(reason),
      });
      const loaded = await cold.get('store-snapshot');
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toMatchObject({ code: 'invalid-snapshot' });
      expect(loaded.version).toBe(13);
      expect(loaded.snapshot.context.record.meeting.place).toBe(place);
      // A snapshot whose log is not the database's is refused as well.
      await client.query(
        `UPDATE meeting_snapshots
         SET snapshot = jsonb_set(snapshot, '{context,events}', (snapshot #> '{context,events}') - 9)
         WHERE meeting_id = $1`,
        ['store-snapshot'],
      );
      const again = createTestStore(client, {
        onSnapshotRejected: (_id, _version, reason) => rejected.push(reason),
      });
      expect((await again.get('store-snapshot')).version).toBe(13);
      expect(rejected).toHaveLength(2);
    });

    it('restores a meeting by replay when it has no snapshot, and continues it', async () => {
      const meeting = scenarioMeeting({
        meetingId: 'store-replay',
        eventCount: 8,
      });
      const stored = await driveMeeting(createTestStore(client), meeting);
      await client.query(
        'DELETE FROM meeting_snapshots WHERE meeting_id = $1',
        ['store-replay'],
      );
      const cold = createTestStore(client);
      const loaded = await cold.get('store-replay');
      expect(loaded.snapshot.context.record).toEqual(
        stored.snapshot.context.record,
      );
      const full = scenarioMeeting({ meetingId: 'store-replay' });
      const next = await cold.append('store-replay', full.events[8], {
        expectedVersion: 8,
      });
      expect(next.version).toBe(9);
    });

    it('fails loudly when the stored log is one the machine refuses', async () => {
      const meeting = scenarioMeeting({
        meetingId: 'store-broken',
        eventCount: 4,
      });
      await driveMeeting(createTestStore(client), meeting);
      await client.query(
        `UPDATE meeting_events SET event = jsonb_set(event, '{type}', '"OPEN"')
         WHERE meeting_id = $1 AND version = 1`,
        ['store-broken'],
      );
      await client.query(
        'DELETE FROM meeting_snapshots WHERE meeting_id = $1',
        ['store-broken'],
      );
      await expect(
        createTestStore(client).get('store-broken'),
      ).rejects.toMatchObject({ code: 'log-mismatch' });
    });

    it('refuses a meeting twice, an unknown meeting, and a value PostgreSQL cannot keep', async () => {
      const store = createTestStore(client);
      const meeting = scenarioMeeting({ meetingId: 'store-misc' });
      await store.create(meeting.input);
      await expect(store.create(meeting.input)).rejects.toMatchObject({
        code: 'meeting-exists',
      });
      await expect(store.get('no-such-meeting')).rejects.toMatchObject({
        code: 'meeting-not-found',
      });
      await expect(
        store.append('no-such-meeting', meeting.events[0]),
      ).rejects.toMatchObject({ code: 'meeting-not-found' });
      const nul = {
        ...meeting.events[0],
        draft: { id: 'nq', meta: { note: 'a\u0000b' } },
      };
      await expect(
        store.append('store-misc', nul, { expectedVersion: 0 }),
      ).rejects.toMatchObject({ code: 'unstorable-value' });
      expect(await logVersions(client, 'store-misc')).toEqual([]);
      const next = await store.append('store-misc', meeting.events[0], {
        expectedVersion: 0,
      });
      expect(next.version).toBe(1);
    });
  });
}
