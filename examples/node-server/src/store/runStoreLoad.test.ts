import { reportProgress, slowTestTimeout } from '@chibo/scenario/test-budget';
import { describe, expect, it } from 'vitest';
import { runStoreLoad } from './runStoreLoad';
import { storeAdapters, useStoreServer } from './testStore';

for (const adapter of storeAdapters) {
  describe.skipIf(adapter.skip)(
    `the store under load on ${adapter.name}`,
    () => {
      const running = useStoreServer(adapter);

      it(
        'takes 10 meetings × 20 events from 8 clients racing on them, and loses or doubles none',
        async () => {
          const report = await runStoreLoad({
            base: running.server.base,
            meetings: 10,
            eventsPerMeeting: 20,
            clients: 8,
            seconds: 200,
            onProgress: (done, total) =>
              reportProgress('store load', done, total),
          });
          expect(report.failures).toEqual({});
          expect(report.finished).toBe(true);
          expect(report.accepted).toBe(200);
          expect(report.verified).toEqual({
            meetings: 10,
            events: 200,
            lost: 0,
            duplicated: 0,
          });
          // And in SQL: versions 1..20 for each meeting, no gap, no duplicate.
          const { rows } = await running.client.query<{
            meeting_id: string;
            n: number;
            max: number;
            distinct: number;
          }>(
            `SELECT meeting_id, count(*)::int AS n, max(version) AS max,
             count(DISTINCT version)::int AS distinct
           FROM meeting_events WHERE meeting_id LIKE 'load-%'
           GROUP BY meeting_id ORDER BY meeting_id`,
          );
          expect(rows).toHaveLength(10);
          for (const row of rows) {
            expect([row.n, row.max, row.distinct]).toEqual([20, 20, 20]);
          }
        },
        slowTestTimeout,
      );
    },
  );
}
