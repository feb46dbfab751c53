import type { Attendance } from '../entities/attendance';
import type { AgendaItem, Meeting, MeetingTimeline } from '../entities/meeting';
import type { MeetingRecord } from '../entities/meetingRecord';
import type { Vote } from '../entities/vote';
import { approveRating, getRatingApprovalProblem } from '../rating/ratingSteps';
import { findBallotExcess } from '../rules/ballotCount';
import { tallyVote } from '../rules/tallyVote';
import { recordVotingBase } from '../rules/votingBase';
import type { MeetingEventType, ParsedMeetingEvent } from './meetingEvents';

/** The timeline field each step event sets. */
const TIMELINE_OF: Partial<Record<MeetingEventType, keyof MeetingTimeline>> = {
  CONTENT_PREPARED: 'contentPreparedAt',
  COMMITTEE_MET: 'committeeMetAt',
  DRAFT_APPROVED: 'draftApprovedAt',
  NOTICE_SENT: 'noticeSentAt',
  MATERIALS_POSTED: 'materialsPostedAt',
  OPEN: 'startedAt',
  FLAG_SALUTE: 'flagSalutedAt',
  DUES_COLLECTED: 'duesCollectedAt',
  PURPOSE_STATED: 'purposeStatedAt',
  GUESTS_INTRODUCED: 'guestsIntroducedAt',
  AGENDA_APPROVED: 'agendaApprovedAt',
  RECORDER_APPOINTED: 'recorderAppointedAt',
  CURRENT_AFFAIRS: 'currentAffairsAt',
  IDEOLOGY_DISCUSSED: 'ideologyDiscussedAt',
  PRAISE_CRITICISM: 'praiseCriticismAt',
  THEME_PRESENTED: 'themePresentedAt',
  CONCLUDE: 'concludedAt',
  MINUTES_READ: 'minutesReadAt',
  MINUTES_APPROVED: 'minutesApprovedAt',
  CLOSE: 'endedAt',
  PUBLISH: 'publishedAt',
};

/**
 * `{ ...object, ...fields }`: the same keys in the same order. Every copy of
 * the record goes through it. V8 (Node 20) adds a new property to a spread
 * copy through a slow path (about 0.4 µs) that gives the copy a map of its
 * own; the meetings of a run then have so many maps that each spread site
 * goes megamorphic and every later copy is slow. `Object.assign` costs the
 * same whatever the maps.
 */
function withFields<T extends object, F extends object>(
  object: T,
  fields: F,
): Omit<T, keyof F> & F {
  return Object.assign({}, object, fields);
}

/** `list` without the entries `items` replace, then `items` (in their order). */
function upsert<T>(
  list: readonly T[],
  items: readonly T[],
  key: (t: T) => string,
): T[] {
  if (items.length === 1) {
    // The usual case (one roll-call line, one review): no set, one copy.
    const item = items[0] as T;
    const k = key(item);
    const out: T[] = [];
    for (const x of list) if (key(x) !== k) out.push(x);
    out.push(item);
    return out;
  }
  const keys = new Set(items.map(key));
  return [...list.filter((x) => !keys.has(key(x))), ...items];
}

/**
 * The meeting with the fields given set on one agenda item (R-DOC-6b); a
 * field the event leaves out keeps what the item holds.
 */
function withAgendaItem(
  meeting: Meeting,
  id: string,
  fields: Partial<Omit<AgendaItem, 'id' | 'title'>>,
): Meeting {
  const given = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );
  return withFields(meeting, {
    agenda: meeting.agenda.map((item) =>
      item.id === id ? (withFields(item, given) as AgendaItem) : item,
    ),
  });
}

function recordVote(
  record: MeetingRecord,
  input: Omit<Vote, 'base' | 'at'> & { voterIds?: string[] | undefined },
  at: string,
): { meeting: Meeting; vote: Vote; passed: boolean } {
  const { meeting } = record;
  const base = recordVotingBase(record);
  const { voterIds: _voters, ...fields } = input;
  // The whole verdict is kept with the vote: its reading of point 9.3.2 and
  // the texts it rests on stay with the record (R-VOTE-1, R-SET-1).
  const vote: Vote = withFields(fields, { base, at });
  // The guards refuse a vote above the base; a host that overrides them
  // still gets a recorded, failed vote rather than a throw (R-VOTE-1).
  const passed =
    findBallotExcess(vote, base.size) === undefined &&
    tallyVote(vote, base).passed;
  return {
    meeting: withFields(meeting, { votes: [...meeting.votes, vote] }),
    vote,
    passed,
  };
}

