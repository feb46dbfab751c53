import {
  describeRecordedItem,
  getItemPrefill,
  getItemRefusal,
  type ItemFormValues,
  type RecordedItem,
  readItemConcluded,
  readItemPresented,
} from './agendaItemForm';
import { button, h, replaceChildren, setOptions } from './dom';
import type { MeetingSession, MeetingSnapshot } from './meetingSession';
import { createItemStep, getScenarioItemEvent } from './scenarioSteps';
import { getPersonName, getSpeakers, type View } from './section';

type Speaker = ReturnType<typeof getSpeakers>[number];

interface ItemBlock {
  element: HTMLElement;
  update(snapshot: MeetingSnapshot, speakers: readonly Speaker[]): void;
}

/**
 * The block of one agenda item: presenter, duration and summary with
 * "Trình bày" (`ITEM_PRESENTED`), conclusion and "Không có ý kiến" with
 * "Kết luận nội dung" (`ITEM_CONCLUDED`), what the record holds for the
 * item, and why its last event was refused, if it was (R-DOC-6b).
 */
function createItemBlock(
  session: MeetingSession,
  item: RecordedItem,
  position: number,
): ItemBlock {
  const { id } = item;
  const presented = getScenarioItemEvent('ITEM_PRESENTED', id);
  const concluded = getScenarioItemEvent('ITEM_CONCLUDED', id);
  const presenter = h('select', {
    'data-testid': `item-presenter-${id}`,
    'aria-label': 'Người trình bày',
  });
  const duration = h('input', {
    type: 'number',
    min: 1,
    step: 1,
    'data-testid': `item-duration-${id}`,
    'aria-label': 'Thời lượng (phút)',
  });
  const summary = h('textarea', {
    rows: 3,
    'data-testid': `item-summary-${id}`,
    'aria-label': 'Tóm tắt nội dung trình bày',
  });
  const conclusion = h('textarea', {
    rows: 2,
    'data-testid': `item-conclusion-${id}`,
    'aria-label': 'Kết luận của chủ trì về nội dung này',
  });
  const noOpinions = h('input', {
    type: 'checkbox',
    'data-testid': `item-no-opinions-${id}`,
  });
  const recorded = h('div', {
    class: 'recorded',
    'data-testid': `item-recorded-${id}`,
  });
  const refusal = h('p', {
    class: 'refusal',
    'data-testid': `item-refused-${id}`,
  });
  const read = (): ItemFormValues => ({
    presenterId: presenter.value,
    duration: duration.value,
    summary: summary.value,
    conclusion: conclusion.value,
    noOpinions: noOpinions.checked,
  });
  // The presenter the recorder wants, kept while the select cannot show
  // them yet (before the roll call only the guests may speak).
  let wantedPresenter = '';
  presenter.addEventListener('change', () => {
    wantedPresenter = presenter.value;
  });
  let shownPresented = '';
  let shownConcluded = '';

  const element = h(
    'article',
    { class: 'agenda-item', 'data-testid': `item-${id}` },
    h('h4', {}, `${position + 1}. ${item.title}`),
    h(
      'div',
      { class: 'item-form' },
      h('label', {}, 'Người trình bày ', presenter),
      h('label', {}, 'Thời lượng (phút) ', duration),
      h('label', { class: 'wide' }, 'Tóm tắt nội dung trình bày ', summary),
      button('Trình bày', `item-present-${id}`, () =>
        session.send(
          createItemStep('ITEM_PRESENTED', id, readItemPresented(read())),
        ),
      ),
      h('label', { class: 'wide' }, 'Kết luận của chủ trì ', conclusion),
      h('label', {}, noOpinions, ' Không có ý kiến'),
      button('Kết luận nội dung', `item-conclude-${id}`, () =>
        session.send(
          createItemStep('ITEM_CONCLUDED', id, readItemConcluded(read())),
        ),
      ),
    ),
    recorded,
    refusal,
  );

  return {
    element,
    update(snapshot, speakers) {
      const { meeting } = snapshot.context.record;
      const current = meeting.agenda.find((a) => a.id === id) ?? item;
      // Fields are refilled only when the record changes, so a draft the
      // recorder is typing survives every other redraw.
      const prefill = getItemPrefill(current, presented, concluded);
      const presentedKey = JSON.stringify([
        current.presenterId,
        current.durationMinutes,
        current.summary,
      ]);
      const presentedChanged = presentedKey !== shownPresented;
      if (presentedChanged) {
        shownPresented = presentedKey;
        wantedPresenter = prefill.presenterId;
        duration.value = prefill.duration;
        summary.value = prefill.summary;
      }
      const concludedKey = JSON.stringify([
        current.conclusion,
        current.noOpinions,
      ]);
      if (concludedKey !== shownConcluded) {
        shownConcluded = concludedKey;
        conclusion.value = prefill.conclusion;
        noOpinions.checked = prefill.noOpinions;
      }
      setOptions(
        presenter,
        speakers.map((s) => ({ id: s.id, label: s.name })),
        '— Chọn người trình bày —',
      );
      if (presentedChanged || presenter.value !== wantedPresenter) {
        presenter.value = speakers.some((s) => s.id === wantedPresenter)
          ? wantedPresenter
          : '';
      }

      const opinionCount = meeting.opinions.filter(
        (o) => o.agendaItemId === id,
      ).length;
      const lines = describeRecordedItem(current, opinionCount, (person) =>
        getPersonName(snapshot, person),
      );
      replaceChildren(recorded, ...lines.map((line) => h('p', {}, line)));
      recorded.classList.toggle('done', current.conclusion !== undefined);
      const refused = getItemRefusal(snapshot.context, id);
      refusal.textContent = refused
        ? `Bị từ chối: ${refused.reason.vi}${refused.rule ? ` [${refused.rule}]` : ''}`
        : '';
    },
  };
}

/**
 * One block per item of the approved agenda (its titles come from the
 * record's `AGENDA_APPROVED`), where the recorder types what was presented
 * on the item and the chair's conclusion on it during the meeting
 * (R-DOC-6b), prefilled with the scenario's `ITEM_PRESENTED` and
 * `ITEM_CONCLUDED`. The blocks sit in the proceedings section, so they work
 * only while the machine is in `proceedings`.
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createAgendaItemsView(session: MeetingSession): View {
  const element = h('div', {
    class: 'agenda-items',
    'data-testid': 'agenda-items',
  });
  let shownAgenda = '';
  let blocks: ItemBlock[] = [];

  return {
    element,
    update(snapshot) {
      const { agenda } = snapshot.context.record.meeting;
      const agendaKey = JSON.stringify(agenda.map((a) => [a.id, a.title]));
      if (agendaKey !== shownAgenda) {
        shownAgenda = agendaKey;
        blocks = agenda.map((item, i) => createItemBlock(session, item, i));
        replaceChildren(
          element,
          ...(blocks.length > 0
            ? blocks.map((b) => b.element)
            : [h('p', { class: 'note' }, 'Chương trình chưa được thông qua.')]),
        );
      }
      const speakers = getSpeakers(snapshot);
      for (const block of blocks) block.update(snapshot, speakers);
    },
  };
}
