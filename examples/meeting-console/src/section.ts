import { isPresent } from '@chibo/core';
import type { MeetingEvent } from '@chibo/core/machine';
import { button, h } from './dom';
import type { MeetingSession, MeetingSnapshot } from './meetingSession';
import { getScenarioEvent } from './scenarioSteps';

/** A part of the page: its element, redrawn from each snapshot. */
export interface View {
  element: HTMLElement;
  update(snapshot: MeetingSnapshot): void;
}

/** A step of the meeting on the page, whose controls work in its states. */
export interface Section {
  element: HTMLElement;
  /** Where the step's controls go: disabled outside the step's states. */
  body: HTMLFieldSetElement;
  /** Enable the controls when the machine is in one of the step's states. */
  update(snapshot: MeetingSnapshot): void;
}

/**
 * A step of the meeting: a titled section whose controls are enabled only
 * while the machine is in one of `states` (the machine itself still decides
 * what it accepts there, and says why it refuses).
 * @param title - the step's heading.
 * @param testId - the section's `data-testid`.
 * @param states - the machine states the step belongs to.
 * @returns the section.
 */
export function createSection(
  title: string,
  testId: string,
  states: readonly string[],
): Section {
  const body = h('fieldset');
  const element = h('section', { class: 'step', 'data-testid': testId });
  element.append(h('h2', {}, title), body);
  return {
    element,
    body,
    update(snapshot) {
      const active = states.includes(String(snapshot.value));
      body.disabled = !active;
      element.classList.toggle('active', active);
    },
  };
}

/**
 * The name of a member or guest of the meeting.
 * @param snapshot - the meeting.
 * @param id - a member's or guest's id.
 * @returns the name, or the id when unknown.
 */
export function getPersonName(snapshot: MeetingSnapshot, id: string): string {
  const { members, meeting } = snapshot.context.record;
  const person =
    members.find((m) => m.id === id) ?? meeting.guests.find((g) => g.id === id);
  return person?.name ?? id;
}

/**
 * The people who may speak or present: the members present and the guests
 * (R-DOC-6).
 * @param snapshot - the meeting.
 * @returns the members present, then the guests.
 */
export function getSpeakers(snapshot: MeetingSnapshot) {
  const { record } = snapshot.context;
  return [
    ...record.members.filter((m) => isPresent(record, m.id)),
    ...record.meeting.guests,
  ];
}

/**
 * A button that sends the scenario's event of a step as it is, at the
 * scenario's time.
 * @param session - the meeting of the page.
 * @param label - the button's text.
 * @param testId - its `data-testid`.
 * @param type - the event type, e.g. `'CLOSE'`.
 * @returns the button.
 */
export function stepButton(
  session: MeetingSession,
  label: string,
  testId: string,
  type: MeetingEvent['type'],
): HTMLButtonElement {
  return button(label, testId, () => session.send(getScenarioEvent(type)));
}
