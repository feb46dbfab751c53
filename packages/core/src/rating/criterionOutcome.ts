import type { LocalizedText } from '../i18n/labels';
import type { CriterionOutcome } from './ratingScheme';

/** A criterion the record cannot decide yet, with what it lacks. */
export const missing = (vi: string, en: string): CriterionOutcome => ({
  missing: { vi, en } satisfies LocalizedText,
});

/** A criterion's score with its reason. */
export const scored = (
  score: number,
  vi: string,
  en: string,
): CriterionOutcome => ({ score, reason: { vi, en } });
