import type { MeetingTimeline } from '@chibo/core/schemas';
import { button, formatTime, h, replaceChildren } from './dom';
import type { MeetingSession } from './meetingSession';
import { getScenarioEvent } from './scenarioSteps';
import { createSection, type View } from './section';

const steps: Array<[keyof MeetingTimeline, string]> = [
  ['contentPreparedAt', 'Chi ủy chuẩn bị nội dung, dự thảo nghị quyết'],
  ['committeeMetAt', 'Chi ủy họp thống nhất nội dung'],
  ['noticeSentAt', 'Thông báo cho đảng viên'],
  ['materialsPostedAt', 'Gửi tài liệu trước cuộc họp'],
  ['startedAt', 'Khai mạc'],
];

/**
 * The preparation (R-PREP-1..3) in one button, "Chuẩn bị xong", which sends
 * the four preparation steps at the scenario's times, then the opening:
 * `OPEN` with the chair, the purpose and the supervisor introduced.
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createPreparationView(session: MeetingSession): View {
  const section = createSection('1. Chuẩn bị và khai mạc', 'preparation', [
    'preparation',
  ]);
  const timeline = h('ul', { 'data-testid': 'timeline' });
  section.body.append(
    timeline,
    button('Chuẩn bị xong', 'prepared', () =>
      session.send(
        getScenarioEvent('CONTENT_PREPARED'),
        getScenarioEvent('COMMITTEE_MET'),
        getScenarioEvent('NOTICE_SENT'),
        getScenarioEvent('MATERIALS_POSTED'),
      ),
    ),
    button('Khai mạc', 'open', () =>
      session.send(
        getScenarioEvent('OPEN'),
        getScenarioEvent('PURPOSE_STATED'),
        getScenarioEvent('GUESTS_INTRODUCED'),
      ),
    ),
  );
  return {
    element: section.element,
    update(snapshot) {
      section.update(snapshot);
      const recorded = snapshot.context.record.meeting.timeline;
      replaceChildren(
        timeline,
        ...steps.map(([key, label]) => {
          const at = recorded[key];
          return h(
            'li',
            { class: at ? 'done' : 'todo' },
            `${label}: ${at ? formatTime(at) : 'chưa'}`,
          );
        }),
      );
    },
  };
}
