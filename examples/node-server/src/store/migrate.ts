import { readdir, readFile } from 'node:fs/promises';
import type { SqlClient } from './sqlClient';

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/**
 * Bring the store's tables, views and functions up to date: apply each
 * `migrations/NNN_name.sql` not yet recorded in `chibo_migrations`, in
 * name order, each in its own transaction. Plain SQL, the same on PGlite
 * and on a PostgreSQL server; an advisory lock keeps two servers that start
 * together from applying one twice.
 *
 * @param client - the database.
 * @returns the names of the migrations applied now.
 * @example
 * ```ts
 * await migrate(await createPgliteClient()); // ['001_meeting_store.sql']
 * ```
 */
export async function migrate(client: SqlClient): Promise<string[]> {
  const names = (await readdir(MIGRATIONS))
    .filter((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
  const applied: string[] = [];
  for (const name of names) {
    const script = await readFile(new URL(name, MIGRATIONS), 'utf8');
    const done = await client.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('chibo-migrate'))");
      await tx.exec(
        `CREATE TABLE IF NOT EXISTS chibo_migrations (
           name text PRIMARY KEY,
           applied_at timestamptz NOT NULL DEFAULT now()
         )`,
      );
      const seen = await tx.query(
        'SELECT 1 FROM chibo_migrations WHERE name = $1',
        [name],
      );
      if (seen.rows.length > 0) return false;
      await tx.exec(script);
      await tx.query('INSERT INTO chibo_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
