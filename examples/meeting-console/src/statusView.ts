import { getLabel } from '@chibo/core';
import { button, formatTime, h, replaceChildren } from './dom';
import type { MeetingSession } from './meetingSession';
import type { View } from './section';

const stepNames: Record<string, string> = {
  preparation: 'Chuẩn bị',
  opening: 'Khai mạc, điểm danh',
  proceedings: 'Thảo luận',
  decision: 'Biểu quyết',
  rating: 'Xếp loại chất lượng',
  closing: 'Bế mạc',
  closed: 'Đã bế mạc',
  published: 'Đã công bố nghị quyết',
  postponed: 'Hoãn',
  cancelled: 'Hủy',
};

/**
 * The head of the page: the meeting, the step it is at, whether it was
 * restored, the "Bắt đầu lại" button, and every refused event with its
 * Vietnamese reason and rule (`context.rejected`).
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createStatusView(session: MeetingSession): View {
  const state = h('p', { 'data-testid': 'state' });
  const restored = h('p', { class: 'note', 'data-testid': 'restored' });
  const counts = h('p', { class: 'note', 'data-testid': 'event-counts' });
  const rejected = h('ul', { class: 'rejected', 'data-testid': 'rejected' });
  const restart = button('Bắt đầu lại', 'restart', () => session.restart());
  const element = h(
    'header',
    {},
    h('h1', {}, 'Sinh hoạt chi bộ thường kỳ tháng 3 năm 2027'),
    h('p', { class: 'meeting-place', 'data-testid': 'meeting-place' }),
    state,
    restored,
    counts,
    restart,
    h('h3', {}, 'Sự kiện bị từ chối'),
    rejected,
  );
  const place = element.querySelector('.meeting-place') as HTMLElement;

  return {
    element,
    update(snapshot) {
      const { record, events } = snapshot.context;
      const { cell } = record;
      const { meeting } = record;
      const value = String(snapshot.value);
      place.textContent = `${cell.name} — ${meeting.place}, ${formatTime(meeting.scheduledAt)}`;
      state.dataset.state = value;
      state.textContent = `Bước: ${stepNames[value] ?? value} · Trạng thái cuộc họp: ${getLabel('meetingStatus', meeting.status)}`;
      restored.textContent = session.restoreError
        ? `Không khôi phục được cuộc họp đã lưu: ${session.restoreError}`
        : session.restored
          ? 'Cuộc họp được khôi phục từ bản lưu trong trình duyệt.'
          : 'Mỗi bước được lưu trong trình duyệt (localStorage).';
      const refused = snapshot.context.rejected;
      counts.textContent = `Đã ghi ${events.length - refused.length} sự kiện, ${refused.length} bị từ chối.`;
      replaceChildren(
        rejected,
        ...(refused.length === 0
          ? [h('li', { class: 'none' }, 'Chưa có.')]
          : refused.map((r) =>
              h(
                'li',
                { 'data-type': r.type },
                h('code', {}, r.type),
                ` lúc ${formatTime(r.at)}: ${r.reason.vi}`,
                r.rule ? ` [${r.rule}]` : '',
              ),
            )),
      );
    },
  };
}
