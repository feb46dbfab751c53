import { parseMeetingRecord } from '@chibo/core';
import {
  anPhuScheme,
  approveRating,
  confirmRating,
  proposeRating,
  rateMeeting,
} from '@chibo/core/rating';
import {
  marchRecord,
  marchRating as scenarioRating,
  supervisor,
  thematicMeetingQ1,
} from '@chibo/scenario';

const march = parseMeetingRecord(marchRecord);

/**
 * The An Phú HD42 sheet applied to the March 2027 meeting by core's
 * `rateMeeting` (SCENARIO.md): chairing 9/10, principles 5/5 and praise and
 * criticism are human inputs, the rest is read from the record; 87 of 100,
 * fair. Proposed by the chi ủy, approved by the cell and confirmed by Triệu
 * Văn Long (R-RATE-3).
 */
export const marchRating = confirmRating(
  approveRating(
    proposeRating(
      rateMeeting(march, anPhuScheme, scenarioRating.inputs, { history: [] }),
      { at: '2027-03-09T21:00:00+07:00' },
    ),
    { at: '2027-03-09T21:05:00+07:00', voteId: 'v2' },
  ),
  {
    name: supervisor.name,
    guestId: supervisor.id,
    at: '2027-03-09T21:06:00+07:00',
  },
);

/** The March 2027 record with its rating: the input for the documents. */
export const ratedMarchRecord = {
  ...marchRecord,
  meeting: { ...marchRecord.meeting, rating: marchRating },
};

/** The thematic meeting of the first quarter as a record of its own. */
export const thematicRecord = {
  cell: marchRecord.cell,
  members: marchRecord.members,
  meeting: {
    ...thematicMeetingQ1,
    chairId: 'm01',
    recorderId: 'm07',
    guests: [],
    agenda: [{ id: 'c1', title: 'Đồng chí Lò Thị Hoa trình bày chuyên đề.' }],
    opinions: [
      {
        id: 'c-op1',
        speakerId: 'm12',
        agendaItemId: 'c1',
        text: 'Đề nghị mỗi hộ trồng thêm cây xanh quanh nhà.',
      },
    ],
    conclusion:
      'Chi bộ thống nhất đưa nội dung chuyên đề vào nghị quyết tháng 3.',
  },
};

/** The whole text of the March record that must reach every document. */
export const marchNames = [
  'Hoàng Văn Minh',
  'Lò Thị Hoa',
  'Nguyễn Văn Bình',
  'Vàng Seo Chứ',
  'Lý Thị Mai',
  'Trần Văn Hùng',
  'Phạm Thị Lan',
  'Đỗ Văn Quang',
  'Hà Văn Sơn',
  'Nông Thị Thu',
  'Lò Văn Khánh',
  'Giàng A Páo',
  'Triệu Văn Long',
] as const;

const SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Vũ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
];
const GIVEN = [
  'Văn An',
  'Thị Bình',
  'Văn Cường',
  'Thị Dung',
  'Văn Đức',
  'Thị Hạnh',
  'Văn Hải',
  'Thị Liên',
  'Văn Lộc',
  'Thị Nga',
];

/**
 * A larger meeting for the benchmarks (issue 5): 30 members, 20 opinions and
 * 8 tasks, built on the March 2027 meeting.
 */
export const largeRecord = (() => {
  const members = Array.from({ length: 30 }, (_, i) => ({
    id: `m${String(i + 1).padStart(2, '0')}`,
    name: `${SURNAMES[i % 10]} ${GIVEN[(i * 3) % 10]} ${i + 1}`,
    standing: i < 26 ? 'official' : 'probationary',
    roles: i === 0 ? ['secretary'] : i === 1 ? ['deputy-secretary'] : [],
  }));
  const attendance = members.map((m, i) =>
    i === 5
      ? {
          memberId: m.id,
          status: 'absent-excused',
          reason: 'Đi công tác tại Hà Nội',
        }
      : { memberId: m.id, status: 'present' },
  );
  const opinions = Array.from({ length: 20 }, (_, i) => ({
    id: `op${i + 1}`,
    speakerId:
      members[(i * 7 + 2) % 30 === 5 ? 7 : (i * 7 + 2) % 30]?.id ?? 'm01',
    // Item a1 of the scenario is recorded with no opinions (R-DOC-6b).
    agendaItemId: `a${(i % 4) + 2}`,
    text: `Ý kiến số ${i + 1}: đề nghị chi bộ tăng cường vận động nhân dân tham gia phòng chống cháy rừng, giữ gìn vệ sinh môi trường và hoàn thành các chỉ tiêu của thôn trong tháng.`,
  }));
  const tasks = Array.from({ length: 8 }, (_, i) => ({
    id: `t${i + 1}`,
    description: `Nhiệm vụ số ${i + 1}: triển khai nội dung nghị quyết tại các tổ dân cư`,
    assignees: [{ kind: 'member', memberId: members[i + 2]?.id ?? 'm01' }],
    dueOn: `2027-03-${String(15 + i).padStart(2, '0')}`,
  }));
  return {
    cell: marchRecord.cell,
    members,
    previousResolution: marchRecord.previousResolution,
    meeting: {
      ...marchRecord.meeting,
      chairId: 'm01',
      recorderId: 'm03',
      attendance,
      opinions,
      taskReviews: marchRecord.meeting.taskReviews.map((r) => ({
        ...r,
        carriedOverTo: undefined,
      })),
      votes: [
        {
          ...marchRecord.meeting.votes[0],
          for: 29,
          base: { size: 29, ruleSet: 'HD42-2025' },
        },
      ],
      resolution: { ...marchRecord.meeting.resolution, tasks },
      rating: marchRating,
    },
  };
})();
