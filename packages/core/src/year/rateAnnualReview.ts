import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { CivilDate } from '../entities/primitives';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import {
  describeBand,
  formatPercent,
  scoreShareUnchecked,
} from '../rating/bands';
import {
  getRegulationsInForce,
  RegulationId,
  type RegulationPins,
} from '../rules/regulations';
import {
  ANNUAL_CUTOFFS_366,
  type AnnualLevel,
  annualLevelLabels,
  getAnnualLevel,
  lowerAnnualLevel,
} from './annualLevel';
import {
  type AnnualCriterionResult,
  type AnnualDiscipline,
  type AnnualGateResult,
  type AnnualReview,
  AnnualReviewEntry,
} from './annualReview';
import { AnnualSheet } from './annualSheet';
import { YearArgument } from './yearArguments';

/** The options of `rateAnnualReview`. */
export interface RateAnnualReviewOptions {
  /** The calendar year reviewed (Viet Nam time). */
  year: number;
  /**
   * The date of the review: it picks the text on annual rating in force
   * (R-SET-1): 366-QĐ/TW from 2025-08-30, 124-QĐ/TW before.
   * @defaultValue the last day of `year`
   */
  reviewedOn?: string | undefined;
  /** Texts to pin, by layer (`annualRating`). */
  regulations?: RegulationPins | undefined;
}

export const RateOptionsArgument = z.looseObject({
  year: YearArgument,
  reviewedOn: CivilDate.optional(),
  regulations: z.partialRecord(z.string(), RegulationId).optional(),
});

const inYear = (year: number, list: readonly AnnualDiscipline[] | undefined) =>
  (list ?? []).filter((d) => d.decidedOn.startsWith(`${year}-`));

/** `x` is a multiple of 0.01 (points are counted to the hundredth). */
const isHundredths = (x: number) =>
  Math.abs(x * 100 - Math.round(x * 100)) < 1e-6;

function scoreCriteria(
  sheet: AnnualSheet,
  entry: z.output<typeof AnnualReviewEntry>,
): AnnualCriterionResult[] {
  const inputs = entry.inputs ?? {};
  const known = new Set(sheet.criteria.map((c) => c.id));
  const issues: ChiboError['issues'] = Object.keys(inputs)
    .filter((key) => !known.has(key))
    .map((key) => ({
      path: ['entry', 'inputs', key],
      code: 'unrecognized_keys',
      message: {
        vi: `Phiếu "${sheet.id}" không có tiêu chí "${key}".`,
        en: `Sheet "${sheet.id}" has no criterion "${key}".`,
      },
      rule: 'R-YEAR-1',
    }));
  const results = sheet.criteria.map((criterion): AnnualCriterionResult => {
    const base = {
      criterionId: criterion.id,
      label: criterion.label,
      source: criterion.source,
      maxPoints: criterion.maxPoints,
      refs: [] as string[],
    };
    if (criterion.source === 'input') {
      const points = inputs[criterion.id];
      if (points === undefined) {
        const reason = { vi: 'Chưa có điểm.', en: 'No points given yet.' };
        return { ...base, score: null, reason };
      }
      if (
        !(points >= 0 && points <= criterion.maxPoints && isHundredths(points))
      ) {
        issues.push({
          path: ['entry', 'inputs', criterion.id],
          code: 'invalid_value',
          message: {
            vi: `Điểm của "${criterion.id}" phải từ 0 đến ${criterion.maxPoints}, tính đến hàng phần trăm.`,
            en: `The points of "${criterion.id}" must be 0 to ${criterion.maxPoints}, to the hundredth.`,
          },
          rule: 'R-YEAR-1',
        });
      }
      const reason = {
        vi: 'Điểm do chi bộ đánh giá.',
        en: 'Points given by the cell.',
      };
      return { ...base, score: points, reason };
    }
    const fact = entry.facts?.[criterion.fact];
    if (fact === undefined || fact.whole === 0) {
      const reason = {
        vi: `Thiếu số liệu "${criterion.fact}" từ hồ sơ.`,
        en: `The records give no "${criterion.fact}" figure.`,
      };
      return { ...base, score: null, reason, refs: [...(fact?.refs ?? [])] };
    }
    const { points, band } = scoreShareUnchecked(
      fact.part,
      fact.whole,
      criterion.scale,
    );
    const pct = formatPercent(fact.part, fact.whole);
    const b = band ? ` (${describeBand(band)})` : '';
    const reason = {
      vi: `${fact.source.vi}: ${pct.vi}${b}.`,
      en: `${fact.source.en}: ${pct.en}${b}.`,
    };
    return { ...base, score: points, reason, refs: [...fact.refs] };
  });
  if (issues.length > 0) throwIssues(issues);
  return results;
}

function throwIssues(issues: ChiboError['issues']): never {
  throw new ChiboError(
    'invalid-argument',
    {
      vi: `Điểm đánh giá không hợp lệ: ${issues.length} lỗi.`,
      en: `Invalid review points: ${issues.length} problem(s).`,
    },
    { issues },
  );
}

