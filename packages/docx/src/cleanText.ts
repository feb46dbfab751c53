/**
 * Characters XML 1.0 forbids: C0 controls other than tab, line feed and
 * carriage return, and the non-characters U+FFFE and U+FFFF. Lone surrogates
 * are handled separately because they cannot be matched by a character class
 * without the `v` flag's set semantics.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const C1_CONTROL = /[\u007F-\u009F]/g;

/**
 * Make a text safe and faithful for a document (R-DOC-8): normalise it to
 * Unicode NFC (NFD-decomposed Vietnamese becomes precomposed), remove the
 * control characters XML 1.0 forbids and the C1 controls, replace lone
 * surrogates with U+FFFD, turn tabs into spaces and line breaks into `\n`.
 * XML specials (`<>&"'`) are kept as they are: the writer escapes them.
 *
 * @param text - any text from the record.
 * @returns the cleaned text (trimmed).
 * @example
 * ```ts
 * cleanText('Lo\u0300 Thi\u0323 Hoa\u0007'); // 'Lò Thị Hoa'
 * ```
 */
export function cleanText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(XML_INVALID, '')
    .replace(C1_CONTROL, '')
    .trim();
}
