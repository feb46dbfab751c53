/**
 * The document model: what a renderer decides to write, before it becomes
 * WordprocessingML. Every run says whether its text is chibo's own wording
 * (`template`) or a value from the record (`value`), so that the final guard
 * (R-DOC-8) can scan chibo's wording for "undefined", "NaN" or
 * "[object Object]" without rejecting a member who writes those words.
 */

import { modelParagraphs } from './modelParagraphs';

/** One run of text with its formatting. */
export interface DocumentRun {
  text: string;
  /** `template`: chibo's wording; `value`: text taken from the record. */
  source: 'template' | 'value';
  bold?: boolean | undefined;
  italics?: boolean | undefined;
  underline?: boolean | undefined;
  /** Font size in points; the body size when absent. */
  size?: number | undefined;
}

/** A paragraph of runs. */
export interface DocumentParagraph {
  type: 'paragraph';
  runs: DocumentRun[];
  align?: 'left' | 'center' | 'right' | 'justify' | undefined;
  /** Indent the first line (body text). */
  firstLineIndent?: boolean | undefined;
  /** Space before the paragraph, in points. */
  spaceBefore?: number | undefined;
  keepNext?: boolean | undefined;
}

/** A table: relative column widths and rows of cells of paragraphs. */
export interface DocumentTable {
  type: 'table';
  /** Relative widths of the columns (they are scaled to the text width). */
  columns: number[];
  rows: DocumentParagraph[][][];
  /** Ruled grid (score sheet, task lists) or invisible (header, signatures). */
  borders: boolean;
  /** The first row is a heading row, repeated on each page. */
  headerRow?: boolean | undefined;
}

/** A block of the body. */
export type DocumentBlock = DocumentParagraph | DocumentTable;

/** Which document a model is. */
export type DocumentKind =
  | 'minutes'
  | 'resolution'
  | 'rating-sheet'
  | 'dues-book'
  | 'year-report';

/** A whole document: its kind, its title (for metadata) and its body. */
export interface DocumentModel {
  kind: DocumentKind;
  title: string;
  blocks: DocumentBlock[];
  /**
   * The document's date, `YYYY-MM-DD` (R-DOC-4). The file carries it as its
   * creation date; without it the file carries no date (R-DOC-9).
   */
  date?: string | undefined;
}

type RunStyle = Omit<DocumentRun, 'text' | 'source'>;

/**
 * chibo's own wording.
 *
 * @param text - the text.
 * @param style - bold, italics, size.
 * @returns a template run.
 */
export function wording(text: string, style: RunStyle = {}): DocumentRun {
  return { text, source: 'template', ...style };
}

/**
 * A value from the record (a name, an opinion, a task).
 *
 * @param text - the text, already cleaned.
 * @param style - bold, italics, size.
 * @returns a value run.
 */
export function value(text: string, style: RunStyle = {}): DocumentRun {
  return { text, source: 'value', ...style };
}

/**
 * A paragraph from runs, or from one string of chibo's wording.
 *
 * @param content - the runs, or a template string.
 * @param options - alignment, indent, spacing.
 * @returns the paragraph.
 */
export function paragraph(
  content: DocumentRun[] | string,
  options: Omit<DocumentParagraph, 'type' | 'runs'> = {},
): DocumentParagraph {
  const runs = typeof content === 'string' ? [wording(content)] : content;
  return { type: 'paragraph', runs, ...options };
}

/**
 * The plain text of a model, one paragraph a line.
 *
 * @param model - the model.
 * @returns the text.
 * @throws ChiboError `invalid-argument` for a value that is not a document
 *   model, with the path of every wrong field.
 * @example
 * ```ts
 * getModelText(buildMinutes(record)).split('\n')[0]; // 'ĐẢNG BỘ XÃ XUÂN QUANG'
 * ```
 */
export function getModelText(model: DocumentModel): string {
  return modelParagraphs(model)
    .map((p) => p.runs.map((r) => r.text).join(''))
    .join('\n');
}