/**
 * Review and rate one member or organisation for a year (R-YEAR-1). Under
 * 366-QĐ/TW (reviews dated from 2025-08-30) the points of the sheet's
 * criteria add up on 100 points: the cell's inputs as given, the computed
 * criteria from the year's records (`facts`, with their sources); the level
 * is excellent ≥ 90, good 70–<90, completed 50–<70, not completed < 50.
 * Before it (124-QĐ/TW) there are no points: the level people judged
 * (`entry.level`) is taken as it is. Then the gates: disciplined in the year
 * cannot be excellent (at most good, [law]); the sheet's
 * `members-disciplined` gate (R-RATE-5, `traVinhCellGate`) for cells. A
 * missing input or figure leaves the review incomplete (`level: null`),
 * never guessed.
 *
 * @param sheet - the committee's criteria sheet (see `createAnnualSheet`);
 *   not read for a year under 124-QĐ/TW.
 * @param entry - the points, the judged level, the figures, the decisions.
 * @param options - the year, the date of the review, pinned texts.
 * @returns the review, with each criterion's points and reason.
 * @throws ChiboError (`invalid-argument`) for a sheet, entry or options that
 *   are not valid, or points outside a criterion's range.
 * @example
 * ```ts
 * const review = rateAnnualReview(memberSheet, { subjectId: 'm06', inputs: { tasks: 70 }, facts }, { year: 2027 });
 * review.total; // 90
 * review.level; // 'excellent'
 * ```
 */
export function rateAnnualReview(
  sheet: AnnualSheet,
  entry: AnnualReviewEntry,
  options: RateAnnualReviewOptions,
): AnnualReview {
  const parsedSheet = checkArgument('sheet', AnnualSheet, sheet);
  const parsed = checkArgument('entry', AnnualReviewEntry, entry);
  const { year, reviewedOn, regulations } = checkArgument(
    'options',
    RateOptionsArgument,
    options,
  );
  return rateParsed(parsedSheet, parsed, year, reviewedOn, regulations);
}

/** `rateAnnualReview` on arguments already checked. */
export function rateParsed(
  sheet: AnnualSheet,
  entry: z.output<typeof AnnualReviewEntry>,
  year: number,
  reviewedOn: string | undefined,
  regulations: RegulationPins | undefined,
): AnnualReview {
  const text = getRegulationsInForce(reviewedOn ?? `${year}-12-31`, regulations)
    .annualRating.id;
  const reasons: LocalizedText[] = [];
  let criteria: AnnualCriterionResult[] = [];
  let total: number | null = null;
  let scoredLevel: AnnualLevel | null;
  const missing: string[] = [];
  if (text === '124-QĐ/TW') {
    scoredLevel = entry.level ?? null;
    if (scoredLevel === null) missing.push('level');
    reasons.push({
      vi: `Năm ${year} đánh giá theo Quy định 124-QĐ/TW: xếp loại không chấm điểm.`,
      en: `${year} is reviewed under 124-QĐ/TW: levels without points.`,
    });
  } else {
    criteria = scoreCriteria(sheet, entry);
    for (const c of criteria) if (c.score === null) missing.push(c.criterionId);
    if (missing.length === 0) {
      const hundredths = criteria.reduce(
        (sum, c) => sum + Math.round((c.score as number) * 100),
        0,
      );
      total = hundredths / 100;
    }
    scoredLevel =
      total === null ? null : getAnnualLevel(total, ANNUAL_CUTOFFS_366);
    if (total !== null && scoredLevel !== null) {
      reasons.push({
        vi: `Tổng ${String(total).replace('.', ',')}/100 điểm: ${annualLevelLabels[scoredLevel].vi}.`,
        en: `Total ${total}/100 points: ${annualLevelLabels[scoredLevel].en}.`,
      });
    } else {
      reasons.push({
        vi: `Chưa đủ để xếp loại: thiếu ${missing.join(', ')}.`,
        en: `Not enough to rate: missing ${missing.join(', ')}.`,
      });
    }
  }
  let level = scoredLevel;
  const gates: AnnualGateResult[] = [];
  const own = inYear(year, entry.disciplines);
  if (own.length > 0) {
    gates.push({
      gateId: 'disciplined',
      label: {
        vi: 'Bị kỷ luật trong năm: không xếp loại hoàn thành xuất sắc nhiệm vụ',
        en: 'Disciplined in the year: cannot be excellent',
      },
      maxLevel: 'good',
      rule: 'R-YEAR-1',
      disciplines: own,
    });
  }
  const ofMembers = inYear(year, entry.memberDisciplines);
  if (sheet.subject === 'organisation' && ofMembers.length > 0) {
    for (const gate of sheet.gates ?? []) {
      gates.push({
        gateId: gate.id,
        label: gate.label,
        maxLevel: gate.maxLevel,
        rule: 'R-RATE-5',
        disciplines: ofMembers,
      });
    }
  }
  for (const gate of gates) {
    if (level === null) break;
    const lowered = lowerAnnualLevel(level, gate.maxLevel);
    if (lowered !== level) {
      reasons.push({
        vi: `${gate.label.vi}: hạ xuống ${annualLevelLabels[lowered].vi}.`,
        en: `${gate.label.en}: lowered to ${annualLevelLabels[lowered].en}.`,
      });
      level = lowered;
    }
  }
  return {
    subjectId: entry.subjectId,
    ...(entry.name === undefined ? {} : { name: entry.name }),
    subject: sheet.subject,
    year,
    regulation: text,
    scale: text === '124-QĐ/TW' ? 'levels' : 'points',
    total,
    scoredLevel,
    level,
    criteria,
    missing,
    gates,
    reasons,
  };
}
