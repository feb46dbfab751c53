import { z } from 'zod';
import { toVietNamDate, toVietNamDateTime } from '../time';

/**
 * An id chosen by the host system: any non-empty string (a UUID, a number from
 * the Party-member database…). chibo never invents ids.
 */
export const Id = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('An id chosen by the host system.');
export type Id = z.infer<typeof Id>;

/** Free text, trimmed and normalised to Unicode NFC (R-DOC-8). */
export const Text = z
  .string()
  .overwrite((value) => value.normalize('NFC'))
  .trim()
  .min(1);
export type Text = z.infer<typeof Text>;

/** Optional free text, NFC; an empty string is kept as empty. */
export const LongText = z
  .string()
  .overwrite((value) => value.normalize('NFC'))
  .trim();

/**
 * An instant, as a `Date` or an ISO 8601 string (with any offset, or none for
 * Viet Nam civil time), normalised to ISO 8601 with the `+07:00` offset
 * (R-TIME-1): `'2027-03-09T19:30:00+07:00'`.
 */
const isoDateTime = z.iso
  .datetime({ offset: true, local: true })
  .describe(
    'An instant in ISO 8601, e.g. 2027-03-09T19:30:00+07:00; any offset, or none for Viet Nam time (UTC+7). Stored with +07:00.',
  )
  .transform((value) => toVietNamDateTime(value));
export const DateTime = z.preprocess<
  unknown,
  typeof isoDateTime,
  string | Date
>(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString()
      : value,
  isoDateTime,
);
export type DateTime = z.infer<typeof DateTime>;

/**
 * A civil date in Viet Nam, as `YYYY-MM-DD` or a `Date` (read in UTC+7,
 * R-TIME-1).
 */
const isoDate = z.iso.date().describe('A civil date in Viet Nam, YYYY-MM-DD.');
export const CivilDate = z.preprocess<unknown, typeof isoDate, string | Date>(
  (value) =>
    value instanceof Date && !Number.isNaN(value.getTime())
      ? toVietNamDate(value)
      : value,
  isoDate,
);
export type CivilDate = z.infer<typeof CivilDate>;

/** A count of people or ballots. */
export const Count = z.number().int().nonnegative();

/** Progress toward a measurable target, e.g. 52 of 61 households (R-TASK-1). */
export const Progress = z.strictObject({
  achieved: z.number().nonnegative(),
  target: z.number().positive(),
  unit: Text.optional(),
});
export type Progress = z.infer<typeof Progress>;
