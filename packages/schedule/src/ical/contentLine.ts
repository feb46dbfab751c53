import { BIDI_CONTROL, LONE_SURROGATE } from '@chibo/core/schemas';

/**
 * iCalendar content lines (RFC 5545 §3.1) and the values chibo writes in
 * them: TEXT (§3.3.11) and URI (§3.3.13). Every value goes through one of
 * these functions, so no text from a plan or the options can end a line and
 * start a property or a component of its own.
 */

/** C0 controls (CR, LF and TAB among them), DEL and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
export const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F]/;

/**
 * What a displayed TEXT loses: the controls RFC 5545 forbids in TEXT (all
 * but TAB; line breaks are handled apart), C1 controls, and the
 * bidirectional controls that make a name read differently from what is
 * stored (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C).
 */
const DROPPED = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]|${BIDI_CONTROL.source}`,
  'g',
);
/**
 * What {@link cleanCalendarText} changes (a CR, a dropped character, any
 * surrogate): most texts hold none and are returned as they are.
 */
const NEEDS_CLEANING = new RegExp(
  `[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]|${BIDI_CONTROL.source}`,
);
/** What {@link escapeText} changes. */
const NEEDS_ESCAPING = /[\\;,\r\n]/;
/** What may stand in a URI as it is (RFC 3986 §2): unreserved, reserved and `%`. */
const NOT_URI = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+/gu;

/**
 * A text as a calendar shows it: line breaks become `\n`, lone surrogates
 * U+FFFD, and the controls and bidirectional controls are removed.
 *
 * @param text - a text from a plan or the options.
 * @returns the text to write, before escaping.
 */
export function cleanCalendarText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(DROPPED, '');
}

/**
 * Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma
 * get a backslash, a line break becomes `\n`. The text must hold no other
 * control character ({@link cleanCalendarText} or a check removed them).
 *
 * @param text - the value.
 * @returns the escaped value.
 */
export function escapeText(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(/[\\;,]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A link as a URI value (RFC 5545 §3.3.13), which is never TEXT-escaped:
 * what RFC 3986 does not allow in a URI (spaces, `` "<>\^`{|} ``, any non-ASCII
 * character, a `%` that starts no escape) is percent-encoded as UTF-8, the
 * way an IRI becomes a URI (RFC 3987 §3.1). The link must hold no control
 * character: check it with {@link CONTROL_CHARACTER} first.
 *
 * @param link - the link.
 * @returns the URI.
 */
export function encodeUri(link: string): string {
  return link.replace(NOT_URI, (run) =>
    Array.from(
      new TextEncoder().encode(run),
      (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    ).join(''),
  );
}

/** The longest line before its CRLF, in octets (RFC 5545 §3.1). */
const MAX_OCTETS = 75;

/**
 * One content line, `NAME:value` and CRLF, folded so that no line passes 75
 * octets (RFC 5545 §3.1). A fold never splits a character's UTF-8 bytes (a
 * surrogate pair is one 4-octet character; a lone surrogate counts as the
 * 3 octets of the U+FFFD it is written as).
 *
 * A line of at most 25 UTF-16 units cannot pass 75 octets (no unit takes
 * more than 3), so it is written as it is; a longer one is measured unit by
 * unit with `charCodeAt` and cut into slices, never built character by
 * character.
 *
 * @param name - the property name, with its parameters.
 * @param value - the value, already escaped or encoded.
 * @returns the line, ending in CRLF.
 */
export function contentLine(name: string, value: string): string {
  const line = `${name}:${value}`;
  const length = line.length;
  if (length <= MAX_OCTETS / 3) return `${line}\r\n`;
  let folded = '';
  let start = 0;
  // A continuation line starts with a space, one octet of its 75.
  let octets = 0;
  let i = 0;
  while (i < length) {
    const unit = line.charCodeAt(i);
    let size = 1;
    let width = 1;
    if (unit >= 0x80) {
      if (unit < 0x800) size = 2;
      else if (
        unit >= 0xd800 &&
        unit <= 0xdbff &&
        i + 1 < length &&
        (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      ) {
        size = 4;
        width = 2;
      } else size = 3;
    }
    if (octets + size > MAX_OCTETS) {
      folded += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += size;
    i += width;
  }
  return `${folded}${line.slice(start)}\r\n`;
}
