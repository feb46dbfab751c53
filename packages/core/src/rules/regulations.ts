import { z } from 'zod';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { toVietNamDate } from '../time';

/**
 * The layers of texts a meeting is judged by (R-SET-1, v2). They change on
 * different dates, so the texts in force on a date are one text per layer:
 * - `guidance`: the meeting guidance (12-HD/BTCTW, then 42-HD/BTCTW);
 * - `charter`: the regulation on carrying out the Điều lệ (24-QĐ/TW,
 *   232-QĐ/TW, then 294-QĐ/TW), which holds the voting base (point 9.3.2) and
 *   the cell's composition;
 * - `discipline`: 22-QĐ/TW, then 296-QĐ/TW;
 * - `annualRating`: 124-QĐ/TW, then 366-QĐ/TW;
 * - `dues`: 342-QĐ/TW, then 01-QĐ/TW.
 */
export const RegulationLayer = z.enum([
  'guidance',
  'charter',
  'discipline',
  'annualRating',
  'dues',
]);
export type RegulationLayer = z.infer<typeof RegulationLayer>;

/** The texts chibo knows, by their numbers (R-SET-1). */
export const RegulationId = z.enum([
  '12-HD/BTCTW',
  '42-HD/BTCTW',
  '24-QĐ/TW',
  '232-QĐ/TW',
  '294-QĐ/TW',
  '22-QĐ/TW',
  '296-QĐ/TW',
  '124-QĐ/TW',
  '366-QĐ/TW',
  '342-QĐ/TW',
  '01-QĐ/TW',
]);
export type RegulationId = z.infer<typeof RegulationId>;

/** One central text and the date it governs meetings from (R-SET-1). */
export interface Regulation {
  id: RegulationId;
  layer: RegulationLayer;
  title: LocalizedText;
  /** The date the text was signed (Viet Nam civil date). */
  issuedOn: string;
  /** The first civil date it governs a meeting by default. */
  inForceFrom: string;
  /**
   * Whether a source confirms `inForceFrom`. Where it does not, chibo takes
   * the date of signing (or the first of the month it names) and says so:
   * a host whose upper committee reads it otherwise pins the text.
   */
  dateConfirmed: boolean;
}

const text = (
  id: RegulationId,
  layer: RegulationLayer,
  issuedOn: string,
  inForceFrom: string,
  dateConfirmed: boolean,
  vi: string,
  en: string,
): Regulation => ({
  id,
  layer,
  title: { vi, en },
  issuedOn,
  inForceFrom,
  dateConfirmed,
});

/**
 * Every text chibo knows, oldest first within each layer (R-SET-1, DOMAIN.md
 * §2 and §9). Adding the next text is one entry here: the layer it belongs
 * to and the date it governs from; every verdict then names it on and after
 * that date.
 */
export const REGULATIONS: readonly Regulation[] = [
  text(
    '12-HD/BTCTW',
    'guidance',
    '2018-07-06',
    '2018-07-06',
    true,
    'Hướng dẫn 12-HD/BTCTW ngày 06/7/2018 về nâng cao chất lượng sinh hoạt chi bộ',
    'Guidance 12-HD/BTCTW of 6 July 2018 on the quality of cell meetings',
  ),
  text(
    '42-HD/BTCTW',
    'guidance',
    '2025-10-28',
    '2025-10-28',
    true,
    'Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 về nâng cao chất lượng sinh hoạt chi bộ',
    'Guidance 42-HD/BTCTW of 28 October 2025 on the quality of cell meetings',
  ),
  text(
    '24-QĐ/TW',
    'charter',
    '2021-07-30',
    '2021-07-30',
    true,
    'Quy định 24-QĐ/TW ngày 30/7/2021 về thi hành Điều lệ Đảng',
    'Regulation 24-QĐ/TW of 30 July 2021 on carrying out the Party Charter',
  ),
  text(
    '232-QĐ/TW',
    'charter',
    '2025-01-20',
    '2025-01-20',
    true,
    'Quy định 232-QĐ/TW ngày 20/01/2025 về thi hành Điều lệ Đảng',
    'Regulation 232-QĐ/TW of 20 January 2025 on carrying out the Party Charter',
  ),
  text(
    '294-QĐ/TW',
    'charter',
    '2025-05-26',
    '2025-07-01',
    true,
    'Quy định 294-QĐ/TW ngày 26/5/2025 về thi hành Điều lệ Đảng',
    'Regulation 294-QĐ/TW of 26 May 2025 on carrying out the Party Charter',
  ),
  text(
    '22-QĐ/TW',
    'discipline',
    '2021-07-28',
    '2021-07-28',
    true,
    'Quy định 22-QĐ/TW ngày 28/7/2021 về công tác kiểm tra, giám sát và kỷ luật của Đảng',
    'Regulation 22-QĐ/TW of 28 July 2021 on inspection, supervision and discipline',
  ),
  text(
    '296-QĐ/TW',
    'discipline',
    '2025-05-30',
    '2025-05-30',
    false,
    'Quy định 296-QĐ/TW ngày 30/5/2025 về công tác kiểm tra, giám sát và kỷ luật của Đảng',
    'Regulation 296-QĐ/TW of 30 May 2025 on inspection, supervision and discipline',
  ),
  text(
    '124-QĐ/TW',
    'annualRating',
    '2023-10-04',
    '2023-10-04',
    true,
    'Quy định 124-QĐ/TW ngày 04/10/2023 về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm',
    'Regulation 124-QĐ/TW of 4 October 2023 on the annual review and rating',
  ),
  text(
    '366-QĐ/TW',
    'annualRating',
    '2025-08-30',
    '2025-08-30',
    true,
    'Quy định 366-QĐ/TW ngày 30/8/2025 về kiểm điểm và đánh giá, xếp loại chất lượng hằng năm',
    'Regulation 366-QĐ/TW of 30 August 2025 on the annual review and rating',
  ),
  text(
    '342-QĐ/TW',
    'dues',
    '2010-12-28',
    '2010-12-28',
    true,
    'Quyết định 342-QĐ/TW ngày 28/12/2010 về chế độ đảng phí',
    'Decision 342-QĐ/TW of 28 December 2010 on Party dues',
  ),
  text(
    '01-QĐ/TW',
    'dues',
    '2026-02-01',
    '2026-02-01',
    false,
    'Quy định 01-QĐ/TW (tháng 02/2026) về chế độ đảng phí',
    'Regulation 01-QĐ/TW (February 2026) on Party dues',
  ),
];

