import {
  AlignmentType,
  BorderStyle,
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
import { bench, describe } from 'vitest';
import { buildMinutes, renderMinutes } from '../src/index';
import { largeRecord } from '../src/testSupport/records';

// Validate the fixture before measuring: vitest bench hides throwing tasks.
const model = buildMinutes(largeRecord);
const opinions = largeRecord.meeting.opinions.length;
const tasks = largeRecord.meeting.resolution.tasks.length;
if (largeRecord.members.length !== 30 || opinions !== 20 || tasks !== 8) {
  throw new Error('The benchmark needs 30 members, 20 opinions and 8 tasks.');
}
await renderMinutes(largeRecord);

const TEXT_WIDTH = 9354; // A4 less 30 + 15 mm, in twips
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/**
 * The same paragraphs and tables as plain data, computed once: the baseline
 * builds the very same document (runs, alignment, spacing, tables, headers,
 * margins) directly with `docx`, with no validation, rules, wording or guard.
 */
const plain = model.blocks.map((block) =>
  block.type === 'paragraph'
    ? { type: 'p' as const, p: { ...block } }
    : {
        type: 't' as const,
        rows: block.rows,
        borders: block.borders,
        widths: block.columns.map((c) => Math.floor((c / 100) * TEXT_WIDTH)),
      },
);

type Plain = (typeof model.blocks)[number] & { type: 'paragraph' };

function para(p: Plain): Paragraph {
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

async function baseline(): Promise<Uint8Array> {
  const children = plain.map((b) =>
    b.type === 'p'
      ? para(b.p)
      : new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: b.widths,
          layout: TableLayoutType.FIXED,
          borders: b.borders
            ? undefined
            : {
                top: NONE,
                bottom: NONE,
                left: NONE,
                right: NONE,
                insideHorizontal: NONE,
                insideVertical: NONE,
              },
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
      default: { document: { run: { font: 'Times New Roman', size: 28 } } },
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
}

const OPTIONS = { time: 4000, warmupTime: 1000 };

describe('renderMinutes: 30 members, 20 opinions, 8 tasks', () => {
  bench(
    'chibo renderMinutes',
    async () => {
      await renderMinutes(largeRecord);
    },
    OPTIONS,
  );

  bench(
    'baseline: the same paragraphs and tables with docx directly',
    async () => {
      await baseline();
    },
    OPTIONS,
  );
});
