import {
  CELL_COMMITTEE_THRESHOLD,
  type MeetingRecord,
  type Rating,
} from '@chibo/core';
import { safeParseRating } from '@chibo/core/schemas';
import { argumentError } from './argumentError';
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
import { type DocumentOptions, resolveOptions } from './options';
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
  /**
   * Who signs for the cell, where the scheme's form names someone else
   * (a scoring group, a deputy…).
   * @defaultValue the bí thư (or the chair where the cell has none) "T/M CHI
   *   ỦY" in a cell with a chi ủy, "T/M CHI BỘ" in a cell without one
   *   (R-CELL-1, R-RATE-3), with the name from the record
   */
  signer?: SheetSigner | undefined;
}

/** Who signs a score sheet for the cell. */
export interface SheetSigner {
  /** The lines above the signature, e.g. `['T/M CHI BỘ', 'BÍ THƯ']`. */
  titles: string[];
  /** The name under the signature; none leaves the space for a handwritten one. */
  name?: string | undefined;
}

/**
 * Whether the cell has a chi ủy (R-CELL-1): a member holds a seat on it, or
 * it has 9 or more official members of its own (exempt ones count).
 */
function hasCellCommittee(record: MeetingRecord | undefined): boolean {
  if (!record) return true;
  const official = record.members.filter(
    (m) => m.standing === 'official' && m.attachment !== 'temporary-in',
  );
  return (
    official.length >= CELL_COMMITTEE_THRESHOLD ||
    record.members.some((m) => m.roles.includes('committee-member'))
  );
}

/** The signer R-RATE-3 and R-CELL-1 give: the one who proposed the score. */
function defaultSigner(
  ctx: RecordContext | undefined,
  say: RecordContext['say'],
): SheetSigner {
  const committee = hasCellCommittee(ctx?.record);
  const behalf = committee
    ? say('T/M CHI ỦY', 'FOR THE CELL COMMITTEE')
    : say('T/M CHI BỘ', 'FOR THE CELL');
  const secretary = ctx?.record.members.find((m) =>
    m.roles.includes('secretary'),
  );
  const chair = ctx?.record.meeting.chairId;
  if (!ctx || secretary) {
    return {
      titles: [behalf, say('BÍ THƯ', 'SECRETARY')],
      name: secretary && ctx?.nameOf(secretary.id),
    };
  }
  return {
    titles: [behalf, say('CHỦ TRÌ', 'CHAIR')],
    name: chair ? ctx.nameOf(chair) : undefined,
  };
}

function criteriaTable(
  rating: Rating,
  say: RecordContext['say'],
  locale: RecordContext['locale'],
  committee: boolean,
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
      // R-DOC-2b: headings break only where chosen; the columns hold them.
      say('TT', 'No.'),
      say('Tiêu chí', 'Criterion'),
      say('Điểm\ntối đa', 'Max'),
      say('Điểm\nchấm', 'Score'),
      say('Lý do', 'Reason'),
      committee
        ? say('Chi ủy\nđề xuất', 'Committee\nproposal')
        : say('Bí thư\nđề xuất', 'Secretary\nproposal'),
      say('Cấp trên\nxác nhận', 'Supervisor\nconfirmation'),
    ],
    rows,
    12,
  );
}

function ratingSheetModel({
  rating,
  ctx,
  resolved,
  signer,
}: ReturnType<typeof prepare>): DocumentModel {
  const { locale } = resolved;
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
  blocks.push(
    criteriaTable(rating, say, locale, hasCellCommittee(ctx?.record)),
  );
  blocks.push(heading(say('Kết quả', 'Result')));
  if (rating.criteria.length === 0)
    blocks.push(
      dashLine(
        say('Phiếu không có tiêu chí nào.', 'The sheet has no criteria.'),
      ),
    );
  blocks.push(...ratingRuns(rating, locale).map((runs) => dashLine(runs)));
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
      signer ?? defaultSigner(ctx, say),
    ),
  );
  return assertComplete({
    kind: 'rating-sheet',
    date: ctx?.date ?? resolved.date,
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
  return {
    rating: parsed.data,
    ctx,
    resolved,
    signer: checkSigner(options?.signer),
  };
}

/** The `signer` option, cleaned; anything but titles and a name is refused. */
function checkSigner(signer: unknown): SheetSigner | undefined {
  if (signer === undefined) return undefined;
  const { titles, name } = (signer ?? {}) as Partial<SheetSigner>;
  const text = (t: unknown) => typeof t === 'string' && cleanText(t) !== '';
  if (
    !Array.isArray(titles) ||
    titles.length === 0 ||
    !titles.every(text) ||
    (name !== undefined && !text(name))
  ) {
    throw argumentError('options', [
      {
        path: ['options', 'signer'],
        code: 'invalid_type',
        message: {
          vi: 'Người ký phải có danh sách chức danh (chuỗi không rỗng) và có thể có họ tên.',
          en: 'The signer needs a list of titles (non-empty texts) and may have a name.',
        },
        rule: 'R-RATE-3',
      },
    ]);
  }
  return {
    titles: titles.map(cleanText),
    name: name === undefined ? undefined : cleanText(name),
  };
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
  return ratingSheetModel(prepare(rating, options));
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
  const prepared = prepare(rating, options);
  return packDocument(ratingSheetModel(prepared), prepared.resolved);
}
