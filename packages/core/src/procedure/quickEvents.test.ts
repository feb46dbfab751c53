import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { marchInput } from '../testSupport/marchEvents';
import {
  formatVietNamDateTime,
  parseInstant,
  parseZonedDateTime,
} from '../time';
import { checkMeetingEvent } from './checkMeetingEvent';
import { createMeetingContext } from './meetingContext';
import {
  MEETING_EVENT_TYPES,
  type MeetingEventType,
  meetingEventSchemas,
} from './meetingEvents';
import {
  type Field,
  QUICK_PAYLOADS,
  quickAt,
  quickParseEvent,
} from './quickEvents';

// The fast path must accept only what zod accepts, with the same parsed value
// (and the same key order: type, payload, at, as the log keeps it). Random
// payloads are well-formed events with random damage at random places.

const AT = '2027-03-09T19:30:00+07:00';

/** Well-formed events of every type with a fast reader, optional fields too. */
const SEEDS: Array<Record<string, unknown>> = [
  {
    type: 'CONTENT_PREPARED',
    at: AT,
    draft: { id: 'nq-03', summary: 'Dự thảo' },
  },
  { type: 'CONTENT_PREPARED', at: AT },
  ...['COMMITTEE_MET', 'DRAFT_APPROVED', 'NOTICE_SENT', 'MATERIALS_POSTED']
    .concat(['FLAG_SALUTE', 'PURPOSE_STATED', 'START_PROCEEDINGS'])
    .concat(['CURRENT_AFFAIRS', 'IDEOLOGY_DISCUSSED', 'PRAISE_CRITICISM'])
    .concat(['THEME_PRESENTED', 'START_RATING', 'MINUTES_READ'])
    .concat(['MINUTES_APPROVED', 'CLOSE', 'PUBLISH'])
    .map((type) => ({ type, at: '2027-03-09T12:31:00.000Z' })),
  { type: 'OPEN', at: AT, chairId: 'm01' },
  {
    type: 'GUESTS_INTRODUCED',
    at: AT,
    guests: [
      {
        id: 'g01',
        name: 'Triệu Văn Long',
        title: 'Đảng ủy viên',
        role: 'supervisor',
      },
      { id: 'g02', name: 'Khách' },
    ],
  },
  { type: 'GUESTS_INTRODUCED', at: AT },
  {
    type: 'ROLL_CALL',
    at: AT,
    lines: [
      {
        memberId: 'm01',
        status: 'present',
        late: true,
        arrivedAt: '2027-03-09T19:40:00+07:00',
      },
      {
        memberId: 'm02',
        status: 'present',
        leftEarly: true,
        leftAt: '2027-03-09T14:00:00Z',
      },
      { memberId: 'm05', status: 'absent-excused', reason: 'Ốm' },
      { memberId: 'm06', status: 'absent-unexcused' },
    ],
  },
  { type: 'AGENDA_APPROVED', at: AT, agenda: [{ id: 'a1', title: 'Thời sự' }] },
  { type: 'AGENDA_APPROVED', at: AT },
  { type: 'RECORDER_APPOINTED', at: AT, memberId: 'm07' },
  {
    type: 'TASK_REVIEWED',
    at: AT,
    review: {
      taskId: 't1',
      status: 'partly-done',
      note: 'Còn 9 hộ',
      progress: { achieved: 52, target: 61, unit: 'hộ' },
      carriedOverTo: 't2',
    },
  },
  {
    type: 'TASK_ADDED',
    at: AT,
    task: {
      id: 't-03-1',
      description: 'Vận động',
      assignees: [
        { kind: 'member', memberId: 'm04' },
        { kind: 'cell-committee' },
        { kind: 'cell' },
      ],
      dueOn: '2027-03-31',
      status: 'open',
      progress: { achieved: 0, target: 10 },
      notes: '',
      continues: 't-02-1',
    },
  },
  {
    type: 'OPINION',
    at: AT,
    opinion: {
      id: 'op1',
      speakerId: 'm04',
      agendaItemId: 'a1',
      text: 'Đề nghị',
    },
  },
  {
    type: 'ITEM_PRESENTED',
    at: AT,
    agendaItemId: 'a1',
    presenterId: 'm01',
    durationMinutes: 12,
    summary: 'Cảnh báo nguy cơ cháy rừng trong mùa khô.',
  },
  { type: 'ITEM_PRESENTED', at: AT, agendaItemId: 'a1' },
  {
    type: 'ITEM_CONCLUDED',
    at: AT,
    agendaItemId: 'a1',
    conclusion: 'Đảng viên truyền đạt đến các hộ dân.',
    noOpinions: true,
  },
  { type: 'CONCLUDE', at: AT, conclusion: 'Thống nhất.' },
  {
    type: 'VOTE',
    at: AT,
    vote: {
      id: 'v1',
      subject: 'discipline',
      mode: 'secret-ballot',
      subjectMemberId: 'm09',
      candidateName: 'Không',
      for: 10,
      against: 1,
      abstain: 1,
      discipline: { reprimand: 6, warning: 4 },
      agendaItemId: 'a1',
      voterIds: ['m01', 'm02'],
    },
  },
  {
    type: 'RATING_APPROVED',
    at: AT,
    level: 'good',
    vote: { id: 'v2', for: 12, against: 0, voterIds: ['m01'] },
  },
  { type: 'RATING_CONFIRMED', at: AT, guestId: 'g01' },
  { type: 'POSTPONE', at: AT, reason: 'Bão' },
  { type: 'CANCEL', at: AT, reason: 'Bão' },
];

