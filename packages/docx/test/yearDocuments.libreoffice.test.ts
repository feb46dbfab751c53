/**
 * The year's documents checked with a real word processor (R-DUES-2,
 * R-YEAR-3): LibreOffice prints the dues book and the yearly report to PDF
 * and poppler reads them back. On CI (`CI=true`) these tests must run;
 * elsewhere they are skipped, loudly, when LibreOffice is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { book2027, summary2027, trangNung } from '../src/testSupport/year2027';
import { renderDuesBook, renderYearReport } from '../src/year/index';
import { canRunWith, convertToPdf } from './soffice';

const available = canRunWith(
  ['soffice', 'pdftotext', 'pdfinfo', 'pdfimages'],
  'the year documents’ word-processor suite',
);
let dir = '';
const pdf = (name: string) => join(dir, `${name}.pdf`);
/** The PDF's text; with `-layout`, a table's row stays on one line. */
const text = (name: string, layout = false) =>
  execFileSync(
    'pdftotext',
    [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf(name), '-'],
    { encoding: 'utf8' },
  );
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(!available)(
  'LibreOffice opens the dues book and the yearly report (R-DUES-2, R-YEAR-3)',
  () => {
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'chibo-year-'));
      const docs: Record<string, Uint8Array> = {
        'so-thu-dang-phi': await renderDuesBook(book2027, {
          cell: trangNung,
          secretary: 'Hoàng Văn Minh',
        }),
        'bao-cao-nam': await renderYearReport(summary2027, { number: 12 }),
        'year-report-en': await renderYearReport(summary2027, {
          locale: 'en',
        }),
      };
      const files = Object.entries(docs).map(([name, bytes]) => {
        const path = join(dir, `${name}.docx`);
        writeFileSync(path, bytes);
        return path;
      });
      convertToPdf(dir, files, 'LibreOffice converts the year documents');
    }, slowTestTimeout * 2);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.each(['so-thu-dang-phi', 'bao-cao-nam', 'year-report-en'])(
      'R-DOC-1: %s opens and is A4',
      (name) => {
        expect(
          execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }),
        ).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
      },
    );

    it('R-DUES-2: the dues book prints the header, 23.400 and 20.500 đ a month, and the year’s totals', () => {
      const all = squash(text('so-thu-dang-phi'));
      for (const figure of [
        'ĐẢNGBỘXÃXUÂNQUANG',
        'SỔTHUĐẢNGPHÍ',
        'TrầnVănHùng23.400',
        'GiàngAPáo20.500',
        '2.326.800',
        'ĐỗVănQuang:chưanộpđủtháng02,03,05/2027',
      ])
        expect(all).toContain(figure);
    });

    it('R-YEAR-3: the report prints its figures and the attendance by month, with the chart as a picture', () => {
      const all = squash(text('bao-cao-nam'));
      for (const figure of [
        'Số12-BC/CB',
        '179/192(93,22%)',
        '2.326.800đ',
        'ĐỗVănQuang:khôngđóngđảngphítháng02,03,05/2027',
      ])
        expect(all).toContain(figure);
      // The labels under the chart: one row of figures, one of months.
      const layout = squash(text('bao-cao-nam', true));
      expect(layout).toContain('94%94%94%100%88%94%81%94%100%94%88%100%');
      expect(layout).toContain('T1T2T3T4T5T6T7T8T9T10T11T12');
      const images = execFileSync('pdfimages', ['-list', pdf('bao-cao-nam')], {
        encoding: 'utf8',
      });
      expect(images).toMatch(/\b1200\s+360\b/);
      expect(squash(text('year-report-en'))).toContain(
        'Meanattendanceattheregularmeetings:179/192(93.22%)',
      );
    });
  },
);
