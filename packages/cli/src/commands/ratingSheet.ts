import { ChiboError } from '@chibo/core';
import { proposeRating, type RatingResult } from '@chibo/core/rating';
import { renderRatingSheet } from '@chibo/docx';
import { getString, type ParsedArgs, UsageError } from '../args';
import { readJson } from '../io';
import { documentCommand } from './documentCommand';

function getRecordRating(record: unknown): unknown {
  const meeting = (record as { meeting?: { rating?: unknown } } | null)
    ?.meeting;
  if (meeting?.rating !== undefined) return meeting.rating;
  const message = {
    vi: 'Hồ sơ chưa có kết quả xếp loại (meeting.rating): ghi kết quả vào hồ sơ, hoặc truyền kết quả của `chibo rating --json` bằng --rating.',
    en: 'The record has no rating (meeting.rating): store it in the record, or pass the output of `chibo rating --json` with --rating.',
  };
  throw new ChiboError('invalid-input', message, {
    issues: [{ path: ['meeting', 'rating'], code: 'custom', message }],
  });
}

/** Whether a value is a result of `rateMeeting` (`chibo rating --json`). */
function isRatingResult(value: unknown): value is RatingResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    'complete' in value &&
    'missingInputs' in value
  );
}

/**
 * The rating of a `chibo rating --json` result, as the sheet prints it: every
 * criterion's score and reason and the total, with the chi ủy's proposal and
 * the confirmation left blank, since the result records neither (R-RATE-3).
 * A result with missing inputs is refused, as `proposeRating` refuses it.
 */
function fromResult(result: RatingResult): unknown {
  const {
    proposedScore: _score,
    proposedLevel: _level,
    proposedAt: _at,
    ...rating
  } = proposeRating(result);
  return rating;
}

/** The rating to print: `--rating`'s file, else the record's `meeting.rating`. */
async function getRating(record: unknown, args: ParsedArgs): Promise<unknown> {
  const file = getString(args, 'rating');
  if (file === undefined) return getRecordRating(record);
  const rating = await readJson(file);
  return isRatingResult(rating) ? fromResult(rating) : rating;
}

/**
 * `chibo rating-sheet`: the score sheet of a rating (R-DOC-6): the record's
 * `meeting.rating`, or with `--rating` a `Rating` or the output of
 * `chibo rating --json`.
 */
export const ratingSheet = documentCommand({
  name: 'rating-sheet',
  summary: {
    vi: 'Phiếu chấm điểm xếp loại của hồ sơ (.docx)',
    en: "The score sheet of the record's rating (.docx)",
  },
  example:
    'chibo rating ho-so-thang-3.json --scheme an-phu --inputs danh-gia.json --history lich-su.json --json -o diem.json && chibo rating-sheet ho-so-thang-3.json --rating diem.json -o phieu-cham-diem.docx',
  render: async (record, locale, args) =>
    renderRatingSheet(await getRating(record, args), { record, locale }),
  extra: {
    options: { rating: { type: 'string' } },
    check(args) {
      if (getString(args, 'rating') === undefined) return;
      if (getString(args, 'batch') === undefined) return;
      throw new UsageError({
        vi: 'Không dùng --rating cùng --batch: mỗi hồ sơ có kết quả xếp loại riêng.',
        en: 'Do not combine --rating with --batch: each record has its own rating.',
      });
    },
    usage: ' [--rating diem.json]',
    help: {
      vi: '  --rating <tệp>       kết quả của `chibo rating --json` (hoặc một Rating), thay cho meeting.rating của hồ sơ\n',
      en: "  --rating <file>      the output of `chibo rating --json` (or a Rating), instead of the record's meeting.rating\n",
    },
  },
});
