import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
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
import { SIZES } from './layout';
import type {
  DocumentBlock,
  DocumentModel,
  DocumentParagraph,
  DocumentRun,
  DocumentTable,
} from './model';
import type { ResolvedOptions } from './options';

/** A4 in millimetres, and in twips as Word writes it (R-DOC-1). */
const A4 = { width: 210, height: 297, widthTwip: 11906, heightTwip: 16838 };

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function textRuns(run: DocumentRun): TextRun[] {
  const style = {
    bold: run.bold,
    italics: run.italics,
    underline: run.underline ? {} : undefined,
    size: run.size ? run.size * 2 : undefined,
  };
  return run.text
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }),
    );
}

function toParagraph(p: DocumentParagraph): Paragraph {
  return new Paragraph({
    children: p.runs.flatMap(textRuns),
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.firstLineIndent
      ? { firstLine: convertMillimetersToTwip(10) }
      : undefined,
    spacing: { before: (p.spaceBefore ?? 0) * 20, after: 60 },
    keepNext: p.keepNext,
  });
}

function toTable(t: DocumentTable, textWidth: number): Table {
  const total = t.columns.reduce((a, b) => a + b, 0);
  const widths = t.columns.map((c) => Math.floor((c / total) * textWidth));
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: t.borders ? undefined : NO_BORDERS,
    rows: t.rows.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: t.headerRow === true && rowIndex === 0,
          // A row stays on one page (Word and LibreOffice still split a row
          // taller than a page), so a criterion is never read across a break.
          cantSplit: true,
          children: row.map(
            (cell, index) =>
              new TableCell({
                width: { size: widths[index] ?? 0, type: WidthType.DXA },
                children: cell.map(toParagraph),
              }),
          ),
        }),
    ),
  });
}

function toBlock(block: DocumentBlock, textWidth: number): Paragraph | Table {
  return block.type === 'paragraph'
    ? toParagraph(block)
    : toTable(block, textWidth);
}

/**
 * Turn a document model into a `docx` Document: A4, the margins and font of
 * the options, body text 14 pt, and page numbers at the top centre from page
 * 2 on (the first page has its own, empty header) (R-DOC-1).
 *
 * @param model - the model, already checked by `assertComplete`.
 * @param options - the resolved options.
 * @returns the docx Document.
 */
export function toDocxDocument(
  model: DocumentModel,
  options: ResolvedOptions,
): Document {
  const { margins } = options;
  const textWidth = convertMillimetersToTwip(
    A4.width - margins.left - margins.right,
  );
  const pageNumber = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT] })],
      }),
    ],
  });
  return new Document({
    title: model.title,
    creator: 'chibo',
    styles: {
      default: {
        document: {
          run: { font: options.font, size: SIZES.body * 2 },
        },
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
          default: pageNumber,
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        children: model.blocks.map((b) => toBlock(b, textWidth)),
      },
    ],
  });
}

/**
 * Write a model, already checked by `assertComplete` (R-DOC-8), as .docx bytes. Works in Node and in
 * browsers: the result is a `Uint8Array` (wrap it in a `Blob` in a browser,
 * or write it with `fs.writeFile` in Node).
 *
 * @param model - the document model.
 * @param options - the resolved options.
 * @returns the .docx file.
 */
export async function packDocument(
  model: DocumentModel,
  options: ResolvedOptions,
): Promise<Uint8Array> {
  return Packer.pack(toDocxDocument(model, options), 'uint8array');
}
