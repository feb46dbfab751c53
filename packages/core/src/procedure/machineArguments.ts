import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import type { MeetingContext } from './meetingContext';
import { meetingMachine } from './meetingMachine';

// The checks of the machine entry's own arguments (issue 13 §4): an actor, a
// snapshot or an options object of the wrong kind is a ChiboError
// (`invalid-argument`) naming it, never a TypeError.

/**
 * The error of an argument of the wrong kind: one issue at its path.
 *
 * @param path - the argument's name, then where inside it.
 * @param message - what was expected, in Vietnamese and English.
 * @returns the `ChiboError` (`invalid-argument`).
 */
export function invalidArgument(
  path: PropertyKey[],
  message: LocalizedText,
): ChiboError {
  return new ChiboError('invalid-argument', message, {
    issues: [{ path, code: 'invalid_type', message }],
  });
}

/** The options of `createMeetingActor`, `replayMeeting` and `restoreMeeting`. */
const MachineOptions = z
  .looseObject({
    /** `meetingMachine`, or one made with `meetingMachine.provide(...)`. */
    machine: z
      .custom<typeof meetingMachine>(
        (value) =>
          typeof (value as { provide?: unknown } | null)?.provide ===
          'function',
      )
      .optional(),
    actorOptions: z.looseObject({}).optional(),
  })
  .optional();

/**
 * The machine an options object names: `meetingMachine` when `options` or
 * its `machine` is `undefined`.
 *
 * @param options - the options of `createMeetingActor`, `replayMeeting` or
 *   `restoreMeeting`, as passed.
 * @returns the machine.
 * @throws ChiboError `invalid-argument` when `options` is not an object, its
 *   `machine` not a machine or its `actorOptions` not an object.
 */
export function machineOption(options: unknown): typeof meetingMachine {
  return (
    checkArgument('options', MachineOptions, options)?.machine ?? meetingMachine
  );
}

/** A snapshot of `meetingMachine`, as far as the machine entry reads it. */
const Snapshot = z.looseObject({ context: z.looseObject({}) });

/**
 * The snapshot a function of the machine entry was given: the snapshot
 * itself, or an actor's current one.
 *
 * @param source - an actor or a snapshot of `meetingMachine`, as passed.
 * @returns the snapshot (an object with a `context` object).
 * @throws ChiboError `invalid-argument` (path `['source', …]`) for anything else.
 */
export function snapshotOf(source: unknown): {
  value: unknown;
  context: MeetingContext;
} {
  const getSnapshot = (source as { getSnapshot?: unknown } | null)?.getSnapshot;
  const snapshot =
    typeof getSnapshot === 'function' ? getSnapshot.call(source) : source;
  checkArgument('source', Snapshot, snapshot);
  return snapshot;
}
