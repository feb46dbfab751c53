import { z } from 'zod';
import { Attendance } from '../entities/attendance';
import { Cell } from '../entities/cell';
import { DuesPayment } from '../entities/dues';
import {
  DisciplineForm,
  RuleSetId,
  VoteMode,
  VoteSubject,
} from '../entities/enums';
import { MeetingTimeline } from '../entities/meeting';
import { Member } from '../entities/member';
import { DateTime, Id } from '../entities/primitives';
import { RegulationId } from './regulations';

// What the rules read of their arguments, for `guardArguments`: a wrong
// argument is a ChiboError naming it (issue 13 §4). The rules take the
// parsed entities, or any object with the fields they read.

/** The fields of a meeting the rules read. */
export const MeetingArgument = z.looseObject({
  id: Id.optional(),
  scheduledAt: DateTime,
  ruleSet: RuleSetId.optional(),
  attendance: z.array(Attendance),
  timeline: MeetingTimeline.optional(),
});

/** A list of meetings, as the yearly rules take it. */
export const MeetingsArgument = z.array(MeetingArgument);

/** The members of the cell. */
export const MembersArgument = z.array(Member);

/** The fields of a cell the rules read. */
export const CellArgument = z.looseObject(Cell.shape).partial();

/** Member ids. */
export const IdsArgument = z.array(Id);

/** A record: the cell, the members and the meeting. */
export const RecordArgument = z.looseObject({
  cell: CellArgument,
  members: MembersArgument,
  meeting: MeetingArgument,
});

/** The options the rules share. */
export const RuleOptionsArgument = z.looseObject({
  ruleSet: RuleSetId.optional(),
  temporaryInVotes: z.boolean().optional(),
  charter: RegulationId.optional(),
  suspendedConvened: z.boolean().optional(),
  suspendedExpected: z.boolean().optional(),
  specialCharacter: z.boolean().optional(),
  combined: z.boolean().optional(),
  at: DateTime.optional(),
  history: MeetingsArgument.optional(),
  dues: z.array(DuesPayment).optional(),
});

/** A year: a safe integer. */
export const YearArgument = z.number().int();

/** What `tallyVote` reads of a vote (its counts are checked as `invalid-vote`). */
export const TallyInputArgument = z.looseObject({
  subject: VoteSubject,
  mode: VoteMode,
  discipline: z.partialRecord(DisciplineForm, z.unknown()).optional(),
});

/**
 * A voting base: its size, or the size with its rule set (a size that is not
 * a whole number is `tallyVote`'s own `invalid-vote`).
 */
export const TallyBaseArgument = z.union([
  z.number(),
  z.nan(),
  z.looseObject({ ruleSet: RuleSetId.optional() }),
]);

/** The majority `tallyVote` applies. */
export const MajorityKindArgument = z
  .enum(['more-than-half', 'two-thirds', 'discipline'])
  .optional();

/** A yes-or-no option. */
export const FlagArgument = z.boolean();
