import {
  ChiboError,
  type ChiboIssue,
  type Locale,
  type LocalizedText,
} from '@chibo/core';

// A wrong argument of a public function is a ChiboError naming it, never a
// TypeError or a plausible wrong answer (issue 13 §4). Where core exports a
// schema for an argument, docx uses `checkArgument`; these cover what it has
// no schema for (docx does not depend on zod).

/**
 * The `invalid-argument` error of a public function, worded as core's
 * `checkArgument` words it.
 *
 * @param name - the parameter's name, e.g. `'model'`.
 * @param issues - every problem, each path starting with `name`.
 * @param cause - the error that revealed the problem, if any.
 * @returns the error, to throw.
 */
export function argumentError(
  name: string,
  issues: ChiboIssue[],
  cause?: unknown,
): ChiboError {
  const count = issues.length;
  return new ChiboError(
    'invalid-argument',
    {
      vi: `Tham số "${name}" không hợp lệ: ${count} lỗi.`,
      en: `Invalid argument "${name}": ${count} problem${count === 1 ? '' : 's'}.`,
    },
    { issues, cause },
  );
}

/** What a locale must be. */
export const LOCALE_MESSAGE: LocalizedText = {
  vi: 'Ngôn ngữ phải là "vi" hoặc "en".',
  en: 'The locale must be "vi" or "en".',
};

/**
 * Check a locale argument: `'vi'` or `'en'`, nothing else (another value
 * would silently give English).
 *
 * @param locale - the value passed.
 * @throws ChiboError `invalid-argument` with the path `['locale']`.
 */
export function checkLocale(locale: unknown): asserts locale is Locale {
  if (locale !== 'vi' && locale !== 'en') {
    throw argumentError('locale', [
      { path: ['locale'], code: 'invalid_value', message: LOCALE_MESSAGE },
    ]);
  }
}
