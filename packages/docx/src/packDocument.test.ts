import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packWithDocx } from '../test/docxReference';
import { escapeXml } from './bodyXml';
import { buildMinutes, buildRatingSheet, buildResolution } from './index';
import type { DocumentModel } from './model';
import { resolveOptions } from './options';
import { packDocument } from './packDocument';
import { hostileRecord } from './testSupport/arbitraries';
import { readDocxParts } from './testSupport/docxText';
import { marchRating, ratedMarchRecord } from './testSupport/records';
import { readZipEntries } from './zip';

const options = resolveOptions({});
const scenario: Record<string, DocumentModel> = {
  minutes: buildMinutes(ratedMarchRecord),
  resolution: buildResolution(ratedMarchRecord),
  'rating-sheet': buildRatingSheet(marchRating, { record: ratedMarchRecord }),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('R-DOC-9: the same model gives the same bytes', () => {
  it.each(Object.keys(scenario))(
    '%s: the same bytes in 2027 and in 2031, with no wall-clock time in the file',
    async (name) => {
      const model = scenario[name] as DocumentModel;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2027-03-09T14:00:00Z'));
      const first = await packDocument(model, options);
      vi.setSystemTime(new Date('2031-11-30T23:59:59Z'));
      const second = await packDocument(model, options);
      expect(second).toEqual(first);
      const xml = Object.values(readDocxParts(first)).join('\n');
      expect(xml).not.toMatch(/2031|2026-|Un-named/);
    },
  );

  it("core.xml carries the model's title and its date, never the clock", async () => {
    const parts = readDocxParts(
      await packDocument(scenario.minutes as DocumentModel, options),
    );
    const core = parts['docProps/core.xml'] ?? '';
    expect(core).toContain('<dc:title>BIÊN BẢN tháng 3 năm 2027</dc:title>');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-09T00:00:00+07:00</dcterms:created>',
    );
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-09T00:00:00+07:00</dcterms:modified>',
    );
  });

  it('a model without a date gives a file without dates', async () => {
    const { date: _, ...undated } = scenario.minutes as DocumentModel;
    const bytes = await packDocument(undated, options);
    expect(readDocxParts(bytes)['docProps/core.xml']).not.toContain(
      'dcterms:created',
    );
    for (const entry of readZipEntries(bytes)) expect(entry.name).not.toBe('');
  });

  it("every zip entry is dated with the document's date (2027-03-09), in a fixed order", async () => {
    const bytes = await packDocument(
      scenario.minutes as DocumentModel,
      options,
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    // Local headers: the date is at offset 12 of each.
    const names = readZipEntries(bytes).map((e) => e.name);
    expect(names[0]).toBe('word/_rels/document.xml.rels');
    expect(names).toContain('word/document.xml');
    expect(view.getUint16(12, true)).toBe(((2027 - 1980) << 9) | (3 << 5) | 9);
    expect(view.getUint16(10, true)).toBe(0);
  });
});

describe('issue 17 §4: the fast writer writes what docx writes', () => {
  const comparable = (bytes: Uint8Array) => {
    const files = unzipSync(bytes);
    delete files['docProps/core.xml'];
    return Object.fromEntries(
      Object.entries(files).map(([path, data]) => [path, strFromU8(data)]),
    );
  };

  it.each(Object.keys(scenario))(
    '%s: every part but core.xml is the one docx writes for the same model',
    async (name) => {
      const model = scenario[name] as DocumentModel;
      expect(comparable(await packDocument(model, options))).toEqual(
        comparable(await packWithDocx(model, options)),
      );
    },
  );

  it('R-DOC-1: other margins and another font, for hostile records too', async () => {
    const wide = resolveOptions({
      margins: { top: 25, bottom: 25, left: 35 },
      font: 'Liberation Serif',
    });
    const records = fc.sample(hostileRecord, { numRuns: 3, seed: 17 });
    for (const record of records) {
      const model = buildMinutes(record);
      expect(comparable(await packDocument(model, wide))).toEqual(
        comparable(await packWithDocx(model, wide)),
      );
    }
  });
});

describe('R-DOC-8: escapeXml', () => {
  it('escapes the five specials as docx does, keeps NFC, drops what XML forbids', () => {
    expect(escapeXml(`a&<>"'b`)).toBe('a&amp;&lt;&gt;&quot;&apos;b');
    expect(escapeXml('Lo\u0300 Thi\u0323 Hoa')).toBe('Lò Thị Hoa');
    expect(escapeXml('a\u0000\u0007\u001Fb\tc')).toBe('ab\tc');
    expect(escapeXml('x\uD800y\uDFFFz😀')).toBe('x\uFFFDy\uFFFDz😀');
  });
});
