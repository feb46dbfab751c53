import type { z } from 'zod';
import type * as enums from '../entities/enums';

/** The zod schema of each labelled enum, by its name in the label tables. */
export type EnumSchemas = {
  ruleSet: typeof enums.RuleSetId;
  committeeLevel: typeof enums.CommitteeLevel;
  cellKind: typeof enums.CellKind;
  cellSector: typeof enums.CellSector;
  standing: typeof enums.MemberStanding;
  attachment: typeof enums.MemberAttachment;
  role: typeof enums.MemberRole;
  legalProceedings: typeof enums.LegalProceedings;
  meetingKind: typeof enums.MeetingKind;
  meetingMode: typeof enums.MeetingMode;
  meetingStatus: typeof enums.MeetingStatus;
  guestRole: typeof enums.GuestRole;
  attendanceStatus: typeof enums.AttendanceStatus;
  voteMode: typeof enums.VoteMode;
  voteChoice: typeof enums.VoteChoice;
  voteSubject: typeof enums.VoteSubject;
  disciplineForm: typeof enums.DisciplineForm;
  disciplineCompetence: typeof enums.DisciplineCompetence;
  disciplineOutcome: typeof enums.DisciplineOutcome;
  taskStatus: typeof enums.TaskStatus;
  ratingLevel: typeof enums.RatingLevel;
  severity: typeof enums.Severity;
  votingBaseExclusion: typeof enums.VotingBaseExclusion;
  notExpectedReason: typeof enums.NotExpectedReason;
  sanctionStatus: typeof enums.SanctionStatus;
  duesStatus: typeof enums.DuesStatus;
};

/** The name of one of the domain's enums, as used by `getLabel`. */
export type LabelledEnum = keyof EnumSchemas;

/** The values of one labelled enum. */
export type LabelledValue<TEnum extends LabelledEnum> = z.infer<
  EnumSchemas[TEnum]
>;

/** A full label table for one language: every value of every enum. */
export type LabelTable = {
  [TEnum in LabelledEnum]: Record<LabelledValue<TEnum>, string>;
};

/** A language chibo writes in. Vietnamese is the default. */
export type Locale = 'vi' | 'en';

/** A text in both languages. */
export interface LocalizedText {
  vi: string;
  en: string;
}
