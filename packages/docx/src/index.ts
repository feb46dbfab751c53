// @chibo/docx — the minutes, monthly resolution and score sheet of a Party
// cell meeting as .docx files in the Party document format (R-DOC-1..8).

export { assertComplete } from './assertComplete';
export { cleanText } from './cleanText';
export { getDocumentHash } from './documentHash';
export {
  formatDocumentDate,
  formatDocumentMonth,
  formatDocumentNumber,
  formatLongDate,
} from './format';
export type { HeaderParts } from './layout';
export type { MinutesOptions } from './minutes';
export { buildMinutes, renderMinutes } from './minutes';
export type {
  DocumentBlock,
  DocumentKind,
  DocumentModel,
  DocumentParagraph,
  DocumentRun,
  DocumentTable,
} from './model';
export { getModelText } from './model';
export type { DocumentMargins, DocumentOptions } from './options';
export {
  DEFAULT_FONT,
  DEFAULT_ISSUER_CODE,
  DEFAULT_MARGINS_MM,
} from './options';
export { getLevelForScore } from './ratingRuns';
export type { RatingSheetOptions, SheetSigner } from './ratingSheet';
export { buildRatingSheet, renderRatingSheet } from './ratingSheet';
export type { RenderDocumentOptions } from './renderDocument';
export { renderDocument } from './renderDocument';
export type { RenderedDocument, RenderManyOptions } from './renderMany';
export { renderMany } from './renderMany';
export type { ResolutionOptions } from './resolution';
export { buildResolution, renderResolution } from './resolution';
