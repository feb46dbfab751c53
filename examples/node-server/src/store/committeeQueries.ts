import type { SqlQueryable } from './sqlClient';

/** A meeting of a cell's year (`chibo_cell_meetings`). */
export interface CellMeetingRow {
  meeting_id: string;
  kind: string;
  /** ISO 8601 in `+07:00`, as the record holds it. */
  scheduled_at: string;
  state: string;
  status: string;
  version: number;
  present: number;
  opinions: number;
  rating_level: string | null;
  rating_total: string | null;
}

/** An open task carried over (`chibo_carried_over_tasks`, R-TASK-1). */
export interface CarriedOverTaskRow {
  task_id: string;
  meeting_id: string;
  description: string;
  due_on: string;
  assignees: unknown[];
  /** The task it continues. */
  continues: string;
  /** The task first assigned, at the start of the chain. */
  first_task_id: string;
  /** How many times it has been carried over. */
  times_carried: number;
}

/** A member flagged under R-ATT-3 (`chibo_removal_flags`). */
export interface RemovalFlagRow {
  member_id: string;
  name: string;
  /** Months (`YYYY-MM`) with a meeting missed without reason. */
  absence_months: string[];
  /** Months whose dues were recorded unpaid without a valid reason. */
  unpaid_dues_months: string[];
  /** The larger of the two counts. */
  months: number;
  status: 'warning' | 'removal-candidate';
}

/** One level of a rating distribution (`chibo_rating_distribution`). */
export interface RatingShareRow {
  level: 'good' | 'fair' | 'average' | 'poor';
  meetings: number;
  /** Percent with two decimals, as text (`'66.67'`); the shares add up to 100.00. */
  share: string;
}

/**
 * The year's meetings of a cell, in date order, with their state, version,
 * attendance, opinions and rating.
 *
 * @param db - the store's client.
 * @param cellId - the cell.
 * @param year - the civil year in Viet Nam.
 * @returns the meetings.
 * @example
 * ```ts
 * await getCellMeetings(store.client, 'trang-nung', 2027);
 * ```
 */
export async function getCellMeetings(
  db: SqlQueryable,
  cellId: string,
  year: number,
): Promise<CellMeetingRow[]> {
  const { rows } = await db.query<CellMeetingRow>(
    'SELECT * FROM chibo_cell_meetings($1, $2)',
    [cellId, year],
  );
  return rows;
}

/**
 * The open tasks of a cell that carry over an unfinished earlier task
 * (R-TASK-1), with the chain back to the task first assigned.
 *
 * @param db - the store's client.
 * @param cellId - the cell.
 * @returns the tasks, by due date.
 * @example
 * ```ts
 * await getCarriedOverTasks(store.client, 'trang-nung');
 * ```
 */
export async function getCarriedOverTasks(
  db: SqlQueryable,
  cellId: string,
): Promise<CarriedOverTaskRow[]> {
  const { rows } = await db.query<CarriedOverTaskRow>(
    'SELECT * FROM chibo_carried_over_tasks($1)',
    [cellId],
  );
  return rows;
}

/**
 * The members of a cell warned (2 months) or flagged for removal (3 months)
 * under R-ATT-3 in a calendar year.
 *
 * @param db - the store's client.
 * @param cellId - the cell.
 * @param year - the civil year in Viet Nam.
 * @returns the flagged members, the most months first.
 * @example
 * ```ts
 * await getRemovalFlags(store.client, 'trang-nung', 2027);
 * ```
 */
export async function getRemovalFlags(
  db: SqlQueryable,
  cellId: string,
  year: number,
): Promise<RemovalFlagRow[]> {
  const { rows } = await db.query<RemovalFlagRow>(
    'SELECT * FROM chibo_removal_flags($1, $2)',
    [cellId, year],
  );
  return rows;
}

/**
 * How the meetings of every cell under one committee (a commune's Đảng bộ)
 * were rated in a year: each level's count and share (R-RATE-4, R-YEAR-2).
 *
 * @param db - the store's client.
 * @param committeeId - the committee's id (or its name when it has none).
 * @param year - the civil year in Viet Nam.
 * @returns the four levels, good first.
 * @example
 * ```ts
 * await getRatingDistribution(store.client, 'xuan-quang', 2027);
 * ```
 */
export async function getRatingDistribution(
  db: SqlQueryable,
  committeeId: string,
  year: number,
): Promise<RatingShareRow[]> {
  const { rows } = await db.query<RatingShareRow>(
    'SELECT level, meetings, share::text AS share FROM chibo_rating_distribution($1, $2)',
    [committeeId, year],
  );
  return rows;
}
