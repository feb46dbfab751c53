import type { AgendaItem } from '../entities/meeting';
import type { Opinion } from '../entities/opinion';

/**
 * The agenda items recorded as having no opinions (`noOpinions`) on which
 * opinions are recorded all the same (R-DOC-6b): the one predicate of that
 * rule. The meeting's refinement runs it on the whole record, and the
 * meeting machine on what an event would add — the opinion of an `OPINION`
 * against the agenda, the item of an `ITEM_CONCLUDED` against the opinions.
 *
 * @param agenda - the items (their ids and `noOpinions`).
 * @param opinions - the opinions (their `agendaItemId`).
 * @returns the ids of the items that contradict themselves, in agenda order.
 * @example
 * ```ts
 * findQuietItemsWithOpinions([{ id: 'a1', noOpinions: true }], [{ agendaItemId: 'a1' }]); // ['a1']
 * ```
 */
export function findQuietItemsWithOpinions(
  agenda: ReadonlyArray<Pick<AgendaItem, 'id' | 'noOpinions'>>,
  opinions: ReadonlyArray<Pick<Opinion, 'agendaItemId'>>,
): string[] {
  return agenda
    .filter(
      (item) =>
        item.noOpinions === true &&
        opinions.some((o) => o.agendaItemId === item.id),
    )
    .map((item) => item.id);
}
