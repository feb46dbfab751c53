import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  parseMeetingRecord,
  safeParseMeetingRecord,
} from '../index';
import {
  anPhuScheme,
  approveRating,
  confirmRating,
  hd12Scheme,
  proposeRating,
  rateMeeting,
} from '../rating';
import { issueAt } from '../testSupport/fixtures';
import {
  marchMeetingRecord,
  scenarioInputs,
} from '../testSupport/ratingRecords';

const result = rateMeeting(marchMeetingRecord(), anPhuScheme, scenarioInputs, {
  history: [],
});

describe('R-RATE-3 proposed by the chi ủy, approved by the members, confirmed by the supervisor', () => {
  const proposed = proposeRating(result, { at: '2027-03-09T21:05' });
  const approved = approveRating(proposed, {
    at: '2027-03-09T21:08',
    voteId: 'v2',
  });
  const confirmed = confirmRating(approved, {
    name: 'Triệu Văn Long',
    guestId: 'g01',
    at: '2027-03-09T21:10',
  });

  it('the proposal carries every criterion with both languages, the score and the level', () => {
    expect(proposed).toMatchObject({
      schemeId: 'an-phu-hd42',
      ruleSet: 'HD42-2025',
      total: 87,
      maxTotal: 100,
      proposedScore: 87,
      proposedLevel: 'fair',
      proposedAt: '2027-03-09T21:05:00+07:00',
    });
    expect(proposed.approvedLevel).toBeUndefined();
    expect(proposed.criteria).toHaveLength(anPhuScheme.criteria.length);
    expect(
      proposed.criteria.find((c) => c.criterionId === 'chairing'),
    ).toMatchObject({
      score: 9,
      maxPoints: 10,
      source: 'input',
      label: 'Năng lực điều hành của bí thư',
      labelEn: "The bí thư's chairing",
      reason: 'Chi ủy đánh giá 9/10 điểm.',
      reasonEn: 'Assessed 9 of 10.',
    });
  });

  it('all three steps are kept', () => {
    expect(confirmed).toMatchObject({
      proposedScore: 87,
      proposedLevel: 'fair',
      approvedLevel: 'fair',
      approvedAt: '2027-03-09T21:08:00+07:00',
      approvalVoteId: 'v2',
      confirmedBy: {
        name: 'Triệu Văn Long',
        guestId: 'g01',
        at: '2027-03-09T21:10:00+07:00',
      },
    });
  });

  it('the confirmed rating goes into the record, which still validates', () => {
    const raw = structuredClone(marchRecord) as unknown as {
      meeting: Record<string, unknown>;
    };
    raw.meeting.rating = confirmed;
    expect(parseMeetingRecord(raw).meeting.rating?.confirmedBy?.name).toBe(
      'Triệu Văn Long',
    );
  });

  it('a confirmation by someone who is not a guest of the meeting is refused by the record (R-RATE-3)', () => {
    const raw = structuredClone(marchRecord) as unknown as {
      meeting: Record<string, unknown>;
    };
    raw.meeting.rating = confirmRating(approved, {
      name: 'Người lạ',
      guestId: 'g99',
    });
    const parsed = safeParseMeetingRecord(raw);
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      expect(
        issueAt(parsed.error, ['meeting', 'rating', 'confirmedBy', 'guestId'])
          .rule,
      ).toBe('R-RATE-3');
    }
  });

  it('with the guests given, only an attending supervisor may confirm', () => {
    const { guests } = marchMeetingRecord().meeting;
    expect(
      confirmRating(
        approved,
        { name: 'Triệu Văn Long', guestId: 'g01' },
        { guests },
      ).confirmedBy?.guestId,
    ).toBe('g01');
    expect(() =>
      confirmRating(
        approved,
        { name: 'Khách', guestId: 'g02' },
        { guests: [...guests, { id: 'g02', role: 'guest' }] },
      ),
    ).toThrow(/supervisor/);
    expect(() =>
      confirmRating(approved, { name: 'Không rõ' }, { guests }),
    ).toThrow(ChiboError);
  });

  it('a rating vote given to approveRating must pass more than half of its base (R-VOTE-1)', () => {
    const vote = {
      id: 'v2',
      subject: 'rating' as const,
      mode: 'show-of-hands' as const,
      for: 7,
      against: 5,
      abstain: 0,
      base: { size: 12, ruleSet: 'HD42-2025' as const },
    };
    expect(approveRating(proposed, { vote }).approvalVoteId).toBe('v2');
    expect(() =>
      approveRating(proposed, { vote: { ...vote, for: 6, against: 6 } }),
    ).toThrow(/R-VOTE-1/);
    expect(() =>
      approveRating(proposed, { vote: { ...vote, subject: 'resolution' } }),
    ).toThrow(ChiboError);
    expect(() =>
      approveRating(proposed, { vote: { ...vote, base: undefined } }),
    ).toThrow(ChiboError);
  });

  it('the members may approve another level; the proposal stays', () => {
    const other = approveRating(proposed, { level: 'good' });
    expect(other).toMatchObject({
      proposedLevel: 'fair',
      proposedScore: 87,
      approvedLevel: 'good',
    });
  });

  it('an incomplete result cannot be proposed: the error names what is missing', () => {
    const incomplete = rateMeeting(
      marchMeetingRecord(),
      anPhuScheme,
      { chairing: 9 },
      { history: [] },
    );
    try {
      proposeRating(incomplete);
      throw new Error('expected a ChiboError');
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      const chibo = error as ChiboError;
      expect(chibo.code).toBe('invalid-argument');
      expect(chibo.issues.map((i) => i.path)).toEqual([
        ['inputs', 'praise-criticism'],
        ['inputs', 'principles'],
      ]);
      expect(chibo.messages.vi).toContain('principles');
    }
  });

  it('the steps keep their order: no approval before a proposal, no confirmation before approval', () => {
    expect(() => approveRating({ schemeId: 'x', criteria: [] })).toThrow(
      ChiboError,
    );
    expect(() => confirmRating(proposed, { name: 'Triệu Văn Long' })).toThrow(
      /approved/,
    );
  });

  it('a 12-HD rating keeps quality and the failed conditions through the steps', () => {
    const yes = Object.fromEntries(
      hd12Scheme.criteria
        .filter((c) => c.source === 'input')
        .map((c) => [c.id, true]),
    );
    const quality = proposeRating(
      rateMeeting(marchMeetingRecord(), hd12Scheme, yes, { history: [] }),
    );
    expect(quality).toMatchObject({
      quality: false,
      failed: ['previous-results'],
    });
    expect(quality.proposedLevel).toBeUndefined();
    const approvedQuality = approveRating(quality);
    expect(approvedQuality.approvedQuality).toBe(false);
    expect(
      confirmRating(approvedQuality, { name: 'Triệu Văn Long' }).confirmedBy
        ?.name,
    ).toBe('Triệu Văn Long');
  });
});
