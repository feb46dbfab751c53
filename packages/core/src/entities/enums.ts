import { z } from 'zod';

/**
 * Every closed vocabulary of the domain (DOMAIN.md §1), as zod enums. Each
 * value has a Vietnamese and an English label in `i18n/` (see `getLabel`).
 */

/** The versioned rule sets (R-SET-1). */
export const RuleSetId = z.enum(['HD12-2018', 'HD42-2025']);
export type RuleSetId = z.infer<typeof RuleSetId>;

/** The level of a Party committee above a cell (Đảng bộ). */
export const CommitteeLevel = z.enum([
  'grassroots',
  'upper-grassroots',
  'province',
  'central',
]);
export type CommitteeLevel = z.infer<typeof CommitteeLevel>;

/** A grassroots cell, or a cell under a grassroots committee (DOMAIN §1). */
export const CellKind = z.enum(['grassroots', 'subordinate']);
export type CellKind = z.infer<typeof CellKind>;

/** Where the cell is: a residential area, an agency, a school… (DOMAIN §1). */
export const CellSector = z.enum([
  'residential',
  'agency',
  'public-service',
  'enterprise',
  'school',
  'armed-forces',
]);
export type CellSector = z.infer<typeof CellSector>;

/** Full member or probationary member (R-CELL-2). */
export const MemberStanding = z.enum(['official', 'probationary']);
export type MemberStanding = z.infer<typeof MemberStanding>;

/** How a member is attached to this cell (R-CELL-3, SHT). */
export const MemberAttachment = z.enum([
  'regular',
  'temporary-in',
  'temporary-out',
]);
export type MemberAttachment = z.infer<typeof MemberAttachment>;

/** Leadership roles in the cell (R-CELL-1). */
export const MemberRole = z.enum([
  'secretary',
  'deputy-secretary',
  'committee-member',
]);
export type MemberRole = z.infer<typeof MemberRole>;

/** Proceedings that take a member out of the voting base (R-VOTE-1). */
export const LegalProceedings = z.enum(['prosecuted', 'indicted', 'detained']);
export type LegalProceedings = z.infer<typeof LegalProceedings>;

/** Regular (monthly) or thematic meeting (R-FREQ-1, R-FREQ-2). */
export const MeetingKind = z.enum(['regular', 'thematic']);
export type MeetingKind = z.infer<typeof MeetingKind>;

/** In person, online or both (R-ONLINE-1). */
export const MeetingMode = z.enum(['in-person', 'online', 'hybrid']);
export type MeetingMode = z.infer<typeof MeetingMode>;

/** Where a meeting stands in its life (§4.3). */
export const MeetingStatus = z.enum([
  'planned',
  'in-progress',
  'closed',
  'postponed',
  'cancelled',
]);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/** A guest's role at the meeting: an upper-level supervisor, or another guest. */
export const GuestRole = z.enum(['supervisor', 'guest']);
export type GuestRole = z.infer<typeof GuestRole>;

/** Roll-call statuses (DOMAIN §1). */
export const AttendanceStatus = z.enum([
  'present',
  'absent-excused',
  'absent-unexcused',
]);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** Show of hands or secret ballot (R-VOTE-3, R-VOTE-4). */
export const VoteMode = z.enum(['show-of-hands', 'secret-ballot']);
export type VoteMode = z.infer<typeof VoteMode>;

/** A ballot's choice: tán thành / không tán thành / ý kiến khác. */
export const VoteChoice = z.enum(['for', 'against', 'abstain']);
export type VoteChoice = z.infer<typeof VoteChoice>;

/** What a vote decides; it chooses the majority rule (R-VOTE-1..4). */
export const VoteSubject = z.enum([
  'resolution',
  'conclusion',
  'rating',
  'minutes',
  'admission',
  'confirmation',
  'exemption',
  'removal',
  'discipline',
  'election',
]);
export type VoteSubject = z.infer<typeof VoteSubject>;

/** Disciplinary forms, mildest first (R-VOTE-3). */
export const DisciplineForm = z.enum([
  'reprimand',
  'warning',
  'dismissal',
  'expulsion',
]);
export type DisciplineForm = z.infer<typeof DisciplineForm>;

/**
 * Who decides a discipline case (R-VOTE-3, v2): the cell, or a higher
 * committee, when the member sits on a grassroots committee or above, or is
 * a cadre a higher committee manages, and the breach concerns duties that
 * level assigned. The cell then only proposes.
 */
export const DisciplineCompetence = z.enum(['cell', 'higher-committee']);
export type DisciplineCompetence = z.infer<typeof DisciplineCompetence>;

/** Whether the cell decided the adopted form or proposed it upward (R-VOTE-3). */
export const DisciplineOutcome = z.enum(['decided', 'proposed']);
export type DisciplineOutcome = z.infer<typeof DisciplineOutcome>;

/** The state of a resolution task (R-TASK-1). */
export const TaskStatus = z.enum(['open', 'done', 'partly-done', 'not-done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Quality levels of a meeting (R-RATE-2). */
export const RatingLevel = z.enum(['good', 'fair', 'average', 'poor']);
export type RatingLevel = z.infer<typeof RatingLevel>;

/** How serious a rule finding is. */
export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Why a member is left out of the voting base (R-VOTE-1, R-CELL-2, R-CELL-3). */
export const VotingBaseExclusion = z.enum([
  'probationary',
  'temporary-in',
  'temporary-out',
  'suspended',
  'legal-proceedings',
  'exempt-absent',
  'special-duty-absent',
  'absent-excused',
]);
export type VotingBaseExclusion = z.infer<typeof VotingBaseExclusion>;

/** Why a member is not expected at a meeting (R-ATT-1). */
export const NotExpectedReason = z.enum([
  'exempt',
  'temporary-out',
  'special-duty',
  'suspended',
]);
export type NotExpectedReason = z.infer<typeof NotExpectedReason>;

/** Where a member stands under R-ATT-3 in a calendar year. */
export const SanctionStatus = z.enum(['clear', 'warning', 'removal-candidate']);
export type SanctionStatus = z.infer<typeof SanctionStatus>;

/** One month's dues: paid, unpaid, or unpaid with a valid reason (R-ATT-3). */
export const DuesStatus = z.enum(['paid', 'unpaid', 'excused']);
export type DuesStatus = z.infer<typeof DuesStatus>;
