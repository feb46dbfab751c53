import { marchRecord } from '@chibo/scenario';
import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  parseMeetingRecord,
  safeParseCell,
  safeParseMeeting,
  safeParseMeetingRecord,
  safeParseMember,
  safeParseMembers,
} from '../index';
import {
  safeParseAttendance,
  safeParseDuesPayment,
  safeParseOpinion,
  safeParseRating,
  safeParseResolution,
  safeParseResolutionTask,
  safeParseVote,
} from '../schemas';
import {
  allPaths,
  DELETE,
  expectBilingual,
  expectFailure,
  modify,
  pathsOf,
  setIn,
  sortedPaths,
} from '../testSupport/fixtures';

/** A discipline vote whose form ballots (4 + 3 + 1 = 8) do not make its 9 "for". */
const badDisciplineVote = {
  id: 'v2',
  subject: 'discipline',
  mode: 'secret-ballot',
  subjectMemberId: 'm11',
  for: 9,
  against: 3,
  discipline: { reprimand: 4, warning: 3, expulsion: 1 },
  base: { size: 12, ruleSet: 'HD42-2025' },
};

describe('parseMeetingRecord on the scenario', () => {
  const record = parseMeetingRecord(marchRecord);

  it('parses the whole March 2027 record', () => {
    expect(record.cell.id).toBe('trang-nung');
    expect(record.members).toHaveLength(17);
    expect(record.members[13]).toMatchObject({ id: 'm14', exempt: true });
    expect(record.meeting.scheduledAt).toBe('2027-03-09T19:30:00+07:00');
    expect(record.previousResolution?.tasks.map((t) => t.status)).toEqual([
      'done',
      'partly-done',
      'not-done',
    ]);
    expect(record.previousResolution?.adoptedAt).toBe(
      '2027-02-10T21:00:00+07:00',
    );
  });

  it('does not change the input', () => {
    const input = structuredClone(marchRecord);
    parseMeetingRecord(input);
    expect(input).toEqual(marchRecord);
  });
});

