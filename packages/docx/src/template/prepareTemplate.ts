/**
 * A template read once (issue 15 §5, issue 17: a national run fills the same
 * form 200,000 times): its parts inflated, its commands checked, the parts
 * that can hold a command set apart for docx-templates, and every other part
 * deflated once by fflate for all the documents made from it (R-DOC-9).
 * Templates are keyed by the SHA-256 of their bytes, so a changed file is a
 * new template.
 */
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { getDocumentHash } from '../documentHash';
import { createPromiseCache } from '../promiseCache';
import { deflateEntry, type ZipEntry } from '../zip';
import {
  checkTemplateCommands,
  describe,
  templateError,
} from './templateCommands';

/** A template ready to fill. */
export interface PreparedTemplate {
  /** The part names in the template's order, `[Content_Types].xml` first. */
  order: string[];
  /** The parts docx-templates fills: the main document and any part with a `{`. */
  filled: Set<string>;
  /** A .docx of `[Content_Types].xml` and the filled parts, for docx-templates. */
  commands: Uint8Array;
  /** Every other part, deflated once. */
  deflated: Map<string, ZipEntry>;
}

const CONTENT_TYPES = '[Content_Types].xml';
const MAIN =
  /<Override\b(?=[^>]*ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document\.main\+xml")[^>]*PartName="\/([^"]+)"/;
const MACROS = /macroEnabled|vbaProject/i;
/** A part of `word/` that docx-templates reads, as it selects them. */
const WORD_PART = /^word\/[^/]+\.xml$/;

const NOT_DOCX = {
  vi: 'Mẫu không phải tệp .docx: thiếu [Content_Types].xml hoặc văn bản chính.',
  en: 'The template is not a .docx file: it has no [Content_Types].xml or no main document.',
};
const MACRO = {
  vi: 'Mẫu có macro (.docm, vbaProject.bin): văn bản của chi bộ không được mang mã chạy được.',
  en: 'The template carries macros (.docm, vbaProject.bin): a cell document may not carry code.',
};

async function prepare(template: Uint8Array): Promise<PreparedTemplate> {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(template);
  } catch (error) {
    throw templateError(
      {
        vi: `Không đọc được mẫu .docx: ${describe(error)}`,
        en: `The .docx template cannot be read: ${describe(error)}`,
      },
      error,
    );
  }
  const names = Object.keys(parts).filter((name) => !name.endsWith('/'));
  const types = parts[CONTENT_TYPES];
  const main = types ? MAIN.exec(strFromU8(types))?.[1] : undefined;
  if (!types || !main || !parts[main]) throw templateError(NOT_DOCX);
  if (MACROS.test(strFromU8(types)) || names.some((n) => MACROS.test(n))) {
    throw templateError(MACRO);
  }
  const filled = new Set(
    names.filter((name) => {
      if (name === main) return true;
      if (!WORD_PART.test(name)) return false;
      const xml = strFromU8(parts[name] ?? new Uint8Array());
      return xml.includes('{') || xml.includes('&#');
    }),
  );
  const forEngine: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const name of [CONTENT_TYPES, ...filled]) {
    forEngine[name] = [parts[name] ?? new Uint8Array(), { level: 0 }];
  }
  const commands = zipSync(forEngine);
  await checkTemplateCommands(commands);
  const deflated = new Map<string, ZipEntry>();
  for (const name of names) {
    if (!filled.has(name))
      deflated.set(name, await deflateEntry(name, parts[name] as Uint8Array));
  }
  return {
    order: [CONTENT_TYPES, ...names.filter((n) => n !== CONTENT_TYPES)],
    filled,
    commands,
    deflated,
  };
}

const prepared = createPromiseCache<PreparedTemplate>(16);

/**
 * A template read and checked, from the cache when the same bytes were
 * prepared before (at most 16 templates are kept).
 *
 * @param template - the .docx template.
 * @returns the prepared template.
 * @throws ChiboError `invalid-argument` for a file that is not a .docx, a
 *   template with macros, or a command that is more than a look-up.
 */
export async function prepareTemplate(
  template: Uint8Array,
): Promise<PreparedTemplate> {
  const key = await getDocumentHash(template);
  return prepared(key, () => prepare(template));
}
