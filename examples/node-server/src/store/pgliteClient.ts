import type { PGlite } from '@electric-sql/pglite';
import type { SqlClient, SqlQueryable } from './sqlClient';

function queryable(db: Pick<PGlite, 'query' | 'exec'>): SqlQueryable {
  return {
    exec: async (text) => {
      await db.exec(text);
    },
    async query<TRow>(text: string, params: readonly unknown[] = []) {
      const result = await db.query<TRow>(text, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    },
  };
}

/**
 * An embedded PostgreSQL (PGlite, compiled to WebAssembly): nothing to
 * install, so the server's first command works on a bare machine. One
 * instance serves one process; its transactions run one at a time.
 *
 * @param dataDir - a directory to keep the database in, or `memory://`
 *   (the default) for one that lives as long as the process.
 * @returns the client, once the database has started.
 * @example
 * ```ts
 * const client = await createPgliteClient('./data/chibo');
 * ```
 */
export async function createPgliteClient(
  dataDir = 'memory://',
): Promise<SqlClient> {
  // Loaded on first use: the document routes never pay for it.
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...queryable(db),
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
