import { type MeetingRecord, memberSanctions } from '@chibo/core';
import { meetingMachine } from '@chibo/core/machine';
import { members } from '@chibo/scenario';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getCarriedOverTasks,
  getCellMeetings,
  getRatingDistribution,
  getRemovalFlags,
} from './committeeQueries';
import { getProjection } from './getProjection';
import type { MeetingStore } from './meetingStore';
import {
  rollCallMeeting,
  type ScenarioMeeting,
  scenarioMeeting,
} from './scenarioMeetings';
import type { SqlClient } from './sqlClient';
import { createTestStore, driveMeeting, storeAdapters } from './testStore';

const XUAN_QUANG = { id: 'xuan-quang', name: 'Đảng bộ xã Xuân Quang' };

/**
 * April 2027 in Trang Nùng: March's resolution reviewed — the road (carried
 * over from February) still not done and carried again, the rest done.
 */
function aprilMeeting(march: MeetingRecord): ScenarioMeeting {
  const april = scenarioMeeting({
    meetingId: 'tn-2027-04',
    days: 35,
    rating: { level: 'good', score: 92 },
  });
  const resolution = march.meeting.resolution;
  if (!resolution) throw new Error('March adopted no resolution');
  april.input.previousResolution = resolution;
  const reviews = resolution.tasks.map((task) =>
    task.id === 't2027-03-3'
      ? {
          taskId: task.id,
          status: 'not-done',
          note: 'Mới làm được 120 m',
          carriedOverTo: 't2027-04-3',
        }
      : { taskId: task.id, status: 'done' },
  );
  const firstReview = april.events.findIndex((e) => e.type === 'TASK_REVIEWED');
  const template = april.events[firstReview] as Record<string, unknown>;
  const others = april.events.filter((e) => e.type !== 'TASK_REVIEWED');
  others.splice(
    firstReview,
    0,
    ...reviews.map((review) => ({ ...template, review })),
  );
  april.events = others.map((event) => {
    if (event.type !== 'TASK_ADDED') return event;
    const task = event.task as { id: string; continues?: string };
    const id = task.id.replace('2027-03', '2027-04');
    const { continues: _, ...rest } = task;
    return {
      ...event,
      task:
        id === 't2027-04-3'
          ? { ...rest, id, continues: 't2027-03-3' }
          : { ...rest, id },
    };
  });
  return april;
}

it('puts a meeting in the civil year and month of Viet Nam, not of UTC (R-TIME-1)', () => {
  const { input } = scenarioMeeting({ meetingId: 'boundary' });
  const record = {
    ...input,
    meeting: { ...input.meeting, scheduledAt: '2027-01-01T00:30:00+07:00' },
  };
  expect(getProjection(record as never)).toMatchObject({
    year: 2027,
    month: '2027-01',
    committeeId: 'xuan-quang',
    ratingLevel: null,
  });
});

