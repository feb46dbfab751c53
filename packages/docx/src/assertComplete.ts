import { ChiboError, type ChiboIssue } from '@chibo/core';
import { BIDI_CONTROL } from './cleanText';
import type { DocumentModel } from './model';
import { modelParagraphs } from './modelParagraphs';

const FORBIDDEN = /undefined|NaN|\[object Object\]|Infinity/;

/**
 * The final guard of every renderer (R-DOC-8): a document is whole or not
 * produced. chibo's own wording must not contain "undefined", "NaN",
 * "Infinity" or "[object Object]", and no value taken from the record may be
 * empty. (A member's opinion may say "undefined": values are not scanned for
 * words, only for emptiness.) No run and no title may hold a bidirectional
 * control: every text from the record passes through {@link cleanText}, and
 * this guard refuses a document where one did not.
 *
 * @param model - the document model, before it is written.
 * @returns the same model.
 * @throws ChiboError `invalid-input` listing every bad run, or
 *   `invalid-argument` for a value that is not a document model (a run
 *   whose text is not a string…), with the path of every wrong field.
 * @example
 * ```ts
 * assertComplete(buildMinutes(record)); // returns the model, or throws
 * ```
 */
export function assertComplete(model: DocumentModel): DocumentModel {
  const paragraphs = modelParagraphs(model);
  const issues: ChiboIssue[] = [];
  const bidi = (path: PropertyKey[]) =>
    issues.push({
      path,
      code: 'custom',
      message: {
        vi: 'Văn bản chứa ký tự điều khiển hướng chữ (bidi), có thể làm tên hoặc số hiển thị sai.',
        en: 'The document contains a bidirectional control character, which can make a name or number display wrongly.',
      },
      rule: 'R-DOC-8',
    });
  if (BIDI_CONTROL.test(model.title)) bidi(['document', 'title']);
  paragraphs.forEach((p, index) => {
    for (const run of p.runs) {
      if (BIDI_CONTROL.test(run.text)) bidi(['document', index]);
      if (run.source === 'template' && FORBIDDEN.test(run.text)) {
        issues.push({
          path: ['document', index],
          code: 'custom',
          message: {
            vi: `Văn bản chứa giá trị không hợp lệ: "${run.text}".`,
            en: `The document contains a broken value: "${run.text}".`,
          },
          rule: 'R-DOC-8',
        });
      }
      if (run.source === 'value' && run.text.trim() === '') {
        issues.push({
          path: ['document', index],
          code: 'custom',
          message: {
            vi: 'Một trường bắt buộc của văn bản bị trống.',
            en: 'A required field of the document is empty.',
          },
          rule: 'R-DOC-8',
        });
      }
    }
  });
  if (issues.length > 0) {
    throw new ChiboError(
      'invalid-input',
      {
        vi: `Văn bản không đầy đủ, không được lập: ${issues.length} lỗi.`,
        en: `The document is incomplete and was not produced: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`,
      },
      { issues },
    );
  }
  return model;
}
