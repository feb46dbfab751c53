import { marchRecord } from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkMeetingDuration,
  parseMeeting,
  parseMeetingRecord,
} from '../index';
import type { RuleSetId } from '../schemas';

const START = '2027-03-09T19:30:00+07:00';

/** A meeting that started at 19:30 on 2027-03-09 (or `start`) and lasted `minutes`. */
const lasting = (minutes: number | null, start = START) => {
  const startMs = Date.parse(start);
  return parseMeeting({
    id: 'sh',
    cellId: 'c1',
    kind: 'regular',
    scheduledAt: start,
    place: 'Nhà văn hóa thôn',
    timeline:
      minutes === null
        ? { startedAt: start }
        : {
            startedAt: start,
            endedAt: new Date(startMs + minutes * 60_000).toISOString(),
          },
  });
};

const noOwnMinimum = {};

describe('R-DUR-1 a meeting lasts at least 90 minutes', () => {
  it('R-DUR-1 the scenario meeting, 19:30 to 21:15, lasts 105 minutes and passes', () => {
    const record = parseMeetingRecord(marchRecord);
    expect(checkMeetingDuration(record.meeting, record.cell)).toEqual({
      rule: 'R-DUR-1',
      ruleSet: 'HD42-2025',
      texts: ['42-HD/BTCTW'],
      minutes: 105,
      minimum: 90,
      met: true,
      shortBy: 0,
    });
  });

  it('R-DUR-1 exactly 90 minutes passes', () => {
    const verdict = checkMeetingDuration(lasting(90), noOwnMinimum);
    expect(verdict.minutes).toBe(90);
    expect(verdict.met).toBe(true);
    expect(verdict.shortBy).toBe(0);
  });

  it('R-DUR-1 89 minutes fails, short by 1', () => {
    const verdict = checkMeetingDuration(lasting(89), noOwnMinimum);
    expect(verdict.met).toBe(false);
    expect(verdict.shortBy).toBe(1);
  });

  it('R-DUR-1 89.5 minutes (89 min 30 s) fails', () => {
    const verdict = checkMeetingDuration(lasting(89.5), noOwnMinimum);
    expect(verdict.met).toBe(false);
    expect(verdict.shortBy).toBe(0.5);
  });

  it('R-DUR-1 90 minutes under HD12-2018 passes as well', () => {
    const old = lasting(90, '2024-05-14T08:00:00+07:00');
    const verdict = checkMeetingDuration(old, noOwnMinimum);
    expect(verdict.ruleSet).toBe('HD12-2018');
    expect(verdict.minimum).toBe(90);
    expect(verdict.met).toBe(true);
    expect(
      checkMeetingDuration(lasting(89, '2024-05-14T08:00:00+07:00'), {}).met,
    ).toBe(false);
  });

  it('R-DUR-1 / R-TIME-1 the duration does not depend on the offset the times are written in', () => {
    const meeting = parseMeeting({
      id: 'sh',
      cellId: 'c1',
      kind: 'regular',
      scheduledAt: START,
      place: 'Nhà văn hóa thôn',
      timeline: {
        startedAt: '2027-03-09T12:30:00Z',
        endedAt: '2027-03-09T21:00:00+07:00',
      },
    });
    expect(checkMeetingDuration(meeting, {}).minutes).toBe(90);
  });

  it('R-DUR-1 without an end time the verdict is unknown', () => {
    const verdict = checkMeetingDuration(lasting(null), noOwnMinimum);
    expect(verdict).toMatchObject({
      minutes: null,
      met: null,
      shortBy: null,
      minimum: 90,
    });
  });
});

describe('R-DUR-1 / R-FREQ-3 a combined session lasts at least 120 minutes (HD42-2025)', () => {
  it('R-DUR-1 combined under HD42-2025: 119 fails, 120 passes', () => {
    const short = checkMeetingDuration(lasting(119), noOwnMinimum, {
      combined: true,
    });
    expect(short.minimum).toBe(120);
    expect(short.met).toBe(false);
    expect(short.shortBy).toBe(1);
    expect(
      checkMeetingDuration(lasting(120), noOwnMinimum, { combined: true }).met,
    ).toBe(true);
  });

  it('R-DUR-1 the scenario meeting (105 min) would be too short for a combined session', () => {
    const record = parseMeetingRecord(marchRecord);
    const verdict = checkMeetingDuration(record.meeting, record.cell, {
      combined: true,
    });
    expect(verdict.met).toBe(false);
    expect(verdict.shortBy).toBe(15);
  });

  it('R-DUR-1 HD12-2018 sets no combined minimum: 90 is enough', () => {
    const verdict = checkMeetingDuration(lasting(90), noOwnMinimum, {
      combined: true,
      ruleSet: 'HD12-2018',
    });
    expect(verdict.ruleSet).toBe('HD12-2018');
    expect(verdict.minimum).toBe(90);
    expect(verdict.met).toBe(true);
  });

  it('R-DUR-1 not combined: 90 is enough under HD42-2025', () => {
    expect(
      checkMeetingDuration(lasting(90), noOwnMinimum, { combined: false }).met,
    ).toBe(true);
  });
});

