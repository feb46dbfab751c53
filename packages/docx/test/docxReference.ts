/**
 * The way @chibo/docx packed a model before issue 17 §4: every paragraph,
 * run and table built as a `docx` object, the whole package compiled and
 * zipped by `Packer` for each document. Kept as the reference the fast
 * writer is compared with (the same body markup) and as the "current path"
 * of the benchmark.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  type Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { SIZES } from '../src/layout';
import type {
  DocumentBlock,
  DocumentModel,
  DocumentParagraph,
  DocumentRun,
  DocumentTable,
} from '../src/model';
import {
  createPageDocument,
  getTextWidth,
  type PackOptions,
} from '../src/packDocument';
import { getColumnWidths } from '../src/textWidth';

/** The model's alignments as `docx` names them. */
export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
/** The borders of an invisible table (header, signatures). */
export const NO_BORDERS = {
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
  const widths = getColumnWidths(t, textWidth, SIZES.body);
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: t.borders ? undefined : NO_BORDERS,
    rows: t.rows.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: t.headerRow === true && rowIndex === 0,
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
 * A model as a whole `docx` Document, built object by object.
 *
 * @param model - the model.
 * @param options - font and margins.
 * @returns the Document.
 */
export function toDocxReference(
  model: DocumentModel,
  options: PackOptions,
): Document {
  const textWidth = getTextWidth(options);
  return createPageDocument(
    options,
    model.blocks.map((block) => toBlock(block, textWidth)),
  );
}

/**
 * The reference path: build the Document and let `Packer` compile and zip
 * every part.
 *
 * @param model - the model.
 * @param options - font and margins.
 * @returns the .docx bytes.
 */
export function packWithDocx(
  model: DocumentModel,
  options: PackOptions,
): Promise<Uint8Array> {
  return Packer.pack(toDocxReference(model, options), 'uint8array');
}
