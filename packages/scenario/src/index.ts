/**
 * Chi bộ thôn Trang Nùng, Đảng bộ xã Xuân Quang (SCENARIO.md, DOMAIN.md §10),
 * as plain input data: the shape a host system sends, before validation.
 * The people and events are made up but shaped like a real minutes book.
 */

export const cell = {
  id: 'trang-nung',
  name: 'Chi bộ thôn Trang Nùng',
  kind: 'subordinate',
  sector: 'residential',
  parent: {
    id: 'xuan-quang',
    name: 'Đảng bộ xã Xuân Quang',
    level: 'grassroots',
  },
  placeName: 'Xuân Quang',
} as const;

export const members = [
  {
    id: 'm01',
    name: 'Hoàng Văn Minh',
    standing: 'official',
    roles: ['secretary'],
  },
  {
    id: 'm02',
    name: 'Lò Thị Hoa',
    standing: 'official',
    roles: ['deputy-secretary'],
  },
  {
    id: 'm03',
    name: 'Nguyễn Văn Bình',
    standing: 'official',
    roles: ['committee-member'],
  },
  { id: 'm04', name: 'Vàng Seo Chứ', standing: 'official' },
  { id: 'm05', name: 'Lý Thị Mai', standing: 'official' },
  { id: 'm06', name: 'Trần Văn Hùng', standing: 'official' },
  { id: 'm07', name: 'Phạm Thị Lan', standing: 'official' },
  { id: 'm08', name: 'Đỗ Văn Quang', standing: 'official' },
  { id: 'm09', name: 'Vũ Thị Hằng', standing: 'official' },
  { id: 'm10', name: 'Hà Văn Sơn', standing: 'official' },
  { id: 'm11', name: 'Lục Văn Tài', standing: 'official' },
  { id: 'm12', name: 'Nông Thị Thu', standing: 'official' },
  { id: 'm13', name: 'Bùi Văn Tuấn', standing: 'official' },
  {
    id: 'm14',
    name: 'Giàng A Páo',
    standing: 'official',
    exempt: true,
    exemptReason: 'Miễn sinh hoạt đảng, tuổi cao (82 tuổi)',
  },
  {
    id: 'm15',
    name: 'Lò Văn Khánh',
    standing: 'probationary',
    admittedOn: '2026-08-19',
  },
  {
    id: 'm16',
    name: 'Sùng Thị Dua',
    standing: 'probationary',
    admittedOn: '2026-11-05',
  },
  {
    id: 'm17',
    name: 'Hoàng Thị Ngọc',
    standing: 'probationary',
    admittedOn: '2026-12-10',
  },
] as const;

export const supervisor = {
  id: 'g01',
  name: 'Triệu Văn Long',
  title: 'Đảng ủy viên xã',
  role: 'supervisor',
} as const;

/** The resolution of February 2027, whose tasks the March meeting reviews. */
export const februaryResolution = {
  id: 'nq-2027-02',
  summary: 'về lãnh đạo thực hiện nhiệm vụ tháng 02 năm 2027',
  adoptedAt: '2027-02-10T21:00:00+07:00',
  tasks: [
    {
      id: 't2027-02-1',
      description: 'Thu quỹ khuyến học năm 2027',
      assignees: [{ kind: 'member', memberId: 'm06' }],
      dueOn: '2027-02-28',
      status: 'done',
      progress: { achieved: 100, target: 100, unit: '% số hộ' },
    },
    {
      id: 't2027-02-2',
      description:
        'Vận động các hộ ký cam kết không đốt nương làm rẫy trong mùa khô',
      assignees: [
        { kind: 'member', memberId: 'm02' },
        { kind: 'member', memberId: 'm04' },
      ],
      dueOn: '2027-02-28',
      status: 'partly-done',
      progress: { achieved: 52, target: 61, unit: 'hộ' },
    },
    {
      id: 't2027-02-3',
      description: 'Sửa chữa 200 m đường bê tông nội thôn',
      assignees: [{ kind: 'member', memberId: 'm03' }],
      dueOn: '2027-02-28',
      status: 'not-done',
      notes: 'Xi măng chưa về',
    },
  ],
} as const;

