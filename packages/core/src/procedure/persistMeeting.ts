import { type Actor, createActor } from 'xstate';
import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { ChiboError, parseWith } from '../errors';
import { measureJson } from '../measureJson';
import { machineOption, snapshotOf } from './machineArguments';
import type { MeetingContext, MeetingInput } from './meetingContext';
import { MEETING_MACHINE_ID, type meetingMachine } from './meetingMachine';
import { guardMeetingActor } from './sendMeetingEvent';
import { verifyPersistedMeeting } from './verifyPersistedMeeting';

/**
 * The schema version `persistMeeting` writes; `restoreMeeting` reads it and
 * migrates older ones (0: an unstamped xstate persisted snapshot; 1: without
 * the initial record).
 *
 * @example
 * ```ts
 * persistMeeting(actor).schemaVersion; // 2
 * ```
 */
export const MEETING_SNAPSHOT_VERSION = 2;

/**
 * The states of `meetingMachine`, in procedure order, then the three
 * terminal ones.
 *
 * @example
 * ```ts
 * MEETING_STATES.includes(actor.getSnapshot().value); // true
 * ```
 */
export const MEETING_STATES = [
  'preparation',
  'opening',
  'proceedings',
  'decision',
  'rating',
  'closing',
  'closed',
  'published',
  'postponed',
  'cancelled',
] as const;

/** A meeting in progress, as plain JSON: store it anywhere, restore it later. */
export interface PersistedMeeting {
  machine: typeof MEETING_MACHINE_ID;
  schemaVersion: number;
  /** The state the meeting is in. */
  value: (typeof MEETING_STATES)[number];
  context: MeetingContext;
}

const PersistedMeetingSchema = z.strictObject({
  machine: z.literal(MEETING_MACHINE_ID),
  schemaVersion: z.literal(MEETING_SNAPSHOT_VERSION),
  value: z.enum(MEETING_STATES),
  // The record, the refusals and lastAt are not trusted as they are: the
  // replay of the log from the initial record rebuilds them, and they must
  // agree (see verifyPersistedMeeting).
  context: z.strictObject({
    record: z.record(z.string(), z.unknown()),
    events: z.array(z.looseObject({ type: z.string() })),
    rejected: z.array(z.record(z.string(), z.unknown())),
    lastAt: z.string().nullable(),
    initialRecord: z.record(z.string(), z.unknown()),
  }),
});

/** A snapshot as it is before migrating it. */
type Stored = Record<string, unknown>;

/**
 * Migrations from each older schema version to the next. Version 0 is what
 * xstate's own `actor.getPersistedSnapshot()` gives, with no stamp: hosts
 * that stored it before stamping existed can still restore it. Version 1
 * did not keep the initial record: the host passes it as `input`.
 */
const migrations: Record<
  number,
  (old: Stored, options: RestoreMeetingOptions) => Stored
> = {
  0: (old) => ({
    machine: MEETING_MACHINE_ID,
    schemaVersion: 1,
    value: old.value,
    context: old.context,
  }),
  1: (old, options) => {
    const context = (
      typeof old.context === 'object' && old.context !== null ? old.context : {}
    ) as Stored;
    const initialRecord = context.initialRecord ?? options.input;
    if (initialRecord === undefined) {
      const message = {
        vi: 'Bản lưu cuộc họp phiên bản 1 không giữ bản ghi ban đầu của cuộc họp nên không kiểm tra được; hãy truyền dữ liệu khởi tạo cuộc họp qua tùy chọn input.',
        en: 'A version-1 persisted meeting does not keep the record the meeting started from, so it cannot be checked; pass the meeting input as the `input` option.',
      };
      throw new ChiboError('invalid-snapshot', message, {
        issues: [
          {
            path: ['context', 'initialRecord'],
            code: 'missing-initial-record',
            message,
          },
        ],
      });
    }
    return {
      ...old,
      schemaVersion: 2,
      context: { ...context, initialRecord },
    };
  },
};

/**
 * The schema version a snapshot is stamped with. A stamp is required and must
 * be a whole number from 1: `null`, `'2'`, `1.5` or `true` are refused with
 * their own message, never read as 0. Only a snapshot with no stamp at all
 * that has xstate's own shape (`status` and `context`) is version 0.
 */
function versionOf(input: Stored): number {
  if (!Object.hasOwn(input, 'schemaVersion')) {
    if ('context' in input && 'status' in input) return 0;
    throw badVersion(
      {
        vi: 'Bản lưu cuộc họp thiếu trường schemaVersion (phiên bản lược đồ).',
        en: 'The persisted meeting has no schemaVersion.',
      },
      'missing-schema-version',
    );
  }
  const version = input.schemaVersion;
  if (
    typeof version === 'number' &&
    Number.isSafeInteger(version) &&
    version >= 1
  )
    return version;
  throw badVersion(
    {
      vi: `schemaVersion của bản lưu cuộc họp phải là số nguyên từ 1 trở lên, không phải ${describeVersion(version)}.`,
      en: `The persisted meeting's schemaVersion must be a whole number from 1, not ${describeVersion(version)}.`,
    },
    'invalid-schema-version',
  );
}

function describeVersion(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 20));
  if (typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}

function badVersion(
  message: { vi: string; en: string },
  code: string,
): ChiboError {
  return new ChiboError('invalid-input', message, {
    issues: [{ path: ['schemaVersion'], code, message }],
  });
}

/** How deep a persisted meeting may nest: far more than any real one does. */
const MAX_SNAPSHOT_DEPTH = 128;

