import type { Rating } from '@chibo/core';
import { safeParseRating } from '@chibo/core/schemas';
import { assertComplete } from './assertComplete';
import { cleanText } from './cleanText';
import { createRecordContext, createSay, type RecordContext } from './context';
import { formatDocumentDate, formatMonthYear, formatNumber } from './format';
import {
  dashLine,
  documentHeader,
  documentTitle,
  gridTable,
  heading,
  signatureBlock,
} from './layout';
import {
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
  value,
  wording,
} from './model';
import {
  type DocumentOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options';
import { packDocument } from './packDocument';
import {
  criterionText,
  formatFinalResult,
  ratingRuns,
  ratingTotals,
} from './ratingRuns';

/** The options of {@link renderRatingSheet}. */
export interface RatingSheetOptions extends DocumentOptions {
  /**
   * The meeting record the rating belongs to (as the host sends it). With
   * it the sheet gets the R-DOC-2 header, the month in its title and the bí
   * thư's name; without it the sheet stands alone with spaces to sign.
   * @defaultValue undefined
   */
  record?: unknown;
}

function criteriaTable(
  rating: Rating,
  say: RecordContext['say'],
  locale: RecordContext['locale'],
): DocumentBlock {
  const n = (x: number) => formatNumber(x, locale);
  const proposed =
    rating.proposedScore !== undefined || rating.proposedLevel !== undefined;
  const confirmed = rating.confirmedBy !== undefined;
  const { total, max } = ratingTotals(rating);
  const rows: DocumentRun[][][] = rating.criteria.map((c, i) => {
    const { label, reason } = criterionText(c, locale);
    return [
      [wording(String(i + 1))],
      [value(label)],
      [wording(n(c.maxPoints))],
      [wording(n(c.score))],
      reason ? [value(reason)] : [wording('')],
      [wording(proposed ? n(c.score) : '')],
      [wording(confirmed ? n(c.score) : '')],
    ];
  });
  rows.push([
    [wording('')],
    [wording(say('TỔNG CỘNG', 'TOTAL'), { bold: true })],
    [wording(n(max), { bold: true })],
    [wording(n(total), { bold: true })],
    [wording(formatFinalResult(rating, locale), { bold: true })],
    [
      wording(
        rating.proposedScore !== undefined
          ? n(rating.proposedScore)
          : proposed
            ? n(total)
            : '',
        { bold: true },
      ),
    ],
    [wording(confirmed ? n(total) : '', { bold: true })],
  ]);
  return gridTable(
    [6, 25, 9, 9, 29, 11, 11],
    [
      say('TT', 'No.'),
      say('Tiêu chí', 'Criterion'),
      say('Điểm tối đa', 'Max'),
      say('Điểm chấm', 'Score'),
      say('Lý do', 'Reason'),
      say('Chi ủy đề xuất', 'Cell committee proposal'),
      say('Cấp trên xác nhận', 'Supervisor confirmation'),
    ],
    rows,
    12,
  );
}

function ratingSheetModel(
  rating: Rating,
  locale: ResolvedOptions['locale'],
  ctx: RecordContext | undefined,
): DocumentModel {
  const say = createSay(locale);
  const title = say('PHIẾU CHẤM ĐIỂM', 'SCORE SHEET');
  const blocks: DocumentBlock[] = [];
  let subject = say(
    'Chất lượng sinh hoạt chi bộ',
    'Quality of the cell meeting',
  );
  if (ctx) {
    const { cell, meeting } = ctx.record;
    blocks.push(
      documentHeader(
        {
          superior: cell.parent.name,
          issuer: cell.name,
          placeAndDate: formatDocumentDate(ctx.placeName, ctx.date, locale),
        },
        locale,
      ),
    );
    const kind =
      meeting.kind === 'regular'
        ? say('thường kỳ', 'regular')
        : say('chuyên đề', 'thematic');
    subject = say(
      `Chất lượng sinh hoạt chi bộ ${kind} ${formatMonthYear(meeting.scheduledAt, locale)}`,
      `Quality of the ${kind} cell meeting, ${formatMonthYear(meeting.scheduledAt, locale)}`,
    );
  }
  blocks.push(...documentTitle(title, [[wording(subject)]]));
  blocks.push(criteriaTable(rating, say, locale));
  blocks.push(heading(say('Kết quả', 'Result')));
  if (rating.criteria.length === 0)
    blocks.push(
      dashLine(
        say('Phiếu không có tiêu chí nào.', 'The sheet has no criteria.'),
      ),
    );
  blocks.push(...ratingRuns(rating, locale).map((runs) => dashLine(runs)));
  const secretary = ctx?.record.members.find((m) =>
    m.roles.includes('secretary'),
  );
  blocks.push(
    ...signatureBlock(
      {
        titles: [
          say(
            'XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN',
            'CONFIRMED BY THE UPPER COMMITTEE',
          ),
        ],
        name: rating.confirmedBy
          ? cleanText(rating.confirmedBy.name)
          : undefined,
      },
      {
        titles: [
          say('T/M CHI ỦY', 'FOR THE CELL COMMITTEE'),
          say('BÍ THƯ', 'SECRETARY'),
        ],
        name: secretary && ctx ? ctx.nameOf(secretary.id) : undefined,
      },
    ),
  );
  return assertComplete({
    kind: 'rating-sheet',
    title: `${title} – ${subject}`,
    blocks,
  });
}

function prepare(input: unknown, options: RatingSheetOptions | undefined) {
  const parsed = safeParseRating(input);
  if (!parsed.success) throw parsed.error;
  const ctx =
    options?.record === undefined
      ? undefined
      : createRecordContext(options.record, options, 'rating-sheet');
  const resolved = ctx?.options ?? resolveOptions(options);
  return { rating: parsed.data, ctx, resolved };
}

/**
 * The document model of the score sheet.
 *
 * @param rating - the rating, as the host sends it (validated here).
 * @param options - language, margins, font, and the record for the header.
 * @returns the model.
 * @throws ChiboError listing every problem.
 * @example
 * ```ts
 * getModelText(buildRatingSheet(rating)).includes('PHIẾU CHẤM ĐIỂM'); // true
 * ```
 */
export function buildRatingSheet(
  rating: unknown,
  options?: RatingSheetOptions,
): DocumentModel {
  const { rating: parsed, ctx, resolved } = prepare(rating, options);
  return ratingSheetModel(parsed, resolved.locale, ctx);
}

/**
 * The score sheet of a meeting's quality rating (R-RATE-2, R-RATE-3) as a
 * .docx file, attached to the minutes (R-DOC-6): each criterion with its
 * maximum, score and reason, the total and the level (good ≥ 90, fair 70–<90,
 * average 50–<70, poor < 50 when no level was recorded), and columns for the
 * chi ủy's proposal and the upper committee's confirmation, which are left
 * blank for a handwritten entry until the rating records them.
 *
 * @param rating - the rating (core's `Rating`), as the host sends it.
 * @param options - language, place, margins, font, and the record for the header.
 * @returns the .docx bytes.
 * @throws ChiboError with every problem of the rating, the record or the options.
 * @example
 * ```ts
 * const bytes = await renderRatingSheet(record.meeting.rating, { record });
 * ```
 */
export async function renderRatingSheet(
  rating: unknown,
  options?: RatingSheetOptions,
): Promise<Uint8Array> {
  const { rating: parsed, ctx, resolved } = prepare(rating, options);
  return packDocument(ratingSheetModel(parsed, resolved.locale, ctx), resolved);
}
