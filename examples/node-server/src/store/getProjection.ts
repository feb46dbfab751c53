import type { MeetingRecord } from '@chibo/core';
import { getVietNamCivilTime } from '@chibo/core/time';

/** The columns of `meeting_projection` that a meeting's record decides. */
export interface MeetingProjection {
  cellId: string;
  cellName: string;
  /** The Đảng bộ directly above the cell: its id, or its name when it has none. */
  committeeId: string;
  committeeName: string;
  kind: string;
  status: string;
  scheduledAt: string;
  /** The civil year of `scheduledAt` in Viet Nam (R-TIME-1). */
  year: number;
  /** `YYYY-MM` of `scheduledAt` in Viet Nam. */
  month: string;
  /** The approved level, else the proposed one (R-RATE-3). */
  ratingLevel: string | null;
  ratingTotal: number | null;
}

/**
 * What the committee queries read of a meeting, from its record: the cell,
 * the committee above it, the civil year and month in Viet Nam, and the
 * rating level (approved, else proposed: R-RATE-3).
 *
 * @param record - the meeting record at some version.
 * @returns the projection's columns.
 * @example
 * ```ts
 * getProjection(record).month; // '2027-03'
 * ```
 */
export function getProjection(record: MeetingRecord): MeetingProjection {
  const { cell, meeting } = record;
  const time = getVietNamCivilTime(meeting.scheduledAt);
  const rating = meeting.rating;
  return {
    cellId: cell.id,
    cellName: cell.name,
    committeeId: cell.parent.id ?? cell.parent.name,
    committeeName: cell.parent.name,
    kind: meeting.kind,
    status: meeting.status,
    scheduledAt: meeting.scheduledAt,
    year: time.year,
    month: `${time.year}-${String(time.month).padStart(2, '0')}`,
    ratingLevel: rating?.approvedLevel ?? rating?.proposedLevel ?? null,
    ratingTotal: rating?.total ?? rating?.proposedScore ?? null,
  };
}
