/**
 * The documents checked with a real word processor: LibreOffice converts
 * every generated .docx to PDF in one run, and poppler reads the PDFs back
 * (R-DOC-1..8). On CI (`CI=true`) these tests must run; elsewhere they are
 * skipped, loudly, when LibreOffice is missing.
 */
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marchRecord } from '@chibo/scenario';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanText } from '../src/cleanText';
import {
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '../src/index';
import { hostileRecord, textsOf } from '../src/testSupport/arbitraries';
import {
  marchRating,
  ratedMarchRecord,
  thematicRecord,
} from '../src/testSupport/records';
import { canRunWith, convertToPdf } from './soffice';

const available = canRunWith(
  ['soffice', 'pdftotext', 'pdfinfo', 'pdftoppm'],
  'the word-processor suite',
);

const artifacts = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'test-artifacts',
);
const FUZZ_COUNT = 8;
let dir = '';
const pdf = (name: string) => join(dir, `${name}.pdf`);
const text = (name: string, first?: number, last?: number) =>
  execFileSync(
    'pdftotext',
    [
      ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []),
      '-enc',
      'UTF-8',
      pdf(name),
      '-',
    ],
    { encoding: 'utf8' },
  );
const squash = (s: string) => s.replace(/\s+/g, '');
/** The text of a PDF without the page numbers at the top of pages 2, 3… */
const bodyText = (name: string) =>
  text(name)
    .split('\f')
    .map((page, i) => (i === 0 ? page : page.replace(/^\s*\d+\s*\n/, '')))
    .join('\n');
const fuzzed = fc.sample(hostileRecord, { numRuns: FUZZ_COUNT, seed: 2027 });

