import type { MeetingSnapshot } from './meetingSession';
import type { ItemFields } from './scenarioSteps';

type Context = MeetingSnapshot['context'];
/** An item of the approved agenda, as the record holds it (R-DOC-6b). */
export type RecordedItem = Context['record']['meeting']['agenda'][number];
/** A refused event, as `context.rejected` lists it. */
export type Refusal = Context['rejected'][number];

/** What an item block's fields hold, as the page reads and writes them. */
export interface ItemFormValues {
  /** The presenter's id; `''` when nobody is chosen. */
  presenterId: string;
  /** The duration input's text, in minutes; `''` when empty. */
  duration: string;
  summary: string;
  conclusion: string;
  noOpinions: boolean;
}

/** The payload of `ITEM_PRESENTED` without its type, time and item. */
export type PresentedFields = ItemFields['ITEM_PRESENTED'];
/** The payload of `ITEM_CONCLUDED` without its type, time and item. */
export type ConcludedFields = ItemFields['ITEM_CONCLUDED'];

/**
 * What the block of an item shows: what the record holds for it, else what
 * the scenario's `ITEM_PRESENTED` and `ITEM_CONCLUDED` for it say.
 * @param item - the item in the record.
 * @param presented - the scenario's `ITEM_PRESENTED` for the item, if any.
 * @param concluded - the scenario's `ITEM_CONCLUDED` for the item, if any.
 * @returns the values of the block's fields.
 */
export function getItemPrefill(
  item: RecordedItem,
  presented: PresentedFields | undefined,
  concluded: ConcludedFields | undefined,
): ItemFormValues {
  const wasPresented =
    item.presenterId !== undefined ||
    item.durationMinutes !== undefined ||
    item.summary !== undefined;
  const wasConcluded =
    item.conclusion !== undefined || item.noOpinions !== undefined;
  const shown = wasPresented ? item : (presented ?? {});
  const closing = wasConcluded ? item : (concluded ?? {});
  return {
    presenterId: shown.presenterId ?? '',
    duration:
      shown.durationMinutes === undefined ? '' : String(shown.durationMinutes),
    summary: shown.summary ?? '',
    conclusion: closing.conclusion ?? '',
    noOpinions: closing.noOpinions === true,
  };
}

/**
 * The `ITEM_PRESENTED` fields a block sends: empty fields are left out, and
 * the duration is sent as the number typed (the machine refuses one that is
 * not a whole number of minutes, with its reason).
 * @param values - the block's fields.
 * @returns the event's fields.
 */
export function readItemPresented(values: ItemFormValues): PresentedFields {
  const summary = values.summary.trim();
  const duration = values.duration.trim();
  return {
    ...(values.presenterId === '' ? {} : { presenterId: values.presenterId }),
    ...(duration === '' ? {} : { durationMinutes: Number(duration) }),
    ...(summary === '' ? {} : { summary }),
  };
}

/**
 * The `ITEM_CONCLUDED` fields a block sends: the conclusion when one is
 * typed, and `noOpinions` only when the box is ticked (R-DOC-6b).
 * @param values - the block's fields.
 * @returns the event's fields.
 */
export function readItemConcluded(values: ItemFormValues): ConcludedFields {
  const conclusion = values.conclusion.trim();
  return {
    ...(conclusion === '' ? {} : { conclusion }),
    ...(values.noOpinions ? { noOpinions: true } : {}),
  };
}

/**
 * What the record holds for an item, as lines the recorder reads back
 * (R-DOC-6b): presenter and duration, summary, opinions, conclusion.
 * @param item - the item in the record.
 * @param opinionCount - how many opinions the record gives the item.
 * @param nameOf - the name of a member or guest.
 * @returns the lines; "Chưa ghi nội dung." when nothing is recorded.
 */
export function describeRecordedItem(
  item: RecordedItem,
  opinionCount: number,
  nameOf: (id: string) => string,
): string[] {
  const lines: string[] = [];
  if (item.presenterId !== undefined || item.durationMinutes !== undefined) {
    const who =
      item.presenterId === undefined ? 'chưa ghi' : nameOf(item.presenterId);
    const minutes =
      item.durationMinutes === undefined
        ? ''
        : ` (${item.durationMinutes} phút)`;
    lines.push(`Người trình bày: ${who}${minutes}.`);
  }
  if (item.summary !== undefined) lines.push(`Tóm tắt: ${item.summary}`);
  if (item.noOpinions) lines.push('Không có ý kiến phát biểu.');
  else if (opinionCount > 0) lines.push(`Ý kiến phát biểu: ${opinionCount}.`);
  if (item.conclusion !== undefined) lines.push(`Kết luận: ${item.conclusion}`);
  return lines.length > 0 ? lines : ['Chưa ghi nội dung.'];
}

const ITEM_EVENTS = new Set(['ITEM_PRESENTED', 'ITEM_CONCLUDED']);

/**
 * The refusal of the last `ITEM_PRESENTED` or `ITEM_CONCLUDED` sent for an
 * item, if that event was refused: the block shows it until an event for
 * the item is accepted.
 * @param context - the machine's context.
 * @param agendaItemId - the item.
 * @returns the refusal, or `undefined`.
 */
export function getItemRefusal(
  context: Pick<Context, 'events' | 'rejected'>,
  agendaItemId: string,
): Refusal | undefined {
  for (let index = context.events.length - 1; index >= 0; index -= 1) {
    const event = context.events[index];
    if (
      event &&
      ITEM_EVENTS.has(event.type) &&
      event.agendaItemId === agendaItemId
    ) {
      return context.rejected.find((r) => r.index === index);
    }
  }
  return undefined;
}
