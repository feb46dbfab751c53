import { ChiboError } from '@chibo/core';
import { createReport } from 'docx-templates';
import { unzipSync } from 'fflate';
import { argumentError } from '../argumentError';
import { coreXml } from '../packDocument';
import {
  deflateEntry,
  storedEntry,
  toDosDate,
  writeZip,
  type ZipEntry,
} from '../zip';
import { createMinutesTemplateData } from './getMinutesTemplateData';
import type { TemplateOptions } from './minutesTemplateData';
import { type PreparedTemplate, prepareTemplate } from './prepareTemplate';
import {
  describe,
  lookUp,
  TEMPLATE_DELIMITERS,
  templateError,
} from './templateCommands';

/**
 * The literal-XML delimiter of docx-templates, set to a character that
 * `cleanText` removes from every value and XML 1.0 forbids in a template:
 * no text of the record can open raw XML (R-DOC-8). Line breaks of a value
 * still become `<w:br/>`.
 */
const NO_LITERAL_XML = '\u0001';

const CORE = 'docProps/core.xml';

/**
 * Write the filled document as the built-in documents are written
 * (R-DOC-9): the template's parts in its order with `[Content_Types].xml`
 * first, the parts docx-templates filled deflated by fflate, the others
 * reused as the template was prepared, every entry dated with the
 * document's date, and `docProps/core.xml` holding the document's title and
 * date instead of the template's (or the clock's).
 */
async function repack(
  template: PreparedTemplate,
  filled: Uint8Array,
  title: string,
  date: string,
): Promise<Uint8Array> {
  const parts = unzipSync(filled);
  const core = storedEntry(
    CORE,
    new TextEncoder().encode(
      coreXml({ kind: 'minutes', title, date, blocks: [] }),
    ),
  );
  const entries: ZipEntry[] = [];
  for (const name of template.order) {
    const part = parts[name];
    if (name === CORE) entries.push(core);
    else if (template.filled.has(name) && part)
      entries.push(await deflateEntry(name, part));
    else {
      const kept = template.deflated.get(name);
      if (kept) entries.push(kept);
    }
  }
  if (!template.order.includes(CORE)) entries.push(core);
  return writeZip(entries, toDosDate(date));
}

/** The error docx-templates raised, as a ChiboError about the template. */
function fromTemplateEngine(error: unknown): ChiboError {
  const errors = Array.isArray(error) ? error : [error];
  const issues = errors.flatMap((e, index) => {
    const inner = (e as { err?: unknown })?.err ?? e;
    if (inner instanceof ChiboError) return inner.issues;
    return [
      {
        path: ['template', 'errors', index],
        code: 'custom',
        message: {
          vi: `Mẫu có lỗi: ${describe(inner)}`,
          en: `The template has an error: ${describe(inner)}`,
        },
      },
    ];
  });
  return argumentError('template', issues, error);
}

/**
 * Fill a province's own .docx form with a meeting's minutes (issue 15 §5):
 * docx-templates replaces the placeholders of the template (`{{…}}`, see
 * `MinutesTemplateData` for the vocabulary) with the text of the built-in
 * minutes, read from the same record context and builders as
 * `renderMinutes`. The same guarantees hold: the record is validated and
 * checked first (R-DOC-6, R-DOC-8) and a document is produced whole or not
 * at all; every text is NFC with the bidirectional and control characters
 * removed, and escaped (no value can open raw XML); the template runs no
 * code (a command that is more than a look-up, a `FOR` or an `IF` refuses
 * the template); and the same record and template give the same bytes
 * (R-DOC-9: the parts are re-zipped with chibo's deflate in a fixed order,
 * dated with the document's date).
 *
 * @param template - the .docx template, e.g. `templates/bien-ban.docx` of
 *   this package (the built-in minutes as a template).
 * @param record - the meeting record, as the host sends it.
 * @param options - language, place, number, issuer code, date.
 * @returns the .docx bytes.
 * @throws ChiboError `invalid-argument` for a template that is not a .docx,
 *   runs code or names a placeholder the data does not hold (each at its
 *   path under `template`), or wrong options; `invalid-input` for a record
 *   that cannot make the minutes.
 * @example
 * ```ts
 * import { readFile, writeFile } from 'node:fs/promises';
 * import { renderTemplate } from '@chibo/docx/template';
 *
 * const form = await readFile('mau-bien-ban-tinh.docx');
 * await writeFile('bien-ban.docx', await renderTemplate(form, record, { number: 3 }));
 * ```
 */
export async function renderTemplate(
  template: Uint8Array,
  record: unknown,
  options?: TemplateOptions,
): Promise<Uint8Array> {
  if (!(template instanceof Uint8Array)) {
    throw argumentError('template', [
      {
        path: ['template'],
        code: 'invalid_type',
        message: {
          vi: 'Mẫu phải là nội dung tệp .docx (Uint8Array hoặc Buffer).',
          en: 'The template must be the bytes of a .docx file (a Uint8Array or a Buffer).',
        },
      },
    ]);
  }
  const { data, model } = createMinutesTemplateData(record, options);
  const prepared = await prepareTemplate(template);
  let filled: Uint8Array;
  try {
    filled = await createReport({
      template: prepared.commands,
      data,
      cmdDelimiter: [...TEMPLATE_DELIMITERS],
      literalXmlDelimiter: NO_LITERAL_XML,
      processLineBreaks: true,
      noSandbox: false,
      runJs: lookUp as never,
      additionalJsContext: {},
      failFast: false,
      rejectNullish: true,
      fixSmartQuotes: false,
      indentXml: false,
      preserveSpace: true,
      compressionLevel: 0,
    });
  } catch (error) {
    throw fromTemplateEngine(error);
  }
  if (!(filled instanceof Uint8Array)) {
    throw templateError({
      vi: 'Không điền được mẫu.',
      en: 'The template could not be filled.',
    });
  }
  return repack(prepared, filled, model.title, model.date ?? data.header.date);
}
