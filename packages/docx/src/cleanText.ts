import {
  BIDI_CONTROL,
  checkArgument,
  LONE_SURROGATE,
  Text,
} from '@chibo/core/schemas';

/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and
 * carriage return, and the non-characters U+FFFE and U+FFFF. Lone surrogates
 * are handled separately because they cannot be matched by a character class
 * without the `v` flag's set semantics.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const C1_CONTROL = /[\u007F-\u009F]/g;

/** Bidirectional controls and marks (R-DOC-8, v2), as `@chibo/core` defines them. */
export { BIDI_CONTROL };

const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, 'g');

/**
 * Make a text safe and faithful for a document (R-DOC-8): normalise it to
 * Unicode NFC (NFD-decomposed Vietnamese becomes precomposed), remove the
 * control characters XML 1.0 forbids, the C1 controls and the bidirectional
 * controls and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
 * replace lone surrogates with U+FFFD, turn tabs into spaces and line breaks
 * into `\n`.
 * XML specials (`<>&"'`) are kept as they are: the writer escapes them.
 *
 * @param text - any text from the record.
 * @returns the cleaned text (trimmed).
 * @throws ChiboError `invalid-argument` for anything but a string.
 * @example
 * ```ts
 * cleanText('Lo\u0300 Thi\u0323 Hoa\u0007'); // 'Lò Thị Hoa'
 * cleanText('Số \u202E12-BB'); // 'Số 12-BB'
 * ```
 */
export function cleanText(text: string): string {
  // `Text` says why a value that is not a string is wrong.
  if (typeof text !== 'string') checkArgument('text', Text, text);
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(XML_INVALID, '')
    .replace(C1_CONTROL, '')
    .replace(BIDI_CONTROLS, '')
    .trim();
}
