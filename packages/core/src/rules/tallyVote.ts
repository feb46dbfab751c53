import { z } from 'zod';
import { checkArgument, guardArguments } from '../entities/checkArgument';
import {
  DisciplineCompetence,
  type DisciplineForm,
  type DisciplineOutcome,
  MemberStanding,
  type RuleSetId,
  type VoteMode,
  type VoteSubject,
} from '../entities/enums';
import { ChiboError, type ChiboIssue } from '../errors';
import { findBallotExcess } from './ballotCount';
import {
  AtArgument,
  type DisciplineBallotsInput,
  findBarredBallots,
  findDisciplineSumIssues,
  getVoteRegulations,
  type VoteRegulationOptions,
  VoteRegulationOptionsArgument,
} from './checkDisciplineBallots';
import { createFinding, type Finding, type RuleId } from './findings';
import type { Regulation, RegulationsInForce } from './regulations';
import {
  MajorityKindArgument,
  TallyBaseArgument,
  TallyInputArgument,
} from './ruleArguments';
import { getSecretBallotRule, isVoteModeAllowed } from './secretBallot';

/** The majority a vote needs. */
export type MajorityKind = 'more-than-half' | 'two-thirds' | 'discipline';

/** What `tallyVote` reads of a vote. */
export interface TallyInput {
  subject: VoteSubject;
  mode: VoteMode;
  for: number;
  against: number;
  abstain?: number | undefined;
  /**
   * For discipline: the ballots per form, and the member's `standing` and the
   * case's `competence` that 296-QĐ/TW turns on (R-VOTE-3, v2).
   */
  discipline?: DisciplineBallotsInput | undefined;
  /** When the vote was taken: the texts in force on its date apply (R-SET-1). */
  at?: string | Date | undefined;
}

/** The options of `tallyVote`. */
export interface TallyVoteOptions extends VoteRegulationOptions {
  /**
   * A majority kind to force instead of the subject's.
   * @defaultValue the subject's (`getMajorityKind`)
   */
  kind?: MajorityKind | undefined;
  /**
   * The meeting's date: the texts in force on it apply (R-SET-1).
   * @defaultValue the vote's `at`; without either, the newest texts
   */
  at?: string | Date | undefined;
}

