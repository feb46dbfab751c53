import { isDeepStrictEqual } from 'node:util';
import { ChiboError } from '@chibo/core';
import {
  createMeetingActor,
  type LoggedEvent,
  type MeetingInput,
  type meetingMachine,
  safeSendMeetingEvent,
} from '@chibo/core/machine';
import {
  type PersistedMeeting,
  persistMeeting,
  replayMeeting,
  restoreMeeting,
} from '@chibo/core/persist';
import { getProjection } from './getProjection';
import { getSqlState, type SqlClient, type SqlQueryable } from './sqlClient';
import { meetingNotFound, StoreError, versionConflict } from './storeError';

type MeetingActor = ReturnType<typeof createMeetingActor>;

/** A meeting as the store holds it at one version. */
export interface StoredMeeting {
  meetingId: string;
  /** How many events the log holds: 0 for a meeting just created. */
  version: number;
  /** The machine's state, e.g. `opening`. */
  state: PersistedMeeting['value'];
  /** `persistMeeting`'s JSON: the record, the log and the initial record. */
  snapshot: PersistedMeeting;
}

/** The options of `MeetingStore.append`. */
export interface AppendOptions {
  /**
   * The version the writer last saw: the event is appended only if the
   * meeting is still there, else `version-conflict`. Without it the event
   * is applied to whatever the meeting is at.
   * @defaultValue undefined
   */
  expectedVersion?: number | undefined;
}

/** The options of `createMeetingStore`. */
export interface MeetingStoreOptions {
  /**
   * The machine every meeting runs on, e.g. `meetingMachine.provide({...})`:
   * a meeting must be restored with the machine it ran on.
   * @defaultValue meetingMachine
   */
  machine?: typeof meetingMachine | undefined;
  /**
   * Called when a stored snapshot disagrees with the log and the meeting is
   * rebuilt by replay instead.
   * @defaultValue does nothing
   */
  onSnapshotRejected?:
    | ((meetingId: string, version: number, reason: unknown) => void)
    | undefined;
  /**
   * Write the snapshot every this many events (and whenever the meeting
   * reaches `closed` or a terminal state); between them only the log and
   * the projection are written.
   * @defaultValue 10
   */
  snapshotEvery?: number | undefined;
  /**
   * How many meetings' live actors to keep in memory between requests.
   * @defaultValue 1,000
   */
  cacheSize?: number | undefined;
}

/** Meetings kept in PostgreSQL as an event log: see `createMeetingStore`. */
export interface MeetingStore {
  /** The database, for queries. */
  readonly client: SqlClient;
  /**
   * Store a new meeting from its input (status `planned`), at version 0.
   *
   * @param input - the cell, members, meeting and previous resolution.
   * @returns the stored meeting.
   * @throws ChiboError `invalid-input`; StoreError `meeting-exists`.
   */
  create(input: MeetingInput): Promise<StoredMeeting>;
  /**
   * The meeting at its last version.
   *
   * @param meetingId - the meeting's id.
   * @returns the stored meeting.
   * @throws StoreError `meeting-not-found`.
   */
  get(meetingId: string): Promise<StoredMeeting>;
  /**
   * Apply one event with the machine's guards and append it to the log.
   *
   * @param meetingId - the meeting's id.
   * @param event - any value; the machine screens it.
   * @param options - the expected version.
   * @returns the meeting at its new version.
   * @throws ChiboError `invalid-event` or `event-rejected` when the machine
   *   refuses the event (nothing is written); StoreError `version-conflict`,
   *   `meeting-not-found`, `unstorable-value`.
   */
  append(
    meetingId: string,
    event: unknown,
    options?: AppendOptions,
  ): Promise<StoredMeeting>;
  /** Close the database. */
  close(): Promise<void>;
}

/** One meeting in memory: its live actor at a version of the log. */
interface Loaded {
  version: number;
  actor: MeetingActor;
}

/** States whose snapshot is always written: where meetings are read most. */
const SNAPSHOT_STATES: ReadonlySet<string> = new Set([
  'closed',
  'published',
  'postponed',
  'cancelled',
]);

