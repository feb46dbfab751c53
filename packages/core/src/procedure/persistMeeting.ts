import { type Actor, createActor } from 'xstate';
import { z } from 'zod';
import { MeetingRecord } from '../entities/meetingRecord';
import { DateTime } from '../entities/primitives';
import { ChiboError, parseWith } from '../errors';
import type { MeetingContext, MeetingInput } from './meetingContext';
import { MEETING_MACHINE_ID, meetingMachine } from './meetingMachine';

/**
 * The schema version `persistMeeting` writes; `restoreMeeting` reads it and
 * migrates older ones (0: an unstamped xstate persisted snapshot).
 *
 * @example
 * ```ts
 * persistMeeting(actor).schemaVersion; // 1
 * ```
 */
export const MEETING_SNAPSHOT_VERSION = 1;

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

const LocalizedText = z.object({ vi: z.string(), en: z.string() });

const PersistedMeetingSchema = z.object({
  machine: z.literal(MEETING_MACHINE_ID),
  schemaVersion: z.literal(MEETING_SNAPSHOT_VERSION),
  value: z.enum(MEETING_STATES),
  context: z.object({
    record: MeetingRecord,
    events: z.array(z.looseObject({ type: z.string() })),
    rejected: z.array(
      z.object({
        index: z.number().int().nonnegative(),
        type: z.string(),
        at: DateTime.nullable(),
        code: z.string(),
        reason: LocalizedText,
        rule: z.string().optional(),
        issues: z
          .array(
            z.object({
              path: z.array(z.union([z.string(), z.number()])),
              code: z.string(),
              message: LocalizedText,
              rule: z.string().optional(),
            }),
          )
          .optional(),
      }),
    ),
    lastAt: DateTime.nullable(),
  }),
});

/**
 * Migrations from each older schema version to the next. Version 0 is what
 * xstate's own `actor.getPersistedSnapshot()` gives, with no stamp: hosts
 * that stored it before stamping existed can still restore it.
 */
const migrations: Record<number, (old: Record<string, unknown>) => unknown> = {
  0: (old) => ({
    machine: MEETING_MACHINE_ID,
    schemaVersion: 1,
    value: old.value,
    context: old.context,
  }),
};

function versionOf(input: Record<string, unknown>): number {
  if ('schemaVersion' in input) return Number(input.schemaVersion);
  return 'context' in input && 'status' in input ? 0 : Number.NaN;
}

/**
 * A meeting actor (or its snapshot) as plain JSON, stamped with the machine
 * id and the schema version. The machine spawns no children, so the state
 * and the context are all there is to keep.
 *
 * @param source - an actor of `meetingMachine`, or one of its snapshots.
 * @returns the JSON-safe persisted form.
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
  const snapshot = 'getSnapshot' in source ? source.getSnapshot() : source;
  return {
    machine: MEETING_MACHINE_ID,
    schemaVersion: MEETING_SNAPSHOT_VERSION,
    value: snapshot.value as PersistedMeeting['value'],
    context: snapshot.context,
  };
}

/** The options of `restoreMeeting`. */
export interface RestoreMeetingOptions {
  /**
   * The machine to restore into, e.g. `meetingMachine.provide({...})`.
   * @defaultValue meetingMachine
   */
  machine?: typeof meetingMachine | undefined;
}

/**
 * Validate a persisted meeting (or its JSON text), migrate it from an older
 * schema version if needed, and create an actor that continues it (not yet
 * started). The record is validated in full with the core schemas.
 *
 * @param persisted - what `persistMeeting` returned, as an object or a JSON string.
 * @param options - the machine to restore into.
 * @returns the actor, to `start()`.
 * @throws ChiboError `invalid-input`: not a meeting snapshot, another machine,
 *   a newer schema version, or a record that does not validate.
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
  let data: unknown = persisted;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
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
  if (typeof data === 'object' && data !== null) {
    let version = versionOf(data as Record<string, unknown>);
    while (Object.hasOwn(migrations, version)) {
      data = migrations[version]?.(data as Record<string, unknown>);
      version = versionOf(data as Record<string, unknown>);
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
  }
  const valid = parseWith(PersistedMeetingSchema, data, {
    vi: 'Bản lưu cuộc họp',
    en: 'persisted meeting',
  });
  const machine = options.machine ?? meetingMachine;
  const snapshot = machine.resolveState({
    value: valid.value,
    context: valid.context as MeetingContext,
  });
  // xstate's types ask for `input` even with a snapshot; it is not read then.
  return createActor(machine, {
    snapshot,
    input: undefined as unknown as MeetingInput,
  });
}
