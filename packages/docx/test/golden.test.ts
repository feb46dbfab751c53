/**
 * The SCENARIO documents as a reviewer from the upper committee reads them:
 * LibreOffice prints each to PDF, `pdftotext -layout` reads the page back,
 * and the text is compared line by line with the golden file committed under
 * `test/golden/` (issue 15 §2), so any layout drift shows in review. The
 * layout rules of 36-HD/VPTW (R-DOC-2b) are checked on the same text.
 *
 * Regenerate the golden files after a deliberate change, then read the diff:
 *
 *   pnpm --filter @chibo/docx golden:update
 *
 * On CI (`CI=true`) these tests must run; elsewhere they are skipped, loudly,
 * when LibreOffice or poppler-utils is missing.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes, renderDocument } from '../src/index';
import { ratedMarchRecord } from '../src/testSupport/records';
import { renderScenarioDocuments } from './renderScenario';
import { canRunWith, convertToPdf } from './soffice';

const available = canRunWith(
  ['soffice', 'pdftotext'],
  'the golden PDF-text suite',
);
const update = process.env.CHIBO_UPDATE_GOLDEN === '1';

const goldenDir = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const SCENARIO = ['bien-ban', 'nghi-quyet', 'phieu-cham-diem'] as const;
let dir = '';
const layout: Record<string, string> = {};

/** The PDF's text as laid out, without trailing spaces or blank end lines. */
function pdfText(name: string): string {
  const text = execFileSync(
    'pdftotext',
    ['-layout', '-enc', 'UTF-8', join(dir, `${name}.pdf`), '-'],
    { encoding: 'utf8' },
  );
  return `${text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trimEnd()}\n`;
}

const lines = (name: string) =>
  (layout[name] ?? '').split('\n').map((l) => l.replace(/^\f/, ''));
const words = (line: string) => line.trim().split(/\s{2,}/);

