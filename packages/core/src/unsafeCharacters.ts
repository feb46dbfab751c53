/**
 * Characters that must not leave chibo as they are, in any document or
 * calendar (R-DOC-8): one definition that `@chibo/docx` and
 * `@chibo/schedule` both clean text with.
 */

/**
 * Bidirectional controls (R-DOC-8, v2): the embeddings and overrides
 * U+202A–U+202E and the isolates U+2066–U+2069, which can make a printed name
 * or number read differently from what is stored, and the invisible marks
 * LRM, RLM and ALM (U+200E, U+200F, U+061C), which can reorder digits and
 * punctuation as well. Vietnamese and English text never needs them.
 *
 * @example
 * ```ts
 * BIDI_CONTROL.test('Số \u202E12-BB'); // true
 * ```
 */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * A lone UTF-16 surrogate (half of a character): it cannot be written as
 * UTF-8, so a text that holds one is not faithful to anything. Global: use it
 * with `replace`.
 *
 * @example
 * ```ts
 * 'a\uD800b'.replace(LONE_SURROGATE, '\uFFFD'); // 'a\uFFFDb'
 * ```
 */
export const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
