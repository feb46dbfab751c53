type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Create an element with attributes and children: `h('p', { class: 'x' },
 * 'text')`. A `true` attribute is written empty, `false`/`undefined` skipped.
 * @param tag - the tag name.
 * @param attributes - the attributes.
 * @param children - nodes or text; empty values are skipped.
 * @returns the element.
 */
export function h<TTag extends keyof HTMLElementTagNameMap>(
  tag: TTag,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[TTag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * A button that calls `onClick`.
 * @param label - its text.
 * @param testId - its `data-testid`.
 * @param onClick - what it does.
 * @returns the button.
 */
export function button(
  label: string,
  testId: string,
  onClick: () => void,
): HTMLButtonElement {
  const element = h('button', { type: 'button', 'data-testid': testId }, label);
  element.addEventListener('click', onClick);
  return element;
}

/**
 * Replace an element's children.
 * @param element - the element.
 * @param children - its new children.
 */
export function replaceChildren(element: Element, ...children: Child[]): void {
  element.replaceChildren(
    ...children.filter(
      (c): c is Node | string => c !== null && c !== undefined && c !== false,
    ),
  );
}

const shownOptions = new WeakMap<HTMLSelectElement, string>();

/**
 * Give a select these options, after an optional first "choose" option
 * whose value is `''`. Nothing changes when it already has them; otherwise
 * the chosen value stays chosen if it is still offered.
 * @param select - the select.
 * @param options - the values and their labels.
 * @param placeholder - the label of the empty first option, if any.
 * @returns whether the options changed.
 */
export function setOptions(
  select: HTMLSelectElement,
  options: ReadonlyArray<{ id: string; label: string }>,
  placeholder?: string | undefined,
): boolean {
  const key = JSON.stringify([placeholder, options]);
  if (shownOptions.get(select) === key) return false;
  shownOptions.set(select, key);
  const chosen = select.value;
  replaceChildren(
    select,
    placeholder === undefined ? null : h('option', { value: '' }, placeholder),
    ...options.map((o) => h('option', { value: o.id }, o.label)),
  );
  select.value = chosen;
  return true;
}

/**
 * A time as the minutes write it: `19:35 09/03/2027` (Viet Nam time, read
 * from the ISO text with its `+07:00` offset (R-TIME-1), so the host's time
 * zone plays no part).
 * @param at - an ISO time in `+07:00`.
 * @returns the hour and the day, or the text as it is.
 */
export function formatTime(at: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(at ?? '');
  if (!match) return at ?? '—';
  const [, year, month, day, clock] = match;
  return `${clock} ${day}/${month}/${year}`;
}