/** The text of each layer in force on one date (R-SET-1). */
export type RegulationsInForce = Record<RegulationLayer, Regulation>;

/** Texts a caller pins, by layer: they win over the date (R-SET-1). */
export type RegulationPins = Partial<Record<RegulationLayer, RegulationId>>;

const byId = new Map(REGULATIONS.map((r) => [r.id, r]));

/**
 * The text with this number (R-SET-1).
 *
 * @param id - e.g. `'294-QĐ/TW'`.
 * @returns the text, its layer and the date it governs from.
 * @throws ChiboError `unknown-rule-set` for a number chibo does not know.
 * @example
 * ```ts
 * getRegulation('294-QĐ/TW').inForceFrom; // '2025-07-01'
 * ```
 */
export function getRegulation(id: RegulationId): Regulation {
  const found = typeof id === 'string' ? byId.get(id) : undefined;
  if (found) return found;
  const shown = typeof id === 'string' ? `"${id.slice(0, 40)}"` : typeof id;
  const known = REGULATIONS.map((r) => r.id).join(', ');
  throw new ChiboError('unknown-rule-set', {
    vi: `Không có văn bản ${shown}. Các văn bản đã biết: ${known}.`,
    en: `Unknown text ${shown}. Known texts: ${known}.`,
  });
}

/**
 * The text of each layer in force on a date (R-SET-1, v2): for each layer,
 * the newest text whose `inForceFrom` is on or before the date (Viet Nam
 * civil date), unless the caller pins one. A meeting on 2025-08-12 is judged
 * by 12-HD/BTCTW with 294-QĐ/TW; one on 2025-11-11 by 42-HD/BTCTW with
 * 294-QĐ/TW. A date before a layer's first text gets that first text.
 *
 * @param at - the meeting's date or time (`Date` or ISO string).
 * @param pins - texts the caller pins, by layer.
 * @returns one text per layer.
 * @throws ChiboError `unknown-rule-set` when a pin names an unknown text, or
 *   a text of another layer.
 * @example
 * ```ts
 * getRegulationsInForce('2025-08-12').charter.id; // '294-QĐ/TW'
 * getRegulationsInForce('2025-08-12').guidance.id; // '12-HD/BTCTW'
 * getRegulationsInForce('2025-06-30').charter.id; // '232-QĐ/TW'
 * ```
 */
export function getRegulationsInForce(
  at: string | Date,
  pins: RegulationPins = {},
): RegulationsInForce {
  if (typeof pins !== 'object' || pins === null || Array.isArray(pins)) {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: 'pins phải là một đối tượng { lớp: số hiệu văn bản }.',
        en: 'pins must be an object { layer: text number }.',
      },
      {
        issues: [
          {
            path: ['pins'],
            code: 'invalid_type',
            message: {
              vi: 'Cần một đối tượng.',
              en: 'An object is expected.',
            },
          },
        ],
      },
    );
  }
  const date = toVietNamDate(at);
  const inForce = {} as RegulationsInForce;
  for (const layer of RegulationLayer.options) {
    const pinned = pins[layer];
    if (pinned !== undefined) {
      const regulation = getRegulation(pinned);
      if (regulation.layer !== layer) {
        throw new ChiboError('unknown-rule-set', {
          vi: `${regulation.id} không thuộc lớp văn bản "${layer}".`,
          en: `${regulation.id} is not a text of the "${layer}" layer.`,
        });
      }
      inForce[layer] = regulation;
      continue;
    }
    const ofLayer = REGULATIONS.filter((r) => r.layer === layer);
    let current = ofLayer[0] as Regulation;
    for (const regulation of ofLayer)
      if (regulation.inForceFrom <= date) current = regulation;
    inForce[layer] = current;
  }
  return inForce;
}
