import { marchMeeting, marchRating } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { ChiboError } from '../index';
import { createMeetingActor, getMeetingRecord } from '../machine';
import { anPhuScheme, rateMeeting } from '../rating';
import { marchEvents, marchInput } from '../testSupport/marchEvents';

/** The March meeting on the machine, stopped at the rating step (§4.3 step 4). */
function atRatingStep() {
  const actor = createMeetingActor(marchInput()).start();
  for (const event of marchEvents()) {
    if (event.type === 'RATING_PROPOSED') break;
    actor.send(event);
  }
  expect(actor.getSnapshot().value).toBe('rating');
  return getMeetingRecord(actor);
}

const options = { history: [] };
const { minutesApprovedAt, endedAt } = marchMeeting.timeline;

describe('R-RATE-3: the chi ủy proposes at the rating step, before the close', () => {
  it('without a planned close, the duration is missing and the closing not done', () => {
    const result = rateMeeting(
      atRatingStep(),
      anPhuScheme,
      marchRating.inputs,
      options,
    );
    expect(result.complete).toBe(false);
    expect(result.missingRecord.map((m) => m.criterionId)).toEqual([
      'duration',
    ]);
    expect(
      result.criteria.find((c) => c.criterionId === 'closing')?.score,
    ).toBe(0);
  });

  it('with the planned close, it scores what the closed meeting scores (87, fair)', () => {
    const proposed = rateMeeting(
      atRatingStep(),
      anPhuScheme,
      marchRating.inputs,
      {
        ...options,
        plannedClosing: { minutesApprovedAt, endedAt },
      },
    );
    const closed = rateMeeting(
      getMeetingRecord(
        (() => {
          const actor = createMeetingActor(marchInput()).start();
          for (const event of marchEvents()) actor.send(event);
          return actor;
        })(),
      ),
      anPhuScheme,
      marchRating.inputs,
      options,
    );
    expect(proposed.total).toBe(marchRating.score);
    expect(proposed.level).toBe(marchRating.level);
    expect(proposed.criteria).toEqual(closed.criteria);
  });

  it('keeps a time the record already has, and takes Date objects', () => {
    const record = atRatingStep();
    const closedEarly = {
      ...record,
      meeting: {
        ...record.meeting,
        timeline: {
          ...record.meeting.timeline,
          endedAt: '2027-03-09T20:45:00+07:00',
        },
      },
    };
    const result = rateMeeting(closedEarly, anPhuScheme, marchRating.inputs, {
      ...options,
      plannedClosing: { endedAt: new Date('2027-03-09T14:15:00Z') },
    });
    // 19:30–20:45 is 75 minutes, 15 short of 90: 4 of 5 (An Phú).
    expect(
      result.criteria.find((c) => c.criterionId === 'duration')?.score,
    ).toBe(4);
    // minutesApprovedAt was not planned: the step is not done.
    expect(
      result.criteria.find((c) => c.criterionId === 'closing')?.score,
    ).toBe(2);
  });

  it('refuses a planned time that is not a date, with its path', () => {
    expect(() =>
      rateMeeting(atRatingStep(), anPhuScheme, marchRating.inputs, {
        ...options,
        plannedClosing: { endedAt: 'tối nay' },
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        issues: [
          expect.objectContaining({
            path: ['plannedClosing', 'endedAt'],
            rule: 'R-RATE-3',
          }),
        ],
      }),
    );
    expect(() =>
      rateMeeting(atRatingStep(), anPhuScheme, marchRating.inputs, {
        plannedClosing: { endedAt: 'x' },
      }),
    ).toThrow(ChiboError);
  });
});
