import { z } from 'zod';
import { DuesStatus } from './enums';
import { Meta } from './meta';
import { Id } from './primitives';

/**
 * One member's dues for one month (đảng phí): paid, unpaid, or unpaid with a
 * valid reason (R-ATT-3).
 *
 * @example
 * ```ts
 * parseDuesPayment({ memberId: 'm08', month: '2027-02', status: 'unpaid' });
 * ```
 */
export const DuesPayment = z.strictObject({
  memberId: Id,
  // No fixed message: zod's locales word it in Vietnamese and in English.
  /** The calendar month, `YYYY-MM`. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  status: DuesStatus,
  meta: Meta.optional(),
});
export type DuesPayment = z.infer<typeof DuesPayment>;
