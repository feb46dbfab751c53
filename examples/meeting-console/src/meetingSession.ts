import { ChiboError } from '@chibo/core';
import { createMeetingActor, type MeetingEvent } from '@chibo/core/machine';
import { persistMeeting, restoreMeeting } from '@chibo/core/persist';
import { getNextTime, plannedMeeting } from './scenarioSteps';

/** The meeting actor the console drives. */
export type MeetingActor = ReturnType<typeof createMeetingActor>;
/** What the console renders: the actor's current snapshot. */
export type MeetingSnapshot = ReturnType<MeetingActor['getSnapshot']>;

/** Where the persisted snapshot is kept: `localStorage` in the page. */
export type SnapshotStorage = Pick<
  Storage,
  'getItem' | 'setItem' | 'removeItem'
>;

/** The options of `createMeetingSession`. */
export interface MeetingSessionOptions {
  /** Where the snapshot is kept between page loads. */
  storage: SnapshotStorage;
  /**
   * The storage key.
   * @defaultValue `'chibo.meeting-console.sh-2027-03'`
   */
  key?: string | undefined;
}

/** The meeting under way in the page, saved after every event. */
export interface MeetingSession {
  /** The current snapshot. */
  getSnapshot(): MeetingSnapshot;
  /**
   * Send events to the machine, each at the later of its own time and the
   * last accepted step's, then save the snapshot.
   */
  send(...events: Array<MeetingEvent & { at: string }>): void;
  /** Forget the saved meeting and start again from the plan. */
  restart(): void;
  /** Register what to do after every change. */
  subscribe(listener: () => void): void;
  /** Whether the meeting was restored from storage when the page loaded. */
  readonly restored: boolean;
  /** Why a stored snapshot could not be restored, if it could not. */
  readonly restoreError: string | null;
}

const DEFAULT_KEY = 'chibo.meeting-console.sh-2027-03';

/**
 * The meeting of the page: restored from storage when a snapshot is there
 * (`restoreMeeting` validates it), else created from the plan; every event
 * is followed by `persistMeeting`, so a reload goes on where it was.
 * @param options - the storage and its key.
 * @returns the session.
 * @example
 * ```ts
 * const session = createMeetingSession({ storage: localStorage });
 * session.send({ type: 'OPEN', at: '2027-03-09T19:30:00+07:00' });
 * ```
 */
export function createMeetingSession(
  options: MeetingSessionOptions,
): MeetingSession {
  const { storage, key = DEFAULT_KEY } = options;
  const listeners: Array<() => void> = [];
  let restored = false;
  let restoreError: string | null = null;

  const saved = storage.getItem(key);
  let actor: MeetingActor;
  if (saved === null) {
    actor = createMeetingActor(plannedMeeting).start();
  } else {
    try {
      actor = restoreMeeting(saved).start();
      restored = true;
    } catch (error) {
      restoreError =
        error instanceof ChiboError ? error.format('vi') : String(error);
      storage.removeItem(key);
      actor = createMeetingActor(plannedMeeting).start();
    }
  }

  const changed = () => {
    for (const listener of listeners) listener();
  };

  return {
    getSnapshot: () => actor.getSnapshot(),
    send(...events) {
      for (const event of events) {
        const { lastAt } = actor.getSnapshot().context;
        actor.send({ ...event, at: getNextTime(event.at, lastAt) });
      }
      storage.setItem(key, JSON.stringify(persistMeeting(actor)));
      changed();
    },
    restart() {
      actor.stop();
      storage.removeItem(key);
      actor = createMeetingActor(plannedMeeting).start();
      restored = false;
      restoreError = null;
      changed();
    },
    subscribe(listener) {
      listeners.push(listener);
    },
    get restored() {
      return restored;
    },
    get restoreError() {
      return restoreError;
    },
  };
}
