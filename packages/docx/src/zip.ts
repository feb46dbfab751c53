/**
 * The few zip operations a .docx needs, written for determinism (R-DOC-9):
 * entries keep a fixed order and carry the document's date, never the clock.
 * Compression is fflate's DEFLATE (pure JavaScript, already a dependency of
 * `docx`), not the platform's `CompressionStream`: the zlib inside Node and
 * each browser differs by version, so only a deflate of our own choosing gives
 * the same bytes on every runtime.
 */
import { deflateSync, inflateSync } from 'fflate';

/** One file of a zip, already compressed (`method` 8) or stored (0). */
export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  /** The size before compression. */
  size: number;
  data: Uint8Array;
}

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/**
 * The CRC-32 of some bytes, as zip files carry it.
 *
 * @param data - the bytes.
 * @returns the checksum, unsigned.
 */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i += 1) {
    c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  }
  return (c ^ -1) >>> 0;
}

/**
 * A file of a zip, compressed with DEFLATE.
 *
 * @param name - its path in the zip.
 * @param data - its bytes.
 * @returns the entry.
 */
export async function deflateEntry(
  name: string,
  data: Uint8Array,
): Promise<ZipEntry> {
  const compressed = deflateSync(data, { level: 6 });
  return {
    name,
    method: 8,
    crc: crc32(data),
    size: data.length,
    data: compressed,
  };
}

/**
 * A file of a zip, stored as it is (for a small part).
 *
 * @param name - its path in the zip.
 * @param data - its bytes.
 * @returns the entry.
 */
export function storedEntry(name: string, data: Uint8Array): ZipEntry {
  return { name, method: 0, crc: crc32(data), size: data.length, data };
}

/**
 * The bytes of an entry before compression.
 *
 * @param entry - a stored or deflated entry.
 * @returns its bytes.
 */
export function inflateEntry(entry: ZipEntry): Promise<Uint8Array> {
  return entry.method === 0
    ? Promise.resolve(entry.data)
    : Promise.resolve(inflateSync(entry.data));
}

/**
 * The entries of a zip file as it stores them, read from its central
 * directory, without decompressing them.
 *
 * @param zip - a zip file without a comment or zip64 records.
 * @returns its entries, in order.
 */
export function readZipEntries(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const start =
      local +
      30 +
      view.getUint16(local + 26, true) +
      view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: zip.subarray(start, start + view.getUint32(at + 20, true)),
    });
    at +=
      46 +
      nameLength +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * The MS-DOS date of a civil date, as zip headers carry it.
 *
 * @param date - `YYYY-MM-DD`, or none for 1980-01-01.
 * @returns the packed date.
 */
export function toDosDate(date: string | undefined): number {
  const [y = 1980, m = 1, d = 1] = (date ?? '').split('-').map(Number);
  return y >= 1980 ? ((y - 1980) << 9) | (m << 5) | d : 33;
}

/**
 * Write a zip file: the entries in the order given, each dated `dosDate` at
 * midnight, no extra fields, no comment. The same entries give the same bytes.
 *
 * @param entries - the files.
 * @param dosDate - the date of every file (see {@link toDosDate}).
 * @returns the zip file.
 */
export function writeZip(entries: ZipEntry[], dosDate: number): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const dataSize = entries.reduce(
    (n, e, i) => n + 30 + (names[i]?.length ?? 0) + e.data.length,
    0,
  );
  const directorySize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = new Uint8Array(dataSize + directorySize + 22);
  const view = new DataView(out.buffer);
  const header = (at: number, e: ZipEntry, nameLength: number) => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 8, dosDate, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.data.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, nameLength, true);
  };
  let at = 0;
  let directory = dataSize;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    view.setUint32(at, 0x04034b50, true);
    header(at + 4, e, name.length);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    view.setUint32(directory, 0x02014b50, true);
    view.setUint16(directory + 4, 20, true);
    header(directory + 6, e, name.length);
    view.setUint32(directory + 42, at, true);
    out.set(name, directory + 46);
    directory += 46 + name.length;
    at += 30 + name.length + e.data.length;
  });
  view.setUint32(directory, 0x06054b50, true);
  view.setUint16(directory + 8, entries.length, true);
  view.setUint16(directory + 10, entries.length, true);
  view.setUint32(directory + 12, directorySize, true);
  view.setUint32(directory + 16, dataSize, true);
  return out;
}