/** Values that sit on the edges of the schemas' checks. */
const tricky = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom(
      '',
      '  ',
      ' m01 ',
      'a'.repeat(200),
      ` ${'a'.repeat(200)} `,
      'a'.repeat(201),
      'Cafe\u0301', // not NFC
      '\u00a0x\u00a0',
      'present',
      'absent-excused',
      'absent-unexcused',
      'open',
      'done',
      'member',
      'cell',
      'supervisor',
      'show-of-hands',
      'secret-ballot',
      'discipline',
      'election',
      'good',
      '2027-03-31',
      '2027-02-29',
      '2028-02-29',
      '2027-3-1',
      '2027-03-09T19:30:00+07:00',
      '2027-03-09T19:30:00.000+07:00',
      '2027-03-09T19:30:00.120+07:00',
      '2027-03-09T12:30:00.5Z',
      '2027-03-09T19:30',
      '2027-02-30T10:00:00Z',
      '9999-12-31T23:00:00-05:00',
      '0000-01-01T00:00:00+07:00',
      'toString',
      '__proto__',
    ),
  },
  fc.constantFrom(0, -0, 1, -1, 1.5, 2 ** 53, 2 ** 53 - 1, Number.NaN, 1e300),
  fc.constantFrom(true, false, null, undefined, {}, []),
  fc.constant(new Date('2027-03-09T12:30:00Z')),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 50 }),
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31') })
    .map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toISOString())),
);

/** Every path to a value inside an event (objects and arrays). */
function pathsOf(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out: PropertyKey[][] = [prefix];
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      out.push(
        ...pathsOf((value as Record<string, unknown>)[key], [...prefix, key]),
      );
    }
  }
  return out;
}

type Damage =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'extra'; at: number; key: string; value: unknown };

const damage: fc.Arbitrary<Damage> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('set' as const),
      at: fc.nat(),
      value: tricky,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('extra' as const),
      at: fc.nat(),
      key: fc.constantFrom('extra', 'reason', 'late', 'memberId', 'subject'),
      value: tricky,
    }),
  },
);

function damaged(seed: Record<string, unknown>, hits: Damage[]): unknown {
  let event: unknown = structuredClone(seed);
  for (const hit of hits) {
    const paths = pathsOf(event);
    const path = paths[hit.at % paths.length] ?? [];
    if (path.length === 0) {
      if (hit.kind === 'set') event = structuredClone(hit.value);
      continue;
    }
    let parent = event as Record<PropertyKey, unknown>;
    for (const key of path.slice(0, -1)) {
      parent = parent[key] as Record<PropertyKey, unknown>;
    }
    const last = path[path.length - 1] as PropertyKey;
    if (hit.kind === 'set') parent[last] = structuredClone(hit.value);
    else if (hit.kind === 'delete') delete parent[last];
    else {
      const target = parent[last];
      if (typeof target === 'object' && target !== null) {
        (target as Record<string, unknown>)[hit.key] = structuredClone(
          hit.value,
        );
      }
    }
  }
  return event;
}

/** What zod makes of the event, with `at` last as the machine logs it. */
function viaZod(type: MeetingEventType, raw: unknown) {
  const schema = meetingEventSchemas[type] as z.ZodObject;
  const full = schema.safeParse(raw);
  if (!full.success) return undefined;
  const payload = schema
    .omit({ at: true })
    .extend({ at: z.unknown() })
    .parse(raw) as object;
  return { ...payload, at: (full.data as { at: unknown }).at };
}

