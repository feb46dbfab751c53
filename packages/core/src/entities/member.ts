import { z } from 'zod';
import {
  LegalProceedings,
  MemberAttachment,
  MemberRole,
  MemberStanding,
} from './enums';
import { Meta } from './meta';
import { CivilDate, Id, Text } from './primitives';

/** A party card number: digits in dot-separated groups, 6 to 16 digits (R-MEM-1). */
export const PartyCardNumber = z
  .string()
  .trim()
  .refine(
    (value) =>
      /^\d+(\.\d+)*$/.test(value) &&
      value.replaceAll('.', '').length >= 6 &&
      value.replaceAll('.', '').length <= 16,
    {
      message:
        'A party card number is 6 to 16 digits, in groups separated by dots (09.000.101).',
      params: {
        vi: 'Số thẻ đảng viên gồm 6 đến 16 chữ số, các nhóm cách nhau bằng dấu chấm (09.000.101).',
        rule: 'R-MEM-1',
      },
    },
  )
  .describe(
    'Party card number (số thẻ đảng viên): digits in dot-separated groups, e.g. 09.000.101 (R-MEM-1).',
  );

/** The 12-digit personal identification number (số định danh cá nhân, R-MEM-1). */
export const PersonalId = z
  .string()
  .trim()
  .refine((value) => /^\d{12}$/.test(value), {
    message: 'A personal identification number is exactly 12 digits.',
    params: {
      vi: 'Số định danh cá nhân gồm đúng 12 chữ số.',
      rule: 'R-MEM-1',
    },
  })
  .describe(
    'Personal identification number (số định danh cá nhân, CCCD): exactly 12 digits (R-MEM-1).',
  );

/**
 * A Party member on the cell's list (đảng số), or attached to it temporarily.
 *
 * @example
 * ```ts
 * const member = parseMember({
 *   id: 'm14',
 *   name: 'Giàng A Páo',
 *   standing: 'official',
 *   exempt: true,
 *   exemptReason: 'Tuổi cao (82 tuổi)',
 * });
 * ```
 */
export const Member = z
  .strictObject({
    id: Id,
    name: Text,
    /** Full or probationary member (R-CELL-2). */
    standing: MemberStanding.describe(
      'Full (chính thức) or probationary (dự bị) member; probationary members do not vote (R-CELL-2).',
    ),
    /**
     * The date in the admission decision (ngày vào Đảng, R-MEM-1): party age
     * counts from it (Điều lệ Art. 5.4). Where `admissionCeremonyOn` is not
     * given, probation is counted from this date (R-CELL-2).
     */
    admittedOn: CivilDate.optional(),
    /** The day of the admission ceremony: probation runs 12 months from it (R-CELL-2, R-ADM-1). */
    admissionCeremonyOn: CivilDate.optional(),
    /** The day the member became official (ngày chính thức, R-MEM-1). */
    confirmedOn: CivilDate.optional(),
    /**
     * The party card number (số thẻ đảng viên, R-MEM-1): digits, in groups
     * separated by dots as printed on the card (`09.000.101`). Personal data:
     * no document prints it.
     */
    partyCardNumber: PartyCardNumber.optional(),
    /**
     * The personal identification number (số định danh cá nhân, CCCD; R-MEM-1):
     * exactly 12 digits. Personal data: no document prints it.
     */
    personalId: PersonalId.optional(),
    /** The date of birth (R-MEM-1). Personal data: no document prints it. */
    dateOfBirth: CivilDate.optional(),
    /** Exempt from Party work and meetings (miễn công tác và sinh hoạt đảng). */
    exempt: z
      .boolean()
      .default(false)
      .describe(
        'Exempt from Party work and meetings (miễn công tác và sinh hoạt đảng).',
      ),
    exemptReason: Text.optional(),
    /** Regular member, or temporarily attached in or out (SHT, R-CELL-3). */
    attachment: MemberAttachment.default('regular').describe(
      'regular; temporary-in: attached here from another cell; temporary-out: attached to another cell (sinh hoạt tạm thời, R-CELL-3).',
    ),
    /** For a temporary attachment: the other cell. */
    attachedCellName: Text.optional(),
    /** Suspended from Party activity (đình chỉ sinh hoạt). */
    suspended: z
      .boolean()
      .default(false)
      .describe('Suspended from Party activity (đình chỉ sinh hoạt).'),
    /** Prosecuted, indicted or detained: out of the voting base (R-VOTE-1). */
    legalProceedings: LegalProceedings.optional(),
    /** Armed-forces member on assigned special duty: not expected (R-ATT-1, 12-HD). */
    specialDuty: z
      .boolean()
      .default(false)
      .describe(
        'Armed-forces member on assigned special duty: not expected at meetings (R-ATT-1).',
      ),
    /** Leadership roles in the cell (R-CELL-1). */
    roles: z.array(MemberRole).default([]),
    meta: Meta.optional(),
  })
  .superRefine((member, ctx) => {
    // R-MEM-1: the dates of one life come in order.
    const order: Array<[keyof typeof member, string | undefined]> = [
      ['dateOfBirth', member.dateOfBirth],
      ['admittedOn', member.admittedOn],
      ['admissionCeremonyOn', member.admissionCeremonyOn],
      ['confirmedOn', member.confirmedOn],
    ];
    const given = order.filter(([, date]) => date !== undefined);
    for (let i = 1; i < given.length; i++) {
      const [earlierKey, earlier] = given[i - 1] as [string, string];
      const [laterKey, later] = given[i] as [string, string];
      if (later < earlier) {
        ctx.addIssue({
          code: 'custom',
          path: [laterKey],
          message: `${laterKey} (${later}) is before ${earlierKey} (${earlier}).`,
          params: {
            vi: `${laterKey} (${later}) trước ${earlierKey} (${earlier}).`,
            rule: 'R-MEM-1',
          },
        });
      }
    }
  });
export type Member = z.infer<typeof Member>;