const APPEND = `
  WITH bumped AS (
    UPDATE meetings SET version = $2
    WHERE meeting_id = $1 AND version = $2 - 1
    RETURNING meeting_id
  )
  INSERT INTO meeting_events (meeting_id, version, type, event, at)
  SELECT meeting_id, $2, $3, $4, $5 FROM bumped`;

const PROJECT = `
  INSERT INTO meeting_projection (meeting_id, version, state, cell_id,
    cell_name, committee_id, committee_name, kind, status, scheduled_at, year,
    month, rating_level, rating_total, record)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
  ON CONFLICT (meeting_id) DO UPDATE SET version = EXCLUDED.version,
    state = EXCLUDED.state, status = EXCLUDED.status,
    scheduled_at = EXCLUDED.scheduled_at, year = EXCLUDED.year,
    month = EXCLUDED.month, rating_level = EXCLUDED.rating_level,
    rating_total = EXCLUDED.rating_total, record = EXCLUDED.record`;

/**
 * Meetings kept in PostgreSQL (PGlite or a server, through `client`) as an
 * event log with optimistic concurrency. Each event is applied by the
 * meeting machine with all its guards; only an accepted event is appended,
 * at the next version, in one transaction with the meeting's snapshot and
 * its projection for the committee queries. Two writers at one version:
 * one wins, the other gets `version-conflict` with the current version, and
 * nothing is lost. Snapshots are a cache, written every `snapshotEvery`
 * events and at the close: loading checks the latest against the log (its
 * events must be the log's first ones, and `restoreMeeting` replays them)
 * and replays the log when they disagree or when events follow it.
 * Live actors are kept in memory between requests and used only while the
 * log has not moved on.
 *
 * @param client - the database, already migrated (see `openMeetingStore`).
 * @param options - the machine, a hook for rejected snapshots, the cache size.
 * @returns the store; closing it closes `client`.
 * @example
 * ```ts
 * const store = createMeetingStore(client);
 * await store.create(input);
 * await store.append('sh-2027-03', { type: 'COMMITTEE_MET', at: '2027-03-05T19:30:00+07:00' }, { expectedVersion: 0 });
 * ```
 */
