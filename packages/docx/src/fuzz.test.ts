import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText';
import { renderMinutes } from './minutes';
import { criterionText } from './ratingRuns';
import { renderRatingSheet } from './ratingSheet';
import { renderResolution } from './resolution';
import { hostileRecord, textsOf } from './testSupport/arbitraries';
import { readDocxParts, readDocxText } from './testSupport/docxText';
import { ratedMarchRecord } from './testSupport/records';

/** What R-DOC-8 (v2) keeps out of a document, written apart from cleanText. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what must never reach the XML
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function expectSafeXml(bytes: Uint8Array) {
  for (const [path, xml] of Object.entries(readDocxParts(bytes))) {
    expect(XML_INVALID.test(xml), path).toBe(false);
    expect(BIDI.test(xml), `${path}: bidirectional control`).toBe(false);
    expect(
      /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml),
      path,
    ).toBe(false);
  }
}

describe('R-DOC-8: hostile records (fast-check)', () => {
  it(
    'every document is produced, is safe XML, NFC, without bidirectional controls, and carries every text of the record',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          hostileRecord,
          fc.constantFrom('vi' as const, 'en' as const),
          async (record, locale) => {
            const minutes = await renderMinutes(record, { locale });
            const resolution = await renderResolution(record, { locale });
            const sheet = record.meeting.rating
              ? await renderRatingSheet(record.meeting.rating, {
                  record,
                  locale,
                })
              : undefined;
            const minutesText = readDocxText(minutes);
            const resolutionText = readDocxText(resolution);
            for (const bytes of [
              minutes,
              resolution,
              ...(sheet ? [sheet] : []),
            ])
              expectSafeXml(bytes);
            expect(minutesText).toBe(minutesText.normalize('NFC'));
            const {
              names,
              opinions,
              tasks,
              items,
              resolution: grounds,
            } = textsOf(record);
            // R-DOC-6b: each item's summary and conclusion; R-DOC-7b: the
            // grounds and recipients (empty once cleaned: printed as empty).
            for (const text of items)
              expect(minutesText).toContain(cleanText(text));
            for (const text of grounds)
              expect(resolutionText).toContain(cleanText(text));
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
        { numRuns: propertyRuns(150), seed: 20270309 },
      );
    },
    slowTestTimeout,
  );

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

/** The keys of the record whose strings are texts a document prints. */
const TEXT_KEYS = new Set([
  'name',
  'placeName',
  'place',
  'title',
  'theme',
  'reason',
  'exemptReason',
  'text',
  'conclusion',
  'note',
  'notes',
  'unit',
  'summary',
  'description',
  'label',
  'labelEn',
  'reasonEn',
  'candidateName',
  'onlineLink',
  'result',
  'group',
  'assessment',
  'grounds',
  'purpose',
]);
const wrap = (text: string) =>
  `\u202E${text}\u2066\u200F\u2069\u061C\u200E\u202A\u202B\u202D\u2067\u2068\u202C`;

/** The same value with every printed text wrapped in bidirectional controls. */
function withBidi(input: unknown, key = ''): unknown {
  if (typeof input === 'string')
    return TEXT_KEYS.has(key) ? wrap(input) : input;
  if (Array.isArray(input)) return input.map((item) => withBidi(item, key));
  if (input !== null && typeof input === 'object') {
    return Object.fromEntries(
      Object.entries(input).map(([k, v]) => [k, withBidi(v, k)]),
    );
  }
  return input;
}

describe('R-DOC-8 (v2): bidirectional controls never reach a document', () => {
  it(
    'every text of the record and the options wrapped in them gives the documents of the plain record',
    async () => {
      const plain = ratedMarchRecord;
      const hostile = withBidi(plain) as typeof plain;
      expect(JSON.stringify(hostile)).toMatch(BIDI);
      const options = {
        placeName: 'Xuân Quang',
        number: '03',
        issuerCode: 'CB',
        font: 'Times New Roman',
        recipients: ['Đảng ủy xã Xuân Quang (để báo cáo),', 'Lưu chi bộ.'],
      };
      const hostileOptions = {
        placeName: wrap(options.placeName),
        number: wrap(options.number),
        issuerCode: wrap(options.issuerCode),
        font: wrap(options.font),
        recipients: options.recipients.map(wrap),
      };
      for (const locale of ['vi', 'en'] as const) {
        const pairs = [
          [
            await renderMinutes(plain, { ...options, locale }),
            await renderMinutes(hostile, { ...hostileOptions, locale }),
          ],
          [
            await renderResolution(plain, { ...options, locale }),
            await renderResolution(hostile, { ...hostileOptions, locale }),
          ],
          [
            await renderRatingSheet(plain.meeting.rating, {
              record: plain,
              locale,
            }),
            await renderRatingSheet(hostile.meeting.rating, {
              record: hostile,
              locale,
            }),
          ],
        ];
        for (const [clean, attacked] of pairs as [Uint8Array, Uint8Array][]) {
          expectSafeXml(attacked);
          expect(readDocxText(attacked)).toBe(readDocxText(clean));
        }
      }
    },
    slowTestTimeout,
  );

  it('a criterion id printed in place of its label is cleaned too', () => {
    expect(
      criterionText(
        {
          criterionId: '\u202Ek1\u202C',
          label: '\u200F',
          maxPoints: 10,
          score: 7,
        },
        'vi',
      ).label,
    ).toBe('k1');
  });
});
