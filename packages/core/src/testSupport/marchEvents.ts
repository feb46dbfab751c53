// Test fixture (not exported): the March 2027 meeting of Chi bộ thôn Trang
// Nùng (SCENARIO.md) as the events a host sends the meeting machine.
import {
  februaryResolution,
  marchMeeting,
  marchRecord,
  marchEvents as scenarioEvents,
  thematicMeetingQ1,
} from '@chibo/scenario';
import type { MeetingInput } from '../procedure/meetingContext';
import type { MeetingEvent } from '../procedure/meetingEvents';

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

/** Every event of the March meeting, in order, up to the closing (SCENARIO.md). */
export function marchEvents(): MeetingEvent[] {
  return Object.values(scenarioEvents).flatMap(
    (phase) => JSON.parse(JSON.stringify(phase)) as MeetingEvent[],
  );
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
