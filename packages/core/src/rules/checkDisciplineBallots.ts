import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import {
  type DisciplineCompetence,
  DisciplineForm,
  MemberStanding,
} from '../entities/enums';
import { CivilDate, Count, DateTime } from '../entities/primitives';
import type { ChiboIssue } from '../errors';
import {
  getRegulation,
  getRegulationsInForce,
  REGULATIONS,
  type Regulation,
  RegulationId,
  RegulationLayer,
  type RegulationPins,
  type RegulationsInForce,
} from './regulations';

/**
 * The ballots of a discipline vote as the R-VOTE-3 checks read them: the
 * ballots per form, and the facts 296-QĐ/TW turns on.
 */
export interface DisciplineBallotsInput
  extends Partial<Record<DisciplineForm, number>> {
  /** The standing of the member the vote is about, on the vote's date. */
  standing?: MemberStanding | undefined;
  /** Whether the case is the cell's to decide, or a higher committee's. */
  competence?: DisciplineCompetence | undefined;
}

/** The date and pins that choose the texts a vote is judged by (R-SET-1). */
export interface VoteRegulationOptions {
  /**
   * The meeting's date (or the vote's time): the texts in force on it apply.
   * @defaultValue none: the newest texts chibo knows
   */
  at?: string | Date | undefined;
  /** Texts to pin by layer, e.g. `{ discipline: '22-QĐ/TW' }`: they win over the date. */
  regulations?: RegulationPins | undefined;
}

/** A date or an instant, as `at` takes it (R-TIME-1). */
export const AtArgument = z.union([CivilDate, DateTime]);

/** The options as `checkArgument` reads them: a misspelt key is refused. */
export const VoteRegulationOptionsArgument = z.strictObject({
  at: AtArgument.optional(),
  regulations: z
    .strictObject(
      Object.fromEntries(
        RegulationLayer.options.map((layer) => [
          layer,
          RegulationId.optional(),
        ]),
      ) as Record<RegulationLayer, z.ZodOptional<typeof RegulationId>>,
    )
    .optional(),
});

/** The ballots as `checkArgument` reads them (other keys are the caller's). */
const BallotsArgument = z.looseObject({
  ...(Object.fromEntries(
    DisciplineForm.options.map((form) => [form, Count.optional()]),
  ) as Record<DisciplineForm, z.ZodOptional<typeof Count>>),
  standing: MemberStanding.optional(),
});

/** The first day any text of the table governs: its newest texts, by date. */
const NEWEST = REGULATIONS.map((r) => r.inForceFrom)
  .sort()
  .at(-1) as string;

/**
 * The texts a vote is judged by (R-SET-1): those in force on `at`, or the
 * newest without a date; pinned texts win. Looked up on every call (a walk
 * of a small table): nothing is remembered between calls.
 *
 * @param options - the date and pins, already checked.
 * @returns one text per layer.
 * @throws ChiboError `invalid-argument` for a date that is not one, and
 *   `unknown-rule-set` for a pin of another layer.
 */
export function getVoteRegulations(
  options: VoteRegulationOptions,
): RegulationsInForce {
  return getRegulationsInForce(options.at ?? NEWEST, options.regulations);
}

/** The first text that limits a probationary member to reprimand or warning. */
const PROBATIONARY_LIMIT = getRegulation('296-QĐ/TW');

/** The forms a probationary member cannot be given under 296-QĐ/TW. */
const BARRED_FOR_PROBATIONARY: readonly DisciplineForm[] = [
  'dismissal',
  'expulsion',
];

const FORM_NAMES: Record<DisciplineForm, { vi: string; en: string }> = {
  reprimand: { vi: 'khiển trách', en: 'reprimand' },
  warning: { vi: 'cảnh cáo', en: 'warning' },
  dismissal: { vi: 'cách chức', en: 'dismissal' },
  expulsion: { vi: 'khai trừ', en: 'expulsion' },
};

/**
 * Check a discipline vote's ballots against the text on discipline in force
 * (R-VOTE-3, v2): under 296-QĐ/TW (from 2025-05-30, or pinned) a
 * probationary member can only be reprimanded or warned, so a ballot for
 * dismissal or expulsion is an error; a member who no longer deserves
 * membership is removed instead (R-ATT-3). Under 22-QĐ/TW (older meetings)
 * nothing is barred, so old records keep their verdicts. `parseVote`,
 * `tallyVote` and the meeting machine apply the same check
 * (`findBarredBallots`); call this one to check ballots before a vote.
 *
 * @param ballots - the ballots per form, with the member's `standing`.
 * @param options - the meeting's date and any pinned texts.
 * @returns one issue per barred form that has ballots, with its path
 *   relative to `ballots` (`['dismissal']`); none when the ballots are valid.
 * @example
 * ```ts
 * checkDisciplineBallots(
 *   { standing: 'probationary', warning: 5, dismissal: 3 },
 *   { at: '2025-08-12' },
 * ); // [{ path: ['dismissal'], rule: 'R-VOTE-3', … }]
 * checkDisciplineBallots(
 *   { standing: 'probationary', warning: 5, dismissal: 3 },
 *   { at: '2025-05-29' },
 * ); // []: 22-QĐ/TW was in force
 * ```
 */
