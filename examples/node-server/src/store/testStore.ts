import { randomUUID } from 'node:crypto';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../testServer';
import {
  createMeetingStore,
  type MeetingStore,
  type MeetingStoreOptions,
  type StoredMeeting,
} from './meetingStore';
import { migrate } from './migrate';
import { createPgClient } from './pgClient';
import { createPgliteClient } from './pgliteClient';
import type { ScenarioMeeting } from './scenarioMeetings';
import type { SqlClient } from './sqlClient';

/** A database the store's tests run against. */
export interface StoreAdapter {
  name: 'PGlite' | 'PostgreSQL';
  /** Why the adapter is skipped here, if it is. */
  skip: string | undefined;
  /** A fresh, migrated database; closing it drops what the test made. */
  open: () => Promise<SqlClient>;
}

const DATABASE_URL = process.env.DATABASE_URL || undefined;

/**
 * PGlite always, and the PostgreSQL server at `DATABASE_URL` when it is
 * set. Without it the PostgreSQL case is skipped with a warning, unless
 * `CHIBO_REQUIRE_POSTGRES=1` (what `.ci/run` sets), where it fails.
 */
export const storeAdapters: StoreAdapter[] = [
  {
    name: 'PGlite',
    skip: undefined,
    open: async () => {
      const client = await createPgliteClient();
      await migrate(client);
      return client;
    },
  },
  {
    name: 'PostgreSQL',
    skip:
      DATABASE_URL || process.env.CHIBO_REQUIRE_POSTGRES === '1'
        ? undefined
        : 'DATABASE_URL is not set',
    open: async () => {
      if (!DATABASE_URL) {
        throw new Error(
          'CHIBO_REQUIRE_POSTGRES=1 but DATABASE_URL is not set: start PostgreSQL and set it',
        );
      }
      // A schema of its own, so that test files can run side by side.
      const schema = `chibo_test_${randomUUID().replaceAll('-', '')}`;
      const client = await createPgClient(DATABASE_URL, {
        schema,
        maxConnections: 4,
      });
      await migrate(client);
      return {
        ...client,
        close: async () => {
          await client.exec(`DROP SCHEMA ${schema} CASCADE`);
          await client.close();
        },
      };
    },
  },
];

for (const adapter of storeAdapters) {
  if (adapter.skip) {
    console.warn(
      `store tests on ${adapter.name} skipped: ${adapter.skip} (e.g. DATABASE_URL=postgres://chibo:chibo@127.0.0.1/chibo_test)`,
    );
  }
}

/**
 * A store on `client` that does not close it: the test file closes the
 * database once, after all its stores.
 *
 * @param client - the test file's database.
 * @param options - the store's options.
 * @returns the store.
 */
export function createTestStore(
  client: SqlClient,
  options?: MeetingStoreOptions,
): MeetingStore {
  const store = createMeetingStore(client, options);
  return { ...store, close: async () => {} };
}

/**
 * Create a meeting and append its events one by one, each at the version
 * before it.
 *
 * @param store - the store.
 * @param meeting - the input and the events.
 * @returns the meeting after its last event.
 */
export async function driveMeeting(
  store: MeetingStore,
  meeting: ScenarioMeeting,
): Promise<StoredMeeting> {
  let stored = await store.create(meeting.input);
  for (const event of meeting.events) {
    stored = await store.append(stored.meetingId, event, {
      expectedVersion: stored.version,
    });
  }
  return stored;
}

/** A test file's database and a server whose `/meetings` use it. */
export interface StoreServer {
  client: SqlClient;
  server: TestServer;
}

/**
 * Open `adapter`'s database and a test server on it before the file's tests
 * (one database per file: PGlite takes a second or more to start), and
 * close both after them.
 *
 * @param adapter - the database to run on.
 * @returns the database and the server, set once `beforeAll` has run.
 */
export function useStoreServer(adapter: StoreAdapter): StoreServer {
  const state = {} as StoreServer;
  beforeAll(async () => {
    state.client = await adapter.open();
    state.server = await startTestServer({
      workers: 0,
      store: createMeetingStore(state.client),
    });
  }, slowTestTimeout);
  afterAll(async () => {
    await state.server?.close();
    await state.client?.close();
  });
  return state;
}
