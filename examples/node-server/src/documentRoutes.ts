import { ChiboError, type Locale, safeParseMeetingRecord } from '@chibo/core';
import {
  buildMinutes,
  buildRatingSheet,
  buildResolution,
  type DocumentModel,
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '@chibo/docx';
import { assertRecordLimits } from './recordLimits';
import { docxReply, type Reply, type RouteContext } from './reply';
import { ServiceError } from './serviceError';

/** The documents the service makes from a meeting record. */
export type DocumentName = 'minutes' | 'resolution' | 'rating-sheet';

const DOCUMENT_NAMES: readonly DocumentName[] = [
  'minutes',
  'resolution',
  'rating-sheet',
];

/** The language of a document: `?locale=vi` (default) or `?locale=en`. */
export function documentLocale(url: URL): Locale {
  const locale = url.searchParams.get('locale') ?? 'vi';
  if (locale === 'vi' || locale === 'en') return locale;
  throw new ServiceError(400, 'invalid-argument', {
    vi: `Ngôn ngữ văn bản "${locale}" không được hỗ trợ (vi hoặc en).`,
    en: `Document locale "${locale}" is not supported (vi or en).`,
  });
}

/** The document `/validate` checks a record for: `?document=` (default `minutes`). */
export function documentName(url: URL): DocumentName {
  const name = url.searchParams.get('document') ?? 'minutes';
  const known = DOCUMENT_NAMES.find((n) => n === name);
  if (known) return known;
  throw new ServiceError(400, 'invalid-argument', {
    vi: `Không có văn bản "${name}" (?document=). Có: ${DOCUMENT_NAMES.join(', ')}.`,
    en: `No document "${name}" (?document=). Known: ${DOCUMENT_NAMES.join(', ')}.`,
  });
}

/** The record's own rating, or a `ChiboError` when it has none (R-RATE-2). */
function ratingOf(record: unknown): unknown {
  const parsed = safeParseMeetingRecord(record);
  if (!parsed.success) throw parsed.error;
  const { rating } = parsed.data.meeting;
  if (rating !== undefined) return rating;
  const message = {
    vi: 'Cuộc họp chưa được xếp loại: không có phiếu chấm điểm.',
    en: 'The meeting has no rating: there is no score sheet to print.',
  };
  throw new ChiboError('invalid-input', message, {
    issues: [{ path: ['meeting', 'rating'], code: 'invalid_type', message }],
  });
}

interface DocumentMaker {
  filename: string;
  /** Every check the document makes, without writing it. */
  build: (record: unknown, locale: Locale) => DocumentModel;
  render: (record: unknown, locale: Locale) => Promise<Uint8Array>;
}

/**
 * How each document is checked and made. `build` and `render` run the same
 * checks (the renderers are `build` then packing), so `/validate` and the
 * document's route always agree on a record.
 */
const DOCUMENTS: Readonly<Record<DocumentName, DocumentMaker>> = {
  minutes: {
    filename: 'bien-ban.docx',
    build: (record, locale) => buildMinutes(record, { locale }),
    render: (record, locale) => renderMinutes(record, { locale }),
  },
  resolution: {
    filename: 'nghi-quyet.docx',
    build: (record, locale) => buildResolution(record, { locale }),
    render: (record, locale) => renderResolution(record, { locale }),
  },
  'rating-sheet': {
    filename: 'phieu-cham-diem.docx',
    build: (record, locale) =>
      buildRatingSheet(ratingOf(record), { record, locale }),
    render: (record, locale) =>
      renderRatingSheet(ratingOf(record), { record, locale }),
  },
};

/**
 * Check a record the way `document` checks it, without writing the file:
 * the issues `/validate` reports are those the document's route answers
 * with (R-DOC-8).
 *
 * @param document - the document to check for.
 * @param record - the meeting record.
 * @param locale - the document's language.
 * @returns the `ChiboError` listing every problem, or `undefined`.
 */
export function checkDocument(
  document: DocumentName,
  record: unknown,
  locale: Locale,
): ChiboError | undefined {
  try {
    DOCUMENTS[document].build(record, locale);
    return undefined;
  } catch (error) {
    if (error instanceof ChiboError) return error;
    throw error;
  }
}

/**
 * A route that renders one document from the record in the body. The
 * renderers validate the record first and throw core's `ChiboError` with
 * every issue, so a record that fails produces no document (R-DOC-8).
 */
function documentRoute(document: DocumentName) {
  const { filename, render } = DOCUMENTS[document];
  return async ({ url, readBody, limits }: RouteContext): Promise<Reply> => {
    const locale = documentLocale(url);
    const record = await readBody();
    assertRecordLimits(record, limits);
    return docxReply(await render(record, locale), filename);
  };
}

/** `POST /minutes`: the biên bản (R-DOC-6). */
export const postMinutes = documentRoute('minutes');

/** `POST /resolution`: the nghị quyết (R-DOC-7). */
export const postResolution = documentRoute('resolution');

/** `POST /rating-sheet`: the phiếu chấm điểm of the record's rating (R-RATE-2, R-RATE-3). */
export const postRatingSheet = documentRoute('rating-sheet');
