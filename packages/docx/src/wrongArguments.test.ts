import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { assertComplete } from './assertComplete';
import { cleanText } from './cleanText';
import {
  formatDocumentDate,
  formatDocumentMonth,
  formatDocumentNumber,
  formatLongDate,
} from './format';
import { buildMinutes, renderMinutes } from './minutes';
import { type DocumentModel, getModelText } from './model';
import { buildRatingSheet } from './ratingSheet';
import { renderMany } from './renderMany';
import { buildResolution, renderResolution } from './resolution';
import { marchRating, ratedMarchRecord } from './testSupport/records';

// Issue 13 §4: a wrong argument is a ChiboError `invalid-argument` whose
// issue path names it, never a TypeError or a plausible wrong answer; bad
// input never gives a partial document (R-DOC-8).

/** Wrong-typed values, passed where the types forbid them. */
const wrong = (value: unknown) => value as never;

/** The error `run` throws, or rejects with. */
async function errorOf(run: () => unknown): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  return expect.unreachable('no error');
}

/** `run` fails with `invalid-argument` and an issue at `path`. */
async function expectWrong(run: () => unknown, path: PropertyKey[]) {
  const error = await errorOf(run);
  expect(error).toBeInstanceOf(ChiboError);
  expect(error).toMatchObject({ code: 'invalid-argument' });
  const { issues, messages } = error as ChiboError;
  expect(issues.map((issue) => issue.path)).toContainEqual(path);
  expect(messages.vi).not.toBe('');
  expect(messages.en).not.toBe('');
}

describe('the text and format functions name their wrong argument (issue 13 §4)', () => {
  it('R-DOC-8: cleanText refuses anything but a string', async () => {
    for (const value of [undefined, null, 5, {}, ['a']]) {
      await expectWrong(() => cleanText(wrong(value)), ['text']);
    }
  });

  it('R-DOC-4: formatDocumentMonth takes only a whole month 1..12', async () => {
    for (const month of [0, 13, 2.5, '3', Number.NaN, null]) {
      await expectWrong(() => formatDocumentMonth(wrong(month)), ['month']);
    }
  });

  it('R-DOC-4: formatLongDate refuses another locale (never English by default) and a date that is not one', async () => {
    await expectWrong(
      () => formatLongDate('2027-03-09', wrong('fr')),
      ['locale'],
    );
    await expectWrong(
      () => formatLongDate('2027-03-09', wrong(null)),
      ['locale'],
    );
    await expectWrong(() => formatLongDate(wrong(20270309)), ['date']);
    await expectWrong(() => formatLongDate('2027-02-30'), ['date']);
  });

  it('R-DOC-4: formatDocumentDate refuses an empty or missing place', async () => {
    for (const place of ['', '  ', undefined, 5, {}]) {
      await expectWrong(
        () => formatDocumentDate(wrong(place), '2027-03-09'),
        ['placeName'],
      );
    }
    await expectWrong(
      () => formatDocumentDate('Xuân Quang', '2027-03-09', wrong('x')),
      ['locale'],
    );
  });

  it('R-DOC-3: formatDocumentNumber never writes "Số NaN-BB/CB" or "Số 00-BB/CB"', async () => {
    for (const number of [Number.NaN, 0, -1, 2.5, 2 ** 53, '', ' ', null, {}]) {
      await expectWrong(
        () => formatDocumentNumber(wrong(number), 'BB', 'CB'),
        ['number'],
      );
    }
    await expectWrong(() => formatDocumentNumber(3, '', 'CB'), ['typeCode']);
    await expectWrong(
      () => formatDocumentNumber(3, 'BB', wrong(undefined)),
      ['issuerCode'],
    );
    await expectWrong(
      () => formatDocumentNumber(3, 'BB', 'CB', wrong('fr')),
      ['locale'],
    );
  });
});

