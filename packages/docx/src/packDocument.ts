import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  type FileChild,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { bodyXml, escapeXml } from './bodyXml';
import { SIZES } from './layout';
import type { DocumentModel } from './model';
import type { ResolvedOptions } from './options';
import { createPromiseCache } from './promiseCache';
import {
  deflateEntry,
  inflateEntry,
  readZipEntries,
  storedEntry,
  toDosDate,
  writeZip,
  type ZipEntry,
} from './zip';

/** A4 in millimetres, and in twips as Word writes it (R-DOC-1). */
const A4 = { width: 210, height: 297, widthTwip: 11906, heightTwip: 16838 };
const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';

/** The options a document's file depends on beyond its model. */
export type PackOptions = Pick<ResolvedOptions, 'font' | 'margins'>;

/**
 * A `docx` Document with chibo's page: A4, the margins and font of the
 * options, body text 14 pt, and page numbers at the top centre from page 2
 * on (the first page has its own, empty header) (R-DOC-1).
 *
 * @param options - the font and margins.
 * @param children - the body; none for the parts every document shares.
 * @returns the docx Document.
 */
export function createPageDocument(
  options: PackOptions,
  children: FileChild[] = [],
): Document {
  const { margins } = options;
  return new Document({
    creator: 'chibo',
    styles: {
      default: {
        document: { run: { font: options.font, size: SIZES.body * 2 } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.widthTwip, height: A4.heightTwip },
            margin: {
              top: convertMillimetersToTwip(margins.top),
              bottom: convertMillimetersToTwip(margins.bottom),
              left: convertMillimetersToTwip(margins.left),
              right: convertMillimetersToTwip(margins.right),
              header: convertMillimetersToTwip(Math.min(10, margins.top / 2)),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });
}

/**
 * The width between the margins, in twips.
 *
 * @param options - the margins.
 * @returns the text width.
 */
export function getTextWidth(options: PackOptions): number {
  const { left, right } = options.margins;
  return convertMillimetersToTwip(A4.width - left - right);
}

/** Every part of a page's package but the body, built once. */
interface PageParts {
  entries: ZipEntry[];
  /** `word/document.xml` up to `<w:body>`, and from `<w:sectPr` on. */
  head: string;
  tail: string;
  textWidth: number;
}

const pages = createPromiseCache<PageParts>(16);

async function buildPageParts(options: PackOptions): Promise<PageParts> {
  const zip = await Packer.pack(createPageDocument(options), 'uint8array');
  const entries = readZipEntries(zip);
  const document = entries.find((e) => e.name === DOCUMENT);
  const xml = document
    ? new TextDecoder().decode(await inflateEntry(document))
    : '';
  const body = xml.indexOf('<w:body>') + '<w:body>'.length;
  return {
    entries,
    head: xml.slice(0, body),
    tail: xml.slice(xml.indexOf('<w:sectPr', body)),
    textWidth: getTextWidth(options),
  };
}

/**
 * The parts of a package that do not depend on the document (styles,
 * numbering, fonts table, settings, theme, headers, relationships): `docx`
 * writes them once for each font and margins, and every document reuses
 * them, already compressed (issue 17 §4).
 */
function getPageParts(options: PackOptions): Promise<PageParts> {
  return pages(JSON.stringify([options.font, options.margins]), () =>
    buildPageParts(options),
  );
}

/**
 * The document's core properties: its title, and as its dates the
 * document's own date, never the clock (R-DOC-9).
 */
export function coreXml(model: DocumentModel): string {
  const at = model.date ? `${model.date}T00:00:00+07:00` : undefined;
  const date = (name: string) =>
    at
      ? `<dcterms:${name} xsi:type="dcterms:W3CDTF">${at}</dcterms:${name}>`
      : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(model.title)}</dc:title><dc:creator>chibo</dc:creator><cp:lastModifiedBy>chibo</cp:lastModifiedBy><cp:revision>1</cp:revision>${date('created')}${date('modified')}</cp:coreProperties>`
  );
}

/**
 * Write a model, already checked by `assertComplete` (R-DOC-8), as .docx
 * bytes. Works in Node and in browsers: the result is a `Uint8Array` (wrap
 * it in a `Blob` in a browser, or write it with `fs.writeFile` in Node).
 * The same model and options give the same bytes (R-DOC-9): the body is
 * written from the model, the other parts are those `docx` writes for the
 * page, the dates are the model's, and the zip is written in a fixed order.
 *
 * @param model - the document model.
 * @param options - the font and margins.
 * @returns the .docx file.
 */
export async function packDocument(
  model: DocumentModel,
  options: PackOptions,
): Promise<Uint8Array> {
  const page = await getPageParts(options);
  const encoder = new TextEncoder();
  const body = bodyXml(model.blocks, page.textWidth, SIZES.body);
  const document = await deflateEntry(
    DOCUMENT,
    encoder.encode(page.head + body + page.tail),
  );
  const core = storedEntry(CORE, encoder.encode(coreXml(model)));
  const entries = page.entries.map((e) =>
    e.name === DOCUMENT ? document : e.name === CORE ? core : e,
  );
  return writeZip(entries, toDosDate(model.date));
}
