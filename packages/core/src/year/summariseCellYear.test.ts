import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { formatDistribution, formatShare } from './formatShare';
import { summariseCellYear } from './summariseCellYear';
import { presentByMonth } from './testSupport/meetings2027';
import {
  summaryOptions as full,
  memberReviews,
  records,
} from './testSupport/summary2027';

const summary = summariseCellYear(records, full);

/** `records` with one meeting changed. */
const withMeeting = (id: string, change: Record<string, unknown>) =>
  records.map((r) =>
    r.meeting.id === id ? { ...r, meeting: { ...r.meeting, ...change } } : r,
  );

const thrown = (fn: () => unknown): ChiboError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChiboError) return error;
    throw error;
  }
  throw new Error('expected a ChiboError');
};

describe('R-YEAR-3: the cell’s year 2027 of SCENARIO.md in figures', () => {
  it('R-YEAR-3: 12 of 12 regular meetings held (R-FREQ-1), each month naming its meeting', () => {
    expect(summary.regularMeetings).toMatchObject({
      held: 12,
      of: 12,
      monthsWithout: [],
      notHeld: [],
    });
    expect(summary.regularMeetings.months[2]).toEqual({
      month: '2027-03',
      meetingIds: ['sh-2027-03'],
    });
    expect(summary.regularMeetings.source.vi).toContain('12/12');
  });

  it('R-YEAR-3: one thematic meeting in each quarter (R-FREQ-2), 2027-02-16 in the first', () => {
    expect(summary.thematicMeetings.held).toBe(4);
    expect(summary.thematicMeetings.quartersWithout).toEqual([]);
    expect(summary.thematicMeetings.quarters[0]).toMatchObject({
      quarter: 1,
      meetingIds: ['cd-2027-q1'],
      met: true,
    });
    expect(summary.thematicMeetings.quarters[0]?.themes[0]).toMatch(
      /^Học tập và làm theo tư tưởng/,
    );
  });

  it('R-YEAR-3: attendance 179/192 (93,22%) over the regular meetings (R-ATT-1), March 15/16 as SCENARIO.md says', () => {
    const { attendance } = summary;
    expect([attendance.present, attendance.expected]).toEqual([179, 192]);
    expect(formatShare(attendance.present, attendance.expected)).toBe(
      '179/192 (93,22%)',
    );
    expect(attendance.months.map((m) => m.present)).toEqual(presentByMonth);
    expect(attendance.months.every((m) => m.expected === 16)).toBe(true);
    expect(attendance.meetings[2]).toEqual({
      meetingId: 'sh-2027-03',
      month: '2027-03',
      date: '2027-03-09',
      present: 15,
      expected: 16,
    });
    expect(attendance.source.vi).toContain('179/192 (93,22%)');
    expect(attendance.source.en).toContain('179/192 (93.22%)');
    expect(attendance.refs).toHaveLength(12);
  });

  it('R-YEAR-3: 50 opinions in 12 regular meetings, 4,17 a meeting; March has its 6', () => {
    expect(summary.opinions).toMatchObject({ total: 50, meetings: 12 });
    expect(summary.opinions.perMeeting).toBeCloseTo(50 / 12, 10);
    expect(summary.opinions.byMeeting[2]).toEqual({
      meetingId: 'sh-2027-03',
      month: '2027-03',
      count: 6,
    });
    expect(summary.opinions.source.vi).toContain('bình quân 4,17 ý kiến/cuộc');
  });

  it('R-YEAR-3: meeting ratings per level (R-RATE-4): 8 good, 4 fair, the year good; March fair', () => {
    expect(summary.ratings.counts).toEqual({
      good: 8,
      fair: 4,
      average: 0,
      poor: 0,
    });
    expect(summary.ratings.level).toBe('good');
    expect(summary.ratings.meetingIds.fair).toContain('sh-2027-03');
    expect(summary.ratings.reasons[0]?.vi).toBe(
      'Mọi cuộc họp đạt Khá trở lên, 8 cuộc Tốt (≥ 7).',
    );
  });

  it('R-YEAR-3: tasks assigned 44, done 36, carried over 4, December’s 4 not reviewed yet (R-TASK-1)', () => {
    const { tasks } = summary;
    expect(tasks).toMatchObject({
      assigned: 44,
      done: 36,
      carriedOver: 4,
      open: 4,
    });
    const road = tasks.tasks.find((t) => t.taskId === 't2027-02-3');
    expect(road).toMatchObject({
      status: 'not-done',
      reviewedAt: 'sh-2027-03',
      carriedOverTo: 't2027-03-3',
      reason: 'Xi măng chưa về',
    });
    // December 2026's tasks, reviewed in January, are not the year's.
    expect(tasks.refs).not.toContain('t2026-12-1');
  });

  it('R-YEAR-3: Đỗ Văn Quang warned at March and flagged at May for his unpaid dues (R-ATT-3)', () => {
    expect(summary.removal.flagged).toEqual([
      {
        memberId: 'm08',
        name: 'Đỗ Văn Quang',
        warnedAt: '2027-03',
        flaggedAt: '2027-05',
        unexcusedAbsence: [],
        unpaidDues: ['2027-02', '2027-03', '2027-05'],
      },
    ]);
    expect(summary.removal.warned).toEqual([]);
  });

  it('R-YEAR-3: the flags as of 2027-03-31: Quang only warned', () => {
    const march = summariseCellYear(records, { ...full, asOf: '2027-03-31' });
    expect(march.removal.flagged).toEqual([]);
    expect(march.removal.warned[0]).toMatchObject({
      memberId: 'm08',
      warnedAt: '2027-03',
      flaggedAt: null,
      unpaidDues: ['2027-02', '2027-03'],
    });
    expect(march.dues?.asOf).toBe('2027-03-31');
  });

  it('R-YEAR-3: the members’ annual levels 3/10/2/1 with shares adding up to 100,00%; Páo, exempt, not rated; the cell 84, good', () => {
    const levels = summary.levels;
    if (!levels) throw new Error('no levels');
    expect(levels.distribution.counts).toEqual({
      excellent: 3,
      good: 10,
      completed: 2,
      'not-completed': 1,
    });
    expect(formatDistribution(levels.distribution)).toEqual({
      excellent: '3/16 (18,75%)',
      good: '10/16 (62,50%)',
      completed: '2/16 (12,50%)',
      'not-completed': '1/16 (6,25%)',
    });
    expect(levels.notRated).toEqual([
      { memberId: 'm14', name: 'Giàng A Páo', exempt: true },
    ]);
    expect(levels.cell).toEqual({ total: 84, level: 'good' });
    expect(levels.members.find((m) => m.memberId === 'm08')).toMatchObject({
      name: 'Đỗ Văn Quang',
      level: 'not-completed',
    });
  });

  it('R-YEAR-3: dues collected from the dues book (R-DUES-2): 2.296.800 đ of 2.326.800 đ, Quang’s three months unpaid', () => {
    expect(summary.dues).toMatchObject({
      due: 2_326_800,
      paid: 2_296_800,
      collected: 2_296_800,
      texts: ['01-QĐ/TW'],
      unpaid: [
        {
          memberId: 'm08',
          name: 'Đỗ Văn Quang',
          months: ['2027-02', '2027-03', '2027-05'],
        },
      ],
    });
    expect(summary.dues?.months).toHaveLength(12);
  });

  it('R-YEAR-3: without reviews or a dues book those figures are null; the flags count meetings only', () => {
    const bare = summariseCellYear(records, { year: 2027 });
    expect(bare.levels).toBeNull();
    expect(bare.dues).toBeNull();
    expect(bare.removal.flagged).toEqual([]);
    expect(bare.removal.source.en).toContain('No dues book');
  });

  it('R-YEAR-3: every figure names its source in both languages and what it counted', () => {
    for (const figure of [
      summary.regularMeetings,
      summary.thematicMeetings,
      summary.attendance,
      summary.opinions,
      summary.ratings,
      summary.tasks,
      summary.removal,
      summary.levels,
      summary.dues,
    ]) {
      expect(figure?.source.vi).toMatch(/\S/);
      expect(figure?.source.en).toMatch(/\S/);
      expect(figure?.refs.length).toBeGreaterThan(0);
    }
    expect(summary.cell).toEqual({
      id: 'trang-nung',
      name: 'Chi bộ thôn Trang Nùng',
      parentName: 'Đảng bộ xã Xuân Quang',
      placeName: 'Xuân Quang',
      secretaryName: 'Hoàng Văn Minh',
    });
  });
});

