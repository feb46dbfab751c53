// Test fixture (not exported): the March 2027 meeting of Chi bộ thôn Trang
// Nùng (SCENARIO.md) as the events a host sends the meeting machine.
import {
  februaryResolution,
  marchMeeting,
  marchRecord,
  supervisor,
} from '@chibo/scenario';
import type { MeetingInput } from './meetingContext';
import type { MeetingEvent } from './meetingEvents';

const day = (time: string) => `2027-03-09T${time}:00+07:00`;

/** The March meeting as planned: no roll call, opinions or votes yet. */
export function marchInput(): MeetingInput {
  return {
    cell: marchRecord.cell,
    members: marchRecord.members,
    previousResolution: februaryResolution,
    meeting: {
      id: marchMeeting.id,
      cellId: marchMeeting.cellId,
      kind: 'regular',
      scheduledAt: marchMeeting.scheduledAt,
      place: marchMeeting.place,
      mode: 'in-person',
    },
  } as unknown as MeetingInput;
}

/** Every event of the March meeting, in order, up to the closing. */
export function marchEvents(): MeetingEvent[] {
  const m = marchMeeting;
  return [
    {
      type: 'CONTENT_PREPARED',
      at: m.timeline.contentPreparedAt,
      draft: { id: m.resolution.id, summary: m.resolution.summary },
    },
    { type: 'COMMITTEE_MET', at: m.timeline.committeeMetAt },
    { type: 'NOTICE_SENT', at: m.timeline.noticeSentAt },
    { type: 'MATERIALS_POSTED', at: m.timeline.materialsPostedAt },
    { type: 'OPEN', at: m.timeline.startedAt, chairId: m.chairId },
    { type: 'PURPOSE_STATED', at: day('19:31') },
    { type: 'GUESTS_INTRODUCED', at: day('19:32'), guests: [supervisor] },
    {
      type: 'ROLL_CALL',
      at: day('19:35'),
      lines: m.attendance.map((line) => ({ ...line })),
    },
    {
      type: 'AGENDA_APPROVED',
      at: m.timeline.agendaApprovedAt,
      agenda: m.agenda.map((item) => ({ ...item })),
    },
    {
      type: 'RECORDER_APPOINTED',
      at: m.timeline.recorderAppointedAt,
      memberId: m.recorderId,
    },
    { type: 'START_PROCEEDINGS', at: day('19:40') },
    { type: 'CURRENT_AFFAIRS', at: day('19:40') },
    ...m.taskReviews.map(
      (review, i): MeetingEvent => ({
        type: 'TASK_REVIEWED',
        at: day(`19:${50 + i}`),
        review: JSON.parse(JSON.stringify(review)),
      }),
    ),
    { type: 'IDEOLOGY_DISCUSSED', at: day('20:05') },
    { type: 'PRAISE_CRITICISM', at: day('20:10') },
    ...m.resolution.tasks.map(
      (task, i): MeetingEvent => ({
        type: 'TASK_ADDED',
        at: day(`20:1${5 + i}`),
        task: JSON.parse(JSON.stringify(task)),
      }),
    ),
    ...m.opinions.map(
      (opinion, i): MeetingEvent => ({
        type: 'OPINION',
        at: day(`20:${25 + 3 * i}`),
        opinion: { ...opinion },
      }),
    ),
    { type: 'CONCLUDE', at: m.timeline.concludedAt, conclusion: m.conclusion },
    {
      type: 'VOTE',
      at: day('20:55'),
      vote: {
        id: 'v1',
        subject: 'resolution',
        mode: 'show-of-hands',
        for: 12,
        against: 0,
        abstain: 0,
        agendaItemId: 'a5',
      },
    },
    { type: 'START_RATING', at: day('21:00') },
    {
      type: 'RATING_PROPOSED',
      at: day('21:00'),
      rating: {
        schemeId: 'an-phu-hd42',
        ruleSet: 'HD42-2025',
        proposedScore: 93,
        proposedLevel: 'good',
      },
    },
    {
      type: 'RATING_APPROVED',
      at: day('21:05'),
      level: 'good',
      vote: { id: 'v2', for: 12, against: 0, abstain: 0 },
    },
    { type: 'RATING_CONFIRMED', at: day('21:06'), guestId: 'g01' },
    { type: 'MINUTES_READ', at: day('21:08') },
    { type: 'MINUTES_APPROVED', at: m.timeline.minutesApprovedAt },
    { type: 'CLOSE', at: m.timeline.endedAt },
  ];
}
