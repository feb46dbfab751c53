import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { Id, Text } from '../entities/primitives';
import { ShareScaleArgument } from '../rating/ratingArguments';
import { AnnualLevel } from './annualLevel';

/** Text in Vietnamese and English. */
const Localized = z.strictObject({ vi: Text, en: Text });
const Points = z.number().finite().min(0).max(100);

/** Who a sheet rates: a member, or a party organisation (cell, committee). */
export const AnnualSubject = z.enum(['member', 'organisation']);
export type AnnualSubject = z.infer<typeof AnnualSubject>;

/**
 * The figures of the year chibo computes from the records (R-YEAR-1), each a
 * share `part / whole` with its source (see `getMemberYearFacts` and
 * `getCellYearFacts`):
 * - `meetings-attended`: meetings the member attended of those they were
 *   expected at (R-ATT-1);
 * - `dues-paid`: months of dues paid (or excused) of the months due (R-DUES-2);
 * - `meetings-rated-good`: the cell's regular meetings rated good, of those
 *   rated (R-RATE-4);
 * - `meetings-rated-fair-or-better`: the same, rated fair or good.
 */
export const AnnualFactKey = z.enum([
  'meetings-attended',
  'dues-paid',
  'meetings-rated-good',
  'meetings-rated-fair-or-better',
]);
export type AnnualFactKey = z.infer<typeof AnnualFactKey>;

/** A criterion a person judges: the cell gives its points (0 to `maxPoints`). */
export const AnnualInputCriterion = z.strictObject({
  id: Id,
  source: z.literal('input'),
  label: Localized,
  maxPoints: Points.positive(),
  /** What the person is asked, on forms. */
  question: Localized.optional(),
});
export type AnnualInputCriterion = z.infer<typeof AnnualInputCriterion>;

/**
 * A criterion computed from the records: the points of a fact's share on a
 * scale (the bands of `@chibo/core/rating`'s `scoreShare`).
 */
export const AnnualRecordCriterion = z.strictObject({
  id: Id,
  source: z.literal('record'),
  label: Localized,
  maxPoints: Points.positive(),
  fact: AnnualFactKey,
  scale: ShareScaleArgument,
});
export type AnnualRecordCriterion = z.infer<typeof AnnualRecordCriterion>;

/** One criterion of an annual sheet. */
export const AnnualCriterion = z.discriminatedUnion('source', [
  AnnualInputCriterion,
  AnnualRecordCriterion,
]);
export type AnnualCriterion = z.infer<typeof AnnualCriterion>;

/**
 * A gate of an organisation's sheet: when any member of the organisation was
 * disciplined (reprimand or above) in the year, its level is at most
 * `maxLevel`. `traVinhCellGate` is R-RATE-5 as a preset. (The gate of the
 * law, "disciplined in the year cannot be excellent", is always applied and
 * needs no entry.)
 */
export const AnnualGate = z.strictObject({
  id: Id,
  kind: z.literal('members-disciplined'),
  maxLevel: AnnualLevel,
  label: Localized,
});
export type AnnualGate = z.infer<typeof AnnualGate>;

/**
 * An upper committee's criteria sheet for the annual review under
 * 366-QĐ/TW (R-YEAR-1): its criteria with their maximum points (adding up to
 * the 100 points of the scale), each judged by people or computed from the
 * records, and optional gates. chibo ships no criteria of its own: the sheet
 * comes from the committee (docs/year.md shows how to write one).
 *
 * @example
 * ```ts
 * const sheet = createAnnualSheet({
 *   id: 'xuan-quang-member-2027', subject: 'member',
 *   title: { vi: 'Phiếu đánh giá đảng viên', en: 'Member sheet' },
 *   criteria: [
 *     { id: 'tasks', source: 'input', maxPoints: 80, label: { vi: 'Nhiệm vụ', en: 'Tasks' } },
 *     { id: 'attendance', source: 'record', fact: 'meetings-attended', maxPoints: 20,
 *       label: { vi: 'Dự sinh hoạt', en: 'Attendance' },
 *       scale: { bands: [{ atLeast: 90, points: 20 }], otherwise: 10 } },
 *   ],
 * });
 * ```
 */
export const AnnualSheet = z
  .strictObject({
    id: Id,
    title: Localized,
    subject: AnnualSubject,
    /** Where the sheet comes from (committee, document, year). */
    source: Localized.optional(),
    criteria: z.array(AnnualCriterion).min(1),
    gates: z.array(AnnualGate).optional(),
  })
  .superRefine((sheet, ctx) => {
    const seen = new Set<string>();
    let sum = 0;
    sheet.criteria.forEach((criterion, index) => {
      sum += criterion.maxPoints;
      if (seen.has(criterion.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'id'],
          message: `Duplicate criterion id "${criterion.id}".`,
          params: {
            vi: `Mã tiêu chí "${criterion.id}" bị trùng.`,
            rule: 'R-YEAR-1',
          },
        });
      }
      seen.add(criterion.id);
      if (criterion.source !== 'record') return;
      const { bands, otherwise } = criterion.scale;
      if (
        [otherwise, ...bands.map((b) => b.points)].some(
          (p) => p > criterion.maxPoints,
        )
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', index, 'scale'],
          message: `The scale gives more than the criterion's ${criterion.maxPoints} points.`,
          params: {
            vi: `Thang điểm cho nhiều hơn ${criterion.maxPoints} điểm của tiêu chí.`,
            rule: 'R-YEAR-1',
          },
        });
      }
    });
    if (Math.abs(sum - 100) > 1e-9) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `The criteria add up to ${sum} points, not the 100 of the scale.`,
        params: {
          vi: `Các tiêu chí cộng lại ${sum} điểm, không phải 100 điểm của thang.`,
          rule: 'R-YEAR-1',
        },
      });
    }
    if (sheet.subject === 'member' && (sheet.gates?.length ?? 0) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['gates'],
        message: 'A member sheet has no members-disciplined gate.',
        params: {
          vi: 'Phiếu của đảng viên không có điều kiện về đảng viên bị kỷ luật.',
        },
      });
    }
  });
export type AnnualSheet = z.infer<typeof AnnualSheet>;

/**
 * R-RATE-5 (Trà Vinh) as a gate of an organisation's sheet: a cell any of
 * whose members was disciplined at reprimand or above in the year is rated
 * at most "not completed" — the annual form of "the cell's year is rated
 * poor". Add it to `gates` to turn it on.
 */
export const traVinhCellGate: Readonly<AnnualGate> = Object.freeze({
  id: 'tra-vinh-members-disciplined',
  kind: 'members-disciplined',
  maxLevel: 'not-completed',
  label: {
    vi: 'Chi bộ có đảng viên bị kỷ luật từ khiển trách trở lên trong năm (Trà Vinh)',
    en: 'A member of the cell was disciplined at reprimand or above in the year (Trà Vinh)',
  },
});

/**
 * Check an annual criteria sheet (R-YEAR-1): its criteria add up to the 100
 * points of the 366-QĐ/TW scale, their ids are unique, each record
 * criterion's scale stays within its points.
 *
 * @param sheet - the committee's sheet.
 * @returns the sheet, parsed (texts in NFC).
 * @throws ChiboError (`invalid-argument`) with every problem and its path.
 * @example
 * ```ts
 * createAnnualSheet({ id: 's', subject: 'member', title, criteria: [] }); // throws: no criteria
 * ```
 */
export function createAnnualSheet(sheet: AnnualSheet): AnnualSheet {
  return checkArgument('sheet', AnnualSheet, sheet);
}