/** The chair's conclusion of the March meeting (SCENARIO.md). */
const chairConclusion =
  'Chi bộ thống nhất tổ chức canh lửa rừng, hoàn thành vận động ký cam kết, sửa đường bằng ngày công của các hộ; chi ủy giới thiệu hai quần chúng trẻ đi học lớp nhận thức về Đảng.';

/**
 * The agenda of the March meeting with what each item holds (SCENARIO.md
 * "What each agenda item holds", R-DOC-6b): presenter, summary and the
 * chair's conclusion. The opinions on each item are the meeting's opinions
 * with its `agendaItemId`.
 */
const agenda = [
  {
    id: 'a1',
    title: 'Thông tin thời sự trong nước, quốc tế và của địa phương.',
    presenterId: 'm01',
    durationMinutes: 12,
    summary:
      'Cảnh báo của tỉnh ngày 01/3/2027 về nguy cơ cháy rừng trong mùa khô; kế hoạch của xã Xuân Quang thực hiện bộ tiêu chí nông thôn mới năm 2027; tin về kỳ họp đầu năm 2027 của Quốc hội.',
    noOpinions: true,
    conclusion:
      'Đảng viên truyền đạt các thông tin trên đến gia đình và các hộ dân.',
  },
  {
    id: 'a2',
    title: 'Đánh giá kết quả thực hiện Nghị quyết tháng 02/2027.',
    presenterId: 'm02',
    summary:
      'Báo cáo kết quả ba nhiệm vụ của Nghị quyết tháng 02/2027: thu quỹ khuyến học năm 2027 đạt 100% số hộ; vận động ký cam kết không đốt nương làm rẫy được 52/61 hộ, 9 hộ ở xa trên sườn đồi chưa ký vì chưa được đến vận động tận nhà; sửa chữa 200 m đường bê tông nội thôn chưa làm được vì xi măng chưa về.',
    conclusion:
      'Chuyển việc sửa chữa đường bê tông sang tháng 3/2027; hoàn thành vận động ký cam kết trước ngày 20/3/2027.',
  },
  {
    id: 'a3',
    title: 'Tình hình tư tưởng của đảng viên và nhân dân.',
    presenterId: 'm03',
    summary:
      'Đảng viên và nhân dân yên tâm, ổn định; một số hộ lo lắng về giá quế; hai hộ tranh chấp ranh giới đất, tổ hòa giải của thôn đang giải quyết.',
  },
  {
    id: 'a4',
    title: 'Nhiệm vụ, giải pháp tháng 3/2027.',
    presenterId: 'm01',
    summary:
      'Dự thảo năm nhiệm vụ, giải pháp tháng 3/2027: vận động các hộ còn lại ký cam kết; canh lửa rừng đầu nguồn; sửa chữa đường bê tông nội thôn; tư vấn chuyển đổi cây trồng; giới thiệu quần chúng ưu tú đi học lớp nhận thức về Đảng.',
  },
  {
    id: 'a5',
    title: 'Thảo luận, biểu quyết thông qua nghị quyết.',
    conclusion: chairConclusion,
  },
] as const;

const presentIds = [
  'm01',
  'm02',
  'm03',
  'm04',
  'm06',
  'm07',
  'm08',
  'm09',
  'm10',
  'm11',
  'm12',
  'm13',
  'm15',
  'm16',
  'm17',
] as const;

