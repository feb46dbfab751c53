import { CivilDate } from '@chibo/core/schemas';
import { argumentError } from './argumentError';
import { assertComplete } from './assertComplete';
import type { DocumentModel } from './model';
import { type DocumentOptions, resolveOptions } from './options';
import { packDocument } from './packDocument';

/** The options of {@link renderDocument}: the page it is written on. */
export type RenderDocumentOptions = Pick<DocumentOptions, 'margins' | 'font'>;

/**
 * Write any document model as a .docx file: a model from `buildMinutes`,
 * `buildResolution` or `buildRatingSheet` that the host has adjusted (an
 * extra paragraph, a province's own line, a different signature), or one
 * the host built itself. The model is checked first as the built-in
 * documents are (R-DOC-8: its shape, no bidirectional controls, no empty
 * value, no "undefined" in chibo's wording), every text is written as NFC
 * and escaped, and the same model gives the same bytes (R-DOC-9): the file's
 * dates are the model's `date`, never the clock.
 *
 * @param model - the document model.
 * @param options - the margins and font of the page (R-DOC-1).
 * @returns the .docx bytes.
 * @throws ChiboError `invalid-argument` for a value that is not a document
 *   model (with the path of every wrong field, `date` included) or wrong
 *   options; `invalid-input` for a model that is incomplete.
 * @example
 * ```ts
 * const model = buildMinutes(record);
 * model.blocks.push({
 *   type: 'paragraph',
 *   runs: [{ text: 'Biên bản gồm 04 trang.', source: 'template', italics: true }],
 * });
 * const bytes = await renderDocument(model);
 * ```
 */
export async function renderDocument(
  model: DocumentModel,
  options?: RenderDocumentOptions,
): Promise<Uint8Array> {
  const resolved = resolveOptions(options);
  assertComplete(model);
  const { date } = model;
  if (
    date !== undefined &&
    (typeof date !== 'string' || !CivilDate.safeParse(date).success)
  ) {
    throw argumentError('model', [
      {
        path: ['model', 'date'],
        code: 'invalid_type',
        message: {
          vi: 'Ngày văn bản phải là một ngày có thật, dạng YYYY-MM-DD.',
          en: 'The document date must be a real date, YYYY-MM-DD.',
        },
        rule: 'R-DOC-9',
      },
    ]);
  }
  return packDocument(model, resolved);
}
