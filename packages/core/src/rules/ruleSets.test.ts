import { marchRecord } from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceSummary,
  ChiboError,
  checkComposition,
  checkMeetingDuration,
  getMeetingRuleSet,
  getRuleSet,
  LATEST_RULE_SET_ID,
  parseMeeting,
  parseMeetingRecord,
  resolveRuleSet,
  ruleSets,
  tallyVote,
  votingBase,
} from '../index';
import type { RuleSetId } from '../schemas';

describe('R-SET-1 the rule sets', () => {
  it('R-SET-1 there are two, HD12-2018 and HD42-2025, and the newest is HD42-2025', () => {
    expect(Object.keys(ruleSets).sort()).toEqual(['HD12-2018', 'HD42-2025']);
    expect(LATEST_RULE_SET_ID).toBe('HD42-2025');
    for (const [id, set] of Object.entries(ruleSets)) expect(set.id).toBe(id);
  });

  it('R-SET-1 HD42-2025 takes effect on 2025-10-28', () => {
    expect(ruleSets['HD42-2025'].effectiveFrom).toBe('2025-10-28');
    expect(ruleSets['HD12-2018'].effectiveFrom).toBe('2018-07-06');
  });

  it('R-SET-1 the titles cite the texts in both languages', () => {
    expect(ruleSets['HD12-2018'].title.vi).toContain('12-HD/BTCTW');
    expect(ruleSets['HD42-2025'].title.vi).toContain('42-HD/BTCTW');
    expect(ruleSets['HD42-2025'].title.en).toContain('42-HD/BTCTW');
  });

  it('R-DUR-1 90 minutes in both; 120 for a combined session only in HD42-2025', () => {
    expect(ruleSets['HD12-2018'].minimumMeetingMinutes).toBe(90);
    expect(ruleSets['HD42-2025'].minimumMeetingMinutes).toBe(90);
    expect(ruleSets['HD12-2018'].combinedSessionMinutes).toBeNull();
    expect(ruleSets['HD42-2025'].combinedSessionMinutes).toBe(120);
  });

  it('R-ATT-2 / R-ATT-3 / R-CELL-3 / R-PREP-2 the numbers', () => {
    for (const set of Object.values(ruleSets)) {
      expect(set.attendanceQualityPercent).toBe(85);
      expect(set.maxExcusedAbsencesInRow).toBe(3);
      expect(set.removalWarningMonths).toBe(2);
      expect(set.removalCandidateMonths).toBe(3);
      expect(set.temporaryInVotes).toBe(false);
    }
    expect(ruleSets['HD12-2018'].specialDutyNotExpected).toBe(true);
    expect(ruleSets['HD42-2025'].materialsPostedDaysBefore).toBe(1);
    expect(ruleSets['HD12-2018'].materialsPostedDaysBefore).toBeNull();
  });

  it('R-SET-1 getRuleSet returns the set, and throws unknown-rule-set for any other id', () => {
    expect(getRuleSet('HD12-2018')).toBe(ruleSets['HD12-2018']);
    let caught: unknown;
    try {
      getRuleSet('HD99-2030' as RuleSetId);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChiboError);
    expect((caught as ChiboError).code).toBe('unknown-rule-set');
    expect(() => getRuleSet('toString' as RuleSetId)).toThrow(ChiboError);
  });
});

describe('R-SET-1 / R-TIME-1 the rule set of a meeting follows its Viet Nam date', () => {
  it.each([
    ['2025-10-27', 'HD12-2018'],
    ['2025-10-28', 'HD42-2025'],
    ['2025-10-27T23:59:59+07:00', 'HD12-2018'],
    ['2025-10-28T00:00:00+07:00', 'HD42-2025'],
    ['2025-10-27T19:30', 'HD12-2018'],
    ['2025-10-28T00:00', 'HD42-2025'],
    ['2025-10-27T16:59:59Z', 'HD12-2018'],
    ['2025-10-27T17:30:00Z', 'HD42-2025'],
    ['2025-10-28T02:00:00+09:00', 'HD42-2025'],
    ['2025-10-27T10:00:00-08:00', 'HD42-2025'],
    ['2018-07-06', 'HD12-2018'],
    ['2027-03-09T19:30:00+07:00', 'HD42-2025'],
  ] as const)('R-SET-1 %s → %s', (at, id) => {
    expect(resolveRuleSet(at).id).toBe(id);
  });

  it('R-SET-1 / R-TIME-1 a Date is read in Viet Nam time too', () => {
    expect(resolveRuleSet(new Date('2025-10-27T17:30:00Z')).id).toBe(
      'HD42-2025',
    );
    expect(resolveRuleSet(new Date('2025-10-27T16:59:59Z')).id).toBe(
      'HD12-2018',
    );
  });

  it('R-SET-1 a pinned rule set wins over the date, both ways', () => {
    expect(resolveRuleSet('2025-10-27', 'HD42-2025').id).toBe('HD42-2025');
    expect(resolveRuleSet('2027-03-09', 'HD12-2018').id).toBe('HD12-2018');
  });

  it('R-SET-1 a meeting pinned to a rule set keeps it; a caller override wins over it', () => {
    const pinned = {
      scheduledAt: '2027-03-09T19:30:00+07:00',
      ruleSet: 'HD12-2018' as const,
    };
    expect(getMeetingRuleSet(pinned).id).toBe('HD12-2018');
    expect(getMeetingRuleSet(pinned, 'HD42-2025').id).toBe('HD42-2025');
    expect(getMeetingRuleSet({ scheduledAt: '2025-10-27T17:30:00Z' }).id).toBe(
      'HD42-2025',
    );
  });

  it('R-SET-1 property: HD42-2025 exactly from the instant 2025-10-27T17:00:00Z', () => {
    const cut = Date.parse('2025-10-27T17:00:00Z');
    fc.assert(
      fc.property(
        fc.integer({
          min: cut - 400 * 86_400_000,
          max: cut + 400 * 86_400_000,
        }),
        (ms) => {
          const at = new Date(ms);
          expect(resolveRuleSet(at).id).toBe(
            ms >= cut ? 'HD42-2025' : 'HD12-2018',
          );
          expect(resolveRuleSet(at.toISOString()).id).toBe(
            resolveRuleSet(at).id,
          );
        },
      ),
    );
  });
});

