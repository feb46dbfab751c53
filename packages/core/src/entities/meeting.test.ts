import {
  marchMeeting,
  thematicMeetingQ1 as thematicMeeting,
} from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { ChiboError, parseMeeting, safeParseMeeting } from '../index';
import {
  parseAttendance,
  parseOpinion,
  safeParseAttendance,
  safeParseOpinion,
} from '../schemas';
import {
  DELETE,
  expectFailure,
  issueAt,
  modify,
  pathsOf,
  sortedPaths,
} from '../testSupport/fixtures';

const minimal = {
  id: 'sh-2027-04',
  cellId: 'trang-nung',
  kind: 'regular',
  scheduledAt: '2027-04-13T19:30',
  place: 'Nhà văn hóa thôn Trang Nùng',
};

describe('parseMeeting on the scenario', () => {
  const meeting = parseMeeting(marchMeeting);

  it('parses the March 2027 meeting', () => {
    expect(meeting.id).toBe('sh-2027-03');
    expect(meeting.status).toBe('closed');
    expect(meeting.attendance).toHaveLength(16);
    expect(meeting.opinions.map((o) => o.speakerId)).toEqual([
      'm04',
      'm12',
      'm08',
      'm10',
      'm15',
      'g01',
    ]);
    expect(meeting.guests).toEqual([
      {
        id: 'g01',
        name: 'Triệu Văn Long',
        title: 'Đảng ủy viên xã',
        role: 'supervisor',
      },
    ]);
    expect(meeting.votes[0]).toMatchObject({ for: 12, against: 0, abstain: 0 });
    expect(meeting.resolution?.tasks.map((t) => t.status)).toEqual([
      'open',
      'open',
      'open',
      'open',
      'open',
    ]);
    expect(meeting.taskReviews.map((r) => r.status)).toEqual([
      'done',
      'partly-done',
      'not-done',
    ]);
  });

  it('gives every instant in ISO 8601 with +07:00 (R-TIME-1)', () => {
    expect(meeting.scheduledAt).toBe('2027-03-09T19:30:00+07:00');
    expect(meeting.timeline.endedAt).toBe('2027-03-09T21:15:00+07:00');
    const instants = [
      meeting.scheduledAt,
      ...Object.values(meeting.timeline),
      meeting.resolution?.adoptedAt,
      ...meeting.votes.map((v) => v.at),
    ];
    expect(instants).toHaveLength(13);
    for (const instant of instants) {
      expect(instant).toMatch(/^2027-03-0\dT\d{2}:\d{2}:\d{2}\+07:00$/);
    }
  });

  it('keeps the civil due dates of the new tasks', () => {
    expect(meeting.resolution?.tasks.map((t) => t.dueOn)).toEqual([
      '2027-03-20',
      '2027-03-15',
      '2027-03-31',
      '2027-03-25',
      '2027-03-31',
    ]);
  });
});

describe('parseMeeting: dates (R-TIME-1)', () => {
  it.each([
    ['a Date', new Date('2027-03-09T12:30:00Z')],
    ['a Z string', '2027-03-09T12:30:00Z'],
    ['a +09:00 string', '2027-03-09T21:30:00+09:00'],
    ['a -05:00 string', '2027-03-09T07:30:00-05:00'],
    ['a string without an offset, read as Viet Nam time', '2027-03-09T19:30'],
  ])('normalises scheduledAt given as %s', (_label, scheduledAt) => {
    const meeting = parseMeeting({
      ...minimal,
      scheduledAt,
      timeline: { startedAt: scheduledAt },
    });
    expect(meeting.scheduledAt).toBe('2027-03-09T19:30:00+07:00');
    expect(meeting.timeline.startedAt).toBe('2027-03-09T19:30:00+07:00');
  });

  it.each([
    ['a Vietnamese-style date', '09/03/2027 19:30'],
    ['30 February', '2027-02-30T19:30'],
    ['a date without a time', '2027-03-09'],
  ])('rejects scheduledAt as %s', (_label, scheduledAt) => {
    const error = expectFailure(safeParseMeeting({ ...minimal, scheduledAt }));
    expect(pathsOf(error)).toEqual([['scheduledAt']]);
    expect(error.issues[0]?.code).toBe('invalid_format');
  });
});