describe.skipIf(!available)('the SCENARIO documents in LibreOffice', () => {
  beforeAll(
    async () => {
      dir = mkdtempSync(join(tmpdir(), 'chibo-golden-'));
      const adjusted = buildMinutes(ratedMarchRecord);
      adjusted.blocks.push({
        type: 'paragraph',
        runs: [
          {
            text: 'Biên bản lập thành 02 bản, lưu tại chi bộ.',
            source: 'template',
            italics: true,
          },
        ],
      });
      const docs: Record<string, Uint8Array> = {
        ...(await renderScenarioDocuments()),
        'bien-ban-dieu-chinh': await renderDocument(adjusted),
      };
      const files = Object.entries(docs).map(([name, bytes]) => {
        const path = join(dir, `${name}.docx`);
        writeFileSync(path, bytes);
        return path;
      });
      convertToPdf(dir, files, 'LibreOffice prints the golden documents');
      for (const name of Object.keys(docs)) layout[name] = pdfText(name);
    },
    slowTestTimeout * 2 + 60_000,
  );

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.each(SCENARIO)(
    'R-DOC-1..9: %s reads line by line as its golden file',
    (name) => {
      const file = join(goldenDir, `${name}.txt`);
      if (update) {
        mkdirSync(goldenDir, { recursive: true });
        writeFileSync(file, layout[name] ?? '');
      }
      expect(
        existsSync(file),
        `${file} is missing: run pnpm --filter @chibo/docx golden:update`,
      ).toBe(true);
      expect(layout[name]).toBe(readFileSync(file, 'utf8'));
    },
  );

  it('R-DOC-2b: the number and the place and date stand on the same line', () => {
    for (const [name, number] of [
      ['bien-ban', 'Số 03-BB/CB'],
      ['nghi-quyet', 'Số 03-NQ/CB'],
    ] as const) {
      expect(
        lines(name).find((l) => l.includes(number)),
        name,
      ).toMatch(/Số 03-..\/CB\s+Xuân Quang, ngày 09 tháng 3 năm 2027$/);
    }
    expect(
      lines('phieu-cham-diem').some((l) =>
        /^\s+Xuân Quang, ngày 09 tháng 3 năm 2027$/.test(l),
      ),
    ).toBe(true);
  });

  it('R-DOC-2b: a short rule under the title block of every document', () => {
    for (const [name, summary] of [
      ['bien-ban', 'Sinh hoạt chi bộ thường kỳ tháng 3 năm 2027'],
      ['nghi-quyet', 'về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027'],
      [
        'phieu-cham-diem',
        'Chất lượng sinh hoạt chi bộ thường kỳ tháng 3 năm 2027',
      ],
    ] as const) {
      const all = lines(name);
      const at = all.findIndex((l) => l.trim() === summary);
      expect(at, name).toBeGreaterThan(0);
      expect(all[at + 1]?.trim(), name).toBe('-----');
    }
  });

  it('R-DOC-2b: "TT" and the other column headings do not wrap', () => {
    for (const name of SCENARIO) {
      for (const line of lines(name)) {
        expect(line.trim(), name).not.toMatch(/^T$|^T\s{2,}/);
      }
    }
    const minutes = lines('bien-ban').filter((l) => /^\s*TT\s/.test(l));
    expect(minutes.map(words)).toEqual([
      ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Kết quả'],
      ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Thời hạn'],
    ]);
    const sheet = lines('phieu-cham-diem');
    const head = sheet.findIndex((l) => /^\s*TT\s/.test(l));
    expect(words(sheet[head] ?? '')).toEqual([
      'TT',
      'Tiêu chí',
      'Điểm',
      'Điểm',
      'Lý do',
      'Chi ủy',
      'Cấp trên',
    ]);
    expect(words(sheet[head + 1] ?? '')).toEqual([
      'tối đa',
      'chấm',
      'đề xuất',
      'xác nhận',
    ]);
  });

  it('R-DOC-2b, R-TASK-1: progress reads as people write it', () => {
    const all = [...lines('bien-ban'), ...lines('nghi-quyet')].join(' ');
    expect(all).toContain('100% số hộ');
    expect(all).toContain('52/61 hộ');
    expect(all).not.toMatch(/100\/100|%\s*\/|\/\s*100 %/);
  });

  it('R-DOC-2b: the minutes close with one line, then the signatures', () => {
    const all = lines('bien-ban').filter((l) => l.trim() !== '');
    const signatures = all.findIndex((l) => /THƯ KÝ\s+CHỦ TRÌ/.test(l));
    expect(signatures).toBeGreaterThan(0);
    const closing = all
      .slice(signatures - 3, signatures)
      .map((l) => l.trim())
      .join(' ');
    expect(closing).toMatch(
      /Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút, ngày 09 tháng 3 năm 2027; biên bản đã được đọc lại trước chi bộ và được các đồng chí dự họp nhất trí thông qua lúc 21 giờ 12 phút\.$/,
    );
    expect(words(all[signatures + 1] ?? '')).toEqual([
      'Phạm Thị Lan',
      'Hoàng Văn Minh',
    ]);
  });

  it("R-DOC-2b, R-RATE-3: the score sheet's signature blocks do not break, and the bí thư signs for the chi ủy", () => {
    const all = lines('phieu-cham-diem').filter((l) => l.trim() !== '');
    const at = all.findIndex((l) => l.includes('XÁC NHẬN'));
    expect(words(all[at] ?? '')).toEqual([
      'XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN',
      'T/M CHI ỦY',
    ]);
    expect(words(all[at + 1] ?? '')).toEqual(['BÍ THƯ']);
    // The two names stand level.
    expect(words(all[at + 2] ?? '')).toEqual([
      'Triệu Văn Long',
      'Hoàng Văn Minh',
    ]);
  });

  it('issue 15 §4: a model adjusted by the host opens and prints its extra line', () => {
    expect(layout['bien-ban-dieu-chinh']).toContain(
      'Biên bản lập thành 02 bản, lưu tại chi bộ.',
    );
  });
});
