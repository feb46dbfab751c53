import { getLabel, isPresent } from '@chibo/core';
import { februaryResolution } from '@chibo/scenario';
import { button, formatTime, h, replaceChildren } from './dom';
import type { MeetingSession, MeetingSnapshot } from './meetingSession';
import {
  createStep,
  getScenarioEvent,
  getScenarioEvents,
} from './scenarioSteps';
import { createSection, getPersonName, stepButton, type View } from './section';

/** The people who may speak: members present and the guests (R-DOC-6). */
function getSpeakers(snapshot: MeetingSnapshot) {
  const { record } = snapshot.context;
  return [
    ...record.members.filter((m) => isPresent(record, m.id)),
    ...record.meeting.guests,
  ];
}

/**
 * The proceedings: current affairs, the review of February's tasks (one
 * button each, R-TASK-1), ideology, praise and criticism, March's tasks, the
 * opinions (speaker and text, prefilled with the scenario's next one) with
 * their list, and the chair's conclusion.
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
    const note = review
      ? `${getLabel('taskStatus', review.review.status)}: ${review.review.note ?? ''}`
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
  const opinions = h('ol', { 'data-testid': 'opinions' });
  const conclusion = h(
    'textarea',
    { rows: 3, 'data-testid': 'conclusion', 'aria-label': 'Kết luận' },
    getScenarioEvent('CONCLUDE').conclusion,
  );
  const concluded = h('p', { 'data-testid': 'concluded' });
  const scenarioOpinions = getScenarioEvents('OPINION');
  let shownOpinions = -1;
  let shownSpeakers = '';

  section.body.append(
    stepButton(
      session,
      'Thông tin thời sự',
      'current-affairs',
      'CURRENT_AFFAIRS',
    ),
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
      h('label', {}, 'Nội dung ', text),
      button('Ghi ý kiến', 'add-opinion', () => {
        const count =
          session.getSnapshot().context.record.meeting.opinions.length;
        const opinion = {
          id: `op${count + 1}`,
          speakerId: speaker.value,
          agendaItemId: 'a5',
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

      const speakers = getSpeakers(snapshot);
      const speakersKey = speakers.map((s) => s.id).join();
      if (speakersKey !== shownSpeakers) {
        shownSpeakers = speakersKey;
        const chosen = speaker.value;
        replaceChildren(
          speaker,
          ...speakers.map((s) => h('option', { value: s.id }, s.name)),
        );
        if (speakers.some((s) => s.id === chosen)) speaker.value = chosen;
      }
      if (meeting.opinions.length !== shownOpinions) {
        shownOpinions = meeting.opinions.length;
        const next = scenarioOpinions[shownOpinions]?.opinion;
        if (next && speakers.some((s) => s.id === next.speakerId)) {
          speaker.value = next.speakerId;
        }
        text.value = next?.text ?? '';
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