/** How a field is filled when absent: required, left out, or a default. */
type Absent = 'required' | 'optional' | 'default';

/** The nesting of fields a schema (or a reader) reads, with how each may be absent. */
type Shape =
  | { object: Record<string, { absent: Absent; shape: Shape }> }
  | { array: Shape }
  | { union: Shape[] }
  | 'value';

interface ZodDef {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): ZodDef {
  return (schema as unknown as { _zod: { def: ZodDef } })._zod.def;
}

/** What a zod schema reads, unwrapping `optional` and `default`. */
function zodField(schema: z.ZodType): { absent: Absent; shape: Shape } {
  const def = defOf(schema);
  if (def.type === 'optional' || def.type === 'default') {
    const inner = zodField(def.innerType as z.ZodType);
    return { absent: def.type, shape: inner.shape };
  }
  return { absent: 'required', shape: zodShape(schema) };
}

function zodShape(schema: z.ZodType): Shape {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape) {
    const entries = Object.entries(def.shape).map(
      ([key, field]) => [key, zodField(field)] as const,
    );
    return { object: Object.fromEntries(entries) };
  }
  if (def.type === 'array')
    return { array: zodShape(def.element as z.ZodType) };
  if (def.type === 'union') {
    return { union: (def.options ?? []).map((o) => zodShape(o)) };
  }
  return 'value';
}

type ReaderMeta = {
  fields?: readonly Field[];
  item?: unknown;
  variants?: unknown[];
};

function readerFields(fields: readonly Field[]): Shape {
  const entries = fields.map(([key, read, absent]) => [
    key,
    {
      absent: (absent === undefined
        ? 'required'
        : absent === 'optional'
          ? 'optional'
          : 'default') as Absent,
      shape: readerShape(read),
    },
  ]);
  return { object: Object.fromEntries(entries) };
}

/** What a quick reader reads, from the fields it carries. */
function readerShape(read: unknown): Shape {
  const meta = read as ReaderMeta;
  if (meta.fields) return readerFields(meta.fields);
  if (meta.item) return { array: readerShape(meta.item) };
  if (meta.variants) return { union: meta.variants.map(readerShape) };
  return 'value';
}

