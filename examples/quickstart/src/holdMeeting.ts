import type { MeetingRecord } from '@chibo/core';
import {
  createMeetingActor,
  getMeetingRecord,
  type MeetingEvent,
  type MeetingInput,
  type RejectedEvent,
} from '@chibo/core/machine';
import { persistMeeting, restoreMeeting } from '@chibo/core/persist';
import {
  anPhuScheme,
  proposeRating,
  type RatingResult,
  rateMeeting,
} from '@chibo/core/rating';
import {
  februaryResolution,
  marchEvents,
  marchMeeting,
  marchRating,
  marchRecord,
} from '@chibo/scenario';

/** What the meeting left behind: the record, its rating, and the log. */
export interface HeldMeeting {
  /** The closed meeting's record, validated by `getMeetingRecord`. */
  record: MeetingRecord;
  /** The rating the chi ủy proposed at the rating step. */
  proposed: RatingResult;
  /** The same scheme applied to the closed record: it must agree. */
  final: RatingResult;
  /** The state the machine ended in. */
  state: string;
  /** Events the machine accepted. */
  accepted: number;
  /** Events it refused, with their reasons (the demo sends two on purpose). */
  rejected: RejectedEvent[];
  /** The size of the snapshot stored after the roll call, in bytes. */
  persistedBytes: number;
}

/**
 * The scenario keeps no roll calls of January and February 2027, so the
 * R-ATT-2 run of excused absences starts with this meeting.
 */
const ratingOptions = { history: [] };

const m = marchMeeting;
const events = (phase: readonly unknown[]) =>
  structuredClone(phase) as MeetingEvent[];

/** The meeting as planned, before anything happened: what a host stores first. */
const plannedMeeting = {
  cell: marchRecord.cell,
  members: marchRecord.members,
  previousResolution: februaryResolution,
  meeting: {
    id: m.id,
    cellId: m.cellId,
    kind: m.kind,
    scheduledAt: m.scheduledAt,
    place: m.place,
    mode: m.mode,
  },
} as unknown as MeetingInput;

/** Preparation and opening (R-PREP-1..3, DOMAIN.md §4.3 step 1). */
const openingEvents: MeetingEvent[] = [
  ...events(marchEvents.preparation),
  ...events(marchEvents.opening.slice(0, 3)),
  // Refused on purpose: proceedings cannot start before every member has
  // answered the roll call and a recorder is appointed (R-ATT-1).
  { type: 'START_PROCEEDINGS', at: '2027-03-09T19:33:00+07:00' },
  ...events(marchEvents.opening.slice(3)),
];

/** The proceedings and the vote (§4.3 steps 2–3). */
const proceedingsEvents: MeetingEvent[] = [
  ...events(marchEvents.proceedings.slice(0, -1)),
  // Refused on purpose: Giàng A Páo is exempt and was not at the meeting,
  // and only a member present may speak.
  {
    type: 'OPINION',
    at: '2027-03-09T20:50:00+07:00',
    opinion: {
      id: 'op-x',
      speakerId: 'm14',
      text: 'Ý kiến gửi qua điện thoại',
    },
  },
  ...events(marchEvents.proceedings.slice(-1)),
  ...events(marchEvents.decision),
];

/**
 * Hold the March 2027 meeting of Chi bộ thôn Trang Nùng (SCENARIO.md) on
 * `meetingMachine`, the way a host system does: store the snapshot after the
 * roll call, restore it, and go on; rate the meeting with the An Phú sheet;
 * close it; and read back the validated record.
 *
 * @returns the record, the rating and what the machine logged.
 */
export function holdMeeting(): HeldMeeting {
  const first = createMeetingActor(plannedMeeting).start();
  for (const event of openingEvents) first.send(event);

  // A host stores this JSON in its database and may crash here.
  const stored = JSON.stringify(persistMeeting(first));
  first.stop();
  const actor = restoreMeeting(stored).start();
  for (const event of proceedingsEvents) actor.send(event);

  // The rating (step 4) comes before the close (DOMAIN.md §4.3): the chi ủy
  // scores the duration and the closing steps as planned. The closed record
  // is rated again below to check that the proposal held.
  const proposed = rateMeeting(
    getMeetingRecord(actor),
    anPhuScheme,
    marchRating.inputs,
    {
      ...ratingOptions,
      plannedClosing: {
        minutesApprovedAt: m.timeline.minutesApprovedAt,
        endedAt: m.timeline.endedAt,
      },
    },
  );
  const [proposal, approval, confirmation] = events(marchEvents.rating);
  if (approval?.type !== 'RATING_APPROVED' || !proposal || !confirmation) {
    throw new Error('the scenario has no rating steps');
  }
  const closingEvents: MeetingEvent[] = [
    {
      type: 'RATING_PROPOSED',
      at: proposal.at,
      rating: proposeRating(proposed, { at: proposal.at }),
    },
    { ...approval, level: proposed.level ?? approval.level },
    confirmation,
    ...events(marchEvents.closing),
  ];
  for (const event of closingEvents) actor.send(event);

  const snapshot = actor.getSnapshot();
  actor.stop();
  const refused = snapshot.context.rejected.map((r) => r.type).join(',');
  if (snapshot.value !== 'closed' || refused !== 'START_PROCEEDINGS,OPINION') {
    throw new Error(
      `The meeting did not run as scripted (state ${String(snapshot.value)}): ${JSON.stringify(snapshot.context.rejected, null, 2)}`,
    );
  }
  const record = getMeetingRecord(snapshot);
  return {
    record,
    proposed,
    final: rateMeeting(record, anPhuScheme, marchRating.inputs, ratingOptions),
    state: String(snapshot.value),
    accepted: snapshot.context.events.length - snapshot.context.rejected.length,
    rejected: snapshot.context.rejected,
    persistedBytes: Buffer.byteLength(stored),
  };
}