/** The regular meeting of March 2027, as recorded (SCENARIO.md). */
export const marchMeeting = {
  id: 'sh-2027-03',
  cellId: 'trang-nung',
  kind: 'regular',
  scheduledAt: '2027-03-09T19:30:00+07:00',
  place: 'Nhà văn hóa thôn Trang Nùng',
  mode: 'in-person',
  status: 'closed',
  chairId: 'm01',
  recorderId: 'm07',
  guests: [supervisor],
  agenda,
  timeline: {
    contentPreparedAt: '2027-03-03T08:00:00+07:00',
    committeeMetAt: '2027-03-05T19:30:00+07:00',
    noticeSentAt: '2027-03-06T07:00:00+07:00',
    materialsPostedAt: '2027-03-07T20:00:00+07:00',
    startedAt: '2027-03-09T19:30:00+07:00',
    agendaApprovedAt: '2027-03-09T19:38:00+07:00',
    recorderAppointedAt: '2027-03-09T19:39:00+07:00',
    concludedAt: '2027-03-09T20:50:00+07:00',
    minutesApprovedAt: '2027-03-09T21:12:00+07:00',
    endedAt: '2027-03-09T21:15:00+07:00',
  },
  attendance: [
    ...presentIds.map((memberId) => ({ memberId, status: 'present' as const })),
    {
      memberId: 'm05',
      status: 'absent-excused',
      reason: 'Đi làm ăn xa tại Bắc Ninh',
    },
  ],
  opinions: [
    {
      id: 'op1',
      speakerId: 'm04',
      agendaItemId: 'a4',
      text: 'Chín hộ chưa ký cam kết đều ở xa trên sườn đồi. Đề nghị Hội Phụ nữ và Đoàn Thanh niên trực tiếp đến vận động ngay trong tuần này.',
    },
    {
      id: 'op2',
      speakerId: 'm12',
      agendaItemId: 'a4',
      text: 'Mùa khô nguy cơ cháy rừng cao. Đề nghị phân công các tổ canh lửa tại bìa rừng đầu nguồn.',
    },
    {
      id: 'op3',
      speakerId: 'm08',
      agendaItemId: 'a3',
      text: 'Một số hộ muốn chuyển từ trồng ngô sang trồng quế. Đề nghị chi bộ mời cán bộ nông nghiệp xã đến tư vấn.',
    },
    {
      id: 'op4',
      speakerId: 'm10',
      agendaItemId: 'a2',
      text: 'Xi măng làm đường dự kiến về ngày 20/3/2027. Đề nghị huy động mỗi hộ góp ngày công vào hai ngày cuối tuần sau đó.',
    },
    {
      id: 'op5',
      speakerId: 'm15',
      agendaItemId: 'a4',
      text: 'Xin tham gia tổ canh lửa rừng và đề nghị chi bộ giao nhiệm vụ cụ thể để rèn luyện.',
    },
    {
      id: 'op6',
      speakerId: 'g01',
      agendaItemId: 'a4',
      text: 'Ghi nhận chi bộ chuẩn bị nội dung tốt. Đề nghị chi bộ lựa chọn quần chúng ưu tú đi học lớp nhận thức về Đảng quý II.',
    },
  ],
  conclusion: chairConclusion,
  taskReviews: [
    {
      taskId: 't2027-02-1',
      status: 'done',
      result: 'Đã thu xong quỹ khuyến học của 100% số hộ, đa số hộ đóng sớm',
      progress: { achieved: 100, target: 100, unit: '% số hộ' },
    },
    {
      taskId: 't2027-02-2',
      status: 'partly-done',
      result: 'Đã có 52/61 hộ ký cam kết',
      reason: '9 hộ còn lại ở xa trên sườn đồi, chưa được đến vận động tận nhà',
      progress: { achieved: 52, target: 61, unit: 'hộ' },
    },
    {
      taskId: 't2027-02-3',
      status: 'not-done',
      result: 'Chưa sửa chữa được đoạn đường nào',
      reason: 'Xi măng chưa về',
      carriedOverTo: 't2027-03-3',
    },
  ],
  votes: [
    {
      id: 'v1',
      subject: 'resolution',
      mode: 'show-of-hands',
      for: 12,
      against: 0,
      abstain: 0,
      base: { size: 13, ruleSet: 'HD42-2025' },
      agendaItemId: 'a5',
      at: '2027-03-09T20:55:00+07:00',
    },
  ],
  resolution: {
    id: 'nq-2027-03',
    summary: 'về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027',
    adoptedAt: '2027-03-09T20:55:00+07:00',
    voteId: 'v1',
    grounds: [
      'Điều lệ Đảng Cộng sản Việt Nam',
      'Nghị quyết của Đảng ủy xã Xuân Quang về nhiệm vụ năm 2027',
      'Nghị quyết Đại hội Chi bộ thôn Trang Nùng nhiệm kỳ 2025–2027',
    ],
    assessment:
      'Đa số hộ đã đóng quỹ khuyến học sớm. Việc vận động ký cam kết không đốt nương làm rẫy còn chậm ở các hộ xa trên sườn đồi do chưa đến vận động tận nhà. Việc sửa chữa đường bê tông nội thôn phải chờ xi măng về. Chi bộ lãnh đạo công tác phòng, chống cháy rừng mùa khô kịp thời.',
    recipients: [
      { name: 'Đảng ủy xã Xuân Quang', purpose: 'để báo cáo' },
      { name: 'Đảng viên trong chi bộ' },
      { name: 'Lưu chi bộ' },
    ],
    tasks: [
      {
        id: 't2027-03-1',
        description: 'Hoàn thành vận động 9 hộ còn lại ký cam kết',
        assignees: [
          { kind: 'member', memberId: 'm02' },
          { kind: 'member', memberId: 'm04' },
          { kind: 'mass-organisation', name: 'Chi hội Phụ nữ thôn Trang Nùng' },
          {
            kind: 'mass-organisation',
            name: 'Chi đoàn Thanh niên thôn Trang Nùng',
          },
        ],
        dueOn: '2027-03-20',
        continues: 't2027-02-2',
      },
      {
        id: 't2027-03-2',
        description:
          'Thành lập 3 tổ canh lửa rừng đầu nguồn, trực từ 15/3 đến 30/4',
        assignees: [
          { kind: 'member', memberId: 'm12' },
          { kind: 'member', memberId: 'm15' },
        ],
        dueOn: '2027-03-15',
      },
      {
        id: 't2027-03-3',
        description: 'Hoàn thành sửa chữa 200 m đường bê tông nội thôn',
        assignees: [
          { kind: 'member', memberId: 'm03' },
          { kind: 'member', memberId: 'm10' },
        ],
        dueOn: '2027-03-31',
        continues: 't2027-02-3',
      },
      {
        id: 't2027-03-4',
        description: 'Mời cán bộ nông nghiệp xã tư vấn chuyển đổi cây trồng',
        assignees: [{ kind: 'member', memberId: 'm08' }],
        dueOn: '2027-03-25',
      },
      {
        id: 't2027-03-5',
        description:
          'Giới thiệu 02 quần chúng ưu tú đi học lớp nhận thức về Đảng',
        assignees: [{ kind: 'cell-committee' }],
        dueOn: '2027-03-31',
      },
    ],
  },
} as const;

