import { z } from 'zod';
import { DisciplineForm } from '../entities/enums';
import { CivilDate, Id, Text } from '../entities/primitives';
import type { LocalizedText } from '../i18n/labels';
import { AnnualLevel } from './annualLevel';
import { AnnualFactKey } from './annualSheet';

/**
 * A figure of the year computed from the records (R-YEAR-1): a share with
 * the records it counted, so a reviewer sees where it comes from.
 */
export const YearFact = z.strictObject({
  part: z.number().finite().min(0),
  whole: z.number().finite().min(0),
  /** Where the figure comes from, in words. */
  source: z.strictObject({ vi: z.string(), en: z.string() }),
  /** The records counted: meeting ids, months (`YYYY-MM`). */
  refs: z.array(z.string()),
});
export type YearFact = z.infer<typeof YearFact>;

/** The computed figures of one member or organisation, by fact. */
export const AnnualFacts = z.partialRecord(AnnualFactKey, YearFact);
export type AnnualFacts = z.infer<typeof AnnualFacts>;

/** A disciplinary decision (R-YEAR-1's gate; R-RATE-5). */
export const AnnualDiscipline = z.strictObject({
  /** The member (or, for an organisation, the organisation) disciplined. */
  memberId: Id,
  form: DisciplineForm,
  /** The civil date of the decision (Viet Nam). */
  decidedOn: CivilDate,
});
export type AnnualDiscipline = z.infer<typeof AnnualDiscipline>;

/**
 * What the review of one member or organisation starts from (R-YEAR-1): the
 * points people gave (366-QĐ/TW), or the level they judged (124-QĐ/TW, no
 * points), the figures computed from the records, and the disciplinary
 * decisions.
 */
export const AnnualReviewEntry = z.strictObject({
  subjectId: Id,
  name: Text.optional(),
  /** The points of each `input` criterion of the sheet, by id (366-QĐ/TW). */
  inputs: z.record(z.string(), z.number()).optional(),
  /** The level people judged, for a year under 124-QĐ/TW (no points). */
  level: AnnualLevel.optional(),
  facts: AnnualFacts.optional(),
  /** Decisions against the subject itself. */
  disciplines: z.array(AnnualDiscipline).optional(),
  /** For an organisation: decisions against its members (R-RATE-5's gate). */
  memberDisciplines: z.array(AnnualDiscipline).optional(),
});
export type AnnualReviewEntry = z.input<typeof AnnualReviewEntry>;

/** One criterion's outcome in a review. */
export interface AnnualCriterionResult {
  criterionId: string;
  label: LocalizedText;
  /** `input`: judged by people; `record`: computed from the records. */
  source: 'input' | 'record';
  maxPoints: number;
  /** `null` when the input or the figure is missing. */
  score: number | null;
  reason: LocalizedText;
  /** For a computed criterion: the records it counted. */
  refs: string[];
}

/** A gate that lowered (or would lower) a level. */
export interface AnnualGateResult {
  gateId: string;
  label: LocalizedText;
  maxLevel: AnnualLevel;
  rule: 'R-YEAR-1' | 'R-RATE-5';
  /** The decisions that closed the gate. */
  disciplines: AnnualDiscipline[];
}

/** The annual review of one member or organisation (R-YEAR-1). */
export interface AnnualReview {
  subjectId: string;
  name?: string | undefined;
  subject: 'member' | 'organisation';
  year: number;
  /** The text on annual rating applied: `'366-QĐ/TW'` or `'124-QĐ/TW'` (R-SET-1). */
  regulation: string;
  /** `'points'` under 366-QĐ/TW; `'levels'` (judged, no points) before it. */
  scale: 'points' | 'levels';
  /** The points (to the hundredth); `null` before 366 or while incomplete. */
  total: number | null;
  /** The level of the points (or the judged level), before gates and cap. */
  scoredLevel: AnnualLevel | null;
  /** The level after the gates (and an enforced cap); `null` while incomplete. */
  level: AnnualLevel | null;
  criteria: AnnualCriterionResult[];
  /** The criteria whose input or figure is missing. */
  missing: string[];
  gates: AnnualGateResult[];
  reasons: LocalizedText[];
}
