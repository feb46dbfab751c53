import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  parseMeetingRecord,
  type Rating,
  safeParseMeetingRecord,
} from '../index';
import { createMeetingActor } from '../procedure/createMeetingActor';
import type { MeetingEvent } from '../procedure/meetingEvents';
import {
  anPhuScheme,
  approveRating,
  confirmRating,
  hd12Scheme,
  proposeRating,
  rateMeeting,
} from '../rating';
import type { RatingLevel } from '../schemas';
import { issueAt } from '../testSupport/fixtures';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import {
  marchMeetingRecord,
  scenarioInputs,
} from '../testSupport/ratingRecords';

const result = rateMeeting(marchMeetingRecord(), anPhuScheme, scenarioInputs, {
  history: [],
});

/** The chi ủy's 12-HD proposal for March, every judged condition met. */
function hd12Proposal(): Rating {
  const yes = Object.fromEntries(
    hd12Scheme.criteria
      .filter((c) => c.source === 'input')
      .map((c) => [c.id, true]),
  );
  return proposeRating(
    rateMeeting(marchMeetingRecord(), hd12Scheme, yes, { history: [] }),
  );
}

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
    // R-SET-1: the rating keeps the texts it was given under.
    expect(proposed.texts?.[0]).toBe('42-HD/BTCTW');
    expect(approved.texts).toEqual(proposed.texts);
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
    const quality = hd12Proposal();
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

describe('R-RATE-3 the meeting machine approves a rating with approveRating', () => {
  const events = marchEvents();
  const proposedAt = '2027-03-09T21:00:00+07:00';
  const approvedAt = '2027-03-09T21:05:00+07:00';

  /**
   * The March meeting through the machine, with this proposal and approval,
   * up to the confirmation (or, `toTheClose`, to the end).
   */
  function throughMachine(
    rating: Rating,
    approval: Record<string, unknown>,
    toTheClose = false,
  ) {
    const actor = createMeetingActor(marchInput()).start();
    for (const event of events) {
      if (event.type === 'RATING_PROPOSED') {
        actor.send({ type: 'RATING_PROPOSED', at: proposedAt, rating });
      } else if (event.type === 'RATING_APPROVED') {
        actor.send({
          type: 'RATING_APPROVED',
          at: approvedAt,
          vote: { id: 'v2', for: 12, against: 0, abstain: 0 },
          ...approval,
        } as MeetingEvent);
      } else if (event.type === 'RATING_CONFIRMED' && !toTheClose) {
        break;
      } else {
        actor.send(event);
      }
    }
    return actor.getSnapshot().context;
  }

  /** What approveRating makes of the same proposal and vote. */
  function byHand(
    context: ReturnType<typeof throughMachine>,
    rating: Rating,
    options: { level?: RatingLevel; quality?: boolean } = {},
  ) {
    const vote = context.record.meeting.votes.find((v) => v.id === 'v2');
    return approveRating(
      { ...rating, proposedAt },
      { at: approvedAt, vote, ...options },
    );
  }

  const hd12 = hd12Proposal();

  it('R-RATE-1 a 12-HD rating through the machine equals approveRating: quality, never a level', () => {
    const context = throughMachine(hd12, {});
    expect(context.rejected).toEqual([]);
    const rating = context.record.meeting.rating;
    expect(rating).toEqual(byHand(context, hd12));
    expect(rating?.approvedQuality).toBe(false);
    expect(rating?.approvedLevel).toBeUndefined();
    expect(rating?.approvalVoteId).toBe('v2');
  });

  it('R-RATE-3 a 12-HD approval counts as approved: the supervisor confirms it and the meeting closes', () => {
    const context = throughMachine(hd12, {}, true);
    expect(context.rejected).toEqual([]);
    expect(context.record.meeting.status).toBe('closed');
    expect(context.record.meeting.rating?.confirmedBy?.guestId).toBe('g01');
  });

  it('R-RATE-1 the members may approve another answer: quality true through the machine equals approveRating', () => {
    const context = throughMachine(hd12, { quality: true });
    expect(context.rejected).toEqual([]);
    expect(context.record.meeting.rating).toEqual(
      byHand(context, hd12, { quality: true }),
    );
    expect(context.record.meeting.rating?.approvedQuality).toBe(true);
  });

  it('R-RATE-2 the An Phú rating through the machine equals approveRating: the level', () => {
    const anPhu = proposeRating(result);
    const context = throughMachine(anPhu, { level: 'fair' });
    expect(context.rejected).toEqual([]);
    expect(context.record.meeting.rating).toEqual(
      byHand(context, anPhu, { level: 'fair' }),
    );
    expect(context.record.meeting.rating?.approvedLevel).toBe('fair');
    // without a level, the proposed one
    const proposedLevel = throughMachine(anPhu, {});
    expect(proposedLevel.record.meeting.rating).toEqual(
      byHand(proposedLevel, anPhu),
    );
  });

  it('R-RATE-1 a level for a 12-HD rating (or quality for a level) is refused, the rating left unapproved', () => {
    for (const [rating, approval] of [
      [hd12, { level: 'good' }],
      [proposeRating(result), { quality: true }],
    ] as const) {
      const context = throughMachine(rating, approval);
      expect(context.rejected.map((r) => [r.type, r.code, r.rule])).toEqual([
        ['RATING_APPROVED', 'rating-approval-mismatch', 'R-RATE-3'],
      ]);
      expect(context.record.meeting.rating?.approvedAt).toBeUndefined();
      expect(context.record.meeting.votes.map((v) => v.id)).toEqual(['v1']);
      expect(() => byHand(context, rating, approval)).toThrow(ChiboError);
    }
  });

  it('R-RATE-3 a proposal of a level alone (no score) is a proposal; one of nothing is not', () => {
    const level = approveRating({
      schemeId: 'x',
      criteria: [],
      proposedLevel: 'good',
    });
    expect(level.approvedLevel).toBe('good');
    expect(() =>
      approveRating({ schemeId: 'x', criteria: [] }, { level: 'good' }),
    ).toThrow(/R-RATE-3/);
  });
});
