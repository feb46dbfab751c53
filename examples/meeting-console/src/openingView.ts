import {
  type Attendance,
  attendanceSummary,
  getLabel,
  type MeetingRecord,
  type Member,
  recordVotingBase,
} from '@chibo/core';
import { formatPercent } from '@chibo/core/rating';
import { marchMeeting } from '@chibo/scenario';
import { button, formatTime, h, replaceChildren } from './dom';
import type { MeetingSession, MeetingSnapshot } from './meetingSession';
import { createStep, getScenarioEvent } from './scenarioSteps';
import { createSection, getPersonName, stepButton, type View } from './section';

/** No roll-call line: how an exempt member who did not come is left. */
const NO_LINE = '';

type Choice = Attendance['status'] | typeof NO_LINE;

const choices: Array<[Choice, string]> = [
  ['present', getLabel('attendanceStatus', 'present')],
  ['absent-excused', getLabel('attendanceStatus', 'absent-excused')],
  ['absent-unexcused', getLabel('attendanceStatus', 'absent-unexcused')],
  [NO_LINE, 'Không điểm danh (miễn sinh hoạt)'],
];

interface Row {
  member: Member;
  status: HTMLSelectElement;
  reason: HTMLInputElement;
}

/**
 * The lines a roll call sends: the scenario's when nothing is recorded.
 * @param snapshot - the meeting.
 * @returns the recorded lines, or the scenario's.
 */
function getStartingLines(snapshot: MeetingSnapshot) {
  const recorded = snapshot.context.record.meeting.attendance;
  return recorded.length > 0 ? recorded : marchMeeting.attendance;
}

/**
 * The attendance rate and voting base of a roll call, as the minutes give
 * them: "Có mặt 15/16 — 93,75%" (R-ATT-1) and the members who may vote
 * (R-VOTE-1).
 * @param record - the record, its meeting with the roll call.
 * @returns the two lines.
 */
function describeAttendance(record: MeetingRecord) {
  const summary = attendanceSummary(record.meeting, record.members, {
    history: [],
  });
  const { present, expected } = summary.rate;
  const rate = `Có mặt ${present}/${expected} — ${formatPercent(present, expected).vi}`;
  const absent = [
    ...summary.absentExcused.map(
      (a) => `${a.name} (vắng có lý do: ${a.reason})`,
    ),
    ...summary.absentUnexcused.map((a) => `${a.name} (vắng không lý do)`),
  ];
  const base = recordVotingBase(record);
  return {
    rate,
    absent:
      absent.length > 0 ? `Vắng: ${absent.join('; ')}.` : 'Không ai vắng.',
    unrecorded: summary.unrecorded.length,
    base: base.size,
  };
}