/**
 * The thematic meeting of the first quarter (SCENARIO.md): Tết 2027 runs
 * 02-05..02-09, so it has a Tuesday of its own, 2027-02-16, 19:30–21:00.
 * The chi ủy approved Lò Thị Hoa's draft on 2027-02-10 (R-PREP-3).
 */
export const thematicMeetingQ1 = {
  id: 'cd-2027-q1',
  cellId: 'trang-nung',
  kind: 'thematic',
  theme:
    'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về bảo vệ rừng và giữ gìn môi trường sống ở thôn bản',
  presenterId: 'm02',
  scheduledAt: '2027-02-16T19:30:00+07:00',
  place: 'Nhà văn hóa thôn Trang Nùng',
  timeline: {
    draftApprovedAt: '2027-02-10T09:00:00+07:00',
    startedAt: '2027-02-16T19:30:00+07:00',
    endedAt: '2027-02-16T21:00:00+07:00',
  },
} as const;

/** The whole record of the March 2027 meeting, as a host would send it. */
export const marchRecord = {
  cell,
  members,
  meeting: marchMeeting,
  previousResolution: februaryResolution,
} as const;

/**
 * The rating of the March meeting on the An Phú HD42 sheet (SCENARIO.md): the
 * chi ủy's inputs (chairing 9 of 10, principles 5 of 5, praise and criticism
 * given) and the score the record gives with them, 87 of 100, fair (Khá).
 */
