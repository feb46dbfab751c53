import { z } from 'zod';
import {
  LegalProceedings,
  MemberAttachment,
  MemberRole,
  MemberStanding,
} from './enums';
import { Meta } from './meta';
import { CivilDate, Id, Text } from './primitives';

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
export const Member = z.strictObject({
  id: Id,
  name: Text,
  /** Full or probationary member (R-CELL-2). */
  standing: MemberStanding.describe(
    'Full (chính thức) or probationary (dự bị) member; probationary members do not vote (R-CELL-2).',
  ),
  /** The day of the admission ceremony; probation runs 12 months from it (R-CELL-2). */
  admittedOn: CivilDate.optional(),
  /** The day the member was confirmed as a full member. */
  confirmedOn: CivilDate.optional(),
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
});
export type Member = z.infer<typeof Member>;