describe.skipIf(!available)(
  'LibreOffice opens every document (R-DOC-1..8)',
  () => {
    beforeAll(
      async () => {
        dir = mkdtempSync(join(tmpdir(), 'chibo-docx-'));
        const docs: Record<string, Uint8Array> = {
          'bien-ban': await renderMinutes(ratedMarchRecord),
          'nghi-quyet': await renderResolution(ratedMarchRecord),
          'phieu-cham-diem': await renderRatingSheet(marchRating, {
            record: ratedMarchRecord,
          }),
          'bien-ban-chuyen-de': await renderMinutes(thematicRecord),
          'minutes-en': await renderMinutes(ratedMarchRecord, { locale: 'en' }),
        };
        for (const [i, record] of fuzzed.entries())
          docs[`fuzz-${i}`] = await renderMinutes(record);
        const files = Object.entries(docs).map(([name, bytes]) => {
          const path = join(dir, `${name}.docx`);
          writeFileSync(path, bytes);
          return path;
        });
        convertToPdf(dir, files, 'LibreOffice converts documents to PDF');
        mkdirSync(artifacts, { recursive: true });
        for (const name of ['bien-ban', 'nghi-quyet', 'phieu-cham-diem']) {
          execFileSync('pdftoppm', [
            '-png',
            '-r',
            '80',
            '-f',
            '1',
            '-l',
            '1',
            '-singlefile',
            pdf(name),
            join(artifacts, `${name}-page1`),
          ]);
        }
      },
      slowTestTimeout * 2 + 60_000,
    );

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it.each([
      'bien-ban',
      'nghi-quyet',
      'phieu-cham-diem',
      'bien-ban-chuyen-de',
      'minutes-en',
    ])('R-DOC-1: %s is A4', (name) => {
      expect(
        execFileSync('pdfinfo', [pdf(name)], { encoding: 'utf8' }),
      ).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    });

    it('R-DOC-2: the header is at the top of page 1 of each document', () => {
      for (const name of ['bien-ban', 'nghi-quyet', 'phieu-cham-diem']) {
        const lines = text(name, 1)
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        expect(lines[0], name).toBe('ĐẢNG BỘ XÃ XUÂN QUANG');
        expect(lines.slice(0, 5), name).toEqual(
          expect.arrayContaining([
            'CHI BỘ THÔN TRANG NÙNG',
            'ĐẢNG CỘNG SẢN VIỆT NAM',
          ]),
        );
      }
    });

    it('R-DOC-1: pages are numbered from page 2', () => {
      const pages = Number(
        execFileSync('pdfinfo', [pdf('bien-ban')], { encoding: 'utf8' }).match(
          /Pages:\s+(\d+)/,
        )?.[1],
      );
      expect(pages).toBeGreaterThan(1);
      expect(text('bien-ban', 2).trim().split('\n')[0]?.trim()).toBe('2');
      expect(text('bien-ban', 1).trim().split('\n')[0]?.trim()).not.toBe('1');
    });

    it('R-DOC-6: the minutes carry every name, number, opinion and task with diacritics intact', () => {
      const all = squash(bodyText('bien-ban'));
      for (const m of marchRecord.members)
        expect(all, m.name).toContain(squash(m.name));
      for (const o of marchRecord.meeting.opinions)
        expect(all).toContain(squash(o.text));
      // The tasks stand in tables: pdftotext reads a table line by line
      // across its columns, so a cell that wraps is interleaved with its
      // neighbours; every word must come through (their order is checked in
      // document.xml).
      const words = new Set(bodyText('bien-ban').split(/\s+/));
      for (const t of [
        ...marchRecord.meeting.resolution.tasks,
        ...marchRecord.previousResolution.tasks,
      ]) {
        for (const word of t.description.split(/\s+/))
          expect(words, t.id).toContain(word);
      }
      for (const figure of [
        'Số03-BB/CB',
        'ngày09tháng3năm2027',
        '15/16=93,75%',
        'tánthành12/13',
        'TriệuVănLong',
        'Tổngđiểm:87/100điểm',
        'kếtthúclúc21giờ15phút',
        marchRecord.meeting.conclusion,
        'Đi làm ăn xa tại Bắc Ninh',
      ]) {
        expect(all).toContain(squash(figure));
      }
    });

    it('R-DOC-7: the resolution carries every task with assignees and due dates', () => {
      const all = squash(bodyText('nghi-quyet'));
      for (const t of marchRecord.meeting.resolution.tasks)
        expect(all).toContain(squash(t.description));
      for (const figure of [
        'Số03-NQ/CB',
        'NGHỊQUYẾT',
        'QUYẾTNGHỊ:',
        'Thờihạnhoànthành:ngày20tháng3năm2027',
        'T/MCHIBỘ',
        'Nơinhận:',
        'Lưuchibộ.T/MCHIBỘBÍTHƯHoàngVănMinh',
      ]) {
        expect(all).toContain(figure);
      }
    });

    it('R-DOC-6b: the minutes carry every item with its presenter, summary, opinions and conclusion', () => {
      const all = squash(bodyText('bien-ban'));
      const people = [...marchRecord.members, ...marchRecord.meeting.guests];
      const nameOf = (id: string) =>
        people.find((p) => p.id === id)?.name ?? id;
      for (const item of marchRecord.meeting.agenda) {
        const parts = [
          item.title,
          'presenterId' in item ? nameOf(item.presenterId) : '',
          'summary' in item ? item.summary : '',
          'conclusion' in item ? item.conclusion : '',
          ...marchRecord.meeting.opinions
            .filter((o) => o.agendaItemId === item.id)
            .map((o) => `${nameOf(o.speakerId)}: ${o.text}`),
        ];
        for (const part of parts) expect(all, item.id).toContain(squash(part));
      }
      expect(all).toContain(
        squash(
          `Đồng chí Hoàng Văn Minh trình bày (12 phút): ${marchRecord.meeting.agenda[0].summary}`,
        ),
      );
      expect(all).not.toContain(squash('Nội dung chưa được ghi'));
    });

    it('R-DOC-7b: the resolution carries the grounds, the assessment, the mass organisations and the recipients', () => {
      const all = squash(bodyText('nghi-quyet'));
      const { resolution } = marchRecord.meeting;
      for (const ground of resolution.grounds)
        expect(all).toContain(squash(`Căn cứ ${ground};`));
      expect(all).toContain(squash(resolution.assessment));
      expect(all).toContain(
        squash(
          'Người thực hiện: Lò Thị Hoa, Vàng Seo Chứ, Chi hội Phụ nữ thôn Trang Nùng, Chi đoàn Thanh niên thôn Trang Nùng.',
        ),
      );
      for (const review of marchRecord.meeting.taskReviews) {
        expect(all).toContain(squash(review.result));
        if ('reason' in review) expect(all).toContain(squash(review.reason));
      }
      expect(all).toContain(
        squash(
          'Nơi nhận: - Đảng ủy xã Xuân Quang (để báo cáo), - Đảng viên trong chi bộ, - Lưu chi bộ.',
        ),
      );
    });

    it('the score sheet carries every criterion, the total and the level', () => {
      // pdftotext reads a table line by line across its columns, so a cell
      // that wraps is interleaved with its neighbours, and a word wrapped
      // after its hyphen ("R-" / "PREP-1") loses the hyphen. The order of the
      // text is checked in document.xml; here every word must come through.
      const words = (s: string) =>
        s
          .replace(/-/g, '')
          .split(/[\s,.;:()]+/)
          .filter((w) => w !== '');
      const all = new Set(words(bodyText('phieu-cham-diem')));
      for (const c of marchRating.criteria) {
        for (const word of words(`${c.label ?? ''} ${c.reason ?? ''}`))
          expect(all, `${c.criterionId}: ${word}`).toContain(word);
      }
      const layout = execFileSync(
        'pdftotext',
        ['-layout', '-enc', 'UTF-8', pdf('phieu-cham-diem'), '-'],
        { encoding: 'utf8' },
      );
      const total =
        layout.split('\n').find((l) => l.includes('TỔNG CỘNG')) ?? '';
      expect(total.trim().split(/\s{2,}/)).toEqual([
        'TỔNG CỘNG',
        '100',
        '87',
        'Xếp loại: Khá',
        '87',
        '87',
      ]);
    });

    it('the thematic minutes name the theme; the English minutes read in English', () => {
      expect(squash(bodyText('bien-ban-chuyen-de'))).toContain(
        squash(thematicRecord.meeting.theme),
      );
      expect(squash(bodyText('minutes-en'))).toContain(
        'COMMUNISTPARTYOFVIETNAM',
      );
    });

    it(`R-DOC-8: ${FUZZ_COUNT} hostile records open and their text round-trips`, () => {
      // A PDF keeps only what a font can draw: emoji and random code points
      // (private use, unassigned, other scripts) have no glyph in Times New
      // Roman and may leave no text behind. The comparison keeps the letters and
      // digits of the Latin script, Vietnamese diacritics included, and the XML
      // specials, which is where escaping and normalisation would break.
      const visible = (s: string) =>
        s.normalize('NFC').replace(/[^\p{Script=Latin}\p{Nd}<>&"']/gu, '');
      for (const [i, record] of fuzzed.entries()) {
        const all = visible(bodyText(`fuzz-${i}`));
        const { names, opinions, tasks } = textsOf(record);
        for (const t of [...names, ...opinions, ...tasks])
          expect(all, `fuzz-${i}`).toContain(visible(cleanText(t)));
      }
    });

    it('writes page 1 of each document type as PNG for a person to look at', () => {
      for (const name of ['bien-ban', 'nghi-quyet', 'phieu-cham-diem']) {
        expect(
          readFileSync(join(artifacts, `${name}-page1.png`))
            .subarray(1, 4)
            .toString(),
        ).toBe('PNG');
      }
    });
  },
);
