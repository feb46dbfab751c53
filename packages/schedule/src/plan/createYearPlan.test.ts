import { ChiboError } from '@chibo/core';
import { cell } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { trangNungPlan } from '../testSupport/trangNung';
import { createYearPlan } from './createYearPlan';

const trangNung = trangNungPlan;
const codes = (plan: { warnings: { code: string }[] }) =>
  plan.warnings.map((w) => w.code);

describe('createYearPlan: SCENARIO 2027 (R-FREQ-1, R-FREQ-2, R-SCHED-3)', () => {
  const plan = createYearPlan(cell, 2027, trangNung);

  it('12 regular and 4 thematic meetings, and nothing to warn about', () => {
    expect(plan.meetings.filter((m) => m.kind === 'regular')).toHaveLength(12);
    expect(
      plan.meetings.filter((m) => m.kind === 'thematic').map((m) => m.date),
    ).toEqual([
      '2027-02-16',
      '2027-05-11', // May starts on a Saturday: its 3rd week starts on the 10th
      '2027-08-10', // August starts on a Sunday
      '2027-11-16',
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it('February: the regular meeting moves off Tết to 02-10; the thematic meeting is 02-16', () => {
    const feb = plan.meetings.filter((m) => m.month === 2);
    expect(feb.map((m) => [m.kind, m.date, m.originalDate])).toEqual([
      ['regular', '2027-02-10', '2027-02-09'],
      ['thematic', '2027-02-16', '2027-02-16'],
    ]);
    expect(feb[0]?.shift?.holiday?.kind).toBe('tet');
  });

  it('ids are stable and titles bilingual', () => {
    const march = plan.meetings.find((m) => m.month === 3);
    expect(march).toMatchObject({
      id: 'trang-nung-2027-03-regular',
      cellId: 'trang-nung',
      start: '2027-03-09T19:30:00+07:00',
      end: '2027-03-09T21:15:00+07:00',
      quarter: 1,
      title: {
        vi: 'Sinh hoạt chi bộ thường kỳ tháng 03 năm 2027',
        en: 'Regular cell meeting, 2027-03',
      },
    });
    expect(createYearPlan(cell, 2027, trangNung)).toEqual(plan);
  });
});

describe('createYearPlan warnings', () => {
  it('every quarter without a thematic meeting (R-SCHED-3, R-FREQ-2)', () => {
    const plan = createYearPlan(cell, 2027, { regular: trangNung.regular });
    expect(plan.warnings.map((w) => [w.rule, w.code])).toEqual(
      [1, 2, 3, 4].map(() => ['R-SCHED-3', 'quarter-without-thematic']),
    );
    expect(plan.warnings[0]?.message.vi).toContain('Quý I');
  });

  it('chosen months: April and August leave quarters 1 and 4 empty', () => {
    const plan = createYearPlan(cell, 2027, {
      ...trangNung,
      thematic: { ...trangNung.thematic, months: [4, 8] },
    });
    expect(
      plan.meetings.filter((m) => m.kind === 'thematic').map((m) => m.month),
    ).toEqual([4, 8]);
    expect(plan.warnings.map((w) => w.message.en)).toEqual([
      'Quarter 1 has no thematic meeting (R-FREQ-2).',
      'Quarter 4 has no thematic meeting (R-FREQ-2).',
    ]);
  });

  it('a shift out of the month leaves that month without a meeting (R-SCHED-2, R-FREQ-1)', () => {
    // 2027-01-31 is a Sunday and 2027-07-31 a Saturday.
    const plan = createYearPlan(cell, 2027, {
      ...trangNung,
      regular: {
        pattern: { type: 'day-of-month', day: 31, whenMissing: 'nearest' },
        time: '19:30',
      },
    });
    const shifted = plan.warnings.filter(
      (w) => w.code === 'shifted-out-of-month',
    );
    const empty = plan.warnings.filter(
      (w) => w.code === 'month-without-meeting',
    );
    // Jan 31 (Sun), Feb 28 (Sun), Apr 30 (Victory Day, then 1 May and the
    // weekend), Jul 31 (Sat), Oct 31 (Sun).
    expect(
      shifted.map((w) => /from (\S+) to (\S+),/.exec(w.message.en)?.slice(1)),
    ).toEqual([
      ['2027-01-31', '2027-02-01'],
      ['2027-02-28', '2027-03-01'],
      ['2027-04-30', '2027-05-03'],
      ['2027-07-31', '2027-08-02'],
      ['2027-10-31', '2027-11-01'],
    ]);
    expect(shifted.every((w) => w.rule === 'R-SCHED-2')).toBe(true);
    expect(shifted[0]?.message.vi).toContain('2027-01-31');
    // February and March still hold a meeting: January's and February's.
    expect(empty.map((w) => w.message.en)).toEqual([
      '2027-01 has no regular meeting.',
      '2027-04 has no regular meeting.',
      '2027-07 has no regular meeting.',
      '2027-10 has no regular meeting.',
    ]);
  });

  it('a month skipped by the rule (R-FREQ-1)', () => {
    const plan = createYearPlan(cell, 2027, {
      ...trangNung,
      regular: {
        pattern: { type: 'nth-weekday', weekday: 1, n: 5, whenMissing: 'skip' },
        time: '19:30',
        shift: 'keep',
      },
    });
    expect(
      codes(plan).filter((c) => c === 'month-without-meeting'),
    ).toHaveLength(8);
  });

  it('a combined session shorter than 120 minutes under HD42-2025 (R-DUR-1, R-FREQ-3)', () => {
    const plan = createYearPlan(cell, 2027, {
      regular: { ...trangNung.regular, durationMinutes: 90 },
      thematic: { session: 'combined', durationMinutes: 25 },
    });
    const feb = plan.meetings.filter((m) => m.month === 2);
    expect(feb.map((m) => [m.kind, m.session, m.start, m.end])).toEqual([
      [
        'regular',
        'combined',
        '2027-02-10T19:30:00+07:00',
        '2027-02-10T21:00:00+07:00',
      ],
      [
        'thematic',
        'combined',
        '2027-02-10T21:00:00+07:00',
        '2027-02-10T21:25:00+07:00',
      ],
    ]);
    const short = plan.warnings.filter(
      (w) => w.code === 'combined-session-too-short',
    );
    expect(short).toHaveLength(4);
    expect(short[0]).toMatchObject({ rule: 'R-DUR-1' });
    expect(short[0]?.message.en).toContain('115 minutes, less than 120');
    const long = createYearPlan(cell, 2027, {
      regular: trangNung.regular,
      thematic: { session: 'combined', durationMinutes: 30 },
    });
    expect(long.warnings).toEqual([]);
  });

  it('a meeting shorter than 90 minutes (R-DUR-1), unless the cell has a shorter minimum', () => {
    const regular = { ...trangNung.regular, durationMinutes: 60 };
    const plan = createYearPlan(cell, 2027, { ...trangNung, regular });
    expect(codes(plan).filter((c) => c === 'meeting-too-short')).toHaveLength(
      12,
    );
    const small = createYearPlan({ ...cell, minimumMeetingMinutes: 60 }, 2027, {
      ...trangNung,
      regular,
    });
    expect(small.warnings).toEqual([]);
  });

  it('overlapping sessions (R-FREQ-3)', () => {
    const plan = createYearPlan(cell, 2027, {
      ...trangNung,
      thematic: { ...trangNung.thematic, rule: trangNung.regular },
    });
    expect(codes(plan).filter((c) => c === 'sessions-overlap')).toHaveLength(4);
  });
});

describe('createYearPlan bad input', () => {
  it('rejects an invalid cell', () => {
    expect(() => createYearPlan({ ...cell, id: '' }, 2027, trangNung)).toThrow(
      ChiboError,
    );
  });

  it.each([2027.5, 1700, 2300])('rejects the year %s', (year) => {
    expect(() => createYearPlan(cell, year, trangNung)).toThrow(ChiboError);
  });

  it('a separate thematic session needs a rule (R-SCHED-3)', () => {
    try {
      createYearPlan(cell, 2027, {
        ...trangNung,
        thematic: { session: 'separate' },
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ChiboError).issues[0]).toMatchObject({
        path: ['thematic', 'rule'],
        rule: 'R-SCHED-3',
      });
    }
  });

  it('an impossible regular rule (R-SCHED-1)', () => {
    try {
      createYearPlan(cell, 2027, {
        regular: { pattern: { type: 'day-of-month', day: 31 }, time: '19:30' },
      });
      expect.unreachable();
    } catch (error) {
      expect((error as ChiboError).issues[0]?.rule).toBe('R-SCHED-1');
    }
  });
});
