import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import {
  type AuditCase,
  auditModule,
  integerArgument,
} from '../../core/src/testSupport/apiAudit';
import { MINUTES_TEMPLATE_PATH } from '../scripts/buildMinutesTemplate';
import * as docx from './index';
import * as template from './template/index';
import { marchRating, ratedMarchRecord } from './testSupport/records';
import { book2027, summary2027, trangNung } from './testSupport/year2027';
import * as year from './year/index';

// Issue 13 §4: every exported function of `@chibo/docx`, called with
// wrong-typed arguments, returns (or resolves) or throws a ChiboError, never
// a TypeError: bad input never gives a partial document (R-DOC-8).

const model = docx.buildMinutes(ratedMarchRecord);

/** A returned value means argument `index` was `'vi'`, `'en'` or left out. */
const localeArgument = (index: number) => (_result: unknown, args: unknown[]) =>
  expect(['vi', 'en', undefined]).toContain(args[index]);

/** A returned value means argument `index` was a non-empty text. */
const textArgument = (index: number) => (_result: unknown, args: unknown[]) => {
  expect(typeof args[index]).toBe('string');
  expect((args[index] as string).trim()).not.toBe('');
};

const cases: Record<string, AuditCase> = {
  assertComplete: { args: [model] },
  buildMinutes: { args: [ratedMarchRecord, { locale: 'en' }] },
  buildRatingSheet: {
    args: [
      marchRating,
      {
        record: ratedMarchRecord,
        signer: { titles: ['T/M CHI BỘ', 'BÍ THƯ'], name: 'Hoàng Văn Minh' },
      },
    ],
  },
  buildResolution: { args: [ratedMarchRecord] },
  cleanText: { args: ['Lò Thị Hoa'] },
  formatDocumentDate: {
    args: ['Xuân Quang', '2018-02-20'],
    check: (result, args) => {
      textArgument(0)(result, args);
      localeArgument(2)(result, args);
    },
  },
  formatDocumentMonth: { args: [3], check: integerArgument(0, 1, 12) },
  formatDocumentNumber: {
    args: [3, 'BB', 'CB'],
    check: (result, args) => {
      if (typeof args[0] === 'number') integerArgument(0, 1)(result, args);
      else textArgument(0)(result, args);
      textArgument(1)(result, args);
      textArgument(2)(result, args);
      localeArgument(3)(result, args);
    },
  },
  formatLongDate: { args: ['2027-03-09', 'en'], check: localeArgument(1) },
  getDocumentHash: { args: [new Uint8Array([80, 75, 5, 6])] },
  getLevelForScore: { args: [94] },
  getModelText: { args: [model] },
  renderDocument: { args: [model, { font: 'Liberation Serif' }] },
  renderMany: { args: [[ratedMarchRecord], { document: 'minutes' }] },
  renderMinutes: { args: [ratedMarchRecord] },
  renderRatingSheet: { args: [marchRating, { record: ratedMarchRecord }] },
  renderResolution: { args: [ratedMarchRecord] },
};

describe('@chibo/docx: wrong arguments give a ChiboError', () => {
  auditModule(docx, cases);
});

// Issue 15 §5: the template entry, audited the same way.
const minutesTemplate = new Uint8Array(readFileSync(MINUTES_TEMPLATE_PATH));

describe('@chibo/docx/template: wrong arguments give a ChiboError', () => {
  auditModule(template, {
    getMinutesTemplateData: { args: [ratedMarchRecord, { locale: 'en' }] },
    renderTemplate: {
      args: [minutesTemplate, ratedMarchRecord, { number: 3 }],
    },
  });
});

describe('@chibo/docx/year: wrong arguments give a ChiboError', () => {
  auditModule(year, {
    buildDuesBook: { args: [book2027, { cell: trangNung, keeper: 'Lan' }] },
    buildYearReport: { args: [summary2027, { locale: 'en' }] },
    renderDuesBook: { args: [book2027, { cell: trangNung }] },
    renderYearReport: { args: [summary2027, { number: 12 }] },
  });
});
