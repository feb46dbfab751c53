import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { getDocumentHash } from './documentHash';
import { buildMinutes, renderMinutes } from './minutes';
import type { DocumentModel } from './model';
import { renderDocument } from './renderDocument';
import { readDocxParagraphs, readDocxParts } from './testSupport/docxText';
import { ratedMarchRecord } from './testSupport/records';

describe('renderDocument: a host adjusts the model (issue 15 §4)', () => {
  it('an unadjusted model gives the very bytes renderMinutes gives (R-DOC-9)', async () => {
    const bytes = await renderDocument(buildMinutes(ratedMarchRecord));
    expect(bytes).toEqual(await renderMinutes(ratedMarchRecord));
    expect(await getDocumentHash(bytes)).toBe(
      await getDocumentHash(await renderMinutes(ratedMarchRecord)),
    );
  });

  it("adds a province's own line and an extra paragraph; the file keeps them, NFC and escaped", async () => {
    const model = buildMinutes(ratedMarchRecord);
    model.blocks.splice(1, 0, {
      type: 'paragraph',
      align: 'center',
      runs: [
        {
          text: 'Mẫu 02-BB (Tỉnh ủy Lào Cai) <bản lưu> & "sổ"',
          source: 'template',
          italics: true,
        },
      ],
    });
    model.blocks.push({
      type: 'paragraph',
      runs: [
        {
          text: 'Biên bản gồm 04 trang, lập thành 02 bản. Người nhận: ',
          source: 'template',
        },
        { text: 'Lo\u0300 Thi\u0323 Hoa', source: 'value', bold: true },
      ],
    });
    const bytes = await renderDocument(model, { margins: { left: 35 } });
    const lines = readDocxParagraphs(bytes);
    expect(lines[6]).toBe('Mẫu 02-BB (Tỉnh ủy Lào Cai) <bản lưu> & "sổ"');
    expect(lines.at(-1)).toBe(
      'Biên bản gồm 04 trang, lập thành 02 bản. Người nhận: Lò Thị Hoa',
    );
    const xml = readDocxParts(bytes)['word/document.xml'] ?? '';
    expect(xml).toContain('&lt;bản lưu&gt; &amp; &quot;sổ&quot;');
    expect(xml).toContain('w:left="1984"');
  });

  it("R-DOC-9: the file's dates are the model's date", async () => {
    const model = { ...buildMinutes(ratedMarchRecord), date: '2027-04-01' };
    const core = readDocxParts(await renderDocument(model))[
      'docProps/core.xml'
    ];
    expect(core).toContain('2027-04-01T00:00:00+07:00');
  });

  it('R-DOC-8: refuses a model that is not one, a bad date, a bidirectional control, an empty value', async () => {
    const model = buildMinutes(ratedMarchRecord);
    const bad: unknown[] = [
      null,
      {
        ...model,
        blocks: [{ type: 'paragraph', runs: [{ text: 3, source: 'value' }] }],
      },
      { ...model, date: '2027-02-30' },
      { ...model, date: 20270309 },
      { ...model, title: 'BIÊN BẢN \u202E' },
      {
        ...model,
        blocks: [{ type: 'paragraph', runs: [{ text: ' ', source: 'value' }] }],
      },
    ];
    for (const value of bad) {
      await expect(
        renderDocument(value as DocumentModel),
      ).rejects.toBeInstanceOf(ChiboError);
    }
    await expect(renderDocument(model, { font: '' })).rejects.toBeInstanceOf(
      ChiboError,
    );
  });
});

describe('getDocumentHash', () => {
  it('is the SHA-256 in hex', async () => {
    expect(await getDocumentHash(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    await expect(getDocumentHash('abc' as never)).rejects.toBeInstanceOf(
      ChiboError,
    );
  });
});
