import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { MeetingMode, VoteMode, VoteSubject } from '../entities/enums';
import { tallyVote } from '../index';
import type { MeetingEvent } from '../procedure/meetingEvents';
import { meetingMachine } from '../procedure/meetingMachine';
import { replayMeeting } from '../procedure/replayMeeting';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import {
  getSecretBallotRule,
  isSecretBallotAllowed,
  isVoteModeAllowed,
} from './secretBallot';

/** Every subject with every mode. */
const VOTES = VoteSubject.options.flatMap((subject) =>
  VoteMode.options.map((mode) => ({ subject, mode })),
);

describe('R-VOTE-3, R-VOTE-4 discipline and elections by secret ballot (isVoteModeAllowed)', () => {
  it('R-VOTE-3 discipline and R-VOTE-4 elections need a secret ballot; the rest may be by show of hands', () => {
    expect(getSecretBallotRule('discipline')).toBe('R-VOTE-3');
    expect(getSecretBallotRule('election')).toBe('R-VOTE-4');
    for (const { subject, mode } of VOTES) {
      const secretOnly = subject === 'discipline' || subject === 'election';
      expect(isVoteModeAllowed({ subject, mode }), `${subject} ${mode}`).toBe(
        !secretOnly || mode === 'secret-ballot',
      );
      if (!secretOnly) expect(getSecretBallotRule(subject)).toBeUndefined();
    }
  });

  it('R-VOTE-3, R-VOTE-4 one predicate: tallyVote and the machine apply it, citing the same rule', () => {
    const events = marchEvents();
    const snapshot = replayMeeting(
      marchInput(),
      events.slice(
        0,
        events.findIndex((e) => e.type === 'VOTE'),
      ),
    );
    for (const { subject, mode } of VOTES) {
      const allowed = isVoteModeAllowed({ subject, mode });
      const rule = getSecretBallotRule(subject);
      const counts = {
        for: 7,
        against: 5,
        ...(subject === 'discipline' ? { discipline: { warning: 7 } } : {}),
      };
      const tally = tallyVote({ subject, mode, ...counts }, 13);
      const finding = tally.findings.find(
        (f) => f.code === 'secret-ballot-required',
      );
      expect(finding?.rule, `${subject} ${mode}`).toBe(
        allowed ? undefined : rule,
      );
      if (!allowed) expect(tally.passed).toBe(false);

      const [next] = transition(meetingMachine, snapshot, {
        type: 'VOTE',
        at: '2027-03-09T20:55:00+07:00',
        vote: { id: 'v9', subject, mode, ...counts },
      } as MeetingEvent);
      const refusal = next.context.rejected.find(
        (r) => r.code === 'secret-ballot-required',
      );
      expect(refusal?.rule, `${subject} ${mode}`).toBe(
        allowed ? undefined : rule,
      );
    }
  });
});

describe('R-ONLINE-2 [open] no secret ballot unless the meeting is in person (isSecretBallotAllowed)', () => {
  it('R-ONLINE-2 a secret ballot is allowed in person only; a show of hands anywhere', () => {
    for (const meeting of MeetingMode.options) {
      for (const mode of VoteMode.options) {
        expect(isSecretBallotAllowed({ mode }, { mode: meeting })).toBe(
          mode === 'show-of-hands' || meeting === 'in-person',
        );
      }
    }
  });
});
