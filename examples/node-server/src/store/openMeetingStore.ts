import {
  createMeetingStore,
  type MeetingStore,
  type MeetingStoreOptions,
} from './meetingStore';
import { migrate } from './migrate';
import { createPgClient } from './pgClient';
import { createPgliteClient } from './pgliteClient';

/** The options of `openMeetingStore`. */
export interface OpenMeetingStoreOptions extends MeetingStoreOptions {
  /**
   * A PostgreSQL server to use, e.g. `postgres://chibo:secret@127.0.0.1/chibo`
   * (the server reads `DATABASE_URL`).
   * @defaultValue none: the embedded PGlite
   */
  databaseUrl?: string | undefined;
  /**
   * Where PGlite keeps its files; only without `databaseUrl`.
   * @defaultValue `memory://`: nothing is kept when the process ends
   */
  dataDir?: string | undefined;
  /**
   * With `databaseUrl`: a schema to work in, created when missing.
   * @defaultValue the database's `search_path`
   */
  schema?: string | undefined;
}

/**
 * Open the meeting store: PGlite embedded in the process by default (nothing
 * to install), or the PostgreSQL server at `databaseUrl`, with the same SQL.
 * The tables, views and functions are created or brought up to date first.
 *
 * @param options - where the database is, and the store's options.
 * @returns the store.
 * @example
 * ```ts
 * const store = await openMeetingStore({ databaseUrl: process.env.DATABASE_URL });
 * ```
 */
export async function openMeetingStore(
  options: OpenMeetingStoreOptions = {},
): Promise<MeetingStore> {
  const { databaseUrl, dataDir, schema, ...storeOptions } = options;
  const client = databaseUrl
    ? await createPgClient(databaseUrl, { schema })
    : await createPgliteClient(dataDir);
  try {
    await migrate(client);
  } catch (error) {
    await client.close();
    throw error;
  }
  return createMeetingStore(client, storeOptions);
}