/** One problem per case: [label, changes, expected path, expected rule]. */
const singleProblems: [
  string,
  Record<string, unknown>,
  PropertyKey[],
  string | undefined,
][] = [
  [
    'a present member who is not in the cell',
    { 'meeting.attendance.15': { memberId: 'm99', status: 'present' } },
    ['meeting', 'attendance', 15, 'memberId'],
    undefined,
  ],
  [
    'a duplicate member id',
    {
      'members.17': { id: 'm05', name: 'Lý Thị Mai', standing: 'official' },
    },
    ['members', 17, 'id'],
    undefined,
  ],
  [
    'a duplicate attendance line',
    { 'meeting.attendance.16': { memberId: 'm01', status: 'present' } },
    ['meeting', 'attendance', 16, 'memberId'],
    undefined,
  ],
  [
    'an excused absence without a reason',
    { 'meeting.attendance.15.reason': DELETE },
    ['meeting', 'attendance', 15, 'reason'],
    'R-ATT-2',
  ],
  [
    'a thematic meeting without a theme',
    { 'meeting.kind': 'thematic' },
    ['meeting', 'theme'],
    'R-PREP-3',
  ],
  [
    'a speaker who is absent',
    { 'meeting.opinions.0.speakerId': 'm05' },
    ['meeting', 'opinions', 0, 'speakerId'],
    undefined,
  ],
  [
    'a speaker who is neither a member nor a guest',
    { 'meeting.opinions.5.speakerId': 'g02' },
    ['meeting', 'opinions', 5, 'speakerId'],
    undefined,
  ],
  [
    'an opinion on an agenda item that does not exist',
    { 'meeting.opinions.3.agendaItemId': 'a9' },
    ['meeting', 'opinions', 3, 'agendaItemId'],
    undefined,
  ],
  [
    'a task assignee who is not a member',
    { 'meeting.resolution.tasks.1.assignees.1.memberId': 'm18' },
    ['meeting', 'resolution', 'tasks', 1, 'assignees', 1, 'memberId'],
    undefined,
  ],
  [
    'a duplicate task id in the new resolution',
    { 'meeting.resolution.tasks.4.id': 't2027-03-1' },
    ['meeting', 'resolution', 'tasks', 4, 'id'],
    undefined,
  ],
  [
    'a reviewed task that is not in the previous resolution',
    { 'meeting.taskReviews.2.taskId': 't2027-01-3' },
    ['meeting', 'taskReviews', 2, 'taskId'],
    'R-TASK-1',
  ],
  [
    'a task reviewed twice',
    { 'meeting.taskReviews.2.taskId': 't2027-02-1' },
    ['meeting', 'taskReviews', 2, 'taskId'],
    undefined,
  ],
  [
    'a discipline vote whose form ballots do not add up',
    { 'meeting.votes.1': badDisciplineVote },
    ['meeting', 'votes', 1, 'for'],
    'R-VOTE-3',
  ],
  [
    'more ballots than the voting base (12 + 2 of 13)',
    { 'meeting.votes.0.against': 2 },
    ['meeting', 'votes', 0, 'base', 'size'],
    'R-VOTE-1',
  ],
  [
    'a vote about someone who is not a member',
    { 'meeting.votes.0.subjectMemberId': 'm99' },
    ['meeting', 'votes', 0, 'subjectMemberId'],
    undefined,
  ],
  [
    'a chair who is recorded absent',
    { 'meeting.chairId': 'm05' },
    ['meeting', 'chairId'],
    'R-DOC-6',
  ],
  [
    'a recorder who is not a member',
    { 'meeting.recorderId': 'm70' },
    ['meeting', 'recorderId'],
    undefined,
  ],
  [
    'a presenter who is recorded absent',
    { 'meeting.presenterId': 'm05' },
    ['meeting', 'presenterId'],
    'R-DOC-6',
  ],
  [
    'a meeting of another cell',
    { 'meeting.cellId': 'pho-moi' },
    ['meeting', 'cellId'],
    undefined,
  ],
  [
    'a guest whose id is a member id',
    { 'meeting.guests.1': { id: 'm04', name: 'Vàng Seo Chứ' } },
    ['meeting', 'guests', 1, 'id'],
    undefined,
  ],
  [
    'a rating confirmed by someone who is not a guest',
    {
      'meeting.rating': {
        schemeId: 'an-phu-hd42',
        confirmedBy: { name: 'Triệu Văn Long', guestId: 'g09' },
      },
    },
    ['meeting', 'rating', 'confirmedBy', 'guestId'],
    'R-RATE-3',
  ],
  [
    'a member without an id',
    { 'members.3.id': DELETE },
    ['members', 3, 'id'],
    undefined,
  ],
  [
    'an unknown standing',
    { 'members.4.standing': 'honorary' },
    ['members', 4, 'standing'],
    undefined,
  ],
  [
    'an unknown attendance status',
    { 'meeting.attendance.2.status': 'late' },
    ['meeting', 'attendance', 2, 'status'],
    undefined,
  ],
  [
    'a date written dd/mm/yyyy',
    { 'meeting.scheduledAt': '09/03/2027' },
    ['meeting', 'scheduledAt'],
    undefined,
  ],
  [
    'a civil date that does not exist',
    { 'members.14.admittedOn': '2026-02-30' },
    ['members', 14, 'admittedOn'],
    undefined,
  ],
  [
    'a due date written dd/mm/yyyy in the previous resolution',
    { 'previousResolution.tasks.0.dueOn': '28/02/2027' },
    ['previousResolution', 'tasks', 0, 'dueOn'],
    undefined,
  ],
];

describe('parseMeetingRecord: one problem at a time', () => {
  it.each(singleProblems)(
    'rejects %s',
    (_label, changes, expectedPath, expectedRule) => {
      const input = modify(marchRecord, changes);
      expect(() => parseMeetingRecord(input)).toThrow(ChiboError);
      const error = expectFailure(safeParseMeetingRecord(input));
      expect(error.issues.map((i) => i.path)).toEqual([expectedPath]);
      expect(error.issues[0]?.rule).toBe(expectedRule);
      const dotted = expectedPath.map(String).join('.');
      expect(error.format('en')).toContain(`  - ${dotted}: `);
      expect(error.format('vi')).toContain(`  - ${dotted}: `);
    },
  );
});

describe('parseMeetingRecord: messages that quote the input', () => {
  it('keeps them NFC when the input is NFD (R-DOC-8)', () => {
    const nfdId = 'Lò Thị Hoa'.normalize('NFD');
    const error = expectFailure(
      safeParseMeetingRecord(
        modify(marchRecord, { 'meeting.attendance.3.memberId': nfdId }),
      ),
    );
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.message.vi).toBe(
      '"Lò Thị Hoa" không phải đảng viên của chi bộ.',
    );
    expect(error.issues[0]?.message.en).toBe(
      '"Lò Thị Hoa" is not a member of the cell.',
    );
  });
});

