import { ChiboError } from '@chibo/core';
import { cell } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { createYearPlan } from './createYearPlan';
import {
  planSupervisorVisits,
  type SupervisorVisit,
} from './planSupervisorVisits';

function plans(count: number, sameTime = false) {
  return Array.from({ length: count }, (_, i) =>
    createYearPlan(
      { ...cell, id: `c${i + 1}`, name: `Chi bộ thôn ${i + 1}` },
      2027,
      {
        regular: {
          pattern: {
            type: 'weekday-of-week',
            weekday: 1 + (sameTime ? 0 : i % 5),
            week: 2,
          },
          time: '19:30',
        },
        thematic: {
          rule: {
            pattern: {
              type: 'weekday-of-week',
              weekday: 1 + (sameTime ? 0 : i % 5),
              week: 3,
            },
            time: '19:30',
          },
        },
      },
    ),
  );
}

function overlaps(visits: SupervisorVisit[]): boolean {
  const sorted = [...visits].sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start),
  );
  return sorted.some(
    (v, i) =>
      i > 0 && Date.parse(v.start) < Date.parse(sorted[i - 1]?.end ?? ''),
  );
}

describe('planSupervisorVisits (R-SCHED-4)', () => {
  const district = plans(6);

  it('a commune member: 6 visits, none at home, none overlapping, spread over the quarters', () => {
    const { visits, unmet } = planSupervisorVisits(
      [
        {
          id: 'g01',
          name: 'Triệu Văn Long',
          level: 'commune',
          homeCellId: 'c1',
        },
      ],
      district,
    );
    expect(unmet).toEqual([]);
    expect(visits).toHaveLength(6);
    expect(visits.some((v) => v.cellId === 'c1')).toBe(false);
    expect(overlaps(visits)).toBe(false);
    expect(visits.map((v) => v.quarter)).toEqual([1, 1, 2, 3, 3, 4]);
    // c6 meets on Mondays like c1, the home cell: never visited. The other
    // four are all visited before any is visited twice.
    expect(visits.some((v) => v.cellId === 'c6')).toBe(false);
    const perCell = new Map<string, number>();
    for (const v of visits)
      perCell.set(v.cellId, (perCell.get(v.cellId) ?? 0) + 1);
    expect([...perCell.keys()].sort()).toEqual(['c2', 'c3', 'c4', 'c5']);
    expect([...perCell.values()].sort()).toEqual([1, 1, 2, 2]);
  });

  it('a province member: 2 visits, in quarters 1 and 3 (Kon Tum defaults)', () => {
    const { visits } = planSupervisorVisits(
      [{ id: 'p1', level: 'province' }],
      district,
    );
    expect(visits.map((v) => v.quarter)).toEqual([1, 3]);
  });

  it('several supervisors go to different meetings first', () => {
    const { visits } = planSupervisorVisits(
      [
        { id: 'a', level: 'province' },
        { id: 'b', level: 'province' },
      ],
      district,
    );
    const ids = visits.map((v) => v.meetingId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never during the supervisor’s own cell’s meetings; reports what it cannot meet', () => {
    const clash = plans(3, true);
    const { visits, unmet } = planSupervisorVisits(
      [
        {
          id: 'g01',
          name: 'Triệu Văn Long',
          level: 'commune',
          homeCellId: 'c1',
        },
      ],
      clash,
    );
    expect(visits).toEqual([]);
    expect(unmet[0]).toMatchObject({
      supervisorId: 'g01',
      rule: 'R-SCHED-4',
      code: 'not-enough-meetings',
      required: 6,
      assigned: 0,
    });
    expect(
      unmet.filter((u) => u.code === 'quarter-without-visit'),
    ).toHaveLength(4);
    expect(unmet[0]?.message.vi).toContain('0/6');
  });

  it('no other cell at all', () => {
    const { unmet } = planSupervisorVisits(
      [{ id: 'g01', level: 'district', homeCellId: 'c1' }],
      plans(1),
    );
    expect(unmet[0]?.code).toBe('no-other-cell');
  });

  it('the travel buffer keeps two visits apart', () => {
    const { visits } = planSupervisorVisits(
      [{ id: 'g', level: 'commune', visitsPerYear: 40 }],
      district,
      { bufferMinutes: 24 * 60 },
    );
    const gaps = (list: typeof visits) => {
      const sorted = [...list].sort(
        (a, b) => Date.parse(a.start) - Date.parse(b.start),
      );
      return sorted
        .slice(1)
        .map((v, i) => Date.parse(v.start) - Date.parse(sorted[i]?.end ?? ''));
    };
    expect(visits.length).toBeGreaterThan(20);
    expect(Math.min(...gaps(visits))).toBeGreaterThanOrEqual(24 * 3600_000);
    // Without the buffer, meetings on consecutive days are taken.
    const tight = planSupervisorVisits(
      [{ id: 'g', level: 'commune', visitsPerYear: 40 }],
      district,
    ).visits;
    expect(Math.min(...gaps(tight))).toBeLessThan(24 * 3600_000);
  });

  it('is deterministic', () => {
    const people = [
      { id: 'a', level: 'commune' as const, homeCellId: 'c2' },
      { id: 'b', level: 'district' as const },
    ];
    expect(planSupervisorVisits(people, district)).toEqual(
      planSupervisorVisits(people, district),
    );
  });

  it('rejects an invalid supervisor', () => {
    expect(() =>
      planSupervisorVisits([{ id: '', level: 'commune' }], district),
    ).toThrow(ChiboError);
    expect(() =>
      planSupervisorVisits(
        [{ id: 'x', level: 'village' as 'commune' }],
        district,
      ),
    ).toThrow(ChiboError);
  });

  it('issue 13 §4: plans that are not year plans are named, never planned at NaN or in the wrong quarter', () => {
    const [first, ...others] = district;
    const broken = (meeting: Record<string, unknown>) => [
      {
        ...first,
        meetings: first?.meetings.map((m, i) =>
          i === 0 ? { ...m, ...meeting } : m,
        ),
      },
      ...others,
    ];
    const cases: [unknown, PropertyKey[]][] = [
      [0, ['plans']],
      [[null], ['plans', 0]],
      [broken({ start: 'x' }), ['plans', 0, 'meetings', 0, 'start']],
      [broken({ end: undefined }), ['plans', 0, 'meetings', 0, 'end']],
      [broken({ quarter: 5 }), ['plans', 0, 'meetings', 0, 'quarter']],
      [broken({ kind: 'annual' }), ['plans', 0, 'meetings', 0, 'kind']],
    ];
    for (const [plans, path] of cases) {
      expect(() =>
        planSupervisorVisits(
          [{ id: 'g', level: 'commune' }],
          plans as typeof district,
        ),
      ).toThrow(
        expect.objectContaining({
          code: 'invalid-argument',
          issues: expect.arrayContaining([expect.objectContaining({ path })]),
        }),
      );
    }
  });
});