function applyToMeeting(
  record: MeetingRecord,
  event: ParsedMeetingEvent,
): Meeting {
  const { meeting } = record;
  switch (event.type) {
    case 'CONTENT_PREPARED':
      return event.draft
        ? withFields(meeting, {
            resolution: Object.assign(
              { tasks: [], implementation: [] },
              meeting.resolution,
              event.draft,
            ),
          })
        : meeting;
    case 'OPEN':
      return withFields(meeting, {
        status: 'in-progress' as const,
        chairId: event.chairId ?? meeting.chairId,
      });
    case 'DUES_COLLECTED':
      return withFields(meeting, {
        dues: upsert(
          meeting.dues ?? [],
          event.payments,
          (p) => `${p.memberId} ${p.month}`,
        ),
      });
    case 'GUESTS_INTRODUCED':
      return withFields(meeting, {
        guests: upsert(meeting.guests, event.guests, (g) => g.id),
      });
    case 'ROLL_CALL':
      return withFields(meeting, {
        attendance: upsert<Attendance>(
          meeting.attendance,
          event.lines,
          (a) => a.memberId,
        ),
      });
    case 'AGENDA_APPROVED':
      return event.agenda
        ? withFields(meeting, { agenda: event.agenda })
        : meeting;
    case 'RECORDER_APPOINTED':
      return withFields(meeting, { recorderId: event.memberId });
    case 'ITEM_PRESENTED':
      return withAgendaItem(meeting, event.agendaItemId, {
        presenterId: event.presenterId,
        durationMinutes: event.durationMinutes,
        summary: event.summary,
      });
    case 'ITEM_CONCLUDED':
      return withAgendaItem(meeting, event.agendaItemId, {
        conclusion: event.conclusion,
        noOpinions: event.noOpinions,
      });
    case 'TASK_REVIEWED':
      return withFields(meeting, {
        taskReviews: upsert(
          meeting.taskReviews,
          [event.review],
          (r) => r.taskId,
        ),
      });
    case 'TASK_ADDED':
      return meeting.resolution
        ? withFields(meeting, {
            resolution: withFields(meeting.resolution, {
              tasks: [...meeting.resolution.tasks, event.task],
            }),
          })
        : meeting;
    case 'OPINION':
      return withFields(meeting, {
        opinions: [
          ...meeting.opinions,
          withFields(event.opinion, { at: event.at }),
        ],
      });
    case 'CONCLUDE':
      return withFields(meeting, { conclusion: event.conclusion });
    case 'VOTE': {
      const { meeting: next, passed } = recordVote(
        record,
        event.vote,
        event.at,
      );
      const adopts =
        passed &&
        (event.vote.subject === 'resolution' ||
          event.vote.subject === 'conclusion') &&
        next.resolution !== undefined;
      return adopts && next.resolution
        ? withFields(next, {
            resolution: withFields(next.resolution, {
              adoptedAt: event.at,
              voteId: event.vote.id,
            }),
          })
        : next;
    }
    case 'RATING_PROPOSED': {
      // Approval and confirmation are recorded by their own events (R-RATE-3).
      const {
        approvedLevel: _level,
        approvedQuality: _quality,
        approvedAt: _approvedAt,
        approvalVoteId: _vote,
        confirmedBy: _confirmed,
        ...proposal
      } = event.rating;
      return withFields(meeting, {
        rating: withFields(proposal, { proposedAt: event.at }),
      });
    }
    case 'RATING_APPROVED': {
      const {
        meeting: next,
        vote,
        passed,
      } = recordVote(
        record,
        withFields(event.vote, { subject: 'rating' as const }),
        event.at,
      );
      // approveRating writes the approval (R-RATE-3): a level for a
      // four-level scheme, quality for 12-HD (R-RATE-1). The guards refuse an
      // approval that fails or does not fit the proposal; a host that
      // overrides them gets the vote recorded and the rating unapproved.
      const options = {
        at: event.at,
        vote,
        level: event.level,
        quality: event.quality,
      };
      return next.rating &&
        passed &&
        getRatingApprovalProblem(next.rating, options) === undefined
        ? withFields(next, { rating: approveRating(next.rating, options) })
        : next;
    }
    case 'RATING_CONFIRMED': {
      const guest = meeting.guests.find((g) => g.id === event.guestId);
      return meeting.rating && guest
        ? withFields(meeting, {
            rating: withFields(meeting.rating, {
              confirmedBy: {
                name: guest.name,
                guestId: guest.id,
                at: event.at,
              },
            }),
          })
        : meeting;
    }
    case 'CLOSE':
      return withFields(meeting, { status: 'closed' as const });
    case 'POSTPONE':
      return withFields(meeting, {
        status: 'postponed' as const,
        postponement: { at: event.at, reason: event.reason },
      });
    case 'CANCEL':
      return withFields(meeting, {
        status: 'cancelled' as const,
        cancellation: { at: event.at, reason: event.reason },
      });
    default:
      return meeting;
  }
}

/**
 * Apply an accepted, validated event to the record: a pure function, so the
 * same events always give the same record (R-TIME-2). Every step records the
 * time it happened in `meeting.timeline`; votes are counted against the
 * voting base (R-VOTE-1) and a passed resolution vote adopts the draft.
 *
 * @param record - the record before the event.
 * @param event - the parsed event (see `checkMeetingEvent`).
 * @returns the new record; the old one is not modified.
 */
export function applyMeetingEvent(
  record: MeetingRecord,
  event: ParsedMeetingEvent,
): MeetingRecord {
  const meeting = applyToMeeting(record, event);
  const field = TIMELINE_OF[event.type];
  if (field) {
    const timeline = withFields(meeting.timeline, { [field]: event.at });
    if (meeting !== record.meeting) {
      // A fresh copy already: set the time on it rather than copy it again.
      meeting.timeline = timeline;
      return withFields(record, { meeting });
    }
    return withFields(record, { meeting: withFields(meeting, { timeline }) });
  }
  return withFields(record, { meeting });
}