export function createMeetingStore(
  client: SqlClient,
  options: MeetingStoreOptions = {},
): MeetingStore {
  const {
    machine,
    onSnapshotRejected = () => {},
    cacheSize = 1000,
    snapshotEvery = 10,
  } = options;
  const loaded = new Map<string, Loaded>();
  const queues = new Map<string, Promise<unknown>>();

  /** Run one meeting's work after the previous, so its actor is never shared. */
  function serially<T>(meetingId: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(meetingId) ?? Promise.resolve();
    const run = previous.then(work, work);
    const tail = run.then(
      () => {},
      () => {},
    );
    queues.set(meetingId, tail);
    tail.then(() => {
      if (queues.get(meetingId) === tail) queues.delete(meetingId);
    });
    return run;
  }

  function remember(meetingId: string, entry: Loaded) {
    loaded.delete(meetingId);
    loaded.set(meetingId, entry);
    if (loaded.size > cacheSize) {
      const oldest = loaded.keys().next().value;
      if (oldest !== undefined) loaded.delete(oldest);
    }
  }

  function stored(meetingId: string, entry: Loaded): StoredMeeting {
    const snapshot = persistMeeting(entry.actor);
    return {
      meetingId,
      version: entry.version,
      state: snapshot.value,
      snapshot,
    };
  }

  /** The meeting at the version the database holds now. */
  async function load(meetingId: string): Promise<Loaded> {
    const head = await client.query<{ version: number }>(
      'SELECT version FROM meetings WHERE meeting_id = $1',
      [meetingId],
    );
    const version = head.rows[0]?.version;
    if (version === undefined) throw meetingNotFound(meetingId);
    const cached = loaded.get(meetingId);
    if (cached?.version === version) return cached;
    const entry = await loadFromLog(meetingId, version);
    remember(meetingId, entry);
    return entry;
  }

  /** Rebuild a meeting from the log up to `version`, using the snapshot if it agrees. */
  async function loadFromLog(
    meetingId: string,
    version: number,
  ): Promise<Loaded> {
    // The log is append-only: rows up to `version` are one consistent cut.
    const [meeting, events, snapshots] = await Promise.all([
      client.query<{ initial_record: MeetingInput }>(
        'SELECT initial_record FROM meetings WHERE meeting_id = $1',
        [meetingId],
      ),
      client.query<{ event: LoggedEvent }>(
        'SELECT event FROM meeting_events WHERE meeting_id = $1 AND version <= $2 ORDER BY version',
        [meetingId, version],
      ),
      client.query<{ version: number; snapshot: unknown }>(
        'SELECT version, snapshot FROM meeting_snapshots WHERE meeting_id = $1 AND version <= $2 ORDER BY version DESC LIMIT 1',
        [meetingId, version],
      ),
    ]);
    const initialRecord = meeting.rows[0]?.initial_record;
    if (initialRecord === undefined) throw meetingNotFound(meetingId);
    const log = events.rows.map((row) => row.event);
    if (log.length !== version) throw logMismatch(meetingId, version);
    const cached = snapshots.rows[0];
    if (cached) {
      try {
        const actor = fromSnapshot(
          cached.snapshot,
          initialRecord,
          log.slice(0, cached.version),
        );
        if (cached.version === version) return { version, actor };
        actor.stop();
      } catch (reason) {
        if (!(reason instanceof ChiboError)) throw reason;
        onSnapshotRejected(meetingId, cached.version, reason);
      }
    }
    // No snapshot at the head: the events after it are replayed silently
    // (the host's notify ran when they were first accepted).
    return { version, actor: fromLog(meetingId, initialRecord, log) };
  }

  /** The snapshot's actor, if it agrees with the log and with itself. */
  function fromSnapshot(
    snapshot: unknown,
    initialRecord: MeetingInput,
    log: LoggedEvent[],
  ): MeetingActor {
    const context = (snapshot as { context?: Record<string, unknown> })
      ?.context;
    if (
      !isDeepStrictEqual(context?.initialRecord, initialRecord) ||
      !isDeepStrictEqual(context?.events, log)
    ) {
      const message = {
        vi: 'Bản lưu cuộc họp khác với nhật ký sự kiện trong cơ sở dữ liệu.',
        en: "The snapshot differs from the database's event log.",
      };
      throw new ChiboError('invalid-snapshot', message, {
        issues: [
          { path: ['context', 'events'], code: 'log-mismatch', message },
        ],
      });
    }
    // Replays its own log through the machine: a snapshot cannot lie.
    return restoreMeeting(snapshot, { machine }).start();
  }

  /** Replay the log from the initial record (restore by replay). */
  function fromLog(
    meetingId: string,
    initialRecord: MeetingInput,
    log: LoggedEvent[],
  ): MeetingActor {
    const { value, context } = replayMeeting(initialRecord, log, { machine });
    if (context.rejected.length > 0) {
      throw logMismatch(meetingId, log.length, context.rejected[0]);
    }
    return restoreMeeting(persistMeeting({ value, context }), {
      machine,
    }).start();
  }

  async function write(
    tx: SqlQueryable,
    meetingId: string,
    entry: Loaded,
  ): Promise<StoredMeeting> {
    const result = stored(meetingId, entry);
    const { snapshot, version, state } = result;
    if (version % snapshotEvery === 0 || SNAPSHOT_STATES.has(state)) {
      await tx.query(
        'DELETE FROM meeting_snapshots WHERE meeting_id = $1 AND version < $2',
        [meetingId, version],
      );
      await tx.query(
        'INSERT INTO meeting_snapshots (meeting_id, version, state, snapshot) VALUES ($1, $2, $3, $4)',
        [meetingId, version, state, JSON.stringify(snapshot)],
      );
    }
    const row = getProjection(snapshot.context.record);
    await tx.query(PROJECT, [
      meetingId,
      version,
      state,
      row.cellId,
      row.cellName,
      row.committeeId,
      row.committeeName,
      row.kind,
      row.status,
      row.scheduledAt,
      row.year,
      row.month,
      row.ratingLevel,
      row.ratingTotal,
      JSON.stringify(snapshot.context.record),
    ]);
    return result;
  }

  async function create(input: MeetingInput): Promise<StoredMeeting> {
    const actor = createMeetingActor(input, { machine }).start();
    const { context } = actor.getSnapshot();
    const meetingId = context.record.meeting.id;
    return serially(meetingId, async () => {
      const entry = { version: 0, actor };
      const result = await storable(meetingId, () =>
        client.transaction(async (tx) => {
          const inserted = await tx.query(
            'INSERT INTO meetings (meeting_id, initial_record) VALUES ($1, $2) ON CONFLICT (meeting_id) DO NOTHING',
            [meetingId, JSON.stringify(context.initialRecord)],
          );
          if (inserted.rowCount !== 1) throw meetingExists(meetingId);
          return write(tx, meetingId, entry);
        }),
      );
      remember(meetingId, entry);
      return result;
    });
  }

  async function append(
    meetingId: string,
    event: unknown,
    { expectedVersion }: AppendOptions = {},
  ): Promise<StoredMeeting> {
    return serially(meetingId, async () => {
      const current = await load(meetingId);
      if (
        expectedVersion !== undefined &&
        expectedVersion !== current.version
      ) {
        throw versionConflict(meetingId, expectedVersion, current.version);
      }
      const sent = safeSendMeetingEvent(current.actor, event);
      if (!sent.success) {
        // The actor logged the refusal, which the store does not keep.
        loaded.delete(meetingId);
        throw sent.error;
      }
      const { events } = sent.data.context;
      const logged = events[events.length - 1] as LoggedEvent;
      const entry = { version: current.version + 1, actor: current.actor };
      try {
        const result = await storable(meetingId, () =>
          client.transaction(async (tx) => {
            const appended = await tx.query(APPEND, [
              meetingId,
              entry.version,
              logged.type,
              JSON.stringify(logged),
              logged.at,
            ]);
            if (appended.rowCount !== 1) {
              const now = await tx.query<{ version: number }>(
                'SELECT version FROM meetings WHERE meeting_id = $1',
                [meetingId],
              );
              throw versionConflict(
                meetingId,
                current.version,
                now.rows[0]?.version ?? current.version,
              );
            }
            return write(tx, meetingId, entry);
          }),
        );
        remember(meetingId, entry);
        return result;
      } catch (error) {
        // The actor is ahead of the log: rebuild it next time.
        loaded.delete(meetingId);
        throw error;
      }
    });
  }

  return {
    client,
    create,
    get: (meetingId) =>
      serially(meetingId, async () => stored(meetingId, await load(meetingId))),
    append,
    close: () => client.close(),
  };
}

