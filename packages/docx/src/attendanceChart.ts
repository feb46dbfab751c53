/**
 * A small bar chart drawn without a browser: the bars are painted into an
 * indexed-colour bitmap and encoded as PNG with fflate's zlib (already a
 * dependency of @chibo/docx), so the same values give the same bytes
 * (R-DOC-9). No text is drawn in the picture: the month labels and the
 * figures stand in a table under it, as text a reader can search and a
 * screen reader can read.
 */
import { zlibSync } from 'fflate';
import { crc32 } from './zip';

/** The picture's size in pixels; it is printed as wide as the text. */
export const CHART_SIZE = Object.freeze({ width: 1200, height: 360 });

/** white, bars, grid, threshold, axis */
const PALETTE = [
  [255, 255, 255],
  [31, 78, 121],
  [210, 210, 210],
  [192, 0, 0],
  [0, 0, 0],
];
const [WHITE, BAR, GRID, LINE, AXIS] = [0, 1, 2, 3, 4];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * An indexed-colour bitmap as PNG bytes (colour type 3, 8 bits).
 *
 * @param pixels - one palette index per pixel, row by row.
 * @param width - pixels per row.
 * @param height - rows.
 * @returns the PNG file.
 */
function encodePng(
  pixels: Uint8Array,
  width: number,
  height: number,
): Uint8Array {
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8);
  const parts = [
    new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', new Uint8Array(PALETTE.flat())),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Bars from 0 to 100% in equal slots, light grid lines at 25, 50, 75 and
 * 100%, a dashed red line at the threshold, and the axis; a slot whose
 * value is `null` stays empty.
 *
 * @param values - shares from 0 to 1, one per slot (12 for the months).
 * @param threshold - where the dashed line goes (0.85 for R-ATT-2).
 * @returns the PNG file.
 */
export function drawBarChart(
  values: ReadonlyArray<number | null>,
  threshold: number,
): Uint8Array {
  const { width, height } = CHART_SIZE;
  const pixels = new Uint8Array(width * height).fill(WHITE);
  const bottom = height - 3;
  const plot = bottom - 8;
  const yOf = (share: number) =>
    Math.round(bottom - Math.min(1, Math.max(0, share)) * plot);
  const rect = (x0: number, y0: number, x1: number, y1: number, c: number) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y++)
      pixels.fill(
        c,
        y * width + Math.max(0, x0),
        y * width + Math.min(width, x1),
      );
  };
  for (const share of [0.25, 0.5, 0.75, 1]) {
    const y = yOf(share);
    rect(0, y - 1, width, y + 1, GRID);
  }
  const slot = width / Math.max(1, values.length);
  values.forEach((share, i) => {
    if (share === null) return;
    const x0 = Math.round(i * slot + slot * 0.22);
    const x1 = Math.round((i + 1) * slot - slot * 0.22);
    rect(x0, yOf(share), x1, bottom, BAR);
  });
  const y = yOf(threshold);
  for (let x = 0; x < width; x += 26) rect(x, y - 2, x + 16, y + 2, LINE);
  rect(0, bottom, width, height, AXIS);
  return encodePng(pixels, width, height);
}