export const marchRating = {
  schemeId: 'an-phu-hd42',
  inputs: { chairing: 9, principles: 5, 'praise-criticism': true },
  score: 87,
  level: 'fair',
} as const;

const marchAt = (time: string) => `2027-03-09T${time}:00+07:00`;
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** An agenda item's presentation as the recorder logs it (R-DOC-6b). */
function itemPresented(id: AgendaItemId, time: string) {
  const { presenterId, durationMinutes, summary } = agendaItem(id);
  return {
    type: 'ITEM_PRESENTED',
    at: marchAt(time),
    agendaItemId: id,
    presenterId,
    ...(durationMinutes === undefined ? {} : { durationMinutes }),
    summary,
  };
}

/** The chair's conclusion on an agenda item (R-DOC-6b). */
function itemConcluded(id: AgendaItemId, time: string) {
  const item = agendaItem(id);
  return {
    type: 'ITEM_CONCLUDED',
    at: marchAt(time),
    agendaItemId: id,
    conclusion: item.conclusion,
    ...(item.noOpinions === undefined ? {} : { noOpinions: item.noOpinions }),
  };
}

type AgendaItemId = (typeof agenda)[number]['id'];

/** What an agenda item of the scenario may hold (R-DOC-6b). */
interface ScenarioAgendaItem {
  id: AgendaItemId;
  title: string;
  presenterId?: string;
  durationMinutes?: number;
  summary?: string;
  noOpinions?: boolean;
  conclusion?: string;
}

function agendaItem(id: AgendaItemId): ScenarioAgendaItem {
  const item = agenda.find((a) => a.id === id);
  if (!item) throw new Error(`No agenda item ${id} in the scenario.`);
  return item;
}

/**
 * The March 2027 meeting (SCENARIO.md) as the events a host sends the meeting
 * machine, phase by phase (DOMAIN.md §4.3). Plain data: every event carries
 * its own `at` (R-TIME-2). The rating phase proposes the An Phú score of
 * SCENARIO.md (87, fair); a host computes it with `rateMeeting`.
 */
