/** The rows a statement returned and how many rows it changed. */
export interface SqlResult<TRow> {
  rows: TRow[];
  /** Rows inserted, updated or deleted (0 for a `SELECT`). */
  rowCount: number;
}

/** Something that runs statements: a client, or one of its transactions. */
export interface SqlQueryable {
  /**
   * Run one statement with `$1`, `$2`… parameters.
   *
   * @param text - the SQL.
   * @param params - the parameters; objects go in as JSON text.
   * @returns the rows and the count of changed rows.
   */
  query<TRow = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<SqlResult<TRow>>;
  /**
   * Run a script of several statements without parameters (a migration).
   *
   * @param text - the SQL script.
   */
  exec(text: string): Promise<void>;
}

/**
 * The little the store needs of a PostgreSQL connection, so that PGlite
 * (in-process, the default) and a PostgreSQL server (`DATABASE_URL`, through
 * `pg`) run the same SQL and the same code.
 */
export interface SqlClient extends SqlQueryable {
  /** `pglite` or `postgres`: for messages and reports only. */
  readonly kind: 'pglite' | 'postgres';
  /**
   * Run `work` in one transaction on one connection: committed when it
   * resolves, rolled back when it throws (and the error is rethrown).
   *
   * @param work - the statements to run.
   * @returns what `work` returned.
   */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** Close the database or the pool. */
  close(): Promise<void>;
}

/**
 * The SQLSTATE of a database error (`23505` for a unique violation…), or
 * `undefined` for any other value. PGlite and `pg` both put it in `code`.
 *
 * @param error - what was thrown.
 * @returns the five-character code.
 */
export function getSqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
    ? code
    : undefined;
}
