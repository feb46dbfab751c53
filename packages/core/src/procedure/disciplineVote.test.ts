import { describe, expect, it } from 'vitest';
import { type SnapshotFrom, transition } from 'xstate';
import { tallyVote } from '../rules/tallyVote';
import {
  after,
  marchEvents,
  marchInput,
  thematicEvents,
  thematicInput,
} from '../testSupport/marchEvents';
import type { MeetingEvent } from './meetingEvents';
import { meetingMachine } from './meetingMachine';
import { replayMeeting } from './replayMeeting';

// R-VOTE-3 (v2, 296-QĐ/TW) in the meeting machine: the same predicate as
// parseVote and tallyVote (checkDisciplineBallots), with the member's
// standing taken from the cell's list when the vote does not give it.

type Snapshot = SnapshotFrom<typeof meetingMachine>;

/** The March 2027 meeting, just before its resolution vote (296-QĐ/TW). */
function march(): { snapshot: Snapshot; at: string } {
  const events = marchEvents();
  const n = events.findIndex((e) => e.type === 'VOTE');
  return {
    snapshot: replayMeeting(marchInput(), events.slice(0, n)),
    at: '2027-03-09T20:55:00+07:00',
  };
}

/** A thematic meeting held at `start`, just before its rating starts. */
function thematic(start: string): { snapshot: Snapshot; at: string } {
  const events = thematicEvents(start, 120);
  const n = events.findIndex((e) => e.type === 'START_RATING');
  return {
    snapshot: replayMeeting(thematicInput(start), events.slice(0, n)),
    at: after(start, 86),
  };
}

/** A secret-ballot vote on m15 (probationary on the list), 7 of 12 for. */
function disciplineVote(
  at: string,
  discipline: Record<string, unknown>,
  fields: Record<string, unknown> = {},
): MeetingEvent {
  return {
    type: 'VOTE',
    at,
    vote: {
      id: 'kl1',
      subject: 'discipline',
      mode: 'secret-ballot',
      subjectMemberId: 'm15',
      for: 7,
      against: 5,
      discipline,
      ...fields,
    },
  } as MeetingEvent;
}

function expectRefused(snapshot: Snapshot, event: MeetingEvent) {
  const [next] = transition(meetingMachine, snapshot, event);
  expect(next.context.record).toBe(snapshot.context.record);
  const last = next.context.rejected.at(-1);
  expect(last).toMatchObject({ type: 'VOTE', rule: 'R-VOTE-3' });
  expect(last?.reason.vi).toBeTruthy();
  expect(last?.reason.en).toBeTruthy();
  return last;
}

function accepted(snapshot: Snapshot, event: MeetingEvent) {
  const [next] = transition(meetingMachine, snapshot, event);
  expect(next.context.rejected).toHaveLength(snapshot.context.rejected.length);
  const vote = next.context.record.meeting.votes.at(-1);
  expect(vote?.id).toBe('kl1');
  return vote;
}

describe('meetingMachine: R-VOTE-3 (v2, 296-QĐ/TW) discipline of a probationary member', () => {
  it('R-VOTE-3 from 2025-05-30 refuses ballots to dismiss a member the list has as probationary', () => {
    const { snapshot, at } = march();
    const refusal = expectRefused(
      snapshot,
      disciplineVote(at, { warning: 2, dismissal: 5 }),
    );
    expect(refusal?.code).toBe('invalid-reference');
    expect(refusal?.issues).toMatchObject([
      { path: ['vote', 'discipline', 'dismissal'], rule: 'R-VOTE-3' },
    ]);
    expect(refusal?.reason.vi).toContain('Đảng viên dự bị');
    expect(refusal?.reason.en).toContain('removed instead (R-ATT-3)');
  });

  it('R-VOTE-3 refuses expulsion too, and a standing given on the vote without the member', () => {
    const { snapshot, at } = march();
    expectRefused(snapshot, disciplineVote(at, { expulsion: 7 }));
    expectRefused(
      snapshot,
      disciplineVote(
        at,
        { dismissal: 7, standing: 'probationary' },
        { subjectMemberId: undefined },
      ),
    );
  });

  it("R-VOTE-3 refuses a vote whose standing contradicts the cell's list", () => {
    const { snapshot, at } = march();
    const refusal = expectRefused(
      snapshot,
      disciplineVote(at, { dismissal: 7, standing: 'official' }),
    );
    expect(refusal?.reason.en).toContain('"m15"');
    expect(refusal?.reason.vi).toContain('đảng viên dự bị');
  });

  it('R-VOTE-3 records a warning of a probationary member, and its tally is decided by the cell', () => {
    const { snapshot, at } = march();
    const vote = accepted(snapshot, disciplineVote(at, { warning: 7 }));
    if (!vote?.base) throw new Error('the machine records the base');
    const tally = tallyVote(vote, vote.base);
    expect(tally.discipline).toMatchObject({
      adopted: 'warning',
      outcome: 'decided',
    });
    expect(tally.texts[0]).toBe('296-QĐ/TW');
  });

  it("R-VOTE-3 records an official member's case that is a higher committee's: the tally is a proposal", () => {
    const { snapshot, at } = march();
    const vote = accepted(
      snapshot,
      disciplineVote(
        at,
        { dismissal: 7, competence: 'higher-committee' },
        { subjectMemberId: 'm13' },
      ),
    );
    expect(vote?.discipline?.competence).toBe('higher-committee');
    if (!vote?.base) throw new Error('the machine records the base');
    expect(tallyVote(vote, vote.base).discipline?.outcome).toBe('proposed');
  });

  it('R-VOTE-3 before 2025-05-30 (22-QĐ/TW) the same ballots are recorded: old records keep their verdicts', () => {
    const before = thematic('2025-05-27T19:30:00+07:00');
    const vote = accepted(
      before.snapshot,
      disciplineVote(before.at, { warning: 2, dismissal: 5 }),
    );
    if (!vote?.base) throw new Error('the machine records the base');
    expect(tallyVote(vote, vote.base).texts[0]).toBe('22-QĐ/TW');
    const from = thematic('2025-05-30T19:30:00+07:00');
    expectRefused(
      from.snapshot,
      disciplineVote(from.at, { warning: 2, dismissal: 5 }),
    );
  });
});