describe('R-YEAR-3: meetings not held, quarters without a theme, tasks reviewed the next year', () => {
  it('R-FREQ-1: a cancelled July meeting leaves 11/12 and is listed apart, out of the attendance', () => {
    const year = summariseCellYear(
      withMeeting('sh-2027-07', {
        status: 'cancelled',
        cancellation: { at: '2027-07-06T08:00:00+07:00', reason: 'Mưa lũ' },
      }),
      { year: 2027 },
    );
    expect(year.regularMeetings.held).toBe(11);
    expect(year.regularMeetings.monthsWithout).toEqual(['2027-07']);
    expect(year.regularMeetings.notHeld).toEqual([
      { meetingId: 'sh-2027-07', month: '2027-07', status: 'cancelled' },
    ]);
    expect(year.regularMeetings.source.vi).toContain(
      '11/12; không họp: 2027-07',
    );
    expect(year.attendance.months[6]).toEqual({
      month: '2027-07',
      present: null,
      expected: null,
    });
    expect([year.attendance.present, year.attendance.expected]).toEqual([
      166, 176,
    ]);
  });

  it('R-FREQ-2: without the third quarter’s thematic meeting the quarter is named', () => {
    const year = summariseCellYear(
      records.filter((r) => r.meeting.id !== 'cd-2027-q3'),
      { year: 2027 },
    );
    expect(year.thematicMeetings.quartersWithout).toEqual([3]);
    expect(year.thematicMeetings.quarters[2]?.met).toBe(false);
  });

  it('R-TASK-1: December’s tasks are done once January 2028 reviews them', () => {
    const december = records.find((r) => r.meeting.id === 'sh-2027-12');
    const resolution = december?.meeting.resolution;
    const january = {
      ...december,
      meeting: {
        ...december?.meeting,
        id: 'sh-2028-01',
        scheduledAt: '2028-01-04T19:30:00+07:00',
        timeline: {},
        resolution: undefined,
        rating: undefined,
        taskReviews: (resolution?.tasks ?? []).map((t) => ({
          taskId: t.id,
          status: 'done',
        })),
      },
      previousResolution: resolution,
    };
    const year = summariseCellYear([...records, january] as never, {
      year: 2027,
    });
    expect(year.tasks).toMatchObject({ done: 40, open: 0, carriedOver: 4 });
    expect(year.regularMeetings.held).toBe(12);
  });
});