export function checkDisciplineBallots(
  ballots: DisciplineBallotsInput,
  options: VoteRegulationOptions = {},
): ChiboIssue[] {
  // Both are small: checked in full, so a wrong count is never read as one.
  checkArgument('ballots', BallotsArgument, ballots);
  checkArgument('options', VoteRegulationOptionsArgument, options);
  return findBarredBallots(ballots, getVoteRegulations(options).discipline);
}

/**
 * `checkDisciplineBallots` on checked ballots, under a known text on
 * discipline: the one predicate `parseVote`, `tallyVote` and the meeting
 * machine call (R-VOTE-3, v2).
 *
 * @param ballots - well-formed ballots, with the member's `standing`.
 * @param text - the text on discipline in force (`getVoteRegulations`).
 * @returns the issues, with paths relative to `ballots`.
 */
export function findBarredBallots(
  ballots: DisciplineBallotsInput,
  text: Regulation,
): ChiboIssue[] {
  if (ballots.standing !== 'probationary') return [];
  if (text.inForceFrom < PROBATIONARY_LIMIT.inForceFrom) return [];
  return BARRED_FOR_PROBATIONARY.filter((form) => (ballots[form] ?? 0) > 0).map(
    (form): ChiboIssue => {
      const name = FORM_NAMES[form];
      return {
        path: [form],
        code: 'custom',
        rule: 'R-VOTE-3',
        message: {
          vi: `Đảng viên dự bị chỉ bị kỷ luật bằng hình thức khiển trách hoặc cảnh cáo (Quy định ${text.id}): số phiếu ${name.vi} (${ballots[form]}) không hợp lệ. Đảng viên dự bị không còn đủ tư cách đảng viên thì bị xóa tên (R-ATT-3).`,
          en: `A probationary member can only be reprimanded or warned (${text.id}): the ballots for ${name.en} (${ballots[form]}) are not valid. A probationary member who no longer deserves membership is removed instead (R-ATT-3).`,
        },
      };
    },
  );
}

/**
 * The ballots of a discipline vote that name a form: reprimand, warning,
 * dismissal and expulsion (R-VOTE-3). A ballot for no discipline is
 * `against`.
 *
 * @param ballots - the ballots per form (a missing form has none).
 * @returns their sum.
 * @example
 * ```ts
 * sumDisciplineBallots({ reprimand: 4, warning: 3, expulsion: 2 }); // 9
 * ```
 */
export function sumDisciplineBallots(
  ballots: Partial<Record<DisciplineForm, number>>,
): number {
  let sum = 0;
  for (const form of DisciplineForm.options) sum += ballots[form] ?? 0;
  return sum;
}

/**
 * Whether a discipline vote's counts hold together (R-VOTE-3): it gives the
 * ballots for each form, and its `for` is their sum. The one check that
 * `parseVote`, `tallyVote` and the meeting machine apply; the counts are
 * already whole numbers.
 *
 * @param vote - the vote's `for` and its ballots per form.
 * @returns an issue at `['discipline']` when the ballots are missing, at
 *   `['for']` when they do not add up; none when the counts agree.
 * @example
 * ```ts
 * findDisciplineSumIssues({ for: 9, discipline: { reprimand: 4, warning: 3 } });
 * // [{ path: ['for'], rule: 'R-VOTE-3', message: { en: 'A discipline vote\'s "for" (9) must equal the ballots for the forms (7).', … } }]
 * ```
 */
export function findDisciplineSumIssues(vote: {
  for: number;
  discipline?: Partial<Record<DisciplineForm, number>> | undefined;
}): ChiboIssue[] {
  if (!vote.discipline) {
    return [
      {
        path: ['discipline'],
        code: 'custom',
        rule: 'R-VOTE-3',
        message: {
          vi: 'Biểu quyết kỷ luật phải ghi số phiếu cho từng hình thức.',
          en: 'A discipline vote needs the ballots for each form.',
        },
      },
    ];
  }
  const sum = sumDisciplineBallots(vote.discipline);
  if (sum === vote.for) return [];
  return [
    {
      path: ['for'],
      code: 'custom',
      rule: 'R-VOTE-3',
      message: {
        vi: `Số phiếu tán thành kỷ luật (${vote.for}) phải bằng tổng số phiếu các hình thức (${sum}).`,
        en: `A discipline vote's "for" (${vote.for}) must equal the ballots for the forms (${sum}).`,
      },
    },
  ];
}
