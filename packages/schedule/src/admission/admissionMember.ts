import { CivilDate, Member, type MemberRole } from '@chibo/core/schemas';
import { z } from 'zod';

/** The dates of one life in order (R-MEM-1, R-ADM-1), by field. */
const ADMISSION_DATE_ORDER = [
  'dateOfBirth',
  'consideredOn',
  'admittedOn',
  'decisionReceivedOn',
  'admissionCeremonyOn',
  'confirmedOn',
] as const;

/**
 * A member, or a person on the way to admission, with the dates R-ADM-1
 * reads: core's `Member` fields (`dateOfBirth`, `admittedOn`,
 * `admissionCeremonyOn`, `confirmedOn`…; `standing` may be left out for a
 * person not yet admitted) and three dates of the admission file. Every
 * date is a civil date in Viet Nam (`YYYY-MM-DD`, or a `Date` read in Viet
 * Nam time, R-TIME-1). An unknown key is an error naming the nearest known
 * one. The dates must come in order: birth, consideration, decision,
 * receipt of the decision, ceremony, confirmation.
 *
 * @example
 * ```ts
 * const ngoc = AdmissionMember.parse({
 *   id: 'm17',
 *   name: 'Hoàng Thị Ngọc',
 *   standing: 'probationary',
 *   dateOfBirth: '1998-04-12',
 *   courseCertificateOn: '2026-03-20',
 *   consideredOn: '2026-10-13',
 *   admittedOn: '2026-12-10',
 * });
 * ```
 */
export const AdmissionMember = z
  .strictObject({
    ...Member.shape,
    standing: Member.shape.standing.optional(),
    /** The day the cell met and considered the admission (chi bộ xét kết nạp). */
    consideredOn: CivilDate.optional(),
    /** The day the cell received the admission decision. */
    decisionReceivedOn: CivilDate.optional(),
    /** The date of the certificate of the course on the Party. */
    courseCertificateOn: CivilDate.optional(),
  })
  .superRefine((member, ctx) => {
    // R-MEM-1 for core's dates, R-ADM-1 for the file's: each after the last given.
    let last: readonly [string, string] | undefined;
    for (const key of ADMISSION_DATE_ORDER) {
      const date = member[key];
      if (date === undefined) continue;
      if (last !== undefined && date < last[1]) {
        const [earlierKey, earlier] = last;
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `${key} (${date}) is before ${earlierKey} (${earlier}).`,
          params: {
            vi: `${key} (${date}) trước ${earlierKey} (${earlier}).`,
            rule: 'R-ADM-1',
          },
        });
      }
      last = [key, date];
    }
  });
export type AdmissionMember = z.infer<typeof AdmissionMember>;
/** What {@link AdmissionMember} accepts (a read-only `roles` list too). */
export type AdmissionMemberInput = Omit<
  z.input<typeof AdmissionMember>,
  'roles'
> & {
  roles?: readonly MemberRole[] | undefined;
};
