import { ChiboError, type LocalizedText } from '@chibo/core';

// ignoreBOM keeps a byte-order mark as U+FEFF, so offsets stay the file's.
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/** The 1-based line of a byte offset. */
function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Where the first malformed sequence starts: the first byte at which the
 * lenient decoding (each bad sequence → U+FFFD), encoded back, differs.
 */
function firstInvalidByte(bytes: Uint8Array): number {
  const again = new TextEncoder().encode(lenient.decode(bytes));
  let i = 0;
  while (i < bytes.length && bytes[i] === again[i]) i++;
  return i;
}

function notUtf8(source: string, message: LocalizedText): ChiboError {
  return new ChiboError('invalid-input', {
    vi: `${source} ${message.vi}: hãy lưu lại tệp bằng bảng mã UTF-8.`,
    en: `${source} ${message.en}: save it in the UTF-8 encoding.`,
  });
}

/**
 * Decode input bytes as UTF-8, strictly: a Latin-1, Windows-1258 or UTF-16
 * file is refused with a `ChiboError` naming the source and the line, never
 * read as U+FFFD replacement characters that would end up in a document
 * (exit code 65). A UTF-8 byte-order mark is accepted and dropped; a NUL
 * byte (UTF-16 without its mark) is refused.
 *
 * @param bytes - the raw input.
 * @param source - the file name or `stdin`, for the message.
 * @returns the text, without a leading byte-order mark.
 * @example
 * ```ts
 * decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 'a.json'); // '{}'
 * decodeUtf8(new Uint8Array([0x43, 0xf4]), 'b.json'); // throws: not UTF-8 (line 1)
 * ```
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  if (
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  ) {
    throw notUtf8(source, {
      vi: 'được mã hóa UTF-16, không phải UTF-8',
      en: 'is encoded in UTF-16, not UTF-8',
    });
  }
  // Before decoding: UTF-16 without its mark is mostly NUL bytes.
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw notUtf8(source, {
      vi: `chứa byte NUL (dòng ${lineOf(bytes, nul)}), có thể là UTF-16`,
      en: `contains a NUL byte (line ${lineOf(bytes, nul)}), perhaps UTF-16`,
    });
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = lineOf(bytes, offset);
    throw notUtf8(source, {
      vi: `không phải văn bản UTF-8 (dòng ${line}, byte thứ ${offset + 1})`,
      en: `is not UTF-8 text (line ${line}, byte ${offset + 1})`,
    });
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
