import fc from 'fast-check';

const VIETNAMESE = [
  'Nguyễn',
  'Thị',
  'Hoàng',
  'Đỗ',
  'Lò',
  'Vàng',
  'Seo',
  'Chứ',
  'Phạm',
  'Lụa',
  'Quỳnh',
  'Ưng',
  'Giàng',
  'Sùng',
  'Dua',
  'Hằng',
  'Tuấn',
  'Páo',
];
const HOSTILE = [
  '<',
  '>',
  '&',
  '"',
  "'",
  '&amp;',
  '<w:t>',
  ']]>',
  '<!--',
  '\u0000',
  '\u0007',
  '\u000B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\uFFFE',
  '\uD800',
  '\uDFFF',
  '\t',
  '\n',
  '\r\n',
  '😀',
  '🇻🇳',
  '👩‍👩‍👧',
  '👍🏽',
  'undefined',
  'NaN',
  '[object Object]',
  '  ',
  // Bidirectional controls and marks (R-DOC-8, v2).
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
  '\u202E12-BB\u202C',
];

/** A Vietnamese word, half of them decomposed (NFD) as some keyboards send it. */
const word = fc
  .tuple(fc.constantFrom(...VIETNAMESE), fc.boolean())
  .map(([w, nfd]) => (nfd ? w.normalize('NFD') : w));

/** Text mixing Vietnamese (NFC and NFD) with XML specials, controls, bidirectional controls, emoji and random code points. */
export const hostileText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: word },
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { minLength: 0, maxLength: 12 },
  )
  .map((parts) => parts.join(' '));

/** A required text: it always keeps a visible Vietnamese word. */
export const requiredText = fc
  .tuple(word, hostileText)
  .map(([w, rest]) => `${w} ${rest}`);

/** An opinion: usually short, sometimes 20,000 characters. */
const opinionText = fc.oneof(
  { weight: 9, arbitrary: requiredText },
  {
    weight: 1,
    arbitrary: requiredText.map((t) =>
      `${t} ${'Đảng viên phát biểu ý kiến dài. '.repeat(625)}`.slice(0, 20_000),
    ),
  },
);

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/**
 * A meeting record core accepts, with hostile text everywhere text goes: up
 * to 200 members, optional fields present or absent, opinions up to 20,000
 * characters. The first three members are official and present, so the chair,
 * the recorder and a voting base of at least 3 always exist.
 */
