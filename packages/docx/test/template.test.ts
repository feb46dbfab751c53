/**
 * Issue 15 §5, a province's own form: `renderTemplate` fills a .docx
 * template from the same model as the built-in minutes, with the same
 * guarantees (R-DOC-8: clean, escaped text and no code from the template;
 * R-DOC-9: the same bytes). LibreOffice's reading of the shipped template is
 * in `templateLibreOffice.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { ChiboError } from '@chibo/core';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildMinutesTemplate,
  MINUTES_TEMPLATE_PATH,
} from '../scripts/buildMinutesTemplate';
import { renderMinutes } from '../src/index';
import { paragraph } from '../src/model';
import { resolveOptions } from '../src/options';
import { packDocument } from '../src/packDocument';
import { getMinutesTemplateData, renderTemplate } from '../src/template/index';
import { lookUp } from '../src/template/templateCommands';
import { readDocxParagraphs, readDocxParts } from '../src/testSupport/docxText';
import { ratedMarchRecord } from '../src/testSupport/records';
import { readZipEntries, toDosDate } from '../src/zip';

const minutesTemplate = new Uint8Array(readFileSync(MINUTES_TEMPLATE_PATH));

/** A template of one paragraph per text, written by chibo's own packer. */
const templateOf = (...texts: string[]) =>
  packDocument(
    { kind: 'minutes', title: 'x', blocks: texts.map((t) => paragraph(t)) },
    resolveOptions(),
  );

/** The ChiboError a promise rejects with. */
async function rejection(promise: Promise<unknown>): Promise<ChiboError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ChiboError);
  return error as ChiboError;
}

describe('issue 15 §5: the shipped template reproduces the built-in minutes', () => {
  it('templates/bien-ban.docx is what scripts/buildMinutesTemplate.ts writes', async () => {
    expect(await buildMinutesTemplate()).toEqual(minutesTemplate);
  });

  it('R-DOC-6, R-DOC-6b: the SCENARIO record gives the built-in minutes paragraph for paragraph', async () => {
    const filled = readDocxParagraphs(
      await renderTemplate(minutesTemplate, ratedMarchRecord),
    );
    const builtIn = readDocxParagraphs(await renderMinutes(ratedMarchRecord));
    expect(filled).toEqual(builtIn);
    const text = filled.join('\n');
    expect(text).not.toMatch(/\{\{|\}\}/);
    // Every item's presenter, summary, opinions and conclusion (SCENARIO.md).
    const data = getMinutesTemplateData(ratedMarchRecord);
    expect(data.agenda).toHaveLength(5);
    for (const item of data.agenda) {
      for (const said of [item.presenter, item.summary, item.conclusion])
        expect(text).toContain(said);
      for (const o of item.opinions) expect(text).toContain(o.text);
    }
  });

  it('the vocabulary holds the header, the items and the signatures as plain values', () => {
    const data = getMinutesTemplateData(ratedMarchRecord);
    expect(data.header).toEqual({
      superior: 'ĐẢNG BỘ XÃ XUÂN QUANG',
      issuer: 'CHI BỘ THÔN TRANG NÙNG',
      party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      number: 'Số 03-BB/CB',
      placeAndDate: 'Xuân Quang, ngày 09 tháng 3 năm 2027',
      place: 'Xuân Quang',
      date: '2027-03-09',
    });
    expect(data.agenda[0]).toMatchObject({
      number: 1,
      presenter: 'Hoàng Văn Minh',
      duration: '12 phút',
    });
    expect(data.agenda[1]?.opinions[0]).toMatchObject({
      speaker: 'Hà Văn Sơn',
      line: expect.stringMatching(/^- Đồng chí Hà Văn Sơn: Xi măng/),
    });
    expect(data.attendance).toMatchObject({
      chair: 'Hoàng Văn Minh',
      recorder: 'Phạm Thị Lan',
      expected: 16,
      present: 15,
      rate: '93,75%',
    });
    expect(data.tasks.items[0]?.assignees).toContain(
      'Chi hội Phụ nữ thôn Trang Nùng',
    );
    expect(data.conclusion.heading).toBe('');
    expect(data.tasks.heading).toBe('4. Nhiệm vụ được giao');
    expect(data.signatures).toEqual({
      left: { title: 'THƯ KÝ', name: 'Phạm Thị Lan' },
      right: { title: 'CHỦ TRÌ', name: 'Hoàng Văn Minh' },
    });
    expect(Object.isFrozen(data.agenda[0])).toBe(true);
  });

  it('an English record fills the same placeholders in English', async () => {
    const data = getMinutesTemplateData(ratedMarchRecord, { locale: 'en' });
    expect(data.header.party).toBe('COMMUNIST PARTY OF VIET NAM');
    expect(data.agenda[0]?.lines[0]).toMatch(/^- Comrade Hoàng Văn Minh/);
  });
});

