-- chibo's meeting store: one PostgreSQL schema, the same on PGlite and on a
-- server. See docs/store.md. Applied once, in a transaction, by migrate.ts.

-- A meeting: the record it started from (validated, status "planned") and
-- the version of its last event (0: none yet).
CREATE TABLE meetings (
  meeting_id text PRIMARY KEY,
  initial_record jsonb NOT NULL,
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The log: every event the meeting machine accepted, in order. Version n is
-- the n-th event; (meeting_id, version) is unique, and an event is only
-- written by the statement that moves meetings.version from n - 1 to n, so
-- the log has no gap and no duplicate (optimistic concurrency).
CREATE TABLE meeting_events (
  meeting_id text NOT NULL REFERENCES meetings (meeting_id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  type text NOT NULL,
  -- The event as the machine logged it (times in +07:00, defaults filled).
  event jsonb NOT NULL,
  -- The event's own time (R-TIME-2), not the clock's.
  at timestamptz NOT NULL,
  -- When the store wrote it: for audits only, never read by the procedure.
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, version)
);

-- Snapshots: a cache of persistMeeting's JSON at some versions. Never
-- trusted: loading checks one against the log and replays when it disagrees.
CREATE TABLE meeting_snapshots (
  meeting_id text NOT NULL REFERENCES meetings (meeting_id) ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 0),
  state text NOT NULL,
  snapshot jsonb NOT NULL,
  PRIMARY KEY (meeting_id, version)
);

