import { z } from 'zod';
import { Attendance } from '../entities/attendance';
import {
  MeetingKind,
  MeetingStatus,
  RatingLevel,
  RuleSetId,
} from '../entities/enums';
import { DateTime, Id, Text } from '../entities/primitives';
import { ResolutionTask, TaskReview } from '../entities/resolution';
import { MembersArgument } from '../rules/ruleArguments';

// What `summariseCellYear` reads of a meeting record (R-YEAR-3), checked
// with the entities' own schemas for those fields: a full `MeetingRecord`
// passes, and the summary does not carry the whole record's schema (and its
// cross-checks, which the host ran when it stored the record) in its bundle.

/** A meeting as the summary reads it. */
export const CellYearMeeting = z.looseObject({
  id: Id,
  kind: MeetingKind,
  theme: Text.optional(),
  scheduledAt: DateTime,
  ruleSet: RuleSetId.optional(),
  status: MeetingStatus.default('planned'),
  attendance: z.array(Attendance).default([]),
  opinions: z.array(z.unknown()).default([]),
  taskReviews: z.array(TaskReview).default([]),
  resolution: z
    .looseObject({ tasks: z.array(ResolutionTask).default([]) })
    .optional(),
  rating: z
    .looseObject({
      approvedLevel: RatingLevel.optional(),
      proposedLevel: RatingLevel.optional(),
    })
    .optional(),
});

/** A meeting record as the summary reads it: the cell, its members, the meeting. */
export const CellYearRecordArgument = z.looseObject({
  cell: z.looseObject({
    id: Id,
    name: Text,
    parent: z.looseObject({ name: Text }),
    placeName: Text.optional(),
  }),
  members: MembersArgument,
  meeting: CellYearMeeting,
});
export type ParsedCellYearRecord = z.output<typeof CellYearRecordArgument>;
