import { checkArgument, guardArguments } from '../entities/checkArgument';
import type { RuleSetId } from '../entities/enums';
import { MeetingRecord } from '../entities/meetingRecord';
import { ChiboError } from '../errors';
import {
  type AttendanceSummary,
  type AttendanceSummaryOptions,
  attendanceSummary,
} from '../rules/attendanceSummary';
import {
  checkMeetingDuration,
  type MeetingDuration,
} from '../rules/meetingDuration';
import { getMeetingRuleSet, type RuleSet } from '../rules/ruleSets';
import { tallyVote, type VoteTally } from '../rules/tallyVote';
import { recordVotingBase } from '../rules/votingBase';
import { parseInstant, toVietNamDateTime } from '../time';
import { RatingFactsOptionsArgument } from './ratingArguments';

/** The options that shape the facts a rating reads. */
/**
 * The planned close of a meeting that has not closed yet: what
 * {@link RatingFactsOptions.plannedClosing} takes.
 */
export interface PlannedClosing {
  /** When the minutes are to be approved. @defaultValue not assumed: the step counts as not done */
  minutesApprovedAt?: string | Date | undefined;
  /** When the meeting is to end. */
  endedAt: string | Date;
}

export interface RatingFactsOptions {
  /**
   * The cell's earlier meetings of the year, for R-ATT-2's "no more than 3
   * excused absences in a row" (An Phú's attendance bonus, the 12-HD
   * condition). Pass `[]` when this is the first meeting of the year.
   * @defaultValue undefined: criteria that need it are reported missing
   */
  history?: AttendanceSummaryOptions['history'];
  /** A rule set to pin (R-SET-1). @defaultValue the meeting's own */
  ruleSet?: RuleSetId | undefined;
  /**
   * The meeting shares a session with another (R-FREQ-3): the 120-minute
   * minimum applies to the duration criteria (R-DUR-1).
   * @defaultValue false
   */
  combined?: boolean | undefined;
  /**
   * Rate at the rating step, before the close. The rating comes before the
   * minutes are read back and the end time is recorded (DOMAIN.md §4.3), so
   * the chi ủy's proposal scores the duration and the closing steps as
   * planned: these times stand in for the ones the record does not have yet
   * (a time the record has is kept). Rate the closed record again to check
   * that the proposal held (R-RATE-3).
   * @defaultValue none: without an end time the duration is missing
   */
  plannedClosing?: PlannedClosing | undefined;
}

/** Who spoke: present members who gave an opinion (guests do not count). */
export interface SpeakerFacts {
  /** Members recorded present. */
  present: number;
  /** Present members who gave at least one opinion. */
  speakerIds: string[];
}

/**
 * What the record says, computed once per rating and shared by the criteria:
 * each field is computed the first time a criterion reads it.
 */
export interface RatingFacts {
  readonly record: MeetingRecord;
  readonly ruleSet: RuleSet;
  /** The scheduled start, in epoch milliseconds. */
  readonly scheduledTime: number;
  /** The recorded start, else the scheduled one, in epoch milliseconds. */
  readonly startTime: number;
  /** R-ATT-1, R-ATT-2 (with `history` when given). */
  readonly attendance: AttendanceSummary;
  /** R-DUR-1 against the cell's minimum. */
  readonly duration: MeetingDuration;
  readonly speakers: SpeakerFacts;
  /** The tally of the vote adopting the resolution or conclusion (R-VOTE-1); `null` when none. */
  readonly resolutionVote: VoteTally | null;
}

class LazyRatingFacts implements RatingFacts {
  readonly record: MeetingRecord;
  readonly ruleSet: RuleSet;
  readonly scheduledTime: number;
  readonly startTime: number;
  readonly #options: RatingFactsOptions;
  #attendance: AttendanceSummary | undefined;
  #duration: MeetingDuration | undefined;
  #speakers: SpeakerFacts | undefined;
  #vote: VoteTally | null | undefined;

  constructor(record: MeetingRecord, options: RatingFactsOptions) {
    this.record = record;
    this.#options = options;
    this.ruleSet = getMeetingRuleSet(record.meeting, options.ruleSet);
    this.scheduledTime = parseInstant(record.meeting.scheduledAt);
    const { startedAt } = record.meeting.timeline;
    this.startTime =
      startedAt === undefined ? this.scheduledTime : parseInstant(startedAt);
  }