describe('quickParseEvent', () => {
  it('reads every field of every schema, nested ones too, each as optional or defaulted as zod does', () => {
    for (const [type, fields] of Object.entries(QUICK_PAYLOADS)) {
      const schema = meetingEventSchemas[type as MeetingEventType];
      const { object } = zodShape(schema) as {
        object: Record<string, unknown>;
      };
      const { type: _type, at: _at, ...payload } = object;
      expect(readerFields(fields ?? []), type).toEqual({ object: payload });
    }
  });

  it('leaves an event with a key it does not know to zod, at any depth (a field added to a schema is never dropped)', () => {
    for (const seed of SEEDS) {
      const type = seed.type as MeetingEventType;
      for (const path of pathsOf(seed)) {
        const event = structuredClone(seed) as Record<PropertyKey, unknown>;
        let target: unknown = event;
        for (const key of path)
          target = (target as Record<PropertyKey, unknown>)[key];
        if (
          typeof target !== 'object' ||
          target === null ||
          Array.isArray(target)
        )
          continue;
        (target as Record<string, unknown>).addedLater = 'x';
        expect(
          quickParseEvent(type, event),
          `${type} ${path.join('.')}`,
        ).toBeUndefined();
      }
    }
  });

  it('reads every well-formed seed as zod does, keys in the same order', () => {
    for (const seed of SEEDS) {
      const type = seed.type as MeetingEventType;
      const quick = quickParseEvent(type, seed);
      expect(quick, type).toBeDefined();
      expect(JSON.stringify(quick)).toBe(JSON.stringify(viaZod(type, seed)));
    }
  });

  it('covers every event type but the rating proposal and dues', () => {
    const covered = new Set(SEEDS.map((s) => s.type));
    expect(MEETING_EVENT_TYPES.filter((t) => !covered.has(t))).toEqual([
      'DUES_COLLECTED',
      'RATING_PROPOSED',
    ]);
    expect(
      quickParseEvent('DUES_COLLECTED', {
        type: 'DUES_COLLECTED',
        at: AT,
        payments: [],
      }),
    ).toBeUndefined();
  });

  it('accepts only what zod accepts, with the same value (damaged events)', () => {
    let fast = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...SEEDS),
        fc.array(damage, { minLength: 1, maxLength: 2 }),
        (seed, hits) => {
          const type = seed.type as MeetingEventType;
          const raw = damaged(seed, hits);
          const quick = quickParseEvent(type, raw);
          if (quick === undefined) return; // zod judges it: nothing to compare
          fast++;
          const expected = viaZod(type, raw);
          expect(expected).toBeDefined();
          expect(quick).toStrictEqual(expected);
          expect(JSON.stringify(quick)).toBe(JSON.stringify(expected));
        },
      ),
      { numRuns: propertyRuns(20_000) },
    );
    // The damage is not always fatal: the fast path was really exercised.
    expect(fast).toBeGreaterThan(propertyRuns(20_000) / 10);
  });

  it('normalises `at` exactly as the DateTime schema does (R-TIME-1)', () => {
    const schema = meetingEventSchemas.CLOSE;
    fc.assert(
      fc.property(
        fc.oneof(
          tricky,
          fc
            .tuple(
              fc.date({
                min: new Date('0001-01-01'),
                max: new Date('9999-12-31'),
              }),
              fc.constantFrom('Z', '+07:00', '-05:30', '+14:00', '+00:00'),
              fc.boolean(),
            )
            .map(([d, zone, ms]) => {
              if (Number.isNaN(d.getTime())) return 'x';
              const iso = d.toISOString();
              return `${ms ? iso.slice(0, 23) : iso.slice(0, 19)}${zone}`;
            }),
        ),
        (at) => {
          const quick = quickAt(at);
          if (quick === undefined) return;
          const zod = schema.safeParse({ type: 'CLOSE', at });
          expect(zod.success).toBe(true);
          expect(quick).toBe(zod.data?.at);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads instants field by field exactly as Date.parse does', () => {
    const two = (max: number) =>
      fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    const instant = fc
      .tuple(
        fc
          .integer({ min: 0, max: 9999 })
          .map((n) => String(n).padStart(4, '0')),
        two(14),
        two(32),
        two(25),
        two(61),
        two(61),
        fc.constantFrom('', '.000', '.5', '.123', '.9999', '.x1'),
        fc.constantFrom(
          'Z',
          '+07:00',
          '-05:30',
          '+24:00',
          '+07:60',
          '+0700',
          'z',
          '',
        ),
        fc.constantFrom('-', '-', '-', '-', '/', ' '),
        fc.constantFrom('T', 'T', 'T', 'T', ' ', 't'),
      )
      .map(
        ([y, mo, d, h, mi, se, frac, zone, dash, t]) =>
          `${y}${dash}${mo}-${d}${t}${h}:${mi}:${se}${frac}${zone}`,
      );
    fc.assert(
      fc.property(fc.oneof(instant, fc.string({ maxLength: 30 })), (text) => {
        const quick = parseZonedDateTime(text);
        if (!Number.isNaN(quick)) expect(quick).toBe(Date.parse(text));
        expect(parseInstant(text)).toBe(Date.parse(text));
      }),
      { numRuns: 20_000 },
    );
    expect(parseZonedDateTime('2027-03-09T19:30:00+07:00')).toBe(
      Date.parse('2027-03-09T12:30:00Z'),
    );
    // Leap days (Date.parse itself rolls 29 February over to 1 March).
    for (const year of ['1900', '2000', '2024', '2027', '2100', '2400']) {
      const text = `${year}-02-29T10:00:00+07:00`;
      expect(parseInstant(text)).toBe(Date.parse(text));
    }
  });

  it('writes an instant in +07:00 as the shifted ISO string reads (R-TIME-1)', () => {
    const reference = (ms: number) => {
      const iso = new Date(ms + 7 * 3_600_000).toISOString();
      const fraction = iso.slice(19, 23);
      return `${iso.slice(0, 19)}${fraction === '.000' ? '' : fraction}+07:00`;
    };
    const min = Date.parse('0000-01-01T00:00:00+07:00');
    const max = Date.parse('9999-12-31T23:59:59.999+07:00');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min, max }),
          fc.integer({ min: -86_400_000, max: 86_400_000 }),
          fc.constantFrom(min, max, 0, -1, Date.parse('2028-02-29T23:59:59Z')),
        ),
        (ms) => {
          expect(formatVietNamDateTime(ms)).toBe(reference(ms));
        },
      ),
      { numRuns: 20_000 },
    );
    expect(formatVietNamDateTime(max + 1)).toBe('10000-01-01T00:00:00+07:00');
  });
});