describe('parseMeetingRecord: an empty member list', () => {
  it('rejects it without checking references against the missing list', () => {
    const error = expectFailure(
      safeParseMeetingRecord(modify(marchRecord, { members: [] })),
    );
    expect(error.issues[0]).toMatchObject({
      path: ['members'],
      code: 'too_small',
    });
    // The cross-references are not checked against a malformed list: no
    // flood of "not a member" issues for every line of the roll call.
    expect(error.issues).toHaveLength(1);
  });
});

describe('parseMeetingRecord: every problem at once', () => {
  it('lists all the cross-reference problems, with their paths and rules', () => {
    const input = modify(marchRecord, {
      'members.17': { id: 'm05', name: 'Lý Thị Mai', standing: 'official' },
      'meeting.kind': 'thematic',
      'meeting.chairId': 'm05',
      'meeting.attendance.15': { memberId: 'm99', status: 'present' },
      'meeting.attendance.16': { memberId: 'm01', status: 'present' },
      'meeting.attendance.17': { memberId: 'm14', status: 'absent-excused' },
      'meeting.opinions.0.speakerId': 'm14',
      'meeting.opinions.5.speakerId': 'g02',
      'meeting.resolution.tasks.1.assignees.1.memberId': 'm18',
      'meeting.taskReviews.2.taskId': 't2027-01-3',
      'meeting.votes.0.against': 2,
      'meeting.votes.1': badDisciplineVote,
    });
    const error = expectFailure(safeParseMeetingRecord(input));
    const expected: [PropertyKey[], string | undefined][] = [
      [['members', 17, 'id'], undefined],
      [['meeting', 'theme'], 'R-PREP-3'],
      [['meeting', 'attendance', 15, 'memberId'], undefined],
      [['meeting', 'attendance', 16, 'memberId'], undefined],
      [['meeting', 'attendance', 17, 'reason'], 'R-ATT-2'],
      [['meeting', 'opinions', 0, 'speakerId'], undefined],
      [['meeting', 'opinions', 5, 'speakerId'], undefined],
      [
        ['meeting', 'resolution', 'tasks', 1, 'assignees', 1, 'memberId'],
        undefined,
      ],
      [['meeting', 'taskReviews', 2, 'taskId'], 'R-TASK-1'],
      [['meeting', 'votes', 0, 'base', 'size'], 'R-VOTE-1'],
      [['meeting', 'votes', 1, 'for'], 'R-VOTE-3'],
    ];
    // The chair m05 is now only named on line 15 → 'm99': m05 has no line,
    // so no absent-chair issue; the chair is still a member.
    expect(pathsOf(error)).toEqual(sortedPaths(expected.map(([p]) => p)));
    for (const [path, rule] of expected) {
      const issue = error.issues.find(
        (i) => JSON.stringify(i.path) === JSON.stringify(path),
      );
      expect(issue?.rule, JSON.stringify(path)).toBe(rule);
    }
    expect(error.messages).toEqual({
      vi: 'Hồ sơ cuộc họp không hợp lệ: 11 lỗi.',
      en: 'Invalid meeting record: 11 problems.',
    });
    const en = error.format('en');
    const vi = error.format('vi');
    for (const [path] of expected) {
      expect(en).toContain(`  - ${path.map(String).join('.')}: `);
      expect(vi).toContain(`  - ${path.map(String).join('.')}: `);
    }
    expect(en).toContain('[R-VOTE-3]');
    expect(vi).toContain('[R-ATT-2]');
  });

  it('lists all the structural problems, with their paths', () => {
    const input = modify(marchRecord, {
      'cell.id': DELETE,
      'cell.sector': 'village',
      'members.0.id': '',
      'members.4.standing': 'honorary',
      'members.8.roles': ['treasurer'],
      'members.15.admittedOn': '05/11/2026',
      'meeting.id': DELETE,
      'meeting.status': 'done',
      'meeting.scheduledAt': '2027-02-30T19:30',
      'meeting.attendance.4.status': 'absent',
      'meeting.votes.0.for': 'twelve',
      'previousResolution.tasks.2.status': 'abandoned',
    });
    const error = expectFailure(safeParseMeetingRecord(input));
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['cell', 'id'],
        ['cell', 'sector'],
        ['members', 0, 'id'],
        ['members', 4, 'standing'],
        ['members', 8, 'roles', 0],
        ['members', 15, 'admittedOn'],
        ['meeting', 'id'],
        ['meeting', 'status'],
        ['meeting', 'scheduledAt'],
        ['meeting', 'attendance', 4, 'status'],
        ['meeting', 'votes', 0, 'for'],
        ['previousResolution', 'tasks', 2, 'status'],
      ]),
    );
  });

  it('checks the cross-references once the structure is valid', () => {
    // Cross-reference checks need well-formed data, so they run once the
    // structural problems are fixed; nothing is lost between the two passes.
    const structural = modify(marchRecord, {
      'meeting.scheduledAt': '09/03/2027',
      'meeting.opinions.0.speakerId': 'x',
    });
    const first = expectFailure(safeParseMeetingRecord(structural));
    expect(pathsOf(first)).toContainEqual(['meeting', 'scheduledAt']);
    setIn(structural, ['meeting', 'scheduledAt'], '2027-03-09T19:30');
    const second = expectFailure(safeParseMeetingRecord(structural));
    expect(pathsOf(second)).toEqual([['meeting', 'opinions', 0, 'speakerId']]);
  });
});

