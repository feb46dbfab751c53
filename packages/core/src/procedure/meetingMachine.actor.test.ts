import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parseMeetingRecord } from '../entities/parse';
import { attendanceSummary } from '../rules/attendanceSummary';
import { checkMeetingDuration } from '../rules/meetingDuration';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { createMeetingActor } from './createMeetingActor';
import { getMeetingRecord } from './getMeetingRecord';
import { meetingMachine } from './meetingMachine';

function runMarch() {
  const actor = createMeetingActor(marchInput());
  actor.start();
  for (const event of marchEvents()) actor.send(event);
  return actor;
}

describe('meetingMachine actor: the March 2027 meeting of Chi bộ thôn Trang Nùng (SCENARIO.md)', () => {
  it('drives the whole meeting to closed with no event refused', () => {
    const actor = runMarch();
    const snapshot = actor.getSnapshot();
    expect(snapshot.context.rejected).toEqual([]);
    expect(snapshot.value).toBe('closed');
  });

  it('yields the record SCENARIO.md describes (R-ATT-1, R-VOTE-1, R-TASK-1, R-DUR-1)', () => {
    const record = getMeetingRecord(runMarch());
    const expected = parseMeetingRecord(marchRecord);
    const { votes: expectedVotes, ...expectedMeeting } = expected.meeting;
    expect(record.meeting).toMatchObject(expectedMeeting);
    expect(record.meeting.votes[0]).toMatchObject(expectedVotes[0] ?? {});
    expect(record.meeting.attendance).toHaveLength(16);
    expect(record.meeting.opinions.map((o) => o.id)).toEqual([
      'op1',
      'op2',
      'op3',
      'op4',
      'op5',
      'op6',
    ]);
    const summary = attendanceSummary(record.meeting, record.members);
    expect(summary.present.memberIds).toHaveLength(15);
    expect(summary.rate.value).toBe(15 / 16);
    // R-VOTE-1 (v2, 294-QĐ/TW): Mai, absent with a reason, counts.
    expect(record.meeting.votes[0]?.base?.size).toBe(13);
    expect(record.meeting.resolution?.adoptedAt).toBe(
      '2027-03-09T20:55:00+07:00',
    );
    expect(checkMeetingDuration(record.meeting, record.cell).minutes).toBe(105);
  });

  it('keeps the three steps of the rating (R-RATE-3)', () => {
    const { rating } = getMeetingRecord(runMarch()).meeting;
    expect(rating).toMatchObject({
      schemeId: 'an-phu-hd42',
      proposedScore: 87,
      proposedLevel: 'fair',
      proposedAt: '2027-03-09T21:00:00+07:00',
      approvedLevel: 'fair',
      approvalVoteId: 'v2',
      confirmedBy: { name: 'Triệu Văn Long', guestId: 'g01' },
    });
  });

  it('publishes after closing', () => {
    const actor = runMarch();
    actor.send({ type: 'PUBLISH', at: '2027-03-10T08:00:00+07:00' });
    expect(actor.getSnapshot().value).toBe('published');
    expect(getMeetingRecord(actor).meeting.timeline.publishedAt).toBe(
      '2027-03-10T08:00:00+07:00',
    );
  });

  it('createActor with bad input ends in an error snapshot holding the ChiboError', () => {
    const actor = createActor(meetingMachine, {
      input: { ...marchInput(), members: [] },
    });
    actor.subscribe({ error: () => {} });
    actor.start();
    expect(actor.getSnapshot().status).toBe('error');
  });
});
