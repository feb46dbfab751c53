import { guardArguments } from '../entities/checkArgument';
import type {
  DisciplineForm,
  RuleSetId,
  VoteMode,
  VoteSubject,
} from '../entities/enums';
import { ChiboError } from '../errors';
import { createFinding, type Finding, type RuleId } from './findings';
import {
  MajorityKindArgument,
  TallyBaseArgument,
  TallyInputArgument,
} from './ruleArguments';

/** The majority a vote needs. */
export type MajorityKind = 'more-than-half' | 'two-thirds' | 'discipline';

/** What `tallyVote` reads of a vote. */
export interface TallyInput {
  subject: VoteSubject;
  mode: VoteMode;
  for: number;
  against: number;
  abstain?: number | undefined;
  discipline?: Partial<Record<DisciplineForm, number>> | undefined;
}

/** One disciplinary form's count in the R-VOTE-3 procedure. */
export interface DisciplineFormTally {
  form: DisciplineForm;
  /** Ballots naming this form. */
  votes: number;
  /** Ballots naming this form or a heavier one (the cascade). */
  cumulative: number;
  /** The fewest ballots the form needs. */
  required: number;
  reachedAlone: boolean;
  reachedInCascade: boolean;
}

/** The result of a vote. */
export interface VoteTally {
  rule: RuleId;
  ruleSet?: RuleSetId | undefined;
  majority: MajorityKind;
  /** Adopted: the majority reached and the vote taken the right way. */
  passed: boolean;
  base: number;
  for: number;
  against: number;
  abstain: number;
  /** The fewest votes for that pass (for discipline: the lightest form's need). */
  required: number;
  /** For discipline (R-VOTE-3): the form adopted, and how it was reached. */
  discipline?: {
    adopted: DisciplineForm | null;
    decidedBy: 'single-form' | 'cascade' | null;
    forms: DisciplineFormTally[];
  };
  findings: Finding[];
}

/** Heaviest first: the order of the R-VOTE-3 cascade. */
export const DISCIPLINE_FORMS_HEAVIEST_FIRST: readonly DisciplineForm[] = [
  'expulsion',
  'dismissal',
  'warning',
  'reprimand',
];

/**
 * The fewest votes that are **more than half** of `base` (R-VOTE-1), exactly.
 *
 * @param base - the voting base.
 * @returns ⌊base/2⌋ + 1.
 * @throws ChiboError (`invalid-argument`) for a base that is not a whole number.
 * @example
 * ```ts
 * moreThanHalf(12); // 7
 * moreThanHalf(13); // 7
 * ```
 */
export function moreThanHalf(base: number): number {
  checkBase(base);
  return Math.floor(base / 2) + 1;
}

/**
 * The fewest votes that are **at least two thirds** of `base` (R-VOTE-2,
 * R-VOTE-3), in integers: 2/3 of 14 is 9⅓, so 10.
 *
 * @param base - the voting base.
 * @returns ⌈2·base/3⌉.
 * @throws ChiboError (`invalid-argument`) for a base that is not a whole number.
 * @example
 * ```ts
 * twoThirds(14); // 10
 * twoThirds(12); // 8
 * ```
 */
export function twoThirds(base: number): number {
  checkBase(base);
  return Math.floor((2 * base + 2) / 3);
}

/**
 * The majority a subject needs: two thirds for admission and confirmation
 * (R-VOTE-2), the discipline procedure (R-VOTE-3), otherwise more than half
 * of the base (R-VOTE-1, R-VOTE-4).
 *
 * @param subject - what the vote decides.
 * @returns the majority kind.
 */
export function getMajorityKind(subject: VoteSubject): MajorityKind {
  if (subject === 'admission' || subject === 'confirmation')
    return 'two-thirds';
  if (subject === 'discipline') return 'discipline';
  return 'more-than-half';
}

function ruleOf(majority: MajorityKind, subject: VoteSubject): RuleId {
  if (majority === 'discipline') return 'R-VOTE-3';
  if (majority === 'two-thirds') return 'R-VOTE-2';
  return subject === 'election' ? 'R-VOTE-4' : 'R-VOTE-1';
}

function invalid(en: string, vi: string): ChiboError {
  return new ChiboError('invalid-vote', { vi, en });
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    const got = typeof value === 'number' ? String(value) : typeof value;
    throw invalid(
      `"${name}" must be a whole number of ballots, got ${got}.`,
      `"${name}" phải là số phiếu nguyên không âm, nhận được ${got}.`,
    );
  }
}

/** The voting base of `moreThanHalf` and `twoThirds`: a whole number. */
function checkBase(base: number): void {
  if (!Number.isSafeInteger(base) || base < 0) {
    const got = typeof base === 'number' ? String(base) : typeof base;
    throw new ChiboError('invalid-argument', {
      vi: `Số đảng viên có quyền biểu quyết phải là số nguyên không âm, nhận được ${got}.`,
      en: `The voting base must be a whole number, got ${got}.`,
    });
  }
}