/**
 * A meeting actor (or its snapshot) as plain JSON, stamped with the machine
 * id and the schema version. The machine spawns no children, so the state
 * and the context are all there is to keep.
 *
 * @param source - an actor of `meetingMachine`, or one of its snapshots.
 * @returns the JSON-safe persisted form.
 * @throws ChiboError `invalid-argument` when `source` is neither an actor
 *   nor a snapshot of `meetingMachine` (its state or its context is not one).
 * @example
 * ```ts
 * const saved = JSON.stringify(persistMeeting(actor));
 * // later, or on another server:
 * const actor2 = restoreMeeting(JSON.parse(saved)).start();
 * ```
 */
export function persistMeeting(
  source:
    | { getSnapshot(): { value: unknown; context: MeetingContext } }
    | { value: unknown; context: MeetingContext },
): PersistedMeeting {
  const { value, context } = snapshotOf(source);
  const persisted: PersistedMeeting = {
    machine: MEETING_MACHINE_ID,
    schemaVersion: MEETING_SNAPSHOT_VERSION,
    value: value as PersistedMeeting['value'],
    context,
  };
  // The shape restoreMeeting reads, so a wrong source is refused now, not
  // when the stored meeting is restored.
  checkArgument('source', PersistedMeetingSchema, persisted);
  return persisted;
}

/** The options of `restoreMeeting`. */
export interface RestoreMeetingOptions {
  /**
   * The machine to restore into, e.g. `meetingMachine.provide({...})`: the
   * one the meeting ran on, since the log is replayed through it.
   * @defaultValue meetingMachine
   */
  machine?: typeof meetingMachine | undefined;
  /**
   * The input the meeting started from. Only read for a snapshot of schema
   * version 0 or 1, which did not keep it.
   * @defaultValue undefined
   */
  input?: MeetingInput | undefined;
}

function parseText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ChiboError(
      'invalid-input',
      {
        vi: 'Dữ liệu cuộc họp đã lưu không phải JSON hợp lệ.',
        en: 'The persisted meeting is not valid JSON.',
      },
      { cause },
    );
  }
}

/** Refuse a value nested deeper than any snapshot, before anything recurses into it. */
function checkDepth(data: unknown): void {
  const screen = measureJson(data, {
    maxDepth: MAX_SNAPSHOT_DEPTH,
    maxSize: Number.POSITIVE_INFINITY,
  });
  if (screen.ok) return;
  const message = {
    vi: `Bản lưu cuộc họp lồng nhau sâu quá ${MAX_SNAPSHOT_DEPTH} cấp.`,
    en: `The persisted meeting is nested more than ${MAX_SNAPSHOT_DEPTH} levels deep.`,
  };
  throw new ChiboError('invalid-input', message, {
    issues: [{ path: screen.path, code: 'too-deep', message }],
  });
}

function migrate(data: unknown, options: RestoreMeetingOptions): unknown {
  if (typeof data !== 'object' || data === null) return data;
  let stored = data as Stored;
  let version = versionOf(stored);
  while (Object.hasOwn(migrations, version)) {
    stored = (migrations[version] as (typeof migrations)[number])(
      stored,
      options,
    );
    version = versionOf(stored);
  }
  if (version > MEETING_SNAPSHOT_VERSION) {
    throw new ChiboError(
      'invalid-input',
      {
        vi: `Bản lưu cuộc họp có phiên bản ${version}, mới hơn phiên bản ${MEETING_SNAPSHOT_VERSION} mà thư viện này đọc được; hãy nâng cấp @chibo/core.`,
        en: `The persisted meeting has schema version ${version}, newer than version ${MEETING_SNAPSHOT_VERSION} this library reads; upgrade @chibo/core.`,
      },
      {
        issues: [
          {
            path: ['schemaVersion'],
            code: 'custom',
            message: {
              vi: `Phiên bản ${version} chưa được hỗ trợ.`,
              en: `Version ${version} is not supported.`,
            },
          },
        ],
      },
    );
  }
  return stored;
}

/**
 * Check a persisted meeting (or its JSON text) before trusting it, migrate it
 * from an older schema version if needed, and create an actor that continues
 * it (not yet started). The snapshot must agree with its own event log:
 * replaying the log from the initial record (with `options.machine`) must
 * give the same state, record, refusals and `lastAt`, so a snapshot whose
 * state jumped ahead, whose log was emptied or whose `lastAt` was back-dated
 * is refused. The actor continues from the replay, never from values it
 * could not check.
 *
 * @param persisted - what `persistMeeting` returned, as an object or a JSON string.
 * @param options - the machine to restore into; the input, for a version-1 snapshot.
 * @returns the actor, to `start()`.
 * @throws ChiboError `invalid-input`: not a meeting snapshot, another
 *   machine, a newer schema version, a value nested too deep, or an initial
 *   record that does not validate; `invalid-snapshot`: the snapshot does not
 *   agree with its log (each issue says where), or a version-1 snapshot
 *   without `options.input`; `invalid-argument`: `options` is not
 *   `{ machine?, input? }`.
 * @example
 * ```ts
 * const actor = restoreMeeting(saved).start();
 * actor.send({ type: 'START_PROCEEDINGS', at: '2027-03-09T19:40:00+07:00' });
 * ```
 */
export function restoreMeeting(
  persisted: unknown,
  options: RestoreMeetingOptions = {},
): Actor<typeof meetingMachine> {
  const machine = machineOption(options);
  const data = typeof persisted === 'string' ? parseText(persisted) : persisted;
  checkDepth(data);
  const valid = parseWith(PersistedMeetingSchema, migrate(data, options), {
    vi: 'Bản lưu cuộc họp',
    en: 'persisted meeting',
  });
  const snapshot = verifyPersistedMeeting(valid, machine);
  // xstate's types ask for `input` even with a snapshot; it is not read then.
  return guardMeetingActor(
    createActor(machine, {
      snapshot,
      input: undefined as unknown as MeetingInput,
    }),
  );
}
