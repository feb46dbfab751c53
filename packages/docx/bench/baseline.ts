import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentModel, DocumentParagraph } from '../src/index';
import { ALIGN, NO_BORDERS } from '../test/docxReference';

const TEXT_WIDTH = 9354; // A4 less 30 + 15 mm, in twips

function para(p: DocumentParagraph): Paragraph {
  return new Paragraph({
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.firstLineIndent ? { firstLine: 567 } : undefined,
    spacing: { before: (p.spaceBefore ?? 0) * 20, after: 60 },
    keepNext: p.keepNext,
    children: p.runs.map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italics,
          underline: r.underline ? {} : undefined,
          size: r.size ? r.size * 2 : undefined,
        }),
    ),
  });
}

/**
 * The baseline of the benchmark: the very same document (runs, alignment,
 * spacing, tables, headers, margins) built directly with `docx` from text
 * computed once beforehand, with no validation, rules, wording or guard.
 *
 * @param model - a model made once, outside the measurement.
 * @returns a function that builds and packs the document.
 */
export function createBaseline(
  model: DocumentModel,
): () => Promise<Uint8Array> {
  const blocks = model.blocks.map((block) =>
    block.type === 'paragraph'
      ? block
      : {
          ...block,
          widths: block.columns.map((c) => Math.floor((c / 100) * TEXT_WIDTH)),
        },
  );
  return async () => {
    const children = blocks.map((b) =>
      b.type === 'paragraph'
        ? para(b)
        : new Table({
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: b.widths,
            layout: TableLayoutType.FIXED,
            borders: b.borders ? undefined : NO_BORDERS,
            rows: b.rows.map(
              (row, i) =>
                new TableRow({
                  tableHeader: b.borders && i === 0,
                  cantSplit: !b.borders,
                  children: row.map(
                    (cell, j) =>
                      new TableCell({
                        width: { size: b.widths[j] ?? 0, type: WidthType.DXA },
                        children: cell.map(para),
                      }),
                  ),
                }),
            ),
          }),
    );
    const doc = new Document({
      styles: {
        default: {
          document: { run: { font: 'Times New Roman', size: 28 } },
        },
      },
      sections: [
        {
          properties: {
            titlePage: true,
            page: {
              size: { width: 11906, height: 16838 },
              margin: {
                top: 1134,
                bottom: 1134,
                left: 1701,
                right: 850,
                header: 567,
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
    return Packer.pack(doc, 'uint8array');
  };
}
