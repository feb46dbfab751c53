/** What the opinion form shows when the page redraws. */
export interface PrefillState {
  /** Who may speak now: the members present and the guests (R-DOC-6). */
  speakerIds: readonly string[];
  /** The speaker of the scenario's next opinion, if there is one. */
  nextSpeakerId: string | undefined;
  /** The speaker the select shows now (`''`: nobody chosen yet). */
  chosen: string;
  /** The text box still holds the scenario's next opinion, untouched. */
  prefilled: boolean;
}

/** What the opinion form's agenda-item select shows when the page redraws. */
export interface ItemPrefillState {
  /** The items of the approved agenda, in order. */
  itemIds: readonly string[];
  /** The item of the scenario's next opinion, if it names one. */
  nextItemId: string | undefined;
  /** The item the select shows now (`''`: none yet). */
  chosen: string;
  /** The text box still holds the scenario's next opinion, untouched. */
  prefilled: boolean;
}

/**
 * The scenario's choice while the form holds its opinion and the choice is
 * offered, else the recorder's own if still offered, else `''`.
 */
function pickPrefilled(
  offered: readonly string[],
  next: string | undefined,
  chosen: string,
  prefilled: boolean,
): string {
  if (prefilled && next && offered.includes(next)) return next;
  return offered.includes(chosen) ? chosen : '';
}

/**
 * The speaker the opinion form selects: the scenario's next speaker as soon
 * as they may speak, while the form still holds their opinion; otherwise the
 * recorder's own choice if that person may still speak; otherwise nobody.
 * Before the roll call only the guest may speak, and defaulting to the first
 * option recorded the first opinion under Triệu Văn Long instead of Vàng Seo
 * Chứ: one member fewer spoke, and the An Phú score fell from 87 to 86.
 *
 * @param state - the speakers, the scenario's next speaker and the form.
 * @returns the id to select, or `''` for the "choose a speaker" option.
 */
export function getPrefilledSpeaker(state: PrefillState): string {
  const { speakerIds, nextSpeakerId, chosen, prefilled } = state;
  return pickPrefilled(speakerIds, nextSpeakerId, chosen, prefilled);
}

/**
 * The agenda item the opinion form selects (R-DOC-6b: each opinion belongs
 * to an item): the scenario's item while the form holds the scenario's
 * opinion, so the prefilled opinion keeps it; otherwise the recorder's own
 * choice; otherwise the last item, the discussion of the resolution.
 *
 * @param state - the agenda, the scenario's next item and the form.
 * @returns the id to select, or `''` while no agenda is approved.
 */
export function getPrefilledItem(state: ItemPrefillState): string {
  const { itemIds, nextItemId, chosen, prefilled } = state;
  const picked = pickPrefilled(itemIds, nextItemId, chosen, prefilled);
  return picked === '' ? (itemIds.at(-1) ?? '') : picked;
}
