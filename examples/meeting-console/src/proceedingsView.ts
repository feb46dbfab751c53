import { getLabel } from '@chibo/core';
import { februaryResolution } from '@chibo/scenario';
import { createAgendaItemsView } from './agendaItemsView';
import { button, formatTime, h, replaceChildren, setOptions } from './dom';
import type { MeetingSession } from './meetingSession';
import { getPrefilledItem, getPrefilledSpeaker } from './opinionPrefill';
import {
  createStep,
  getScenarioEvent,
  getScenarioEvents,
} from './scenarioSteps';
import {
  createSection,
  getPersonName,
  getSpeakers,
  stepButton,
  type View,
} from './section';

/**
 * The proceedings: current affairs, one block per agenda item (what was
 * presented and the chair's conclusion on it, R-DOC-6b), the review of
 * February's tasks (one button each, R-TASK-1), ideology, praise and
 * criticism, March's tasks, the opinions (speaker, item and text, prefilled
 * with the scenario's next one) with their list, and the chair's conclusion.
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createProceedingsView(session: MeetingSession): View {
  const section = createSection('3. Thảo luận', 'proceedings', ['proceedings']);
  const reviews = getScenarioEvents('TASK_REVIEWED');
  const reviewRows = februaryResolution.tasks.map((task) => {
    const review = reviews.find((r) => r.review.taskId === task.id);
    const status = h('span', { 'data-testid': `review-status-${task.id}` });
    const action = button('Đánh giá', `review-${task.id}`, () => {
      if (review) session.send(review);
    });
    const { result, reason, note: remark } = review?.review ?? {};
    const words = [result, reason && `lý do: ${reason}`, remark].filter(
      Boolean,
    );
    const note = review
      ? `${getLabel('taskStatus', review.review.status)}: ${words.join('; ')}`
      : '';
    return {
      taskId: task.id,
      status,
      action,
      row: h(
        'li',
        {},
        h('strong', {}, task.description),
        h('br'),
        `Báo cáo: ${note} `,
        action,
        ' ',
        status,
      ),
    };
  });
  const newTasks = h('ol', { 'data-testid': 'new-tasks' });
  const speaker = h('select', {
    'data-testid': 'speaker',
    'aria-label': 'Người phát biểu',
  });
  const text = h('textarea', {
    rows: 3,
    'data-testid': 'opinion-text',
    'aria-label': 'Nội dung ý kiến',
  });
  const opinionItem = h('select', {
    'data-testid': 'opinion-item',
    'aria-label': 'Nội dung trong chương trình',
  });
  const opinions = h('ol', { 'data-testid': 'opinions' });
  const items = createAgendaItemsView(session);
  const conclusion = h(
    'textarea',
    { rows: 3, 'data-testid': 'conclusion', 'aria-label': 'Kết luận' },
    getScenarioEvent('CONCLUDE').conclusion,
  );
  const concluded = h('p', { 'data-testid': 'concluded' });
  const scenarioOpinions = getScenarioEvents('OPINION');
  let shownOpinions = -1;

  section.body.append(
    stepButton(
      session,
      'Thông tin thời sự',
      'current-affairs',
      'CURRENT_AFFAIRS',
    ),
    h('h3', {}, 'Nội dung từng mục trong chương trình'),
    items.element,
    h('h3', {}, 'Đánh giá thực hiện Nghị quyết tháng 02/2027'),
    h('ul', { class: 'reviews' }, ...reviewRows.map((r) => r.row)),
    stepButton(session, 'Tình hình tư tưởng', 'ideology', 'IDEOLOGY_DISCUSSED'),
    stepButton(
      session,
      'Phê bình và tự phê bình',
      'praise-criticism',
      'PRAISE_CRITICISM',
    ),
    h('h3', {}, 'Nhiệm vụ tháng 3/2027'),
    newTasks,
    button('Ghi nhiệm vụ tháng 3', 'add-tasks', () => {
      const added = new Set(
        session
          .getSnapshot()
          .context.record.meeting.resolution?.tasks.map((t) => t.id),
      );
      session.send(
        ...getScenarioEvents('TASK_ADDED').filter((e) => !added.has(e.task.id)),
      );
    }),
    h('h3', {}, 'Ý kiến phát biểu'),
    h(
      'div',
      { class: 'opinion-form' },
      h('label', {}, 'Người phát biểu ', speaker),
      h('label', {}, 'Về nội dung ', opinionItem),
      h('label', { class: 'wide' }, 'Nội dung ', text),
      button('Ghi ý kiến', 'add-opinion', () => {
        if (speaker.value === '') return;
        const count =
          session.getSnapshot().context.record.meeting.opinions.length;
        const opinion = {
          id: `op${count + 1}`,
          speakerId: speaker.value,
          ...(opinionItem.value === ''
            ? {}
            : { agendaItemId: opinionItem.value }),
          text: text.value,
        };
        session.send(createStep('OPINION', { opinion }, count));
      }),
    ),
    opinions,
    h('h3', {}, 'Kết luận của chủ trì'),
    conclusion,
    button('Kết luận', 'conclude', () =>
      session.send(createStep('CONCLUDE', { conclusion: conclusion.value })),
    ),
    concluded,
  );

  return {
    element: section.element,
    update(snapshot) {
      section.update(snapshot);
      items.update(snapshot);
      const { meeting } = snapshot.context.record;
      for (const row of reviewRows) {
        const review = meeting.taskReviews.find((r) => r.taskId === row.taskId);
        row.status.textContent = review
          ? `✓ Đã đánh giá: ${getLabel('taskStatus', review.status)}`
          : '';
        row.action.disabled = review !== undefined;
      }
      replaceChildren(
        newTasks,
        ...(meeting.resolution?.tasks ?? []).map((t) =>
          h('li', {}, t.description),
        ),
      );

      // The form is prefilled with the scenario's next opinion, its item,
      // and its speaker once they may speak (after the roll call).
      const speakers = getSpeakers(snapshot);
      const opinionsChanged = meeting.opinions.length !== shownOpinions;
      const next = scenarioOpinions[meeting.opinions.length]?.opinion;
      if (opinionsChanged) {
        shownOpinions = meeting.opinions.length;
        text.value = next?.text ?? '';
      }
      const prefilled = next !== undefined && text.value === next.text;
      const speakersChanged = setOptions(
        speaker,
        speakers.map((s) => ({ id: s.id, label: s.name })),
        '— Chọn người phát biểu —',
      );
      if (speakersChanged || opinionsChanged) {
        speaker.value = getPrefilledSpeaker({
          speakerIds: speakers.map((s) => s.id),
          nextSpeakerId: next?.speakerId,
          chosen: speaker.value,
          prefilled,
        });
      }
      const agendaChanged = setOptions(
        opinionItem,
        meeting.agenda.map((a, i) => ({
          id: a.id,
          label: `${i + 1}. ${a.title}`,
        })),
      );
      if (agendaChanged || opinionsChanged) {
        opinionItem.value = getPrefilledItem({
          itemIds: meeting.agenda.map((a) => a.id),
          nextItemId: next?.agendaItemId,
          chosen: opinionItem.value,
          prefilled,
        });
      }
      replaceChildren(
        opinions,
        ...meeting.opinions.map((o) =>
          h(
            'li',
            {},
            h('strong', {}, getPersonName(snapshot, o.speakerId)),
            ` (${formatTime(o.at)}): ${o.text}`,
          ),
        ),
      );
      concluded.textContent = meeting.timeline.concludedAt
        ? `Đã kết luận lúc ${formatTime(meeting.timeline.concludedAt)}.`
        : '';
    },
  };
}
