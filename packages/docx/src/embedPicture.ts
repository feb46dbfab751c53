import { ChiboError } from '@chibo/core';
import { bodyXml, escapeXml } from './bodyXml';
import { SIZES } from './layout';
import type { DocumentModel } from './model';
import { getTextWidth, type PackOptions } from './packDocument';
import {
  deflateEntry,
  inflateEntry,
  readZipEntries,
  storedEntry,
  toDosDate,
  writeZip,
} from './zip';

const DOCUMENT = 'word/document.xml';
const RELS = 'word/_rels/document.xml.rels';
const MEDIA = 'word/media/chart1.png';
const REL_ID = 'rIdChart1';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const PIC = 'http://schemas.openxmlformats.org/drawingml/2006/picture';

/** An inline picture, as wide as the text, in a centred paragraph. */
function drawingXml(cx: number, cy: number, description: string): string {
  const alt = escapeXml(description);
  return (
    '<w:p><w:pPr><w:keepNext/><w:spacing w:after="0" w:before="120"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>' +
    `<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="1" name="chart1" descr="${alt}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${A}" noChangeAspect="1"/></wp:cNvGraphicFramePr>` +
    `<a:graphic xmlns:a="${A}"><a:graphicData uri="${PIC}"><pic:pic xmlns:pic="${PIC}">` +
    `<pic:nvPicPr><pic:cNvPr id="1" name="chart1.png" descr="${alt}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${REL_ID}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

/**
 * Put a PNG picture in a packed document in place of one paragraph of its
 * model (the placeholder at `index` of `model.blocks`), as wide as the text
 * and `height / width` as tall. The placeholder is found by position, from
 * the same body XML the packer wrote, so no text of the record can be taken
 * for it. The zip is rewritten in a fixed order with the model's date: the
 * same model and picture give the same bytes (R-DOC-9).
 *
 * @param docx - the bytes `packDocument` wrote for `model`.
 * @param model - the model.
 * @param index - the placeholder paragraph's index in `model.blocks`.
 * @param picture - the PNG, its size in pixels and its description.
 * @param options - the font and margins the document was packed with.
 * @returns the document with the picture.
 */
export async function embedPicture(
  docx: Uint8Array,
  model: DocumentModel,
  index: number,
  picture: { png: Uint8Array; width: number; height: number; alt: string },
  options: PackOptions,
): Promise<Uint8Array> {
  const textWidth = getTextWidth(options);
  const entries = readZipEntries(docx);
  const decoder = new TextDecoder();
  const read = async (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? decoder.decode(await inflateEntry(entry)) : '';
  };
  const xml = await read(DOCUMENT);
  const start =
    xml.indexOf('<w:body>') +
    '<w:body>'.length +
    bodyXml(model.blocks.slice(0, index), textWidth, SIZES.body).length;
  const placeholder = bodyXml(
    model.blocks.slice(index, index + 1),
    textWidth,
    SIZES.body,
  );
  if (xml.slice(start, start + placeholder.length) !== placeholder) {
    throw new ChiboError('invalid-input', {
      vi: 'Không tìm thấy chỗ đặt biểu đồ trong văn bản.',
      en: 'The place for the chart was not found in the document.',
    });
  }
  const cx = textWidth * 635;
  const cy = Math.round((cx * picture.height) / picture.width);
  const encoder = new TextEncoder();
  const document = await deflateEntry(
    DOCUMENT,
    encoder.encode(
      xml.slice(0, start) +
        drawingXml(cx, cy, picture.alt) +
        xml.slice(start + placeholder.length),
    ),
  );
  const rels = await deflateEntry(
    RELS,
    encoder.encode(
      (await read(RELS)).replace(
        '</Relationships>',
        `<Relationship Id="${REL_ID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart1.png"/></Relationships>`,
      ),
    ),
  );
  const out = entries.map((e) =>
    e.name === DOCUMENT ? document : e.name === RELS ? rels : e,
  );
  out.splice(2, 0, storedEntry(MEDIA, picture.png));
  return writeZip(out, toDosDate(model.date));
}
