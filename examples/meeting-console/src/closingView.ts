import { getMeetingRecord } from '@chibo/core/machine';
import { renderMinutes } from '@chibo/docx';
import { formatTime, h } from './dom';
import { downloadButton } from './downloadButton';
import type { MeetingSession } from './meetingSession';
import { createSection, stepButton, type View } from './section';

/**
 * The end of the meeting: the minutes read back and approved, the close
 * (R-DOC-6), and "Tải biên bản (.docx)", which renders the minutes with
 * `@chibo/docx` in the browser and downloads them.
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createClosingView(session: MeetingSession): View {
  const section = createSection('6. Thông qua biên bản, bế mạc', 'closing', [
    'rating',
    'closing',
  ]);
  const status = h('p', { 'data-testid': 'closing-status' });
  const message = h('p', { class: 'note', 'data-testid': 'download-status' });
  const download = downloadButton({
    label: 'Tải biên bản (.docx)',
    testId: 'download',
    what: 'biên bản',
    fileName: 'bien-ban.docx',
    message,
    render: () => renderMinutes(getMeetingRecord(session.getSnapshot())),
  });
  section.body.append(
    stepButton(session, 'Đọc biên bản', 'minutes-read', 'MINUTES_READ'),
    stepButton(
      session,
      'Thông qua biên bản',
      'minutes-approved',
      'MINUTES_APPROVED',
    ),
    stepButton(session, 'Bế mạc', 'close', 'CLOSE'),
    status,
  );
  section.element.append(download, message);

  return {
    element: section.element,
    update(snapshot) {
      section.update(snapshot);
      const { timeline } = snapshot.context.record.meeting;
      status.textContent = [
        timeline.minutesReadAt &&
          `Đọc biên bản: ${formatTime(timeline.minutesReadAt)}`,
        timeline.minutesApprovedAt &&
          `Thông qua biên bản: ${formatTime(timeline.minutesApprovedAt)}`,
        timeline.endedAt && `Bế mạc: ${formatTime(timeline.endedAt)}`,
      ]
        .filter(Boolean)
        .join(' · ');
      const value = String(snapshot.value);
      download.disabled = value !== 'closed' && value !== 'published';
    },
  };
}
