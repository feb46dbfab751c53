import type { Guest } from '../entities/meeting';

/**
 * Whether `guestId` names an attending upper-level supervisor, the one who
 * may confirm a meeting's rating (R-RATE-3): a guest of the meeting with the
 * role `supervisor`. The meeting machine's guard `isSupervisorGuest` calls
 * it, and so does `confirmRating` when it is given the guests.
 *
 * @param guests - the meeting's guests.
 * @param guestId - the id of the guest who confirms.
 * @returns true for a supervisor among the guests.
 * @example
 * ```ts
 * isSupervisorGuest([{ id: 'g01', role: 'supervisor' }], 'g01'); // true
 * isSupervisorGuest([{ id: 'g02', role: 'guest' }], 'g02'); // false
 * ```
 */
export function isSupervisorGuest(
  guests: ReadonlyArray<Pick<Guest, 'id' | 'role'>>,
  guestId: string | undefined,
): boolean {
  return guests.some((g) => g.id === guestId && g.role === 'supervisor');
}
