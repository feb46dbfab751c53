import type { Locale } from '@chibo/core';

const LOCALES: readonly Locale[] = ['vi', 'en'];

function asLocale(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split('-')[0];
  return LOCALES.find((locale) => locale === primary);
}

/**
 * The language of a response's messages: `?lang=en|vi` first, then the
 * `Accept-Language` header (its best-rated `vi` or `en`), else Vietnamese.
 *
 * @param url - the request URL.
 * @param acceptLanguage - the `Accept-Language` header, if any.
 * @returns `'vi'` or `'en'`.
 */
export function pickLocale(
  url: URL,
  acceptLanguage: string | undefined,
): Locale {
  const asked = url.searchParams.get('lang');
  const fromQuery = asked === null ? undefined : asLocale(asked);
  if (fromQuery) return fromQuery;
  let best: { locale: Locale; q: number } | undefined;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.split(';');
    const locale = asLocale(tag);
    if (!locale) continue;
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.trim().slice(2));
    if (Number.isFinite(q) && q > 0 && (!best || q > best.q)) {
      best = { locale, q };
    }
  }
  return best?.locale ?? 'vi';
}