/** A seed of every event type: SEEDS, the dues and the rating proposal. */
const EVERY_TYPE: Array<Record<string, unknown>> = [
  ...SEEDS,
  {
    type: 'DUES_COLLECTED',
    at: AT,
    payments: [{ memberId: 'm08', month: '2027-02', status: 'paid' }],
  },
  {
    type: 'RATING_PROPOSED',
    at: AT,
    rating: { schemeId: 'an-phu-hd42', proposedLevel: 'fair' },
  },
];

/** The value at `path` inside `value`. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node as Record<PropertyKey, unknown>)[key],
    value,
  );
}

/** A key misspelt the way people do: one letter too many. */
const misspelt = (key: string) => `${key}s`;

describe('unknown keys in event payloads are refused with the nearest known key (R-DOC-8, issue 13 §4)', () => {
  const context = createMeetingContext(marchInput());

  it('R-DOC-8: a misspelt key, at any depth of every event type, is refused (never dropped) with "did you mean" in vi and en', () => {
    expect(new Set(EVERY_TYPE.map((seed) => seed.type))).toEqual(
      new Set(MEETING_EVENT_TYPES),
    );
    let checked = 0;
    for (const seed of EVERY_TYPE) {
      const type = seed.type as MeetingEventType;
      for (const path of pathsOf(seed)) {
        const target = valueAt(seed, path);
        if (
          typeof target !== 'object' ||
          target === null ||
          Array.isArray(target)
        ) {
          continue;
        }
        for (const key of Object.keys(target)) {
          // Without `type` the value is no event at all; `kind` picks the
          // assignee's variant.
          if (path.length === 0 && key === 'type') continue;
          if (key === 'kind') continue;
          const event = structuredClone(seed);
          const object = valueAt(event, path) as Record<string, unknown>;
          object[misspelt(key)] = object[key];
          delete object[key];
          const where = `${type} ${[...path, key].join('.')}`;
          expect(quickParseEvent(type, event), where).toBeUndefined();
          const verdict = checkMeetingEvent(context, event);
          expect(verdict.ok, where).toBe(false);
          if (verdict.ok) continue;
          expect(verdict.code, where).toBe('invalid-event');
          const issue = verdict.issues?.find(
            (i) => i.code === 'unrecognized_keys',
          );
          expect(issue?.path.map(String), where).toEqual(path.map(String));
          expect(issue?.message.en, where).toContain(
            `Unknown key "${misspelt(key)}": did you mean "${key}"?`,
          );
          expect(issue?.message.vi, where).toContain(
            `Không có trường "${misspelt(key)}": có phải ý bạn là "${key}"?`,
          );
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('R-DOC-8: the issue 13 examples — `conclusions` for `conclusion`, `agains` for `against` — are refused with the key they meant', () => {
    const conclude = checkMeetingEvent(context, {
      type: 'CONCLUDE',
      at: AT,
      conclusions: 'Thống nhất.',
    });
    expect(conclude.ok).toBe(false);
    expect(conclude.ok ? [] : conclude.issues).toContainEqual(
      expect.objectContaining({
        path: [],
        code: 'unrecognized_keys',
        message: {
          vi: 'Không có trường "conclusions": có phải ý bạn là "conclusion"?',
          en: 'Unknown key "conclusions": did you mean "conclusion"?',
        },
      }),
    );
    const vote = checkMeetingEvent(context, {
      type: 'VOTE',
      at: AT,
      vote: {
        id: 'v1',
        subject: 'resolution',
        mode: 'show-of-hands',
        for: 12,
        against: 0,
        agains: 1,
      },
    });
    expect(vote.ok).toBe(false);
    expect(vote.ok ? [] : vote.issues).toContainEqual(
      expect.objectContaining({
        path: ['vote'],
        code: 'unrecognized_keys',
        message: expect.objectContaining({
          en: 'Unknown key "agains": did you mean "against"?',
        }),
      }),
    );
  });

  it('R-DOC-8: `meta` is accepted where the payload becomes an entity that keeps it (an opinion, a vote, the draft)', () => {
    const meta = { hostId: 'x-17' };
    for (const [type, path] of [
      ['OPINION', ['opinion']],
      ['VOTE', ['vote']],
      ['RATING_APPROVED', ['vote']],
      ['CONTENT_PREPARED', ['draft']],
    ] as const) {
      const seed = structuredClone(
        SEEDS.find((s) => s.type === type && valueAt(s, path)),
      ) as Record<string, unknown>;
      (valueAt(seed, path) as Record<string, unknown>).meta = meta;
      const parsed = meetingEventSchemas[type].safeParse(seed);
      expect(parsed.success, type).toBe(true);
      expect(valueAt(parsed.data, [...path, 'meta']), type).toEqual(meta);
    }
  });
});