describe('R-SET-1 every verdict records the rule set it used', () => {
  const record = parseMeetingRecord(marchRecord);
  const at = (scheduledAt: string, ruleSet?: RuleSetId) =>
    parseMeeting({
      ...marchRecord.meeting,
      scheduledAt,
      ...(ruleSet ? { ruleSet } : {}),
    });

  const verdicts = (meeting: ReturnType<typeof at>) => {
    const base = votingBase(meeting, record.members);
    return {
      votingBase: base.ruleSet,
      tally: tallyVote(
        { subject: 'resolution', mode: 'show-of-hands', for: 12, against: 0 },
        base,
      ).ruleSet,
      attendance: attendanceSummary(meeting, record.members).ruleSet,
      duration: checkMeetingDuration(meeting, record.cell).ruleSet,
      composition: checkComposition(record.cell, record.members, {
        at: meeting.scheduledAt,
        ruleSet: meeting.ruleSet,
      }).ruleSet,
    };
  };

  const all = (id: RuleSetId) => ({
    votingBase: id,
    tally: id,
    attendance: id,
    duration: id,
    composition: id,
  });

  it('R-SET-1 a meeting on 2025-10-27 (Viet Nam) is judged under HD12-2018', () => {
    expect(verdicts(at('2025-10-27T19:30:00+07:00'))).toEqual(all('HD12-2018'));
  });

  it('R-SET-1 a meeting on 2025-10-28 (Viet Nam) is judged under HD42-2025', () => {
    expect(verdicts(at('2025-10-28T19:30:00+07:00'))).toEqual(all('HD42-2025'));
  });

  it('R-SET-1 2025-10-27T17:30:00Z is 00:30 on the 28th in Viet Nam: HD42-2025', () => {
    const meeting = at('2025-10-27T17:30:00Z');
    expect(meeting.scheduledAt).toBe('2025-10-28T00:30:00+07:00');
    expect(verdicts(meeting)).toEqual(all('HD42-2025'));
  });

  it('R-SET-1 a meeting pinned to HD12-2018 in 2027 is judged under HD12-2018', () => {
    expect(verdicts(at('2027-03-09T19:30:00+07:00', 'HD12-2018'))).toEqual(
      all('HD12-2018'),
    );
  });

  it('R-SET-1 a rule set pinned in the options wins over the date', () => {
    const meeting = at('2027-03-09T19:30:00+07:00');
    const pin = { ruleSet: 'HD12-2018' as const };
    expect(votingBase(meeting, record.members, pin).ruleSet).toBe('HD12-2018');
    expect(attendanceSummary(meeting, record.members, pin).ruleSet).toBe(
      'HD12-2018',
    );
    expect(checkMeetingDuration(meeting, record.cell, pin).ruleSet).toBe(
      'HD12-2018',
    );
    expect(checkComposition(record.cell, record.members, pin).ruleSet).toBe(
      'HD12-2018',
    );
  });
});

describe('R-SET-1 getMeetingRuleSet with a wrong meeting (issue 13 §4)', () => {
  it.each([[undefined], [null], [7]])(
    'R-SET-1 %o is a ChiboError naming the meeting, never a TypeError',
    (meeting) => {
      expect(() => getMeetingRuleSet(meeting as never)).toThrowError(
        expect.objectContaining({
          code: 'invalid-argument',
          issues: [expect.objectContaining({ path: ['meeting'] })],
        }),
      );
    },
  );

  it.each([[{}], [{ scheduledAt: 5 }]])(
    'R-SET-1 %o (no date) is a ChiboError',
    (meeting) => {
      expect(() => getMeetingRuleSet(meeting as never)).toThrowError(
        ChiboError,
      );
    },
  );

  it('R-SET-1 a rule set pinned on the meeting or by the caller still wins', () => {
    const at = '2027-03-09T19:30:00+07:00';
    expect(getMeetingRuleSet({ scheduledAt: at }).id).toBe('HD42-2025');
    expect(
      getMeetingRuleSet({ scheduledAt: at, ruleSet: 'HD12-2018' }).id,
    ).toBe('HD12-2018');
    expect(getMeetingRuleSet({ scheduledAt: at }, 'HD12-2018').id).toBe(
      'HD12-2018',
    );
  });
});