describe('R-DOC-8: a template runs no code', () => {
  const hostile = [
    '{{EXEC globalThis.chiboPwned = 1}}',
    '{{! globalThis.chiboPwned = 2}}',
    "{{= require('node:fs').readFileSync('/etc/passwd')}}",
    "{{constructor.constructor('return process')().exit(1)}}",
    '{{header.number.toString()}}',
    '{{header.__proto__}}',
    '{{FOR x IN agenda.filter(a => (globalThis.chiboPwned = 3))}}',
    "{{IMAGE qr('x')}}",
    "{{LINK ({ url: 'http://evil' })}}",
    "{{HTML '<script>alert(1)</script>'}}",
    '{{QUERY { secrets }}}',
    '{{ALIAS n INS header.number}}',
  ];

  it.each(hostile)(
    'a template with %s is refused before anything runs',
    async (command) => {
      const template = await templateOf('{{header.number}}', command);
      const error = await rejection(renderTemplate(template, ratedMarchRecord));
      expect(error.code).toBe('invalid-argument');
      expect(error.issues[0]?.path.slice(0, 2)).toEqual([
        'template',
        'commands',
      ]);
      expect(error.issues[0]?.message.vi).toContain('không được chạy mã');
      expect(error.issues[0]?.message.en).toContain('may not run code');
      expect(
        (globalThis as { chiboPwned?: unknown }).chiboPwned,
      ).toBeUndefined();
    },
  );

  it('every refused command of a template is listed at once', async () => {
    const template = await templateOf(hostile[0] ?? '', hostile[3] ?? '');
    const error = await rejection(renderTemplate(template, ratedMarchRecord));
    expect(error.issues.map((i) => i.path)).toEqual([
      ['template', 'commands', 0],
      ['template', 'commands', 1],
    ]);
  });

  it('the evaluator itself looks paths up and evaluates nothing', () => {
    const sandbox = {
      __code__: 'process.exit(1)',
      header: { number: 'Số 03' },
    };
    expect(() => lookUp({ sandbox })).toThrow(ChiboError);
    expect(
      lookUp({ sandbox: { ...sandbox, __code__: 'header.number' } }).result,
    ).toBe('Số 03');
    expect(() =>
      lookUp({ sandbox: { ...sandbox, __code__: 'header.toString' } }),
    ).toThrow(ChiboError);
  });

  it('a placeholder the vocabulary does not hold is an error, not an empty field', async () => {
    const template = await templateOf('{{header.numbr}}');
    const error = await rejection(renderTemplate(template, ratedMarchRecord));
    expect(error.code).toBe('invalid-argument');
    expect(error.issues[0]?.message.en).toContain('"header.numbr"');
    expect(error.issues[0]?.message.vi).toContain('không có trong dữ liệu');
  });

  it('a list inserted as text is an error that says to loop over it', async () => {
    const template = await templateOf('{{attendance.absentUnexcused}}');
    const error = await rejection(renderTemplate(template, ratedMarchRecord));
    expect(error.issues[0]?.message.en).toContain('is a list');
  });

  it('a file that is not a .docx, or no bytes at all, is refused with a ChiboError', async () => {
    const notZip = await rejection(
      renderTemplate(
        new TextEncoder().encode('PK not a zip'),
        ratedMarchRecord,
      ),
    );
    expect(notZip.issues[0]?.path).toEqual(['template']);
    const notBytes = await rejection(
      renderTemplate('bien-ban.docx' as never, ratedMarchRecord),
    );
    expect(notBytes.issues[0]?.message.vi).toContain(
      'Mẫu phải là nội dung tệp',
    );
  });

  it('a template with macros (vbaProject.bin) is refused: a cell document carries no code', async () => {
    const parts = unzipSync(minutesTemplate);
    parts['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]);
    const error = await rejection(
      renderTemplate(zipSync(parts), ratedMarchRecord),
    );
    expect(error.issues[0]?.message.en).toContain('macros');
  });

  it('R-DOC-6: a record that cannot make the minutes is refused as the built-in path refuses it', async () => {
    const { chairId: _, ...meeting } = ratedMarchRecord.meeting;
    const error = await rejection(
      renderTemplate(minutesTemplate, { ...ratedMarchRecord, meeting }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.issues.map((i) => i.path)).toContainEqual([
      'meeting',
      'chairId',
    ]);
  });
});

describe('R-DOC-8: hostile text in the record is made safe', () => {
  const record = structuredClone(ratedMarchRecord);
  const opinion = record.meeting.opinions[0];
  if (!opinion) throw new Error('the SCENARIO has opinions');
  opinion.text =
    // NFD Vietnamese, a bidi override, controls, raw XML and both literal-XML
    // delimiters docx-templates knows.
    'Lo\u0300 Thi\u0323 Hoa \u202Eđảo\u202C\u0007 </w:t><w:br/>||<w:p/>||\u0001<w:tbl/>\u0001 & {{header.number}}';

  it('every text is NFC, without bidi or control characters, and escaped', async () => {
    const bytes = await renderTemplate(minutesTemplate, record);
    const xml = readDocxParts(bytes)['word/document.xml'] ?? '';
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
    expect(xml).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u0000-\u0008]/);
    expect(xml).not.toContain('<w:p/>');
    expect(xml).not.toContain('<w:tbl/>');
    expect(xml).toContain('&lt;/w:t&gt;&lt;w:br/&gt;||&lt;w:p/&gt;||');
    const line = readDocxParagraphs(bytes).find((p) => p.includes('đảo'));
    expect(line).toBe(
      '- Đồng chí Vàng Seo Chứ: Lò Thị Hoa đảo </w:t><w:br/>||<w:p/>||<w:tbl/> & {{header.number}}',
    );
    // The record's braces are text: they are not read as a command.
    expect(line).toContain('{{header.number}}');
  });
});

describe('R-DOC-9: same record, same template, same bytes', () => {
  it('two renders a second apart are byte-identical, dated with the record', async () => {
    const first = await renderTemplate(minutesTemplate, ratedMarchRecord);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await renderTemplate(minutesTemplate, ratedMarchRecord);
    expect(second).toEqual(first);
    const core = readDocxParts(first)['docProps/core.xml'] ?? '';
    expect(core).toContain('2027-03-09T00:00:00+07:00');
    expect(core.match(/<dcterms:\w+ [^>]*>([^<]*)</g)).toEqual([
      '<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-09T00:00:00+07:00<',
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-09T00:00:00+07:00<',
    ]);
    const entries = readZipEntries(first);
    expect(entries[0]?.name).toBe('[Content_Types].xml');
    const view = new DataView(first.buffer, first.byteOffset);
    expect(view.getUint16(12, true)).toBe(toDosDate('2027-03-09'));
  });
});