for (const adapter of storeAdapters) {
  describe.skipIf(adapter.skip)(`committee queries on ${adapter.name}`, () => {
    let client: SqlClient;
    let store: MeetingStore;
    beforeAll(async () => {
      client = await adapter.open();
      // The dues step on (§4.3), so meetings can record unpaid dues.
      store = createTestStore(client, {
        machine: meetingMachine.provide({
          guards: { isDuesStepOn: () => true },
        }),
      });
      const march = await driveMeeting(
        store,
        scenarioMeeting({ meetingId: 'sh-2027-03' }),
      );
      await driveMeeting(store, aprilMeeting(march.snapshot.context.record));
      // Other cells of Xuân Quang, and one of another commune.
      const others = [
        ['na-hang', 0, 'good', 92],
        ['khuoi-phuong', 0, 'average', 65],
        ['ban-pho', 0, 'fair', 85],
        ['ban-pho', 35, 'good', 90],
        ['xa-khac', 0, 'poor', 40],
      ] as const;
      for (const [cellId, days, level, score] of others) {
        await driveMeeting(
          store,
          scenarioMeeting({
            meetingId: `${cellId}-${days}`,
            days,
            cellId,
            cellName: `Chi bộ ${cellId}`,
            committee:
              cellId === 'xa-khac'
                ? { id: 'xa-khac', name: 'Đảng bộ xã Khác' }
                : XUAN_QUANG,
            rating: { level, score },
          }),
        );
      }
    }, slowTestTimeout);
    afterAll(async () => {
      await client?.close();
    });

    /** Trang Nùng's meetings up to the roll call, for R-ATT-3. */
    async function rollCalls(
      list: Parameters<typeof rollCallMeeting>[0][],
    ): Promise<void> {
      for (const options of list) {
        await driveMeeting(store, rollCallMeeting(options));
      }
    }

    it('lists the year of a cell in date order, in Viet Nam time', async () => {
      const rows = await getCellMeetings(client, 'trang-nung', 2027);
      expect(rows.map((r) => [r.meeting_id, r.state, r.rating_level])).toEqual([
        ['sh-2027-03', 'closed', 'fair'],
        ['tn-2027-04', 'closed', 'good'],
      ]);
      expect(rows[0]).toMatchObject({
        scheduled_at: '2027-03-09T19:30:00+07:00',
        present: 15,
        opinions: 6,
        kind: 'regular',
      });
      expect(await getCellMeetings(client, 'trang-nung', 2026)).toEqual([]);
    });

    it('finds the open tasks carried over, with their chain (R-TASK-1)', async () => {
      const rows = await getCarriedOverTasks(client, 'trang-nung');
      // March carried the commitments and the road from February; April
      // closed the commitments and carried the road a second time.
      expect(
        rows.map((r) => [
          r.task_id,
          r.continues,
          r.first_task_id,
          r.times_carried,
        ]),
      ).toEqual([['t2027-04-3', 't2027-03-3', 't2027-02-3', 2]]);
      expect(rows[0]).toMatchObject({
        meeting_id: 'tn-2027-04',
        description: 'Hoàn thành sửa chữa 200 m đường bê tông nội thôn',
        assignees: [
          { kind: 'member', memberId: 'm03' },
          { kind: 'member', memberId: 'm10' },
        ],
      });
      expect(await getCarriedOverTasks(client, 'na-hang')).toHaveLength(2);
    });

    it('warns at 2 months and flags at 3 under R-ATT-3, as memberSanctions does', async () => {
      // Đỗ Văn Quang leaves February, March and May unpaid (SCENARIO.md);
      // Bùi Văn Tuấn misses January and April without reason; Giàng A Páo
      // is exempt, so his absences do not count (R-ATT-1).
      await rollCalls([
        {
          meetingId: 'tn-2027-01',
          scheduledAt: '2027-01-12T19:30:00+07:00',
          unexcused: ['m13', 'm14'],
          dues: [{ memberId: 'm08', month: '2027-01', status: 'paid' }],
        },
        {
          meetingId: 'tn-2027-02',
          scheduledAt: '2027-02-10T19:30:00+07:00',
          unexcused: ['m14'],
          dues: [{ memberId: 'm08', month: '2027-02', status: 'unpaid' }],
        },
        {
          meetingId: 'tn-2027-04b',
          scheduledAt: '2027-04-20T19:30:00+07:00',
          unexcused: ['m13', 'm14'],
          dues: [
            { memberId: 'm08', month: '2027-03', status: 'unpaid' },
            { memberId: 'm08', month: '2027-04', status: 'paid' },
          ],
        },
      ]);
      const byApril = await getRemovalFlags(client, 'trang-nung', 2027);
      expect(byApril.map((r) => [r.member_id, r.status, r.months])).toEqual([
        ['m08', 'warning', 2],
        ['m13', 'warning', 2],
      ]);
      await rollCalls([
        {
          meetingId: 'tn-2027-05',
          scheduledAt: '2027-05-11T19:30:00+07:00',
          dues: [{ memberId: 'm08', month: '2027-05', status: 'unpaid' }],
        },
      ]);
      const may = await getRemovalFlags(client, 'trang-nung', 2027);
      expect(may).toEqual([
        {
          member_id: 'm08',
          name: 'Đỗ Văn Quang',
          absence_months: [],
          unpaid_dues_months: ['2027-02', '2027-03', '2027-05'],
          months: 3,
          status: 'removal-candidate',
        },
        {
          member_id: 'm13',
          name: 'Bùi Văn Tuấn',
          absence_months: ['2027-01', '2027-04'],
          unpaid_dues_months: [],
          months: 2,
          status: 'warning',
        },
      ]);
      // The same verdicts as core's memberSanctions on the same meetings.
      const { rows } = await client.query<{ record: { meeting: never } }>(
        "SELECT record FROM meeting_projection WHERE cell_id = 'trang-nung'",
      );
      const meetings = rows.map((r) => r.record.meeting) as Array<{
        id: string;
        scheduledAt: string;
        attendance: never[];
        dues?: never[];
      }>;
      const core = memberSanctions(
        meetings,
        JSON.parse(JSON.stringify(members)),
        2027,
        { dues: meetings.flatMap((m) => m.dues ?? []) },
      ).filter((m) => m.status !== 'clear');
      expect(core.map((m) => [m.memberId, m.status])).toEqual(
        may.map((r) => [r.member_id, r.status]),
      );
    });

    it('gives the distribution of meeting ratings over the cells of a commune, shares adding up to 100.00 (R-RATE-4, R-YEAR-2)', async () => {
      const rows = await getRatingDistribution(client, 'xuan-quang', 2027);
      // good: na-hang, ban-pho April, Trang Nùng April; fair: Trang Nùng
      // March, ban-pho March; average: khuoi-phuong. xa-khac is elsewhere.
      expect(rows).toEqual([
        { level: 'good', meetings: 3, share: '50.00' },
        { level: 'fair', meetings: 2, share: '33.33' },
        { level: 'average', meetings: 1, share: '16.67' },
        { level: 'poor', meetings: 0, share: '0.00' },
      ]);
      expect(await getRatingDistribution(client, 'xa-khac', 2027)).toEqual([
        { level: 'good', meetings: 0, share: '0.00' },
        { level: 'fair', meetings: 0, share: '0.00' },
        { level: 'average', meetings: 0, share: '0.00' },
        { level: 'poor', meetings: 1, share: '100.00' },
      ]);
      expect(
        (await getRatingDistribution(client, 'xuan-quang', 2026)).map(
          (r) => r.share,
        ),
      ).toEqual(['0.00', '0.00', '0.00', '0.00']);
    });
  });
}
