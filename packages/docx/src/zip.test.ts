import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  crc32,
  deflateEntry,
  inflateEntry,
  readZipEntries,
  storedEntry,
  toDosDate,
  writeZip,
} from './zip';

const encode = (s: string) => new TextEncoder().encode(s);

describe('R-DOC-9: the zip writer', () => {
  it('computes the CRC-32 zip files carry', () => {
    expect(crc32(encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('writes a zip fflate reads back, dated with the given day, the same bytes each time', async () => {
    const xml = encode(`<w:t>${'Lò Thị Hoa '.repeat(500)}</w:t>`);
    const entries = [
      storedEntry('[Content_Types].xml', encode('<Types/>')),
      await deflateEntry('word/document.xml', xml),
    ];
    expect(entries[1]?.data.length).toBeLessThan(xml.length / 10);
    const zip = writeZip(entries, toDosDate('2027-03-09'));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      'word/document.xml',
    ]);
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toBe(
      strFromU8(xml),
    );
    expect(writeZip(entries, toDosDate('2027-03-09'))).toEqual(zip);
    const read = readZipEntries(zip);
    expect(read.map((e) => [e.name, e.method, e.crc, e.size])).toEqual(
      entries.map((e) => [e.name, e.method, e.crc, e.size]),
    );
    expect(await inflateEntry(read[1] as never)).toEqual(xml);
  });

  it('packs a civil date as MS-DOS does, and 1980-01-01 without one', () => {
    expect(toDosDate('2027-03-09')).toBe((47 << 9) | (3 << 5) | 9);
    expect(toDosDate(undefined)).toBe((0 << 9) | (1 << 5) | 1);
    expect(toDosDate('1970-01-01')).toBe(33);
  });
});
