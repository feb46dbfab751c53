import type { MeetingEvent, MeetingInput } from '@chibo/core/machine';
import { marchEvents, marchMeeting, marchRecord } from '@chibo/scenario';

/**
 * The March 2027 meeting of Chi bộ thôn Trang Nùng as planned, before
 * anything happened (SCENARIO.md): what the console starts from.
 */
export const plannedMeeting = (() => {
  const { id, cellId, kind, scheduledAt, place, mode } = marchMeeting;
  const meeting = { id, cellId, kind, scheduledAt, place, mode };
  return { ...marchRecord, meeting } as unknown as MeetingInput;
})();

type ScenarioEvent = MeetingEvent & { at: string };

const allEvents = Object.values(marchEvents).flatMap(
  (phase) => structuredClone(phase) as unknown as ScenarioEvent[],
);

/**
 * The scenario's events of one type, in order, as fresh copies: the console
 * sends them (or builds its own from the form) at the scenario's times.
 * @param type - the event type, e.g. `'TASK_REVIEWED'`.
 * @returns the events of that type in the March meeting.
 */
export function getScenarioEvents<TType extends MeetingEvent['type']>(
  type: TType,
): Array<Extract<MeetingEvent, { type: TType }> & { at: string }> {
  return structuredClone(allEvents.filter((e) => e.type === type)) as Array<
    Extract<MeetingEvent, { type: TType }> & { at: string }
  >;
}

/**
 * The first scenario event of a type; throws when the scenario has none.
 * @param type - the event type.
 * @returns a copy of the event.
 */
export function getScenarioEvent<TType extends MeetingEvent['type']>(
  type: TType,
): Extract<MeetingEvent, { type: TType }> & { at: string } {
  const [event] = getScenarioEvents(type);
  if (!event) throw new Error(`The scenario has no ${type} event.`);
  return event;
}

/**
 * The time of the n-th scenario event of a type (R-TIME-2: the page never
 * reads the clock). Past the scenario's count, the last one's time.
 * @param type - the event type.
 * @param index - which one, from 0.
 * @returns the ISO time in `+07:00`.
 */
export function getScenarioTime(type: MeetingEvent['type'], index = 0): string {
  const events = getScenarioEvents(type);
  const event = events[Math.min(index, events.length - 1)];
  if (!event) throw new Error(`The scenario has no ${type} event.`);
  return event.at;
}

/**
 * An event the page builds from its form, at the scenario's time for that
 * step (R-TIME-2).
 * @param type - the event type.
 * @param fields - the event's payload, read from the page.
 * @param index - which of the scenario's events of that type gives the time.
 * @returns the event.
 */
export function createStep<TType extends MeetingEvent['type']>(
  type: TType,
  fields: Omit<Extract<MeetingEvent, { type: TType }>, 'type' | 'at'>,
  index = 0,
): Extract<MeetingEvent, { type: TType }> & { at: string } {
  return { ...fields, type, at: getScenarioTime(type, index) } as Extract<
    MeetingEvent,
    { type: TType }
  > & { at: string };
}

/**
 * When the next step happens: the scenario's time for it, or the last
 * accepted step's time when the meeting has already passed it (a step taken
 * out of the scenario's order must not go back in time).
 * @param stepAt - the scenario's time for the step.
 * @param lastAt - `context.lastAt`, the last accepted event's time.
 * @returns the later of the two.
 */
export function getNextTime(stepAt: string, lastAt: string | null): string {
  if (lastAt === null) return stepAt;
  return Date.parse(lastAt) > Date.parse(stepAt) ? lastAt : stepAt;
}

/** The events that record one agenda item (R-DOC-6b). */
export type ItemEventType = 'ITEM_PRESENTED' | 'ITEM_CONCLUDED';

/** An item's event, with its time. */
export type ItemEvent<TType extends ItemEventType> = Extract<
  MeetingEvent,
  { type: TType }
> & { at: string };

/** What an item's event carries besides its type, time and item. */
export interface ItemFields {
  ITEM_PRESENTED: Omit<
    ItemEvent<'ITEM_PRESENTED'>,
    'type' | 'at' | 'agendaItemId'
  >;
  ITEM_CONCLUDED: Omit<
    ItemEvent<'ITEM_CONCLUDED'>,
    'type' | 'at' | 'agendaItemId'
  >;
}

/**
 * The scenario's `ITEM_PRESENTED` or `ITEM_CONCLUDED` for an agenda item,
 * if it has one: what the item's block is prefilled with, and its time.
 * @param type - the event type.
 * @param agendaItemId - the item, e.g. `'a1'`.
 * @returns a copy of the event, or `undefined`.
 */
export function getScenarioItemEvent<TType extends ItemEventType>(
  type: TType,
  agendaItemId: string,
): ItemEvent<TType> | undefined {
  const events: Array<ItemEvent<ItemEventType>> = getScenarioEvents(type);
  return events.find((e) => e.agendaItemId === agendaItemId) as
    | ItemEvent<TType>
    | undefined;
}

/**
 * An item's event built from its block, at the scenario's time for that
 * item; an item the scenario does not record this way takes the start of
 * the proceedings, which the session moves up to the last accepted step's
 * time (R-TIME-2).
 * @param type - the event type.
 * @param agendaItemId - the item.
 * @param fields - the event's other fields, read from the block.
 * @returns the event.
 */
export function createItemStep<TType extends ItemEventType>(
  type: TType,
  agendaItemId: string,
  fields: ItemFields[TType],
): ItemEvent<TType> {
  const scenario: ItemEvent<ItemEventType> | undefined = getScenarioItemEvent(
    type,
    agendaItemId,
  );
  const at = scenario?.at ?? getScenarioTime('START_PROCEEDINGS');
  return { ...fields, type, agendaItemId, at } as ItemEvent<TType>;
}