describe('R-DOC-8: a value that is not a document model is named field by field (issue 13 §4)', () => {
  const good = buildMinutes(ratedMarchRecord);
  const withBlock = (block: unknown) =>
    wrong({ ...good, blocks: [...good.blocks, block] }) as DocumentModel;
  const index = good.blocks.length;

  it('getModelText and assertComplete refuse what is not a model', async () => {
    for (const fn of [getModelText, assertComplete]) {
      for (const value of [undefined, null, 'BIÊN BẢN', []]) {
        await expectWrong(() => fn(wrong(value)), ['model']);
      }
    }
  });

  it('assertComplete does not pass a run whose text is not a string', async () => {
    const bad = withBlock({
      type: 'paragraph',
      runs: [{ text: null, source: 'template' }],
    });
    await expectWrong(
      () => assertComplete(bad),
      ['model', 'blocks', index, 'runs', 0, 'text'],
    );
    await expectWrong(
      () => getModelText(bad),
      ['model', 'blocks', index, 'runs', 0, 'text'],
    );
  });

  it('names every wrong field: a kind, a block type, a flag, a size, a table cell', async () => {
    const run = { text: 'x', source: 'value' };
    const cases: [DocumentModel, PropertyKey[]][] = [
      [wrong({}), ['model', 'blocks']],
      [wrong({ ...good, kind: 'letter' }), ['model', 'kind']],
      [wrong({ ...good, title: 5 }), ['model', 'title']],
      [withBlock({ type: 'image' }), ['model', 'blocks', index, 'type']],
      [
        withBlock({ type: 'paragraph', runs: [{ ...run, bold: 'yes' }] }),
        ['model', 'blocks', index, 'runs', 0, 'bold'],
      ],
      [
        withBlock({ type: 'paragraph', runs: [{ ...run, source: 'x' }] }),
        ['model', 'blocks', index, 'runs', 0, 'source'],
      ],
      [
        withBlock({ type: 'paragraph', runs: [], spaceBefore: Number.NaN }),
        ['model', 'blocks', index, 'spaceBefore'],
      ],
      [
        withBlock({
          type: 'table',
          columns: [1],
          borders: true,
          rows: [[[{ type: 'paragraph', runs: 'x' }]]],
        }),
        ['model', 'blocks', index, 'rows', 0, 0, 0, 'runs'],
      ],
    ];
    for (const [model, path] of cases) {
      await expectWrong(() => assertComplete(model), path);
    }
  });

  it('a model made by chibo passes unchanged', () => {
    expect(assertComplete(good)).toBe(good);
    expect(getModelText(good).split('\n')[0]).toBe('ĐẢNG BỘ XÃ XUÂN QUANG');
  });
});

describe('the renderers name a wrong option (issue 13 §4)', () => {
  const record = ratedMarchRecord;

  it('renderMinutes and renderResolution reject options that are not an object', async () => {
    for (const options of [null, 'en', 3, ['en']]) {
      await expectWrong(
        () => renderMinutes(record, wrong(options)),
        ['options'],
      );
      await expectWrong(
        () => renderResolution(record, wrong(options)),
        ['options'],
      );
      await expectWrong(
        () => buildRatingSheet(marchRating, wrong(options)),
        ['options'],
      );
    }
  });

  it.each([
    ['locale', null],
    ['placeName', 5],
    ['issuerCode', {}],
    ['font', ['Times New Roman']],
    ['margins', 'wide'],
    ['margins', [10]],
    ['number', 2 ** 53],
    ['number', {}],
    ['date', '2027-02-30'],
    ['date', new Date('2027-03-09')],
  ])('options.%s = %j is refused, with its path', async (key, value) => {
    await expectWrong(
      () => buildMinutes(record, wrong({ [key]: value })),
      ['options', key],
    );
  });

  it('R-DOC-7: recipients must be a list of texts', async () => {
    for (const recipients of ['Lưu chi bộ.', [5], null]) {
      await expectWrong(
        () => buildResolution(record, wrong({ recipients })),
        ['options', 'recipients'],
      );
    }
  });

  it('renderMany refuses wrong options and records that cannot be iterated at once, before any document', async () => {
    await expectWrong(() => renderMany([record], wrong(null)), ['options']);
    await expectWrong(
      () => renderMany([record], wrong({ document: 'letter' })),
      ['options', 'document'],
    );
    await expectWrong(
      () => renderMany([record], wrong({ placeName: 5 })),
      ['options', 'placeName'],
    );
    for (const records of [undefined, 5, 'ab', {}]) {
      await expectWrong(() => renderMany(wrong(records)), ['records']);
    }
  });
});
