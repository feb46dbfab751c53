import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { describe, expect, it } from 'vitest';

// One probe, run by a child process under each TZ: every result of the
// package that involves a date or an instant. Each would differ if the code
// used the host's local time (a Date read in New York is still on the
// previous day at 18:00Z; 19:30 would be written as 19:30Z in UTC).
const PROBE = `
const s = await import(process.env.CHIBO_SCHEDULE_URL);
const rule = { pattern: { type: 'weekday-of-week', weekday: 2, week: 2 }, time: '19:30', durationMinutes: 105 };
const plan = s.createYearPlan(
  { id: 'trang-nung', name: 'Chi bộ thôn Trang Nùng', kind: 'subordinate', sector: 'residential', parent: { name: 'Đảng bộ xã Xuân Quang', level: 'grassroots' } },
  2027,
  { regular: rule, thematic: { rule: { pattern: { type: 'weekday-of-week', weekday: 2, week: 3 }, time: '07:00' } } },
);
// The same plan under another cell, its times written without an offset:
// Viet Nam time, so every meeting clashes with the supervisor's own.
const local = { ...plan, cell: { ...plan.cell, id: 'c9' }, meetings: plan.meetings.map((m) => ({
  ...m, id: 'c9-' + m.id, cellId: 'c9', start: m.start.replace('+07:00', ''), end: m.end.replace('+07:00', ''),
})) };
console.log(JSON.stringify({
  hostOffset: new Date('2027-03-09T12:00:00Z').getTimezoneOffset(),
  out: [
    s.expandSchedule(rule, { from: new Date('2027-01-31T18:00:00Z'), to: '2027-12-31' }),
    s.isWorkingDay(new Date('2027-02-09T17:30:00Z')),
    s.isWorkingDay(new Date('2027-02-11T17:30:00Z')),
    s.solarToLunar({ year: 2027, month: 2, day: 6 }),
    s.getHolidays(2027),
    plan,
    s.toICalendar(plan),
    s.planSupervisorVisits([{ id: 'g01', level: 'commune', homeCellId: 'trang-nung' }], [plan, local]),
  ],
}));
`;

describe('host time zone independence (R-TIME-1)', () => {
  const url = new URL('../src/index.ts', import.meta.url).href;
  const run = promisify(execFile);

  async function probe(tz: string) {
    const { stdout } = await run(
      process.execPath,
      [
        '--conditions=@chibo/source',
        '--import',
        'tsx',
        '--input-type=module',
        '--eval',
        PROBE,
      ],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: { ...process.env, TZ: tz, CHIBO_SCHEDULE_URL: url },
        timeout: slowTestTimeout,
      },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
      hostOffset: number;
      out: unknown[];
    };
  }

  it(
    'gives the same results under TZ=UTC, Asia/Ho_Chi_Minh and America/New_York',
    async () => {
      const [utc, hcm, ny] = await Promise.all([
        probe('UTC'),
        probe('Asia/Ho_Chi_Minh'),
        probe('America/New_York'),
      ]);
      expect([utc.hostOffset, hcm.hostOffset, ny.hostOffset]).toEqual([
        0, -420, 300,
      ]);
      expect(hcm.out).toEqual(utc.out);
      expect(ny.out).toEqual(utc.out);
      const [occurrences, tet, afterLieu, lunar, , , ics, visitPlan] =
        utc.out as [
          { date: string; start: string }[],
          boolean,
          boolean,
          unknown,
          unknown,
          unknown,
          string,
          { visits: unknown[] },
        ];
      // 2027-01-31T18:00Z is 02-01 in Viet Nam: January is left out.
      expect(occurrences[0]).toMatchObject({
        date: '2027-02-10',
        start: '2027-02-10T19:30:00+07:00',
      });
      expect([tet, afterLieu]).toEqual([false, true]);
      expect(lunar).toEqual({ year: 2027, month: 1, day: 1, leap: false });
      expect(ics).toContain('DTSTART:20270210T123000Z');
      // 07:00 in Viet Nam is midnight UTC: the thematic meeting of 02-16.
      expect(ics).toContain('DTSTART:20270216T000000Z');
      // R-SCHED-4: a time without an offset is Viet Nam time, so the other
      // cell's meetings clash with the supervisor's own: no visit.
      expect(visitPlan.visits).toEqual([]);
    },
    slowTestTimeout,
  );
});