describe('never a crash', () => {
  const safeParsers = {
    safeParseAttendance,
    safeParseCell,
    safeParseDuesPayment,
    safeParseMeeting,
    safeParseMeetingRecord,
    safeParseMember,
    safeParseMembers,
    safeParseOpinion,
    safeParseRating,
    safeParseResolution,
    safeParseResolutionTask,
    safeParseVote,
  };

  const anything = fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withNullPrototype: true,
    withObjectString: true,
    withSet: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  });

  /** A result is a success, or a ChiboError with at least one good issue. */
  function expectWellFormed(result: ReturnType<typeof safeParseMeetingRecord>) {
    if (result.success) return;
    expect(result.error).toBeInstanceOf(ChiboError);
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expectBilingual(issue);
    }
    expect(() => result.error.format('vi')).not.toThrow();
    expect(() => result.error.format('en')).not.toThrow();
  }

  it('property: safeParseMeetingRecord on anything never throws', () => {
    fc.assert(
      fc.property(anything, (input) => {
        const result = safeParseMeetingRecord(input);
        expect(result.success).toBe(false);
        expectWellFormed(result);
      }),
    );
  });

  it('property: every safeParseX on anything never throws', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.values(safeParsers)),
        anything,
        (safeParse, input) => {
          expectWellFormed(
            safeParse(input) as ReturnType<typeof safeParseMeetingRecord>,
          );
        },
      ),
    );
  });

  it('property: randomly mutated scenario records give success or a ChiboError', () => {
    const paths = allPaths(marchRecord);
    const replacement = fc.oneof(
      anything,
      fc.constant(DELETE),
      fc.constantFrom(
        '',
        '   ',
        'm05',
        'm14',
        'm99',
        'g01',
        'thematic',
        'absent-excused',
        'discipline',
        '09/03/2027',
        '2027-02-30',
        '2027-03-09T19:30',
        new Date('2027-03-08T18:00:00Z'),
        new Date(Number.NaN),
        'Lò Thị Hoa'.normalize('NFD'),
        -1,
        1.5,
        13,
        null,
        [],
        {},
      ),
    );
    const mutation = fc.tuple(fc.constantFrom(...paths), replacement);
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (mutations) => {
          const input = structuredClone(marchRecord) as unknown;
          for (const [path, value] of mutations) {
            try {
              setIn(input, path, value);
            } catch {
              // an earlier mutation removed or replaced the parent: skip
            }
          }
          expectWellFormed(safeParseMeetingRecord(input));
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('parseMeetingRecord: who presented each item (R-DOC-6b)', () => {
  it('R-DOC-6b: accepts a member present or a guest as presenter', () => {
    const record = parseMeetingRecord(
      modify(marchRecord, { 'meeting.agenda.4.presenterId': 'g01' }),
    );
    expect(record.meeting.agenda.map((a) => a.presenterId)).toEqual([
      'm01',
      'm02',
      'm03',
      'm01',
      'g01',
    ]);
  });

  it('R-DOC-6b: rejects a presenter who is not in the record or is recorded absent', () => {
    const error = expectFailure(
      safeParseMeetingRecord(
        modify(marchRecord, {
          'meeting.agenda.0.presenterId': 'm05',
          'meeting.agenda.2.presenterId': 'g09',
        }),
      ),
    );
    expect(pathsOf(error)).toEqual([
      ['meeting', 'agenda', 0, 'presenterId'],
      ['meeting', 'agenda', 2, 'presenterId'],
    ]);
    expect(error.issues.map((i) => [i.rule, i.message.en])).toEqual([
      ['R-DOC-6b', 'Presenter "m05" is recorded absent.'],
      ['R-DOC-6b', 'Presenter "g09" is neither a member nor a guest.'],
    ]);
    expect(error.issues[0]?.message.vi).toBe(
      'Người trình bày "m05" được ghi là vắng mặt.',
    );
  });
});