/** Run a write, turning a value PostgreSQL cannot keep into a typed error. */
async function storable<T>(meetingId: string, write: () => Promise<T>) {
  try {
    return await write();
  } catch (error) {
    // 22P05: a NUL character (\u0000), which jsonb cannot hold.
    if (getSqlState(error) !== '22P05') throw error;
    throw new StoreError(
      'unstorable-value',
      {
        vi: 'PostgreSQL không lưu được một giá trị của sự kiện (ký tự NUL \\u0000); sự kiện không được ghi.',
        en: 'PostgreSQL cannot keep a value of the event (a NUL character, \\u0000); the event was not written.',
      },
      meetingId,
      { cause: error },
    );
  }
}

function meetingExists(meetingId: string): StoreError {
  return new StoreError(
    'meeting-exists',
    {
      vi: `Đã có cuộc họp "${meetingId}" trong kho lưu trữ.`,
      en: `Meeting "${meetingId}" is already in the store.`,
    },
    meetingId,
    { currentVersion: undefined },
  );
}

function logMismatch(
  meetingId: string,
  version: number,
  cause?: unknown,
): StoreError {
  return new StoreError(
    'log-mismatch',
    {
      vi: `Nhật ký sự kiện của cuộc họp "${meetingId}" (phiên bản ${version}) không dựng lại được bằng máy trạng thái hiện tại.`,
      en: `The event log of meeting "${meetingId}" (version ${version}) cannot be replayed by the current machine.`,
    },
    meetingId,
    { currentVersion: version, cause },
  );
}
