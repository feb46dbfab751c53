import type { Cell } from '../entities/cell';
import { guardArguments } from '../entities/checkArgument';
import type { Member } from '../entities/member';
import { ChiboError } from '../errors';
import {
  CellArgument,
  IdsArgument,
  MembersArgument,
  RuleOptionsArgument,
} from './ruleArguments';
import { moreThanHalf } from './tallyVote';

/** The options of `checkOnlineEligibility`. */
export interface OnlineEligibilityOptions {
  /**
   * The upper committee has designated the cell as one of special character
   * (R-ONLINE-1): online meetings are allowed whatever the count.
   * @defaultValue false
   */
  specialCharacter?: boolean | undefined;
}

/**
 * Hướng dẫn 03-HD/TW (27/12/2022), the pilot of online meetings. It is not a
 * layer of `REGULATIONS` (nothing has replaced it), so it is cited as is.
 */
const ONLINE_GUIDANCE = '03-HD/TW';

/** The verdict of `checkOnlineEligibility` (R-ONLINE-1). */
export interface OnlineEligibility {
  rule: 'R-ONLINE-1';
  /**
   * The texts the verdict rests on, by number (R-SET-1): `['03-HD/TW']`,
   * the guidance of 27/12/2022 on online meetings (it has no successor yet).
   */
  texts: string[];
  cellId: string;
  eligible: boolean;
  reason:
    | 'special-character'
    | 'majority-unavailable'
    | 'not-enough-unavailable';
  /** Members counted: the list less exempt, suspended and transferred-out members. */
  base: number;
  /** Of those, how many cannot meet in person at one place. */
  unavailable: number;
  /** The fewest unavailable members that allow an online meeting. */
  required: number;
}

/**
 * Whether a cell may hold an online meeting (R-ONLINE-1, Hướng dẫn 03-HD/TW):
 * only a cell of special character, or when more than half of the members
 * (not counting exempt and suspended members, nor those attached elsewhere
 * temporarily) cannot meet in person at one place. The verdict cites
 * 03-HD/TW in `texts` (R-SET-1).
 *
 * @param cell - the cell.
 * @param members - its members, including temporary attachments.
 * @param unavailable - ids of the members who cannot meet in person.
 * @param options - whether the cell is of special character.
 * @returns the verdict with its counts.
 * @throws ChiboError `invalid-argument` when an id is not on the list.
 * @example
 * ```ts
 * checkOnlineEligibility(cell, members, ['m05', 'm08']).eligible; // false: 2 of 16
 * ```
 */
export function checkOnlineEligibility(
  cell: Pick<Cell, 'id'>,
  members: readonly Member[],
  unavailable: readonly string[],
  options: OnlineEligibilityOptions = {},
): OnlineEligibility {
  return guardArguments(
    [
      ['cell', CellArgument, cell],
      ['members', MembersArgument, members],
      ['unavailable', IdsArgument, unavailable],
      ['options', RuleOptionsArgument, options],
    ],
    () => checkOnlineEligibilityUnchecked(cell, members, unavailable, options),
  );
}

function checkOnlineEligibilityUnchecked(
  cell: Pick<Cell, 'id'>,
  members: readonly Member[],
  unavailable: readonly string[],
  options: OnlineEligibilityOptions = {},
): OnlineEligibility {
  const known = new Set(members.map((m) => m.id));
  const unknown = unavailable.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ChiboError('invalid-argument', {
      vi: `Không có đảng viên mang mã: ${unknown.join(', ')}.`,
      en: `No member with id: ${unknown.join(', ')}.`,
    });
  }
  const counted = members.filter(
    (m) => !m.exempt && !m.suspended && m.attachment !== 'temporary-out',
  );
  const away = new Set(unavailable);
  const unavailableCount = counted.filter((m) => away.has(m.id)).length;
  const required = moreThanHalf(counted.length);
  const majority = counted.length > 0 && 2 * unavailableCount > counted.length;
  const eligible = options.specialCharacter === true || majority;
  return {
    rule: 'R-ONLINE-1',
    texts: [ONLINE_GUIDANCE],
    cellId: cell.id,
    eligible,
    reason: options.specialCharacter
      ? 'special-character'
      : majority
        ? 'majority-unavailable'
        : 'not-enough-unavailable',
    base: counted.length,
    unavailable: unavailableCount,
    required,
  };
}
