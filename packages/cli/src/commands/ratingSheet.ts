import { ChiboError } from '@chibo/core';
import { renderRatingSheet } from '@chibo/docx';
import { documentCommand } from './documentCommand';

function getRating(record: unknown): unknown {
  const meeting = (record as { meeting?: { rating?: unknown } } | null)
    ?.meeting;
  if (meeting?.rating !== undefined) return meeting.rating;
  const message = {
    vi: 'Hồ sơ chưa có kết quả xếp loại (meeting.rating): chạy `chibo rating` rồi ghi kết quả vào hồ sơ.',
    en: 'The record has no rating (meeting.rating): run `chibo rating` and store its result in the record.',
  };
  throw new ChiboError('invalid-input', message, {
    issues: [{ path: ['meeting', 'rating'], code: 'custom', message }],
  });
}

/** `chibo rating-sheet`: the score sheet of the record's rating (R-DOC-6). */
export const ratingSheet = documentCommand({
  name: 'rating-sheet',
  summary: {
    vi: 'Phiếu chấm điểm xếp loại của hồ sơ (.docx)',
    en: "The score sheet of the record's rating (.docx)",
  },
  example: 'chibo rating-sheet ho-so-thang-3.json -o phieu-cham-diem.docx',
  render: (record, locale) =>
    renderRatingSheet(getRating(record), { record, locale }),
});