function tallyDiscipline(
  ballots: Partial<Record<DisciplineForm, number>>,
  base: number,
): NonNullable<VoteTally['discipline']> {
  let cumulative = 0;
  const forms = DISCIPLINE_FORMS_HEAVIEST_FIRST.map(
    (form): DisciplineFormTally => {
      const votes = ballots[form] ?? 0;
      cumulative += votes;
      const expulsion = form === 'expulsion';
      const required = expulsion ? twoThirds(base) : moreThanHalf(base);
      const reaches = (n: number) =>
        expulsion ? 3 * n >= 2 * base : 2 * n > base;
      return {
        form,
        votes,
        cumulative,
        required,
        reachedAlone: base > 0 && reaches(votes),
        reachedInCascade: base > 0 && reaches(cumulative),
      };
    },
  );
  const single = forms.find((f) => f.reachedAlone);
  if (single) return { adopted: single.form, decidedBy: 'single-form', forms };
  const cascade = forms.find((f) => f.reachedInCascade);
  if (cascade) return { adopted: cascade.form, decidedBy: 'cascade', forms };
  return { adopted: null, decidedBy: null, forms };
}

/**
 * Count a vote against its voting base and say whether it passes.
 *
 * - Resolutions, conclusions and other ordinary decisions pass when the votes
 *   for are **more than half of the base** (R-VOTE-1) — not of those present.
 * - Admission and confirmation pass with **at least 2/3** (R-VOTE-2).
 * - Discipline is by secret ballot (R-VOTE-3): reprimand, warning and
 *   dismissal need more than half, proposing expulsion at least 2/3; when no
 *   single form reaches its threshold, ballots are counted from the heaviest
 *   form down, a ballot for a heavier form also counting for every lighter
 *   one, and the first form that reaches its threshold is adopted.
 * - Discipline and elections taken by show of hands do not pass (R-VOTE-3,
 *   R-VOTE-4).
 *
 * All comparisons are in integers, so thresholds are exact.
 *
 * @param vote - the vote's subject, mode and counts.
 * @param base - the voting base (a number, or the result of `votingBase`).
 * @param kind - force a majority kind instead of the subject's.
 * @returns the tally with its rule, the votes required and any findings.
 * @throws ChiboError `invalid-vote` when a count is not a whole number or the
 *   ballots outnumber the base.
 * @example
 * ```ts
 * tallyVote({ subject: 'resolution', mode: 'show-of-hands', for: 12, against: 0 }, 12).passed; // true
 * tallyVote({ subject: 'admission', mode: 'show-of-hands', for: 9, against: 5 }, 14).passed; // false: 10 needed
 * ```
 */
export function tallyVote(
  vote: TallyInput,
  base: number | { size: number; ruleSet?: RuleSetId | undefined },
  kind?: MajorityKind,
): VoteTally {
  return guardArguments(
    [
      ['vote', TallyInputArgument, vote],
      ['base', TallyBaseArgument, base],
      ['kind', MajorityKindArgument, kind],
    ],
    () => tallyVoteUnchecked(vote, base, kind),
  );
}

function tallyVoteUnchecked(
  vote: TallyInput,
  base: number | { size: number; ruleSet?: RuleSetId | undefined },
  kind?: MajorityKind,
): VoteTally {
  const size = typeof base === 'number' ? base : base.size;
  const ruleSet = typeof base === 'number' ? undefined : base.ruleSet;
  const abstain = vote.abstain ?? 0;
  checkCount('base', size);
  checkCount('for', vote.for);
  checkCount('against', vote.against);
  checkCount('abstain', abstain);
  const ballots = vote.for + vote.against + abstain;
  if (ballots > size) {
    throw invalid(
      `${ballots} ballots were counted but only ${size} members may vote (R-VOTE-1).`,
      `Có ${ballots} phiếu nhưng chỉ ${size} đảng viên có quyền biểu quyết (R-VOTE-1).`,
    );
  }
  const majority = kind ?? getMajorityKind(vote.subject);
  const rule = ruleOf(majority, vote.subject);
  const findings: Finding[] = [];
  let passed: boolean;
  let required: number;
  let discipline: VoteTally['discipline'];

  if (majority === 'discipline') {
    const forms = vote.discipline ?? {};
    for (const form of DISCIPLINE_FORMS_HEAVIEST_FIRST)
      checkCount(form, forms[form] ?? 0);
    const sum = DISCIPLINE_FORMS_HEAVIEST_FIRST.reduce(
      (n, f) => n + (forms[f] ?? 0),
      0,
    );
    if (sum !== vote.for) {
      throw invalid(
        `The ballots for the forms (${sum}) must add up to "for" (${vote.for}).`,
        `Tổng số phiếu các hình thức (${sum}) phải bằng số phiếu tán thành (${vote.for}).`,
      );
    }
    discipline = tallyDiscipline(forms, size);
    required = moreThanHalf(size);
    passed = discipline.adopted !== null;
  } else if (majority === 'two-thirds') {
    required = twoThirds(size);
    passed = size > 0 && 3 * vote.for >= 2 * size;
  } else {
    required = moreThanHalf(size);
    passed = 2 * vote.for > size;
  }

  const needsSecret =
    vote.subject === 'discipline' || vote.subject === 'election';
  if (needsSecret && vote.mode !== 'secret-ballot') {
    passed = false;
    if (discipline)
      discipline = { ...discipline, adopted: null, decidedBy: null };
    findings.push(
      createFinding(
        vote.subject === 'discipline' ? 'R-VOTE-3' : 'R-VOTE-4',
        'secret-ballot-required',
        'error',
        {
          vi: 'Biểu quyết này phải bỏ phiếu kín; kết quả giơ tay không có giá trị.',
          en: 'This vote must be taken by secret ballot; a show of hands is not valid.',
        },
      ),
    );
  }
  return {
    rule,
    ruleSet,
    majority,
    passed,
    base: size,
    for: vote.for,
    against: vote.against,
    abstain,
    required,
    ...(discipline ? { discipline } : {}),
    findings,
  };
}
