import { z } from 'zod';
import { CellKind, CellSector, CommitteeLevel } from './enums';
import { Meta } from './meta';
import { Id, Text } from './primitives';

/** The Party committee directly above a cell (Đảng bộ), e.g. Đảng bộ xã Xuân Quang. */
export const PartyCommittee = z.strictObject({
  id: Id.optional(),
  /** Its full name, e.g. "Đảng bộ xã Xuân Quang". */
  name: Text,
  level: CommitteeLevel,
});
export type PartyCommittee = z.infer<typeof PartyCommittee>;

/**
 * A Party cell (chi bộ), the unit that meets.
 *
 * @example
 * ```ts
 * const cell = parseCell({
 *   id: 'trang-nung',
 *   name: 'Chi bộ thôn Trang Nùng',
 *   kind: 'subordinate',
 *   sector: 'residential',
 *   parent: { name: 'Đảng bộ xã Xuân Quang', level: 'grassroots' },
 *   placeName: 'Xuân Quang',
 * });
 * ```
 */
export const Cell = z.strictObject({
  id: Id,
  /** Its full name, e.g. "Chi bộ thôn Trang Nùng". */
  name: Text,
  kind: CellKind,
  sector: CellSector,
  parent: PartyCommittee,
  /** The place written in documents' dates, e.g. "Xuân Quang" (R-DOC-4). */
  placeName: Text.optional(),
  /**
   * The minimum length of a meeting set by the competent committee for this
   * cell, in minutes (R-DUR-1, `HD42-2025`). Absent: the rule set's default.
   */
  minimumMeetingMinutes: z.number().int().positive().optional(),
  /**
   * Whether members attached to this cell temporarily (SHT in) vote here
   * (R-CELL-3, [open]). Absent: the rule set's default, no.
   */
  temporaryInVotes: z
    .boolean()
    .optional()
    .describe(
      'Whether members attached here temporarily vote in this cell (R-CELL-3, open; default no).',
    ),
  /**
   * How this cell's voting base is read (R-VOTE-1), where its upper committee
   * instructs a reading other than the text in force on the meeting's date.
   */
  votingBase: z
    .strictObject({
      /**
       * The regulation on the Điều lệ whose point 9.3.2 applies, e.g.
       * `'24-QĐ/TW'` for the reading before 2025-07-01.
       */
      charter: z.enum(['24-QĐ/TW', '232-QĐ/TW', '294-QĐ/TW']).optional(),
      /** Under 294-QĐ/TW, suspended and prosecuted members are convened ([open], default no). */
      suspendedConvened: z.boolean().optional(),
    })
    .optional()
    .describe(
      "How the cell's voting base is read (R-VOTE-1): a pinned regulation (24-QĐ/TW, 232-QĐ/TW or 294-QĐ/TW) and whether suspended or prosecuted members are convened (open; default no).",
    ),
  meta: Meta.optional(),
});
export type Cell = z.infer<typeof Cell>;