describe('R-YEAR-3: bad input is a ChiboError with its path, in Vietnamese and English', () => {
  it('R-YEAR-3: records of two cells are refused', () => {
    const other = {
      ...records[1],
      cell: { ...records[1]?.cell, id: 'khe-lech' },
      meeting: { ...records[1]?.meeting, cellId: 'khe-lech' },
    };
    const error = thrown(() =>
      summariseCellYear([records[0], other] as never, { year: 2027 }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.issues[0]?.path).toEqual(['records', 1, 'cell', 'id']);
    expect(error.issues[0]?.message.vi).toContain('một chi bộ');
    expect(error.messages.en).toContain("Cannot summarise the cell's year");
  });

  it('R-YEAR-3: a meeting given twice and a review of another year are refused together', () => {
    const error = thrown(() =>
      summariseCellYear([records[0], records[0]] as never, {
        year: 2027,
        memberReviews: [{ ...memberReviews[0], year: 2026 }] as never,
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      ['records', 1, 'meeting', 'id'],
      ['options', 'memberReviews', 0, 'year'],
    ]);
    expect(error.issues[1]?.message).toEqual({
      vi: 'Phiếu đánh giá của năm 2026, không phải năm 2027.',
      en: 'The review is for 2026, not 2027.',
    });
  });

  it('R-YEAR-3: a record that is not one, no records, a year that is not one', () => {
    const broken = thrown(() =>
      summariseCellYear(
        [
          { ...records[0], meeting: { ...records[0]?.meeting, kind: 'x' } },
        ] as never,
        { year: 2027 },
      ),
    );
    expect(broken.issues[0]?.path).toEqual(['records', 0, 'meeting', 'kind']);
    expect(thrown(() => summariseCellYear([], { year: 2027 })).code).toBe(
      'invalid-argument',
    );
    const year = thrown(() =>
      summariseCellYear(records, { year: '2027' } as never),
    );
    expect(year.issues[0]?.path).toEqual(['options', 'year']);
    expect(year.issues[0]?.message.vi).toMatch(/\S/);
  });
});