export const marchEvents = {
  preparation: [
    {
      type: 'CONTENT_PREPARED',
      at: marchMeeting.timeline.contentPreparedAt,
      draft: json({
        id: marchMeeting.resolution.id,
        summary: marchMeeting.resolution.summary,
        grounds: marchMeeting.resolution.grounds,
        assessment: marchMeeting.resolution.assessment,
        recipients: marchMeeting.resolution.recipients,
      }),
    },
    { type: 'COMMITTEE_MET', at: marchMeeting.timeline.committeeMetAt },
    { type: 'NOTICE_SENT', at: marchMeeting.timeline.noticeSentAt },
    { type: 'MATERIALS_POSTED', at: marchMeeting.timeline.materialsPostedAt },
  ],
  opening: [
    {
      type: 'OPEN',
      at: marchMeeting.timeline.startedAt,
      chairId: marchMeeting.chairId,
    },
    { type: 'PURPOSE_STATED', at: marchAt('19:31') },
    { type: 'GUESTS_INTRODUCED', at: marchAt('19:32'), guests: [supervisor] },
    {
      type: 'ROLL_CALL',
      at: marchAt('19:35'),
      lines: json(marchMeeting.attendance),
    },
    {
      type: 'AGENDA_APPROVED',
      at: marchMeeting.timeline.agendaApprovedAt,
      // The agenda as approved: its items' titles. What was presented and
      // concluded on each comes with ITEM_PRESENTED and ITEM_CONCLUDED.
      agenda: marchMeeting.agenda.map(({ id, title }) => ({ id, title })),
    },
    {
      type: 'RECORDER_APPOINTED',
      at: marchMeeting.timeline.recorderAppointedAt,
      memberId: marchMeeting.recorderId,
    },
  ],
  proceedings: [
    { type: 'START_PROCEEDINGS', at: marchAt('19:40') },
    { type: 'CURRENT_AFFAIRS', at: marchAt('19:40') },
    itemPresented('a1', '19:40'),
    itemConcluded('a1', '19:52'),
    itemPresented('a2', '19:52'),
    ...marchMeeting.taskReviews.map((review, i) => ({
      type: 'TASK_REVIEWED',
      at: marchAt(`19:${53 + i}`),
      review: json(review),
    })),
    { type: 'IDEOLOGY_DISCUSSED', at: marchAt('20:05') },
    itemPresented('a3', '20:05'),
    { type: 'PRAISE_CRITICISM', at: marchAt('20:10') },
    itemPresented('a4', '20:15'),
    ...marchMeeting.resolution.tasks.map((task, i) => ({
      type: 'TASK_ADDED',
      at: marchAt(`20:1${5 + i}`),
      task: json(task),
    })),
    ...marchMeeting.opinions.map((opinion, i) => ({
      type: 'OPINION',
      at: marchAt(`20:${25 + 3 * i}`),
      opinion: json(opinion),
    })),
    itemConcluded('a2', '20:45'),
    itemConcluded('a5', '20:50'),
    {
      type: 'CONCLUDE',
      at: marchMeeting.timeline.concludedAt,
      conclusion: marchMeeting.conclusion,
    },
  ],
  decision: [
    {
      type: 'VOTE',
      at: marchAt('20:55'),
      vote: {
        id: 'v1',
        subject: 'resolution',
        mode: 'show-of-hands',
        for: 12,
        against: 0,
        abstain: 0,
        agendaItemId: 'a5',
      },
    },
    { type: 'START_RATING', at: marchAt('21:00') },
  ],
  rating: [
    {
      type: 'RATING_PROPOSED',
      at: marchAt('21:00'),
      rating: {
        schemeId: marchRating.schemeId,
        ruleSet: 'HD42-2025',
        proposedScore: marchRating.score,
        proposedLevel: marchRating.level,
      },
    },
    {
      type: 'RATING_APPROVED',
      at: marchAt('21:05'),
      level: marchRating.level,
      vote: { id: 'v2', for: 12, against: 0, abstain: 0 },
    },
    { type: 'RATING_CONFIRMED', at: marchAt('21:06'), guestId: supervisor.id },
  ],
  closing: [
    { type: 'MINUTES_READ', at: marchAt('21:08') },
    { type: 'MINUTES_APPROVED', at: marchMeeting.timeline.minutesApprovedAt },
    { type: 'CLOSE', at: marchMeeting.timeline.endedAt },
  ],
} as const;

/**
 * When the cell meets (SCENARIO.md): the regular meeting on the Tuesday of
 * the second calendar week at 19:30 (105 minutes in March), moved to the next
 * working day when that day is off; thematic meetings in the middle month of
 * each quarter on the Tuesday of the third week (02-16 in 2027), in a
 * separate session.
 */
export const meetingPlan = {
  regular: {
    pattern: { type: 'weekday-of-week', weekday: 2, week: 2 },
    time: '19:30',
    durationMinutes: 105,
    shift: 'next-working-day',
  },
  thematic: {
    monthOfQuarter: 2,
    session: 'separate',
    rule: {
      pattern: { type: 'weekday-of-week', weekday: 2, week: 3 },
      time: '19:30',
    },
  },
} as const;

export type {
  AnnualLevel,
  DuesInput,
  MemberEntry,
  Receipt,
  SheetInput,
  TreeNode,
  YearRecord,
} from './year2027/index';
export { year2027 } from './year2027/index';
