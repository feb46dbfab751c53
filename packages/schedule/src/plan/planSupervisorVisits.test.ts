import { ChiboError } from '@chibo/core';
import { cell } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { expectUnknownKey } from '../testSupport/unknownKey';
import { createYearPlan, type YearPlan } from './createYearPlan';
import {
  planSupervisorVisits,
  type SupervisorVisit,
} from './planSupervisorVisits';
import { VisitRequirements } from './supervisor';

function plans(count: number, sameTime = false, year = 2027) {
  return Array.from({ length: count }, (_, i) =>
    createYearPlan(
      { ...cell, id: `c${i + 1}`, name: `Chi bộ thôn ${i + 1}` },
      year,
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
      [{ id: 'g01', level: 'commune', homeCellId: 'c1' }],
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
      { id: 'b', level: 'province' as const },
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

describe('R-SCHED-4 v2: the levels are province and commune; district is historical', () => {
  const district = {
    id: 'h01',
    name: 'Lò Văn Hùng',
    level: 'district',
  } as const;

  it('R-SCHED-4 v2: the default quota table is province 2, commune 6, with no district row', () => {
    const { visitsPerYear } = VisitRequirements.parse({});
    expect(visitsPerYear).toEqual({ province: 2, commune: 6 });
    expect('district' in visitsPerYear).toBe(false);
  });

  it('R-SCHED-4 v2: a host adds rows to the table or changes them; the defaults stay', () => {
    expect(
      VisitRequirements.parse({ visitsPerYear: { district: 4, province: 3 } })
        .visitsPerYear,
    ).toEqual({ province: 3, commune: 6, district: 4 });
    const { visits } = planSupervisorVisits(
      [{ id: 'p1', level: 'province' }],
      plans(6),
      { visitsPerYear: { province: 4 } },
    );
    expect(visits.map((v) => v.quarter)).toEqual([1, 2, 3, 4]);
  });

  it('R-SCHED-4 v2: a 2025 plan with a district supervisor loads and is flagged; with no district row, no visits but a no-quota requirement, never a silent 0', () => {
    const result = planSupervisorVisits(
      [district, { id: 'g01', level: 'commune', homeCellId: 'c1' }],
      plans(6, false, 2025),
    );
    expect(result.visits.every((v) => v.supervisorId === 'g01')).toBe(true);
    expect(result.visits).toHaveLength(6);
    expect(result.unmet).toEqual([
      expect.objectContaining({
        supervisorId: 'h01',
        rule: 'R-SCHED-4',
        code: 'no-quota',
        required: 0,
        assigned: 0,
      }),
    ]);
    expect(result.unmet[0]?.message.vi).toContain('cấp huyện');
    expect(result.unmet[0]?.message.en).toContain('"district" row');
    expect(result.warnings).toEqual([
      {
        rule: 'R-SCHED-4',
        code: 'historical-level',
        severity: 'warning',
        message: {
          vi: 'Lò Văn Hùng: cấp huyện là cấp cũ, từ ngày 01/7/2025 không còn cấp huyện; kế hoạch có buổi họp từ ngày đó, nên chuyển người này sang cấp tỉnh hoặc cấp xã.',
          en: 'Lò Văn Hùng: the district level is historical, there is none since 2025-07-01; the plans have meetings from that day on, so move this supervisor to the province or commune level.',
        },
        memberIds: ['h01'],
      },
    ]);
  });

  it('R-SCHED-4 v2: with a district row (an old plan), a district supervisor is planned, and still flagged', () => {
    const { visits, unmet, warnings } = planSupervisorVisits(
      [district],
      plans(6, false, 2025),
      { visitsPerYear: { district: 6 } },
    );
    expect(visits).toHaveLength(6);
    expect(unmet).toEqual([]);
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([
      ['historical-level', 'warning'],
    ]);
    // Their own visitsPerYear plans them without a row.
    expect(
      planSupervisorVisits([{ ...district, visitsPerYear: 2 }], plans(6))
        .visits,
    ).toHaveLength(2);
  });

  it('R-SCHED-4 v2: on both sides of 2025-07-01: a 2024 plan says the level is historical (info), a 2026 plan warns', () => {
    const severity = (year: number) =>
      planSupervisorVisits([district], plans(3, false, year), {
        visitsPerYear: { district: 6 },
      }).warnings.map((w) => w.severity);
    expect(severity(2024)).toEqual(['info']);
    expect(severity(2026)).toEqual(['warning']);
    const before = planSupervisorVisits([district], plans(3, false, 2024));
    expect(before.warnings[0]?.message.en).toContain('predate');
    // Province and commune supervisors are never flagged.
    expect(
      planSupervisorVisits(
        [
          { id: 'p', level: 'province' },
          { id: 'x', level: 'commune' },
        ],
        plans(3, false, 2026),
      ).warnings,
    ).toEqual([]);
  });
});

describe('issue 13 §4: a misspelt key in a supervisor or the requirements is an error, never dropped', () => {
  it('a supervisor: homeCelId would have let them visit their own cell', () => {
    expectUnknownKey(
      () =>
        planSupervisorVisits(
          [{ id: 'g01', level: 'commune', homeCelId: 'c1' } as never],
          plans(3),
        ),
      {
        key: 'homeCelId',
        nearest: 'homeCellId',
        path: [0],
        code: 'invalid-input',
      },
    );
  });

  it('the requirements and the quota table', () => {
    const people = [{ id: 'g01', level: 'commune' as const }];
    expectUnknownKey(
      () =>
        planSupervisorVisits(people, plans(3), { bufferMinute: 30 } as never),
      { key: 'bufferMinute', nearest: 'bufferMinutes', path: [] },
    );
    expectUnknownKey(
      () =>
        planSupervisorVisits(people, plans(3), {
          visitsPerYear: { comune: 4 } as never,
        }),
      { key: 'comune', nearest: 'commune', path: ['visitsPerYear'] },
    );
  });
});

describe('R-TIME-1: a meeting time without an offset is Viet Nam time, whatever the host zone', () => {
  /** The plan with its times written without the +07:00. */
  const local = (plan: YearPlan, id: string): YearPlan => ({
    ...plan,
    cell: { ...plan.cell, id },
    meetings: plan.meetings.map((m) => ({
      ...m,
      id: m.id.replace(plan.cell.id, id),
      cellId: id,
      start: m.start.replace('+07:00', ''),
      end: m.end.replace('+07:00', ''),
    })),
  });

  it('19:30 without an offset clashes with the home cell’s 19:30+07:00 (the host here is not UTC+7)', () => {
    const [home] = plans(1);
    if (!home) throw new Error('no plan');
    const { visits, unmet } = planSupervisorVisits(
      [{ id: 'g01', level: 'commune', homeCellId: 'c1' }],
      [home, local(home, 'c9')],
    );
    // Read in the host's zone (UTC), 19:30 would be 02:30 the next day in
    // Viet Nam: free, and six visits planned at the same time as home.
    expect(visits).toEqual([]);
    expect(unmet[0]?.code).toBe('not-enough-meetings');
  });

  it('visits are in order of their instant, whatever the offset they are written with', () => {
    // c2 meets on Tuesdays at 19:30, written at UTC−12 (00:30 the same
    // date); this cell meets the same Tuesdays at 08:00+07:00, earlier.
    const morning = createYearPlan(
      { ...cell, id: 'm1', name: 'Chi bộ thôn Nà Ún' },
      2027,
      {
        regular: {
          pattern: { type: 'weekday-of-week', weekday: 2, week: 2 },
          time: '08:00',
        },
      },
    );
    const minus12 = (iso: string) =>
      `${new Date(Date.parse(iso) - 12 * 3600_000).toISOString().slice(0, 19)}-12:00`;
    const [, evening] = plans(2);
    if (!evening) throw new Error('no plan');
    const { visits } = planSupervisorVisits(
      [{ id: 'g', level: 'commune', visitsPerYear: 40 }],
      [
        morning,
        {
          ...evening,
          meetings: evening.meetings.map((m) => ({
            ...m,
            start: minus12(m.start),
            end: minus12(m.end),
          })),
        },
      ],
    );
    expect(visits.some((v) => v.start.endsWith('-12:00'))).toBe(true);
    const instants = visits.map((v) => Date.parse(v.start));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });
});
