/**
 * Writes `templates/bien-ban.docx`: the built-in minutes as a template for
 * `@chibo/docx/template` (issue 15 §5). The page, header, title block,
 * headings, tables and signatures are those of `renderMinutes`, written by
 * the same layout functions and packer; where the built-in minutes print a
 * value, the template holds a placeholder of `MinutesTemplateData`. A
 * province starts from this file, changes what its own form changes, and
 * keeps the placeholders.
 *
 *   pnpm --filter @chibo/docx template:build
 *
 * The file is the same bytes on every run (no date, R-DOC-9); a test checks
 * that the committed file is what this script writes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bodyLine,
  documentHeader,
  documentTitle,
  gridTable,
  heading,
  signatureBlock,
} from '../src/layout';
import {
  type DocumentBlock,
  type DocumentModel,
  type DocumentParagraph,
  type DocumentTable,
  paragraph,
  wording,
} from '../src/model';
import { resolveOptions } from '../src/options';
import { packDocument } from '../src/packDocument';

/** Where the template is written. */
export const MINUTES_TEMPLATE_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'templates',
  'bien-ban.docx',
);

/** `{{name}}`. */
const ph = (name: string) => `{{${name}}}`;

/** A paragraph that holds only a command: docx-templates removes it. */
const command = (text: string): DocumentParagraph => paragraph(text);

/** Paragraphs repeated for each element of a list. */
function each(
  name: string,
  list: string,
  body: DocumentBlock[],
): DocumentBlock[] {
  return [
    command(ph(`FOR ${name} IN ${list}`)),
    ...body,
    command(ph(`END-FOR ${name}`)),
  ];
}

/** Paragraphs printed only when a field is not empty. */
function when(field: string, body: DocumentBlock[]): DocumentBlock[] {
  return [command(ph(`IF ${field}`)), ...body, command(ph('END-IF'))];
}

/** One body line for each text of a list. */
const lines = (name: string, list: string) =>
  each(name, list, [bodyLine(ph(`$${name}`))]);

/**
 * A ruled table whose body row is repeated for each element of a list: a
 * row opens the loop, a row closes it (docx-templates removes both).
 */
function loopTable(
  columns: number[],
  head: string[],
  name: string,
  list: string,
  fields: string[],
): DocumentTable {
  const only = (text: string) =>
    fields.map((_, i) => [wording(i === 0 ? text : '')]);
  return gridTable(columns, head, [
    only(ph(`FOR ${name} IN ${list}`)),
    fields.map((field) => [wording(ph(`$${name}.${field}`))]),
    only(ph(`END-FOR ${name}`)),
  ]);
}

/** The header, with the names as placeholders (not in capitals). */
function header(): DocumentTable {
  const table = documentHeader(
    {
      superior: 'SUPERIOR',
      issuer: 'ISSUER',
      number: ph('header.number'),
      placeAndDate: ph('header.placeAndDate'),
    },
    'vi',
  );
  const names: Record<string, string> = {
    SUPERIOR: ph('header.superior'),
    ISSUER: ph('header.issuer'),
    'ĐẢNG CỘNG SẢN VIỆT NAM': ph('header.party'),
  };
  const rows = table.rows.map((row) =>
    row.map((cell) =>
      cell.map((p) => ({
        ...p,
        runs: p.runs.map((r) => ({ ...r, text: names[r.text] ?? r.text })),
      })),
    ),
  );
  return { ...table, rows };
}

/**
 * The model of the minutes template: the built-in layout with placeholders.
 *
 * @returns the model.
 */
export function minutesTemplateModel(): DocumentModel {
  const italic = (text: string) => bodyLine([wording(text, { italics: true })]);
  const blocks: DocumentBlock[] = [
    header(),
    ...documentTitle(ph('title.name'), [[wording(ph('$titleLine'))]]).flatMap(
      (p, i) =>
        i === 1
          ? each('titleLine', 'title.lines', [p])
          : ([p] as DocumentBlock[]),
    ),
    heading('I. THỜI GIAN, ĐỊA ĐIỂM'),
    ...lines('time', 'timeAndPlace.lines'),
    heading('II. THÀNH PHẦN'),
    ...lines('present', 'attendance.lines'),
    ...lines('dues', 'attendance.dues'),
    heading('III. NỘI DUNG'),
    heading('1. Chương trình sinh hoạt'),
    ...each('entry', 'agenda', [
      bodyLine(`${ph('$entry.number')}. ${ph('$entry.title')}`),
    ]),
    heading('2. Diễn biến và ý kiến phát biểu'),
    ...each('item', 'agenda', [
      italic(`Nội dung ${ph('$item.number')}: ${ph('$item.title')}`),
      ...lines('said', '$item.lines'),
    ]),
    ...when('otherOpinions.length', [
      italic('Ý kiến khác:'),
      ...each('other', 'otherOpinions', [bodyLine(ph('$other.line'))]),
    ]),
    heading('3. Đánh giá kết quả thực hiện nghị quyết tháng trước'),
    loopTable(
      [6, 40, 22, 32],
      ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Kết quả'],
      'reviewed',
      'review',
      ['number', 'task', 'assignees', 'result'],
    ),
    ...when('conclusion.heading', [
      heading(ph('conclusion.heading')),
      bodyLine(ph('conclusion.text')),
    ]),
    ...when('tasks.heading', [
      heading(ph('tasks.heading')),
      loopTable(
        [6, 46, 28, 20],
        ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Thời hạn'],
        'task',
        'tasks.items',
        ['number', 'description', 'assignees', 'due'],
      ),
    ]),
    heading('IV. BIỂU QUYẾT'),
    ...when('votes.none', [bodyLine(ph('votes.none'))]),
    ...lines('vote', 'votes.lines'),
    heading('V. XẾP LOẠI CHẤT LƯỢNG SINH HOẠT'),
    ...lines('rated', 'rating.lines'),
    ...each('closingLine', 'closing.lines', [
      { ...bodyLine(ph('$closingLine')), keepNext: true },
    ]),
    ...signatureBlock(
      {
        titles: [ph('signatures.left.title')],
        name: ph('signatures.left.name'),
      },
      {
        titles: [ph('signatures.right.title')],
        name: ph('signatures.right.name'),
      },
    ),
  ];
  return { kind: 'minutes', title: 'Mẫu biên bản sinh hoạt chi bộ', blocks };
}

/**
 * The template's bytes: the model written by the built-in packer, with no
 * date, so that every run gives the same file.
 *
 * @returns the .docx template.
 */
export function buildMinutesTemplate(): Promise<Uint8Array> {
  return packDocument(minutesTemplateModel(), resolveOptions());
}

if (process.argv[1]?.endsWith('buildMinutesTemplate.ts')) {
  writeFileSync(MINUTES_TEMPLATE_PATH, await buildMinutesTemplate());
  console.log(`wrote ${MINUTES_TEMPLATE_PATH}`);
}