describe('parseMeeting: defaults and text', () => {
  it('fills in the defaults of a planned meeting', () => {
    expect(parseMeeting(minimal)).toEqual({
      ...minimal,
      scheduledAt: '2027-04-13T19:30:00+07:00',
      mode: 'in-person',
      status: 'planned',
      guests: [],
      agenda: [],
      timeline: {},
      attendance: [],
      opinions: [],
      taskReviews: [],
      votes: [],
    });
  });

  it('normalises NFD text to NFC (R-DOC-8)', () => {
    const nfd = (s: string) => s.normalize('NFD');
    const meeting = parseMeeting({
      ...minimal,
      place: nfd('Nhà văn hóa thôn Trang Nùng'),
      conclusion: nfd('Chi bộ thống nhất tổ chức canh lửa rừng.'),
      opinions: [
        { id: 'op1', speakerId: 'm04', text: nfd('Đề nghị vận động 9 hộ.') },
      ],
    });
    expect(meeting.place).toBe('Nhà văn hóa thôn Trang Nùng');
    expect(meeting.conclusion).toBe('Chi bộ thống nhất tổ chức canh lửa rừng.');
    expect(meeting.opinions[0]?.text).toBe('Đề nghị vận động 9 hộ.');
  });

  it('parses the thematic meeting of the first quarter', () => {
    const meeting = parseMeeting(thematicMeeting);
    expect(meeting.kind).toBe('thematic');
    expect(meeting.theme).toBe(thematicMeeting.theme);
    expect(meeting.presenterId).toBe('m02');
    expect(meeting.timeline.draftApprovedAt).toBe('2027-02-10T09:00:00+07:00');
  });
});

describe('parseMeeting: malformed meetings', () => {
  it('rejects a thematic meeting without a theme (R-PREP-3)', () => {
    const input = { ...thematicMeeting, theme: undefined };
    expect(() => parseMeeting(input)).toThrow(ChiboError);
    const error = expectFailure(safeParseMeeting(input));
    expect(pathsOf(error)).toEqual([['theme']]);
    expect(error.issues[0]?.rule).toBe('R-PREP-3');
    expect(error.issues[0]?.message.vi).toBe(
      'Sinh hoạt chuyên đề phải có tên chuyên đề.',
    );
  });

  it('rejects a duplicate attendance line', () => {
    const input = modify(marchMeeting, {
      'attendance.16': { memberId: 'm03', status: 'absent-unexcused' },
    });
    const error = expectFailure(safeParseMeeting(input));
    expect(pathsOf(error)).toEqual([['attendance', 16, 'memberId']]);
    expect(error.issues[0]?.message.en).toContain('m03');
  });

  it('rejects an excused absence without a reason (R-ATT-2)', () => {
    const error = expectFailure(
      safeParseMeeting(
        modify(marchMeeting, { 'attendance.15.reason': DELETE }),
      ),
    );
    expect(pathsOf(error)).toEqual([['attendance', 15, 'reason']]);
    expect(error.issues[0]?.rule).toBe('R-ATT-2');
  });

  it('rejects a blank reason for an excused absence (R-ATT-2)', () => {
    const error = expectFailure(
      safeParseMeeting(modify(marchMeeting, { 'attendance.15.reason': ' \t' })),
    );
    for (const issue of error.issues) {
      expect(issue.path).toEqual(['attendance', 15, 'reason']);
    }
    expect(error.issues.some((i) => i.rule === 'R-ATT-2')).toBe(true);
  });

  it('lists every cross-field problem at once', () => {
    const input = modify(marchMeeting, {
      kind: 'thematic',
      'timeline.endedAt': '2027-03-09T19:00:00+07:00',
      'attendance.15.reason': DELETE,
      'attendance.16': { memberId: 'm01', status: 'present' },
      'attendance.17': {
        memberId: 'm14',
        status: 'absent-excused',
        late: true,
        reason: 'Ốm',
      },
      'guests.1': { id: 'g01', name: 'Trùng mã' },
      'agenda.5': { id: 'a2', title: 'Trùng mã' },
      'opinions.1.id': 'op1',
      'votes.1': {
        id: 'v1',
        subject: 'minutes',
        mode: 'show-of-hands',
        for: 12,
        against: 0,
      },
    });
    const error = expectFailure(safeParseMeeting(input));
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['theme'],
        ['timeline', 'endedAt'],
        ['attendance', 15, 'reason'],
        ['attendance', 16, 'memberId'],
        ['attendance', 17, 'late'],
        ['guests', 1, 'id'],
        ['agenda', 5, 'id'],
        ['opinions', 1, 'id'],
        ['votes', 1, 'id'],
      ]),
    );
    expect(error.messages.en).toBe('Invalid meeting: 9 problems.');
    expect(issueAt(error, ['theme']).rule).toBe('R-PREP-3');
    expect(issueAt(error, ['attendance', 15, 'reason']).rule).toBe('R-ATT-2');
  });

  it('lists every structural problem at once', () => {
    const input = modify(marchMeeting, {
      id: DELETE,
      kind: 'weekly',
      status: 'finished',
      mode: 'zoom',
      scheduledAt: '09/03/2027',
      place: DELETE,
      onlineLink: 'not a link',
      'timeline.startedAt': '2027-02-30T19:30',
      'guests.0.role': 'observer',
      'attendance.0.memberId': DELETE,
      'attendance.3.status': 'late',
      'opinions.2.text': '   ',
      'taskReviews.0.status': 'open',
      'votes.0.for': -1,
      'votes.0.mode': 'raised-hands',
      'resolution.tasks.0.dueOn': '31/03/2027',
      'resolution.tasks.1.assignees': [],
      'resolution.tasks.4.assignees.0.kind': 'village',
    });
    const error = expectFailure(safeParseMeeting(input));
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['id'],
        ['kind'],
        ['status'],
        ['mode'],
        ['scheduledAt'],
        ['place'],
        ['onlineLink'],
        ['timeline', 'startedAt'],
        ['guests', 0, 'role'],
        ['attendance', 0, 'memberId'],
        ['attendance', 3, 'status'],
        ['opinions', 2, 'text'],
        ['taskReviews', 0, 'status'],
        ['votes', 0, 'for'],
        ['votes', 0, 'mode'],
        ['resolution', 'tasks', 0, 'dueOn'],
        ['resolution', 'tasks', 1, 'assignees'],
        ['resolution', 'tasks', 4, 'assignees', 0, 'kind'],
      ]),
    );
    expect(error.format('en').split('\n')).toHaveLength(19);
    expect(error.format('vi')).toContain('resolution.tasks.0.dueOn: ');
  });
});

