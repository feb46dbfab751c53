import { getMeetingRecord } from '@chibo/core/machine';
import { renderMinutes } from '@chibo/docx';
import { button, formatTime, h } from './dom';
import type { MeetingSession } from './meetingSession';
import { createSection, stepButton, type View } from './section';

const DOCX_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Offer bytes to the browser as a file download: a `Blob`, an object URL and
 * an `<a download>` clicked once.
 * @param bytes - the file.
 * @param fileName - the name to save it under.
 */
function downloadFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: DOCX_TYPE,
  });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
  const download = button('Tải biên bản (.docx)', 'download', async () => {
    message.textContent = 'Đang tạo biên bản…';
    try {
      const bytes = await renderMinutes(
        getMeetingRecord(session.getSnapshot()),
      );
      downloadFile(bytes, 'bien-ban.docx');
      message.textContent = `Đã tạo biên bản (${Math.round(bytes.length / 1024)} KB).`;
    } catch (error) {
      message.textContent = `Không tạo được biên bản: ${error instanceof Error ? error.message : String(error)}`;
    }
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
