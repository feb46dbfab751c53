// Test fixture (not exported): the March 2027 meeting of Chi bộ thôn Trang
// Nùng (SCENARIO.md) as the events a host sends the meeting machine.
import {
  februaryResolution,
  marchMeeting,
  marchRecord,
  supervisor,
  thematicMeetingQ1,
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

/** `start` plus `minutes`, as an ISO instant. */
export function after(start: string, minutes: number): string {
  return new Date(Date.parse(start) + minutes * 60_000).toISOString();
}

/** The thematic meeting of SCENARIO.md, scheduled at `start` (R-PREP-3). */
export function thematicInput(start: string): MeetingInput {
  const { timeline: _timeline, ...meeting } = thematicMeetingQ1;
  return {
    ...marchInput(),
    previousResolution: undefined,
    meeting: { ...meeting, id: `cd-${start}`, scheduledAt: start },
  } as unknown as MeetingInput;
}

/** Its events: prepared the week before, held from `start` for `minutes`. */
export function thematicEvents(start: string, minutes: number): MeetingEvent[] {
  const at = (offset: number) => after(start, offset);
  const part = (share: number) => at(Math.round(minutes * share));
  return [
    { type: 'DRAFT_APPROVED', at: at(-6 * 24 * 60) },
    { type: 'NOTICE_SENT', at: at(-5 * 24 * 60) },
    { type: 'MATERIALS_POSTED', at: at(-2 * 24 * 60) },
    { type: 'OPEN', at: at(0), chairId: 'm01' },
    { type: 'PURPOSE_STATED', at: part(0.02) },
    {
      type: 'ROLL_CALL',
      at: part(0.04),
      lines: marchMeeting.attendance.map((line) => ({ ...line })),
    },
    {
      type: 'AGENDA_APPROVED',
      at: part(0.06),
      agenda: [
        { id: 'c1', title: 'Trình bày chuyên đề' },
        { id: 'c2', title: 'Thảo luận, kết luận' },
      ],
    },
    { type: 'RECORDER_APPOINTED', at: part(0.08), memberId: 'm07' },
    { type: 'START_PROCEEDINGS', at: part(0.1) },
    { type: 'THEME_PRESENTED', at: part(0.3) },
    {
      type: 'OPINION',
      at: part(0.5),
      opinion: {
        id: 'c-op1',
        speakerId: 'm12',
        agendaItemId: 'c2',
        text: 'Đề nghị mỗi đảng viên nhận bảo vệ một đoạn bìa rừng đầu nguồn.',
      },
    },
    {
      type: 'CONCLUDE',
      at: part(0.7),
      conclusion:
        'Chi bộ thống nhất học tập và làm theo gương Bác về bảo vệ rừng.',
    },
    { type: 'START_RATING', at: part(0.75) },
    {
      type: 'RATING_PROPOSED',
      at: part(0.75),
      rating: { schemeId: 'an-phu-hd42', proposedLevel: 'good' },
    },
    {
      type: 'RATING_APPROVED',
      at: part(0.8),
      level: 'good',
      vote: { id: 'c-v1', for: 12, against: 0 },
    },
    { type: 'MINUTES_READ', at: part(0.9) },
    { type: 'MINUTES_APPROVED', at: part(0.95) },
    { type: 'CLOSE', at: at(minutes) },
  ];
}