/**
 * The opening after `OPEN`: the roll call of all members with a status
 * each, the live attendance rate and voting base (core's
 * `attendanceSummary` and `votingBase`), the agenda, the recorder and
 * "Bắt đầu thảo luận" (`START_PROCEEDINGS`, refused with its reason until
 * the roll call, agenda and recorder are done: R-ATT-1, R-DOC-6).
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createOpeningView(session: MeetingSession): View {
  const section = createSection(
    '2. Điểm danh, chương trình, thư ký',
    'opening',
    ['opening'],
  );
  const { body } = section;
  const snapshot = session.getSnapshot();
  const { members } = snapshot.context.record;
  const rows: Row[] = members.map((member) => ({
    member,
    status: h(
      'select',
      { 'data-testid': `status-${member.id}`, 'aria-label': member.name },
      ...choices.map(([value, label]) => h('option', { value }, label)),
    ),
    reason: h('input', {
      type: 'text',
      placeholder: 'Lý do vắng',
      'data-testid': `reason-${member.id}`,
      'aria-label': `Lý do vắng của ${member.name}`,
    }),
  }));
  const draft = h('p', { class: 'note', 'data-testid': 'attendance-draft' });
  const attendance = h('p', { class: 'figure', 'data-testid': 'attendance' });
  const absent = h('p', { 'data-testid': 'absent' });
  const base = h('p', { class: 'figure', 'data-testid': 'voting-base' });
  const agenda = h('ol', { 'data-testid': 'agenda' });
  const agendaStatus = h('p', { 'data-testid': 'agenda-status' });
  const recorderStatus = h('p', { 'data-testid': 'recorder-status' });
  const recorder = h(
    'select',
    { 'data-testid': 'recorder', 'aria-label': 'Thư ký' },
    ...members.map((m) => h('option', { value: m.id }, m.name)),
  );
  recorder.value = getScenarioEvent('RECORDER_APPOINTED').memberId;

  let shownLines = '';
  const readLines = (): Attendance[] =>
    rows.flatMap(({ member, status, reason }) => {
      if (status.value === NO_LINE) return [];
      const line: Attendance = {
        memberId: member.id,
        status: status.value as Attendance['status'],
        late: false,
        leftEarly: false,
      };
      if (status.value !== 'present' && reason.value.trim() !== '') {
        line.reason = reason.value.trim();
      }
      return [line];
    });
  const showDraft = () => {
    const { record } = session.getSnapshot().context;
    const figures = describeAttendance({
      ...record,
      meeting: { ...record.meeting, attendance: readLines() },
    });
    draft.textContent = `Theo lựa chọn hiện tại: ${figures.rate}; biểu quyết: ${figures.base}.`;
    for (const row of rows) {
      row.reason.hidden = !row.status.value.startsWith('absent');
    }
  };
  for (const row of rows) {
    row.status.addEventListener('change', showDraft);
    row.reason.addEventListener('input', showDraft);
  }

  body.append(
    h('h3', {}, 'Điểm danh'),
    h(
      'table',
      { class: 'roll-call' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, 'Đảng viên'), h('th', {}, ''), h('th', {}, '')),
      ),
      h(
        'tbody',
        {},
        ...rows.map(({ member, status, reason }) =>
          h(
            'tr',
            {},
            h(
              'td',
              {},
              member.name,
              h(
                'small',
                {},
                ` ${getLabel('standing', member.standing)}${member.exempt ? ', miễn sinh hoạt' : ''}`,
              ),
            ),
            h('td', {}, status),
            h('td', {}, reason),
          ),
        ),
      ),
    ),
    draft,
    button('Điểm danh', 'roll-call', () =>
      session.send(createStep('ROLL_CALL', { lines: readLines() })),
    ),
    attendance,
    absent,
    base,
    h('h3', {}, 'Chương trình sinh hoạt'),
    agenda,
    agendaStatus,
    stepButton(
      session,
      'Thông qua chương trình',
      'approve-agenda',
      'AGENDA_APPROVED',
    ),
    h('h3', {}, 'Thư ký cuộc họp'),
    recorder,
    recorderStatus,
    button('Cử thư ký', 'appoint-recorder', () =>
      session.send(
        createStep('RECORDER_APPOINTED', { memberId: recorder.value }),
      ),
    ),
    h('h3', {}, 'Nội dung'),
    stepButton(
      session,
      'Bắt đầu thảo luận',
      'start-proceedings',
      'START_PROCEEDINGS',
    ),
  );

  return {
    element: section.element,
    update(next) {
      section.update(next);
      const { record } = next.context;
      const { timeline, recorderId } = record.meeting;
      const lines = getStartingLines(next);
      const key = JSON.stringify(lines);
      if (key !== shownLines) {
        shownLines = key;
        for (const row of rows) {
          const line = lines.find((l) => l.memberId === row.member.id);
          row.status.value = line?.status ?? NO_LINE;
          row.reason.value =
            line && 'reason' in line ? (line.reason ?? '') : '';
        }
        showDraft();
      }
      if (record.meeting.attendance.length === 0) {
        attendance.textContent = 'Chưa điểm danh.';
        absent.textContent = '';
        base.textContent = '';
      } else {
        const figures = describeAttendance(record);
        attendance.textContent = figures.rate;
        absent.textContent =
          figures.unrecorded > 0
            ? `${figures.absent} Còn ${figures.unrecorded} đảng viên chưa điểm danh.`
            : figures.absent;
        base.textContent = `Số đảng viên có quyền biểu quyết: ${figures.base}`;
        base.dataset.size = String(figures.base);
      }
      const items = record.meeting.agenda.length
        ? record.meeting.agenda
        : (getScenarioEvent('AGENDA_APPROVED').agenda ?? []);
      replaceChildren(agenda, ...items.map((item) => h('li', {}, item.title)));
      agendaStatus.textContent = timeline.agendaApprovedAt
        ? `Đã thông qua lúc ${formatTime(timeline.agendaApprovedAt)}.`
        : 'Chưa thông qua.';
      recorderStatus.textContent = recorderId
        ? `Thư ký: ${getPersonName(next, recorderId)}.`
        : 'Chưa cử thư ký.';
    },
  };
}
