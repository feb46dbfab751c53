import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText';
import { renderMinutes } from './minutes';
import { renderRatingSheet } from './ratingSheet';
import { renderResolution } from './resolution';
import { hostileRecord, textsOf } from './testSupport/arbitraries';
import { readDocxParts, readDocxText } from './testSupport/docxText';

const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach the XML
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectSafeXml(bytes: Uint8Array) {
  for (const [path, xml] of Object.entries(readDocxParts(bytes))) {
    expect(XML_INVALID.test(xml), path).toBe(false);
    expect(
      /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml),
      path,
    ).toBe(false);
  }
}

describe('R-DOC-8: hostile records (fast-check)', () => {
  it('every document is produced, is safe XML, NFC, and carries every text of the record', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileRecord,
        fc.constantFrom('vi' as const, 'en' as const),
        async (record, locale) => {
          const minutes = await renderMinutes(record, { locale });
          const resolution = await renderResolution(record, { locale });
          const sheet = record.meeting.rating
            ? await renderRatingSheet(record.meeting.rating, { record, locale })
            : undefined;
          const minutesText = readDocxText(minutes);
          const resolutionText = readDocxText(resolution);
          for (const bytes of [minutes, resolution, ...(sheet ? [sheet] : [])])
            expectSafeXml(bytes);
          expect(minutesText).toBe(minutesText.normalize('NFC'));
          const { names, opinions, tasks } = textsOf(record);
          for (const name of names)
            expect(minutesText).toContain(cleanText(name));
          for (const opinion of opinions)
            expect(minutesText).toContain(cleanText(opinion));
          for (const task of tasks) {
            expect(minutesText).toContain(cleanText(task));
            expect(resolutionText).toContain(cleanText(task));
          }
          expect(minutesText).toContain(cleanText(record.meeting.place));
        },
      ),
      { numRuns: 150, seed: 20270309 },
    );
  }, 120_000);

  it('an opinion that is nothing but control characters is refused, not written empty', async () => {
    const base = fc.sample(hostileRecord, { numRuns: 1, seed: 1 })[0];
    if (!base) throw new Error('no sample');
    const record = {
      ...base,
      meeting: {
        ...base.meeting,
        opinions: [{ id: 'x', speakerId: 'm0', text: '\u0001\u0002' }],
      },
    };
    await expect(renderMinutes(record)).rejects.toMatchObject({
      name: 'ChiboError',
    });
  });
});