  get attendance(): AttendanceSummary {
    if (this.#attendance) return this.#attendance;
    const { history } = this.#options;
    const first = history !== undefined && history.length === 0;
    const summary = attendanceSummary(
      this.record.meeting,
      this.record.members,
      { ruleSet: this.ruleSet.id, history: first ? undefined : history },
    );
    if (first) {
      // The first meeting of the year: a run of excused absences is this
      // meeting alone, so it is 1 long for those absent with reason — what
      // attendanceSummary would find, without sorting an empty history.
      const { maxInRow } = summary.conditions.noLongExcusedStreak;
      const over = maxInRow >= 1 ? [] : summary.absentExcused;
      summary.conditions.noLongExcusedStreak = {
        met: over.length === 0,
        memberIds: over.map((a) => a.memberId),
        maxInRow,
        streaks: over.map((a) => ({
          memberId: a.memberId,
          length: 1,
          meetingIds: [this.record.meeting.id],
        })),
      };
      const { rateAboveThreshold: rate, noUnexcusedAbsence: unexcused } =
        summary.conditions;
      summary.meetsQualityConditions =
        rate.met === false || unexcused.met === false || over.length > 0
          ? false
          : rate.met === null || unexcused.met === null
            ? null
            : true;
    }
    this.#attendance = summary;
    return summary;
  }

  get duration(): MeetingDuration {
    this.#duration ??= checkMeetingDuration(
      this.record.meeting,
      this.record.cell,
      { ruleSet: this.ruleSet.id, combined: this.#options.combined },
    );
    return this.#duration;
  }

  get speakers(): SpeakerFacts {
    if (this.#speakers) return this.#speakers;
    const { attendance, opinions } = this.record.meeting;
    const present = new Set<string>();
    for (const line of attendance) {
      if (line.status === 'present') present.add(line.memberId);
    }
    const speakerIds: string[] = [];
    for (const opinion of opinions) {
      if (
        present.has(opinion.speakerId) &&
        !speakerIds.includes(opinion.speakerId)
      ) {
        speakerIds.push(opinion.speakerId);
      }
    }
    this.#speakers = { present: present.size, speakerIds };
    return this.#speakers;
  }

  get resolutionVote(): VoteTally | null {
    if (this.#vote !== undefined) return this.#vote;
    const { meeting } = this.record;
    const voteId = meeting.resolution?.voteId;
    const vote =
      (voteId !== undefined
        ? meeting.votes.find((v) => v.id === voteId)
        : undefined) ??
      meeting.votes.find(
        (v) => v.subject === 'resolution' || v.subject === 'conclusion',
      );
    this.#vote = vote
      ? tallyVote(
          vote,
          vote.base ??
            recordVotingBase(this.record, { ruleSet: this.ruleSet.id }),
        )
      : null;
    return this.#vote;
  }
}

/**
 * The facts of a record that rating criteria read, computed lazily and once.
 * `rateMeeting` builds them; call it yourself to test a criterion.
 *
 * @param record - a parsed meeting record.
 * @param options - history, rule set, combined session.
 * @returns the facts.
 * @throws ChiboError (`invalid-argument`) for options that are not valid, or
 *   a record that is not a `MeetingRecord`.
 * @example
 * ```ts
 * const facts = createRatingFacts(parseMeetingRecord(marchRecord), { history: [] });
 * facts.attendance.rate.value; // 0.9375
 * facts.speakers.speakerIds.length; // 5
 * ```
 */
export function createRatingFacts(
  record: MeetingRecord,
  options: RatingFactsOptions = {},
): RatingFacts {
  if (!isUsualOptions(options)) {
    checkArgument('options', RatingFactsOptionsArgument, options);
  }
  return guardArguments(
    [['record', MeetingRecord, record]],
    () =>
      new LazyRatingFacts(
        withPlannedClosing(record, options.plannedClosing),
        options,
      ),
  );
}

/**
 * The usual options (a history, a combined flag), checked without zod: this
 * is on `rateMeeting`'s hot path. Anything else goes through
 * `RatingFactsOptionsArgument` for the full report.
 */
function isUsualOptions(options: RatingFactsOptions): boolean {
  if (typeof options !== 'object' || options === null) return false;
  const { history, combined, plannedClosing } = options;
  return (
    !Array.isArray(options) &&
    (history === undefined || Array.isArray(history)) &&
    (combined === undefined || typeof combined === 'boolean') &&
    plannedClosing === undefined
  );
}

/** The record with the planned closing times where it has none yet. */
function withPlannedClosing(
  record: MeetingRecord,
  planned: PlannedClosing | undefined,
): MeetingRecord {
  if (planned === undefined) return record;
  const timeline = { ...record.meeting.timeline };
  timeline.endedAt ??= plannedTime(planned, 'endedAt');
  if (planned.minutesApprovedAt !== undefined) {
    timeline.minutesApprovedAt ??= plannedTime(planned, 'minutesApprovedAt');
  }
  return { ...record, meeting: { ...record.meeting, timeline } };
}

function plannedTime(
  planned: PlannedClosing,
  key: keyof PlannedClosing,
): string {
  const value = planned[key];
  try {
    if (value !== undefined) return toVietNamDateTime(value);
  } catch {}
  throw new ChiboError(
    'invalid-argument',
    {
      vi: `Thời điểm dự kiến "${key}" không phải ngày giờ hợp lệ.`,
      en: `The planned "${key}" is not a valid date and time.`,
    },
    {
      issues: [
        {
          path: ['plannedClosing', key],
          code: 'invalid_type',
          message: {
            vi: `Cần ngày giờ ISO 8601 hoặc Date, nhận được ${String(value)}.`,
            en: `Expected an ISO 8601 date-time or a Date, got ${String(value)}.`,
          },
          rule: 'R-RATE-3',
        },
      ],
    },
  );
}