-- The read model for committees, written in the same transaction as each
-- event: one row per meeting with its record at its last version.
CREATE TABLE meeting_projection (
  meeting_id text PRIMARY KEY REFERENCES meetings (meeting_id) ON DELETE CASCADE,
  version integer NOT NULL,
  state text NOT NULL,
  cell_id text NOT NULL,
  cell_name text NOT NULL,
  -- The Đảng bộ directly above the cell (e.g. a commune's): its id, or its
  -- name when it has none.
  committee_id text NOT NULL,
  committee_name text NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  scheduled_at timestamptz NOT NULL,
  -- The civil year and month of scheduled_at in Viet Nam (R-TIME-1).
  year integer NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-[0-9]{2}$'),
  -- The approved level, else the proposed one (R-RATE-3); null: not rated.
  rating_level text CHECK (rating_level IN ('good', 'fair', 'average', 'poor')),
  rating_total numeric,
  record jsonb NOT NULL
);
CREATE INDEX meeting_projection_cell_year ON meeting_projection (cell_id, year);
CREATE INDEX meeting_projection_committee_year
  ON meeting_projection (committee_id, year);

-- The year's meetings of a cell, in date order.
CREATE FUNCTION chibo_cell_meetings(p_cell_id text, p_year integer)
RETURNS TABLE (
  meeting_id text,
  kind text,
  scheduled_at text,
  state text,
  status text,
  version integer,
  present integer,
  opinions integer,
  rating_level text,
  rating_total numeric
)
LANGUAGE sql STABLE AS $$
  SELECT p.meeting_id, p.kind, p.record -> 'meeting' ->> 'scheduledAt',
    p.state, p.status, p.version,
    (SELECT count(*) FROM jsonb_array_elements(p.record -> 'meeting' -> 'attendance') a
      WHERE a ->> 'status' = 'present')::integer,
    jsonb_array_length(p.record -> 'meeting' -> 'opinions'),
    p.rating_level, p.rating_total
  FROM meeting_projection p
  WHERE p.cell_id = p_cell_id AND p.year = p_year
  ORDER BY p.scheduled_at, p.meeting_id
$$;

-- Every task of a cell's adopted resolutions, and of the previous
-- resolutions its meetings reviewed.
CREATE VIEW chibo_tasks AS
  SELECT p.cell_id, p.meeting_id, p.scheduled_at, true AS adopted, t AS task
  FROM meeting_projection p,
    jsonb_array_elements(p.record -> 'meeting' -> 'resolution' -> 'tasks') t
  WHERE p.record -> 'meeting' -> 'resolution' ? 'adoptedAt'
  UNION ALL
  SELECT p.cell_id, NULL, NULL, false, t
  FROM meeting_projection p,
    jsonb_array_elements(p.record -> 'previousResolution' -> 'tasks') t;

-- Open tasks carried over (R-TASK-1): tasks of an adopted resolution that
-- continue an unfinished earlier task, that no meeting has reviewed as done,
-- and that no later task continues in turn. times_carried counts the chain
-- of `continues` back to the task first assigned.
CREATE FUNCTION chibo_carried_over_tasks(p_cell_id text)
RETURNS TABLE (
  task_id text,
  meeting_id text,
  description text,
  due_on text,
  assignees jsonb,
  continues text,
  first_task_id text,
  times_carried integer
)
LANGUAGE sql STABLE AS $$
  WITH RECURSIVE known AS (
    SELECT DISTINCT task ->> 'id' AS id, task ->> 'continues' AS continues
    FROM chibo_tasks WHERE cell_id = p_cell_id
  ),
  open AS (
    SELECT DISTINCT ON (t.task ->> 'id') t.meeting_id, t.task
    FROM chibo_tasks t
    WHERE t.cell_id = p_cell_id AND t.adopted AND t.task ? 'continues'
      AND NOT EXISTS (
        SELECT 1 FROM meeting_projection p,
          jsonb_array_elements(p.record -> 'meeting' -> 'taskReviews') r
        WHERE p.cell_id = p_cell_id AND r ->> 'taskId' = t.task ->> 'id'
          AND (r ->> 'status' = 'done' OR r ? 'carriedOverTo'))
      AND NOT EXISTS (
        SELECT 1 FROM known k WHERE k.continues = t.task ->> 'id')
    ORDER BY t.task ->> 'id', t.scheduled_at DESC
  ),
  chain (task_id, ancestor, depth) AS (
    SELECT o.task ->> 'id', o.task ->> 'continues', 1 FROM open o
    UNION ALL
    SELECT c.task_id, k.continues, c.depth + 1
    FROM chain c JOIN known k ON k.id = c.ancestor
    WHERE k.continues IS NOT NULL AND c.depth < 120
  ),
  deepest AS (
    SELECT DISTINCT ON (task_id) task_id, ancestor, depth
    FROM chain ORDER BY task_id, depth DESC
  )
  SELECT o.task ->> 'id', o.meeting_id, o.task ->> 'description',
    o.task ->> 'dueOn', o.task -> 'assignees', o.task ->> 'continues',
    d.ancestor, d.depth
  FROM open o JOIN deepest d ON d.task_id = o.task ->> 'id'
  ORDER BY o.task ->> 'dueOn', o.task ->> 'id'
$$;

-- R-ATT-3: the members of a cell who missed meetings without reason, or
-- left dues unpaid without a valid reason, in p_warn or more months of the
-- calendar year (in total, not in a row [open]): 'warning' from p_warn,
-- 'removal-candidate' from p_flag. A month counts once however many
-- meetings were missed in it; an absence counts only where the member was
-- expected (not exempt, not attached elsewhere, not suspended, not on
-- special duty: R-ATT-1). Dues are those recorded at meetings (the optional
-- dues step), the latest entry for a month deciding. The flag only
-- proposes: the cell considers it and the upper committee decides.
CREATE FUNCTION chibo_removal_flags(
  p_cell_id text,
  p_year integer,
  p_warn integer DEFAULT 2,
  p_flag integer DEFAULT 3
)
RETURNS TABLE (
  member_id text,
  name text,
  absence_months text[],
  unpaid_dues_months text[],
  months integer,
  status text
)
LANGUAGE sql STABLE AS $$
  WITH meetings AS (
    SELECT * FROM meeting_projection WHERE cell_id = p_cell_id AND year = p_year
  ),
  roster AS (
    SELECT DISTINCT ON (m ->> 'id') m ->> 'id' AS member_id, m ->> 'name' AS name
    FROM meetings p, jsonb_array_elements(p.record -> 'members') m
    ORDER BY m ->> 'id', p.scheduled_at DESC
  ),
  absences AS (
    SELECT a ->> 'memberId' AS member_id, array_agg(DISTINCT p.month ORDER BY p.month) AS months
    FROM meetings p,
      jsonb_array_elements(p.record -> 'meeting' -> 'attendance') a,
      jsonb_array_elements(p.record -> 'members') m
    WHERE a ->> 'status' = 'absent-unexcused'
      AND m ->> 'id' = a ->> 'memberId'
      AND NOT COALESCE((m ->> 'exempt')::boolean, false)
      AND COALESCE(m ->> 'attachment', 'regular') <> 'temporary-out'
      AND NOT COALESCE((m ->> 'suspended')::boolean, false)
      AND NOT COALESCE((m ->> 'specialDuty')::boolean, false)
    GROUP BY 1
  ),
  dues AS (
    SELECT DISTINCT ON (d ->> 'memberId', d ->> 'month')
      d ->> 'memberId' AS member_id, d ->> 'month' AS month, d ->> 'status' AS status
    FROM meeting_projection p,
      jsonb_array_elements(COALESCE(p.record -> 'meeting' -> 'dues', '[]')) d
    WHERE p.cell_id = p_cell_id AND d ->> 'month' LIKE p_year || '-%'
    ORDER BY d ->> 'memberId', d ->> 'month', p.scheduled_at DESC
  ),
  unpaid AS (
    SELECT member_id, array_agg(month ORDER BY month) AS months
    FROM dues WHERE status = 'unpaid' GROUP BY 1
  ),
  counted AS (
    SELECT r.member_id, r.name,
      COALESCE(a.months, '{}') AS absence_months,
      COALESCE(u.months, '{}') AS unpaid_dues_months,
      greatest(cardinality(COALESCE(a.months, '{}')),
        cardinality(COALESCE(u.months, '{}'))) AS months
    FROM roster r
      LEFT JOIN absences a USING (member_id)
      LEFT JOIN unpaid u USING (member_id)
  )
  SELECT member_id, name, absence_months, unpaid_dues_months, months,
    CASE WHEN months >= p_flag THEN 'removal-candidate' ELSE 'warning' END
  FROM counted
  WHERE months >= p_warn
  ORDER BY months DESC, member_id
$$;

-- The distribution of meeting ratings over all cells under one committee
-- (e.g. a commune's Đảng bộ) in a year (R-RATE-4, R-YEAR-2): each level with
-- its count and its share in percent, two decimals, rounded by largest
-- remainder so that the shares add up to exactly 100.00.
CREATE FUNCTION chibo_rating_distribution(p_committee_id text, p_year integer)
RETURNS TABLE (level text, meetings integer, share numeric)
LANGUAGE sql STABLE AS $$
  WITH levels (level, rank) AS (
    VALUES ('good', 1), ('fair', 2), ('average', 3), ('poor', 4)
  ),
  counts AS (
    SELECT l.level, l.rank, count(p.meeting_id)::integer AS n
    FROM levels l LEFT JOIN meeting_projection p
      ON p.rating_level = l.level AND p.committee_id = p_committee_id
      AND p.year = p_year
    GROUP BY l.level, l.rank
  ),
  total AS (SELECT sum(n)::integer AS total FROM counts),
  floored AS (
    SELECT c.*, t.total,
      CASE WHEN t.total = 0 THEN 0 ELSE (c.n * 10000) / t.total END AS basis,
      CASE WHEN t.total = 0 THEN 0 ELSE (c.n * 10000) % t.total END AS remainder
    FROM counts c, total t
  ),
  ranked AS (
    SELECT f.*, row_number() OVER (ORDER BY f.remainder DESC, f.rank) AS place,
      CASE WHEN f.total = 0 THEN 0
        ELSE 10000 - sum(f.basis) OVER () END AS leftover
    FROM floored f
  )
  SELECT level, n,
    ((basis + CASE WHEN place <= leftover THEN 1 ELSE 0 END) / 100.0)::numeric(5, 2)
  FROM ranked
  ORDER BY rank
$$;
