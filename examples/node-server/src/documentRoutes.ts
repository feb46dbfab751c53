import { type Locale, safeParseMeetingRecord } from '@chibo/core';
import {
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '@chibo/docx';
import { docxReply, type Reply, type RouteContext } from './reply';
import { fromChiboError, ServiceError } from './serviceError';

/** The language of a document: `?locale=vi` (default) or `?locale=en`. */
function documentLocale(url: URL): Locale {
  const locale = url.searchParams.get('locale') ?? 'vi';
  if (locale === 'vi' || locale === 'en') return locale;
  throw new ServiceError(400, 'invalid-argument', {
    vi: `Ngôn ngữ văn bản "${locale}" không được hỗ trợ (vi hoặc en).`,
    en: `Document locale "${locale}" is not supported (vi or en).`,
  });
}

type Render = (record: unknown, locale: Locale) => Promise<Uint8Array>;

/** The score sheet of the record's own rating (R-RATE-2, R-RATE-3). */
const renderRecordRating: Render = async (record, locale) => {
  const parsed = safeParseMeetingRecord(record);
  if (!parsed.success) throw fromChiboError(parsed.error);
  const { rating } = parsed.data.meeting;
  if (rating === undefined) {
    const message = {
      vi: 'Cuộc họp chưa được xếp loại: không có phiếu chấm điểm.',
      en: 'The meeting has no rating: there is no score sheet to print.',
    };
    throw new ServiceError(400, 'invalid-input', message, [
      { path: ['meeting', 'rating'], code: 'invalid_type', message },
    ]);
  }
  return renderRatingSheet(rating, { record, locale });
};

/**
 * A route that renders one document from the record in the body. The
 * renderers validate the record first and throw core's `ChiboError` with
 * every issue, so a record that fails produces no document (R-DOC-8).
 */
function documentRoute(filename: string, render: Render) {
  return async ({ url, readBody }: RouteContext): Promise<Reply> => {
    const locale = documentLocale(url);
    return docxReply(await render(await readBody(), locale), filename);
  };
}

/** `POST /minutes`: the biên bản (R-DOC-6). */
export const postMinutes = documentRoute('bien-ban.docx', (record, locale) =>
  renderMinutes(record, { locale }),
);

/** `POST /resolution`: the nghị quyết (R-DOC-7). */
export const postResolution = documentRoute(
  'nghi-quyet.docx',
  (record, locale) => renderResolution(record, { locale }),
);

/** `POST /rating-sheet`: the phiếu chấm điểm of the record's rating. */
export const postRatingSheet = documentRoute(
  'phieu-cham-diem.docx',
  renderRecordRating,
);