describe("R-DUR-1 a cell's own minimum (HD42-2025: set by the competent committee)", () => {
  it('R-DUR-1 a small cell allowed 60 minutes: 60 passes, 59 fails', () => {
    const small = { minimumMeetingMinutes: 60 };
    const ok = checkMeetingDuration(lasting(60), small);
    expect(ok.minimum).toBe(60);
    expect(ok.met).toBe(true);
    expect(checkMeetingDuration(lasting(59), small).met).toBe(false);
  });

  it('R-DUR-1 [practice] a large cell held to 120 minutes: the scenario meeting (105) fails', () => {
    const record = parseMeetingRecord(marchRecord);
    const verdict = checkMeetingDuration(record.meeting, {
      minimumMeetingMinutes: 120,
    });
    expect(verdict.minimum).toBe(120);
    expect(verdict.met).toBe(false);
    expect(verdict.shortBy).toBe(15);
  });

  it("R-DUR-1 a combined session still needs 120 even when the cell's own minimum is shorter", () => {
    const verdict = checkMeetingDuration(
      lasting(100),
      { minimumMeetingMinutes: 60 },
      { combined: true },
    );
    expect(verdict.minimum).toBe(120);
    expect(verdict.met).toBe(false);
  });

  it("R-DUR-1 a combined session uses the cell's own minimum when it is longer than 120", () => {
    const verdict = checkMeetingDuration(
      lasting(130),
      { minimumMeetingMinutes: 150 },
      { combined: true },
    );
    expect(verdict.minimum).toBe(150);
    expect(verdict.met).toBe(false);
  });

  it('R-DUR-1 under HD12-2018 a shorter own minimum does not apply (only HD42-2025 allows it)', () => {
    const verdict = checkMeetingDuration(
      lasting(60, '2024-05-14T08:00:00+07:00'),
      { minimumMeetingMinutes: 60 },
    );
    expect(verdict.ruleSet).toBe('HD12-2018');
    expect(verdict.minimum).toBe(90);
    expect(verdict.met).toBe(false);
  });

  it('R-DUR-1 under HD12-2018 a longer own minimum still applies', () => {
    const verdict = checkMeetingDuration(
      lasting(100, '2024-05-14T08:00:00+07:00'),
      { minimumMeetingMinutes: 120 },
    );
    expect(verdict.minimum).toBe(120);
    expect(verdict.met).toBe(false);
  });
});

describe('R-DUR-1 properties', () => {
  it('R-DUR-1 met ⇔ minutes ≥ minimum, and shortBy = max(0, minimum − minutes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom<RuleSetId>('HD12-2018', 'HD42-2025'),
        (minutes, own, combined, ruleSet) => {
          const cell = own === undefined ? {} : { minimumMeetingMinutes: own };
          const verdict = checkMeetingDuration(lasting(minutes), cell, {
            combined,
            ruleSet,
          });
          expect(verdict.ruleSet).toBe(ruleSet);
          expect(verdict.minutes).toBe(minutes);
          expect(verdict.met).toBe(minutes >= verdict.minimum);
          expect(verdict.shortBy).toBe(Math.max(0, verdict.minimum - minutes));
          if (combined && ruleSet === 'HD42-2025') {
            expect(verdict.minimum).toBeGreaterThanOrEqual(120);
          }
          if (ruleSet === 'HD12-2018') {
            expect(verdict.minimum).toBeGreaterThanOrEqual(90);
          }
        },
      ),
    );
  });
});

describe('R-SET-1 the duration names the guidance it applied (R-DUR-1)', () => {
  it('R-DUR-1 2025-10-27 is judged by 12-HD/BTCTW, 2025-10-28 by 42-HD/BTCTW', () => {
    const on = (start: string) =>
      checkMeetingDuration(lasting(90, start), noOwnMinimum).texts;
    expect(on('2025-10-27T19:30:00+07:00')).toEqual(['12-HD/BTCTW']);
    expect(on('2025-10-28T19:30:00+07:00')).toEqual(['42-HD/BTCTW']);
  });

  it('R-DUR-1 a pinned rule set names its own guidance', () => {
    expect(
      checkMeetingDuration(lasting(90), noOwnMinimum, { ruleSet: 'HD12-2018' })
        .texts,
    ).toEqual(['12-HD/BTCTW']);
  });
});
