import type { Pool, PoolClient } from 'pg';
import type { SqlClient, SqlQueryable } from './sqlClient';

function queryable(db: Pool | PoolClient): SqlQueryable {
  return {
    // Without parameters, pg uses the simple protocol: several statements.
    exec: async (text) => {
      await db.query(text);
    },
    async query<TRow>(text: string, params: readonly unknown[] = []) {
      const result = await db.query(text, [...params]);
      return { rows: result.rows as TRow[], rowCount: result.rowCount ?? 0 };
    },
  };
}

/** The options of `createPgClient`. */
export interface PgClientOptions {
  /**
   * A schema to work in, created when missing and put first on every
   * connection's `search_path`: lets several stores (or test files) share
   * one database.
   * @defaultValue the database's own `search_path` (`public`)
   */
  schema?: string | undefined;
  /**
   * The most connections the pool opens.
   * @defaultValue 10
   */
  maxConnections?: number | undefined;
}

/**
 * A PostgreSQL server through a `pg` pool: the same SQL as the embedded
 * PGlite, for a host that outgrows one process.
 *
 * @param connectionString - e.g. `postgres://chibo:secret@127.0.0.1/chibo`
 *   (`DATABASE_URL`).
 * @param options - the schema and the pool size.
 * @returns the client; the pool connects on first use.
 * @example
 * ```ts
 * const client = await createPgClient(process.env.DATABASE_URL ?? '');
 * ```
 */
export async function createPgClient(
  connectionString: string,
  options: PgClientOptions = {},
): Promise<SqlClient> {
  const { default: pg } = await import('pg');
  const { schema } = options;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`not a plain schema name: ${schema}`);
  }
  if (schema !== undefined) {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  return {
    kind: 'postgres',
    ...queryable(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(queryable(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