export const hostileRecord = fc
  .record({
    memberCount: fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: 3, max: 30 }) },
      { weight: 1, arbitrary: fc.constant(200) },
    ),
    names: fc.array(requiredText, { minLength: 200, maxLength: 200 }),
    statuses: fc.array(
      fc.constantFrom(
        'present',
        'present',
        'absent-excused',
        'absent-unexcused',
        'unrecorded',
      ),
      { minLength: 200, maxLength: 200 },
    ),
    probationary: fc.array(fc.boolean(), { minLength: 200, maxLength: 200 }),
    exempt: fc.array(fc.integer({ min: 0, max: 9 }), {
      minLength: 200,
      maxLength: 200,
    }),
    reasons: fc.array(requiredText, { minLength: 200, maxLength: 200 }),
    place: requiredText,
    cellName: requiredText,
    parentName: requiredText,
    theme: maybe(requiredText),
    agenda: fc.array(
      fc.record({
        title: requiredText,
        presenter: maybe(fc.nat()),
        minutes: maybe(fc.integer({ min: 1, max: 120 })),
        summary: maybe(hostileText),
        noOpinions: fc.boolean(),
        conclusion: maybe(hostileText),
      }),
      { maxLength: 4 },
    ),
    opinions: fc.array(
      fc.record({ speaker: fc.nat(), item: fc.nat(), text: opinionText }),
      { maxLength: 8 },
    ),
    conclusion: maybe(hostileText),
    guest: maybe(fc.record({ name: requiredText, title: maybe(requiredText) })),
    tasks: fc.array(
      fc.record({
        description: requiredText,
        assignee: fc.nat(),
        organisation: requiredText,
        groupHead: maybe(requiredText),
        due: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 5 },
    ),
    reviewNote: maybe(hostileText),
    reviewResult: maybe(hostileText),
    reviewReason: maybe(hostileText),
    grounds: maybe(fc.array(requiredText, { maxLength: 3 })),
    assessment: maybe(hostileText),
    recipients: maybe(
      fc.array(
        fc.record({ name: requiredText, purpose: maybe(requiredText) }),
        { minLength: 1, maxLength: 3 },
      ),
    ),
    votedFor: fc.integer({ min: 0, max: 3 }),
    withRating: fc.boolean(),
    criterionReason: maybe(hostileText),
  })
  .map((r) => {
    const n = r.memberCount;
    const members = Array.from({ length: n }, (_, i) => ({
      id: `m${i}`,
      name: r.names[i] as string,
      standing: i < 3 || !r.probationary[i] ? 'official' : 'probationary',
      exempt: i >= 3 && r.exempt[i] === 0,
      roles: i === 0 ? ['secretary'] : [],
    }));
    const attendance = members.flatMap((m, i) => {
      const status = i < 3 ? 'present' : (r.statuses[i] as string);
      if (status === 'unrecorded') return [];
      return [
        {
          memberId: m.id,
          status,
          ...(status === 'absent-excused' ? { reason: r.reasons[i] } : {}),
        },
      ];
    });
    const present = attendance
      .filter((a) => a.status === 'present')
      .map((a) => a.memberId);
    const guests = r.guest
      ? [{ id: 'g1', ...r.guest, role: 'supervisor' }]
      : [];
    const speakers = [...present, ...guests.map((g) => g.id)];
    const itemIds = r.agenda.map((_, i) => `a${i}`);
    const opinions = r.opinions.map((o, i) => ({
      id: `o${i}`,
      speakerId: speakers[o.speaker % speakers.length],
      ...(itemIds.length > 0 && o.item % 3 !== 0
        ? { agendaItemId: itemIds[o.item % itemIds.length] }
        : {}),
      text: o.text,
    }));
    const agenda = r.agenda.map((item, i) => ({
      id: `a${i}`,
      title: item.title,
      ...(item.presenter !== undefined
        ? { presenterId: speakers[item.presenter % speakers.length] }
        : {}),
      ...(item.minutes !== undefined ? { durationMinutes: item.minutes } : {}),
      ...(item.summary !== undefined ? { summary: item.summary } : {}),
      ...(item.noOpinions && !opinions.some((o) => o.agendaItemId === `a${i}`)
        ? { noOpinions: true }
        : {}),
      ...(item.conclusion !== undefined ? { conclusion: item.conclusion } : {}),
    }));
    const task = (t: (typeof r.tasks)[number], i: number, prefix: string) => ({
      id: `${prefix}${i}`,
      description: t.description,
      assignees: [
        t.assignee % 6 === 0
          ? { kind: 'cell-committee' }
          : t.assignee % 6 === 1
            ? { kind: 'mass-organisation', name: t.organisation }
            : t.assignee % 6 === 2
              ? {
                  kind: 'group-head',
                  group: t.organisation,
                  ...(t.groupHead !== undefined ? { name: t.groupHead } : {}),
                }
              : { kind: 'member', memberId: `m${t.assignee % n}` },
      ],
      dueOn: `2027-03-${String(t.due).padStart(2, '0')}`,
    });
    return {
      cell: {
        id: 'c',
        name: r.cellName,
        kind: 'subordinate',
        sector: 'residential',
        parent: { name: r.parentName, level: 'grassroots' },
        placeName: r.place,
      },
      members,
      previousResolution: {
        id: 'prev',
        tasks: r.tasks.map((t, i) => task(t, i, 'p')),
      },
      meeting: {
        id: 'mt',
        cellId: 'c',
        kind: r.theme ? 'thematic' : 'regular',
        ...(r.theme ? { theme: r.theme } : {}),
        scheduledAt: '2027-03-09T19:30:00+07:00',
        place: r.place,
        chairId: 'm0',
        recorderId: 'm1',
        guests,
        agenda,
        attendance,
        opinions,
        ...(r.conclusion !== undefined ? { conclusion: r.conclusion } : {}),
        timeline: {
          startedAt: '2027-03-09T19:30:00+07:00',
          endedAt: '2027-03-09T21:15:00+07:00',
        },
        taskReviews: r.tasks.map((_, i) => ({
          taskId: `p${i}`,
          status: i % 2 === 0 ? 'done' : 'not-done',
          ...(r.reviewResult !== undefined ? { result: r.reviewResult } : {}),
          ...(r.reviewReason !== undefined ? { reason: r.reviewReason } : {}),
          ...(r.reviewNote !== undefined ? { note: r.reviewNote } : {}),
        })),
        votes: [
          {
            id: 'v1',
            subject: 'resolution',
            mode: 'show-of-hands',
            for: r.votedFor,
            against: 0,
            abstain: 0,
          },
        ],
        resolution: {
          id: 'nq',
          ...(r.grounds !== undefined ? { grounds: r.grounds } : {}),
          ...(r.assessment !== undefined ? { assessment: r.assessment } : {}),
          ...(r.recipients !== undefined ? { recipients: r.recipients } : {}),
          tasks: r.tasks.map((t, i) => task(t, i, 't')),
        },
        ...(r.withRating
          ? {
              rating: {
                schemeId: 's',
                criteria: [
                  {
                    criterionId: 'k1',
                    label: r.names[5],
                    maxPoints: 10,
                    score: 7,
                    ...(r.criterionReason !== undefined
                      ? { reason: r.criterionReason }
                      : {}),
                  },
                ],
              },
            }
          : {}),
      },
    };
  });

/** A record drawn by {@link hostileRecord}. */
export type HostileRecord =
  typeof hostileRecord extends fc.Arbitrary<infer T> ? T : never;

/** The texts of a fuzzed record that the documents must carry. */
export function textsOf(record: HostileRecord): {
  names: string[];
  opinions: string[];
  tasks: string[];
  /** Each agenda item's summary and conclusion (R-DOC-6b): the minutes. */
  items: string[];
  /** The grounds and the recipients' names (R-DOC-7b): the resolution. */
  resolution: string[];
} {
  const { agenda, resolution } = record.meeting;
  return {
    names: record.members.map((m) => m.name),
    opinions: record.meeting.opinions.map((o) => o.text),
    tasks: resolution.tasks.map((t) => t.description),
    items: agenda.flatMap((item) => [
      ...('summary' in item && item.summary ? [item.summary] : []),
      ...('conclusion' in item && item.conclusion ? [item.conclusion] : []),
    ]),
    resolution: [
      ...('grounds' in resolution && resolution.grounds
        ? resolution.grounds
        : []),
      ...('recipients' in resolution && resolution.recipients
        ? resolution.recipients.map((r) => r.name)
        : []),
    ],
  };
}