describe('parseAttendance and parseOpinion', () => {
  it('parses a roll-call line with its defaults', () => {
    expect(parseAttendance({ memberId: 'm06', status: 'present' })).toEqual({
      memberId: 'm06',
      status: 'present',
      late: false,
      leftEarly: false,
    });
    expect(
      parseAttendance({
        memberId: 'm06',
        status: 'present',
        late: true,
        arrivedAt: '2027-03-09T12:50:00Z',
      }).arrivedAt,
    ).toBe('2027-03-09T19:50:00+07:00');
  });

  it('rejects an unknown status and an excused absence without reason', () => {
    expect(
      pathsOf(
        expectFailure(safeParseAttendance({ memberId: 'm05', status: 'away' })),
      ),
    ).toEqual([['status']]);
    const error = expectFailure(
      safeParseAttendance({ memberId: 'm05', status: 'absent-excused' }),
    );
    expect(error.issues).toMatchObject([
      { path: ['reason'], code: 'custom', rule: 'R-ATT-2' },
    ]);
  });

  it('rejects leaving early when absent', () => {
    const error = expectFailure(
      safeParseAttendance({
        memberId: 'm13',
        status: 'absent-unexcused',
        leftEarly: true,
      }),
    );
    expect(pathsOf(error)).toEqual([['leftEarly']]);
  });

  it('parses an opinion and rejects one without text or speaker', () => {
    expect(
      parseOpinion({ id: 'op1', speakerId: 'g01', text: ' Ghi nhận. ' }).text,
    ).toBe('Ghi nhận.');
    const error = expectFailure(safeParseOpinion({ id: 'op1', text: '' }));
    expect(pathsOf(error)).toEqual(sortedPaths([['speakerId'], ['text']]));
  });
});

describe('agenda items hold what a minutes book holds (R-DOC-6b)', () => {
  it('R-DOC-6b: keeps each item presenter, summary, no-opinion mark and conclusion, in NFC', () => {
    const meeting = parseMeeting(
      modify(minimal, {
        agenda: [
          {
            id: 'a1',
            title: 'Thông tin thời sự',
            presenterId: 'm01',
            durationMinutes: 12,
            summary: ' Cảnh báo cháy rừng mùa khô. '.normalize('NFD'),
            noOpinions: true,
            conclusion: 'Đảng viên truyền đạt đến các hộ.'.normalize('NFD'),
          },
        ],
      }),
    );
    expect(meeting.agenda[0]).toEqual({
      id: 'a1',
      title: 'Thông tin thời sự',
      presenterId: 'm01',
      durationMinutes: 12,
      summary: 'Cảnh báo cháy rừng mùa khô.',
      noOpinions: true,
      conclusion: 'Đảng viên truyền đạt đến các hộ.',
    });
  });

  it('R-DOC-6b: an item of an older record (id and title only) still parses, with no content invented', () => {
    const meeting = parseMeeting(
      modify(minimal, { agenda: [{ id: 'a1', title: 'Thông tin thời sự' }] }),
    );
    expect(meeting.agenda[0]).toEqual({ id: 'a1', title: 'Thông tin thời sự' });
  });

  it('R-DOC-6b: rejects an item marked "no opinions" that has opinions, and unknown or malformed item fields', () => {
    const error = expectFailure(
      safeParseMeeting(
        modify(minimal, {
          agenda: [
            { id: 'a1', title: 'Thông tin thời sự', noOpinions: true },
            { id: 'a2', title: 'Nhiệm vụ', durationMinutes: 0, presenter: 'x' },
          ],
          opinions: [
            {
              id: 'op1',
              speakerId: 'm04',
              agendaItemId: 'a1',
              text: 'Ý kiến.',
            },
          ],
        }),
      ),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['agenda', 0, 'noOpinions'],
        ['agenda', 1, 'durationMinutes'],
        ['agenda', 1],
      ]),
    );
    expect(issueAt(error, ['agenda', 0, 'noOpinions'])).toMatchObject({
      rule: 'R-DOC-6b',
    });
  });
});
