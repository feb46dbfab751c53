import type { ChiboIssue } from '@chibo/core';
import { argumentError } from './argumentError';
import type { DocumentModel, DocumentParagraph } from './model';

type Path = PropertyKey[];
type Fields = Record<string, unknown>;

/** A check of one value, and what it expects in Vietnamese and English. */
type Rule = readonly [
  check: (value: unknown) => boolean,
  vi: string,
  en: string,
];

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const OBJECT: Rule = [isObject, 'Cần một đối tượng.', 'Expected an object.'];
const ARRAY: Rule = [Array.isArray, 'Cần một mảng.', 'Expected an array.'];
const STRING: Rule = [
  (value) => typeof value === 'string',
  'Cần một chuỗi.',
  'Expected a string.',
];
const FLAG: Rule = [
  (value) => value === undefined || typeof value === 'boolean',
  'Cần true hoặc false.',
  'Expected true or false.',
];
const SIZE: Rule = [
  (value) => typeof value === 'number' && Number.isFinite(value) && value >= 0,
  'Cần một số hữu hạn không âm.',
  'Expected a finite number, not negative.',
];

const optional = ([check, vi, en]: Rule): Rule => [
  (value) => value === undefined || check(value),
  vi,
  en,
];

const oneOf = (...values: unknown[]): Rule => {
  const list = values.map((v) => `"${v}"`).join(', ');
  return [
    (value) => values.includes(value),
    `Cần một trong các giá trị: ${list}.`,
    `Expected one of: ${list}.`,
  ];
};

const MODEL: Fields = {
  kind: oneOf(
    'minutes',
    'resolution',
    'rating-sheet',
    'dues-book',
    'year-report',
  ),
  title: STRING,
};
const BLOCK = oneOf('paragraph', 'table');
const TABLE: Fields = { borders: FLAG, headerRow: FLAG };
const PARAGRAPH: Fields = {
  type: oneOf('paragraph'),
  align: optional(oneOf('left', 'center', 'right', 'justify')),
  firstLineIndent: FLAG,
  keepNext: FLAG,
  spaceBefore: optional(SIZE),
};
const RUN: Fields = {
  text: STRING,
  source: oneOf('template', 'value'),
  bold: FLAG,
  italics: FLAG,
  underline: FLAG,
  size: optional(SIZE),
};

/**
 * Every paragraph of a model in reading order, tables included, after
 * checking that the model is one: a `DocumentModel` as `buildMinutes`,
 * `buildResolution` and `buildRatingSheet` make it (issue 13 §4, R-DOC-8:
 * a run whose text is not a string must not reach a document).
 *
 * @param model - the model, as the caller passed it.
 * @returns the paragraphs.
 * @throws ChiboError `invalid-argument` listing every field that is wrong,
 *   with its path from `model`.
 */
export function modelParagraphs(model: DocumentModel): DocumentParagraph[] {
  const issues: ChiboIssue[] = [];
  const paragraphs: DocumentParagraph[] = [];
  const check = (value: unknown, [ok, vi, en]: Rule, path: Path) => {
    if (ok(value)) return true;
    const message = { vi, en };
    issues.push({ path: ['model', ...path], code: 'invalid_type', message });
    return false;
  };
  /** An object's fields, each with its rule. */
  const fields = (value: unknown, rules: Fields, path: Path) => {
    if (!check(value, OBJECT, path)) return false;
    for (const [key, rule] of Object.entries(rules)) {
      check((value as Fields)[key], rule as Rule, [...path, key]);
    }
    return true;
  };
  const each = (
    value: unknown,
    path: Path,
    visit: (v: unknown, at: Path) => void,
  ) => {
    if (check(value, ARRAY, path)) {
      (value as unknown[]).forEach((item, i) => {
        visit(item, [...path, i]);
      });
    }
  };
  const paragraph = (value: unknown, path: Path) => {
    if (!fields(value, PARAGRAPH, path)) return;
    each((value as Fields).runs, [...path, 'runs'], (run, at) => {
      fields(run, RUN, at);
    });
    paragraphs.push(value as DocumentParagraph);
  };
  const block = (value: unknown, path: Path) => {
    if (!check(value, OBJECT, path)) return;
    const { type, columns, rows } = value as Fields;
    if (type === 'paragraph') return paragraph(value, path);
    if (!check(type, BLOCK, [...path, 'type'])) return;
    fields(value, TABLE, path);
    each(columns, [...path, 'columns'], (width, at) => {
      check(width, SIZE, at);
    });
    each(rows, [...path, 'rows'], (row, at) => {
      each(row, at, (cell, at) => {
        each(cell, at, paragraph);
      });
    });
  };
  if (fields(model, MODEL, [])) {
    each((model as unknown as Fields).blocks, ['blocks'], block);
  }
  if (issues.length > 0) throw argumentError('model', issues);
  return paragraphs;
}
