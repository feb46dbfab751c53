/**
 * Issue 15 §5 in a real word processor: LibreOffice prints the SCENARIO
 * minutes written through the shipped template and through `renderMinutes`
 * in one run, and `pdftotext -layout` reads both back. The template's pages
 * read word for word as the built-in minutes (whose layout the golden test
 * reviews line by line against R-DOC-1..9). On CI (`CI=true`) this must run; elsewhere
 * it is skipped, loudly, when LibreOffice or poppler-utils is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MINUTES_TEMPLATE_PATH } from '../scripts/buildMinutesTemplate';
import { renderMinutes } from '../src/index';
import { getMinutesTemplateData, renderTemplate } from '../src/template/index';
import { ratedMarchRecord } from '../src/testSupport/records';
import { canRunWith, convertToPdf } from './soffice';

const available = canRunWith(
  ['soffice', 'pdftotext'],
  'the template path in LibreOffice',
);
let dir = '';
const pages: Record<string, string> = {};

/** The words of a PDF's text, in order, without the page-number lines. */
const words = (text = '') =>
  text
    .split('\n')
    .filter((line) => !/^\f?\s*\d+\s*$/.test(line))
    .join(' ')
    .split(/\s+/)
    .filter((word) => word !== '');

describe.skipIf(!available)(
  'issue 15 §5: the template path in LibreOffice',
  () => {
    beforeAll(
      async () => {
        dir = mkdtempSync(join(tmpdir(), 'chibo-template-'));
        const template = new Uint8Array(readFileSync(MINUTES_TEMPLATE_PATH));
        const docs = {
          'mau-bien-ban': await renderTemplate(template, ratedMarchRecord),
          'bien-ban': await renderMinutes(ratedMarchRecord),
        };
        const files = Object.entries(docs).map(([name, bytes]) => {
          const path = join(dir, `${name}.docx`);
          writeFileSync(path, bytes);
          return path;
        });
        convertToPdf(dir, files, 'LibreOffice prints the template path');
        for (const name of Object.keys(docs)) {
          pages[name] = execFileSync(
            'pdftotext',
            ['-layout', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'],
            { encoding: 'utf8' },
          );
        }
      },
      slowTestTimeout * 2 + 60_000,
    );

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('R-DOC-1..9: the filled template opens and reads word for word as the built-in minutes', () => {
      expect(pages['mau-bien-ban']).toMatch(/BIÊN BẢN/);
      // The template prints names and statuses in regular weight where the
      // built-in minutes print them bold, so a line may wrap elsewhere: the
      // words, in order, are the same (page numbers aside).
      expect(words(pages['mau-bien-ban'])).toEqual(words(pages['bien-ban']));
    });

    it('R-DOC-6b: its PDF holds every presenter, summary, opinion and conclusion, the header and the attendance', () => {
      const flat = (pages['mau-bien-ban'] ?? '').replace(/\s+/g, ' ');
      const data = getMinutesTemplateData(ratedMarchRecord);
      const expected = [
        ...Object.values(data.header).filter((v) => !/^\d{4}-/.test(v)),
        ...data.attendance.lines,
        ...data.agenda.flatMap((item) => [
          item.presenter,
          item.summary,
          item.conclusion,
          ...item.opinions.map((o) => o.text),
        ]),
      ].filter((text) => text !== '');
      for (const text of expected)
        expect(flat).toContain(text.replace(/\s+/g, ' '));
    });
  },
);