/** A voting base as `tallyVote` reads it: its size, rule set and texts. */
export interface TallyBase {
  size: number;
  ruleSet?: RuleSetId | undefined;
  /** The texts the base was counted by, e.g. `['294-QĐ/TW 9.3.2']` (R-SET-1). */
  texts?: readonly string[] | undefined;
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
  /**
   * The texts the verdict applied, by number (R-SET-1): the point of the
   * regulation on the Điều lệ that sets the base and majorities (e.g.
   * `['294-QĐ/TW 9.3.2']`), and for discipline the text on discipline first
   * (`['296-QĐ/TW', '294-QĐ/TW 9.3.2']`).
   */
  texts: string[];
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
    /**
     * Whether the cell decided the adopted form or proposed it to the
     * competent committee (R-VOTE-3): expulsion is always proposed, and so is
     * every form in a case of `competence: 'higher-committee'`; `null` when
     * no form is adopted.
     */
    outcome: DisciplineOutcome | null;
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

/** Throw the issues of a vote, with their paths inside the argument `vote`. */
function throwIssues(issues: readonly ChiboIssue[]): void {
  const [first] = issues;
  if (!first) return;
  throw new ChiboError('invalid-vote', first.message, {
    issues: issues.map((issue) => ({
      ...issue,
      path: ['vote', ...issue.path],
    })),
  });
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
): Omit<NonNullable<VoteTally['discipline']>, 'outcome'> {
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
 * Decided or proposed (R-VOTE-3): the cell proposes expulsion, and every form
 * in a case that is a higher committee's (296-QĐ/TW); it decides the rest.
 */
function outcomeOf(
  adopted: DisciplineForm | null,
  competence: DisciplineBallotsInput['competence'],
): DisciplineOutcome | null {
  if (adopted === null) return null;
  return adopted === 'expulsion' || competence === 'higher-committee'
    ? 'proposed'
    : 'decided';
}

/** What `tallyVote` reads of a vote, checked in full when something breaks. */
const VoteArgument = TallyInputArgument.extend({
  discipline: z
    .looseObject({
      standing: MemberStanding.optional(),
      competence: DisciplineCompetence.optional(),
    })
    .optional(),
  at: AtArgument.optional(),
});

/** The vote's `at`, checked before it picks the texts. */
const VoteAtArgument = z.looseObject({ at: AtArgument.optional() });

/** `tallyVote`'s third argument: a majority kind, or the options. */
const TallyOptionsArgument = z.union([
  MajorityKindArgument,
  VoteRegulationOptionsArgument.extend({
    kind: MajorityKindArgument,
  }),
]);

/** The texts of the base: its own, or the charter's point 9.3.2 (R-VOTE-1). */
function baseTexts(base: number | TallyBase, charter: Regulation): string[] {
  const own = typeof base === 'object' ? base.texts : undefined;
  return Array.isArray(own) &&
    own.length > 0 &&
    own.every((t) => typeof t === 'string')
    ? [...own]
    : [`${charter.id} 9.3.2`];
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
 *   one, and the first form that reaches its threshold is adopted. The
 *   verdict says whether the cell `decided` it or `proposed` it: expulsion,
 *   and any form in a case of `competence: 'higher-committee'`, is proposed.
 *   Under 296-QĐ/TW (from 2025-05-30) a probationary member can only be
 *   reprimanded or warned: ballots for dismissal or expulsion of a member of
 *   `standing: 'probationary'` throw (`checkDisciplineBallots`).
 * - Discipline and elections taken by show of hands do not pass (R-VOTE-3,
 *   R-VOTE-4, `isVoteModeAllowed`).
 *
 * The texts are those in force on the meeting's date (R-SET-1): `options.at`,
 * else the vote's `at`, else the newest; `options.regulations` pins them.
 * The verdict names them in `texts`. All comparisons are in integers, so
 * thresholds are exact.
 *
 * @param vote - the vote's subject, mode, counts and, for discipline, the
 *   member's standing and the case's competence.
 * @param base - the voting base (a number, or the result of `votingBase`).
 * @param options - a majority kind to force (as before), or the options.
 * @returns the tally with its rule, its texts, the votes required and any findings.
 * @throws ChiboError `invalid-vote` when a count is not a whole number, the
 *   ballots outnumber the base (`findBallotExcess`, issue path `['base']`), a
 *   discipline vote lacks its ballots per form or they do not add up to
 *   `for` (`findDisciplineSumIssues`, `['vote', 'for']`), or a ballot offers
 *   a form the texts in force bar (`['vote', 'discipline', form]`).
 * @example
 * ```ts
 * tallyVote({ subject: 'resolution', mode: 'show-of-hands', for: 12, against: 0 }, 12).passed; // true
 * tallyVote({ subject: 'admission', mode: 'show-of-hands', for: 9, against: 5 }, 14).passed; // false: 10 needed
 * tallyVote(
 *   {
 *     subject: 'discipline',
 *     mode: 'secret-ballot',
 *     for: 9,
 *     against: 3,
 *     discipline: { warning: 9, competence: 'higher-committee' },
 *   },
 *   12,
 *   { at: '2025-11-11' },
 * ).discipline?.outcome; // 'proposed'; texts: ['296-QĐ/TW', '294-QĐ/TW 9.3.2']
 * ```
 */
export function tallyVote(
  vote: TallyInput,
  base: number | TallyBase,
  options?: MajorityKind | TallyVoteOptions,
): VoteTally {
  if (options !== undefined)
    checkArgument('options', TallyOptionsArgument, options);
  return guardArguments(
    [
      ['vote', VoteArgument, vote],
      ['base', TallyBaseArgument, base],
    ],
    () =>
      tallyVoteUnchecked(
        vote,
        base,
        typeof options === 'object' ? options : { kind: options },
      ),
  );
}

function tallyVoteUnchecked(
  vote: TallyInput,
  base: number | TallyBase,
  options: TallyVoteOptions,
): VoteTally {
  const size = typeof base === 'number' ? base : base.size;
  const ruleSet = typeof base === 'number' ? undefined : base.ruleSet;
  const abstain = vote.abstain ?? 0;
  checkCount('base', size);
  checkCount('for', vote.for);
  checkCount('against', vote.against);
  checkCount('abstain', abstain);
  const excess = findBallotExcess(vote, size);
  if (excess) {
    throw new ChiboError('invalid-vote', excess, {
      issues: [
        { path: ['base'], code: 'custom', rule: 'R-VOTE-1', message: excess },
      ],
    });
  }
  const majority = options.kind ?? getMajorityKind(vote.subject);
  const rule = ruleOf(majority, vote.subject);
  let regulations: RegulationsInForce;
  try {
    regulations = getVoteRegulations({
      at: options.at ?? vote.at,
      regulations: options.regulations,
    });
  } catch (error) {
    // Say which argument holds the wrong date.
    if (options.at === undefined) checkArgument('vote', VoteAtArgument, vote);
    throw error;
  }
  const texts = baseTexts(base, regulations.charter);
  const findings: Finding[] = [];
  let passed: boolean;
  let required: number;
  let discipline: VoteTally['discipline'];

  if (majority === 'discipline') {
    const forms = vote.discipline ?? {};
    for (const form of DISCIPLINE_FORMS_HEAVIEST_FIRST)
      checkCount(form, forms[form] ?? 0);
    throwIssues(findDisciplineSumIssues(vote));
    throwIssues(
      findBarredBallots(forms, regulations.discipline).map((issue) => ({
        ...issue,
        path: ['discipline', ...issue.path],
      })),
    );
    texts.unshift(regulations.discipline.id);
    const counted = tallyDiscipline(forms, size);
    discipline = {
      ...counted,
      outcome: outcomeOf(counted.adopted, forms.competence),
    };
    required = moreThanHalf(size);
    passed = discipline.adopted !== null;
  } else if (majority === 'two-thirds') {
    required = twoThirds(size);
    passed = size > 0 && 3 * vote.for >= 2 * size;
  } else {
    required = moreThanHalf(size);
    passed = 2 * vote.for > size;
  }

  const secretBallotRule = getSecretBallotRule(vote.subject);
  if (secretBallotRule && !isVoteModeAllowed(vote)) {
    passed = false;
    if (discipline)
      discipline = {
        ...discipline,
        adopted: null,
        decidedBy: null,
        outcome: null,
      };
    findings.push(
      createFinding(secretBallotRule, 'secret-ballot-required', 'error', {
        vi: 'Biểu quyết này phải bỏ phiếu kín; kết quả giơ tay không có giá trị.',
        en: 'This vote must be taken by secret ballot; a show of hands is not valid.',
      }),
    );
  }
  return {
    rule,
    ruleSet,
    texts,
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
