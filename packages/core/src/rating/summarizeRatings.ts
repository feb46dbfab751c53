import { checkArgument } from '../entities/checkArgument';
import type { RatingLevel } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import { getVietNamCivilTime } from '../time';
import type { YearRating } from './rateYear';
import {
  SummarizableArgument,
  SummarizeOptionsArgument,
} from './ratingArguments';

/** One rated thing to count: a meeting or a cell's year. */
export interface RatingEntry {
  cellId: string;
  /** A date or instant in the period (Viet Nam time). */
  at: string | Date;
  /** `null`: not rated yet (counted apart). */
  level: RatingLevel | null;
}

/** A meeting record with its rating, as `summarizeRatings` reads it. */
export interface RatedRecord {
  cell: { id: string };
  meeting: Pick<Meeting, 'scheduledAt' | 'rating'>;
}

/** Counts and shares of one period. */
export interface PeriodSummary {
  /** `'2027'` or `'2027-Q1'`. */
  period: string;
  /** Rated entries by level. */
  counts: Record<RatingLevel, number>;
  /** Each level's share of the rated entries; all 0 when none is rated. */
  shares: Record<RatingLevel, number>;
  rated: number;
  unrated: number;
  /** Distinct cells. */
  cells: number;
}

/** The result of `summarizeRatings`. */
export interface RatingSummary {
  years: PeriodSummary[];
  /** Empty for year ratings (they have no quarter). */
  quarters: PeriodSummary[];
}

/** The options of `summarizeRatings`. */
export interface SummarizeRatingsOptions {
  /** Read a record's approved level only, or fall back to the proposal. @defaultValue 'approved' */
  levelOf?: 'approved' | 'approved-or-proposed' | undefined;
}

/** What {@link summarizeRatings} counts: a plain entry, a meeting record, or a year rating. */
export type SummarizableRating = RatingEntry | RatedRecord | YearRating;

/**
 * Counts and shares per level, per quarter and per year, across many cells
 * (R-RATE-4): "80.2% good, 19.8% fair" for a district's 311 cells. Takes
 * meeting records, plain entries, or year ratings (`rateYear`, counted per
 * year only). Unrated entries are counted apart; the shares of the rated sum
 * to 1.
 *
 * @param items - the ratings.
 * @param options - which level of a record counts.
 * @returns the periods, in order.
 * @throws ChiboError (`invalid-argument`) for an item or options that are
 *   not valid (a level that is not one, a date that is not a date…).
 * @example
 * ```ts
 * const { years } = summarizeRatings(cellYears2023);
 * years[0]?.shares.good; // 0.802
 * ```
 */
export function summarizeRatings(
  items: readonly SummarizableRating[],
  options: SummarizeRatingsOptions = {},
): RatingSummary {
  checkArgument('items', SummarizableArgument, items);
  checkArgument('options', SummarizeOptionsArgument, options);
  const years = new Map<
    string,
    { counts: Record<RatingLevel, number>; unrated: number; cells: Set<string> }
  >();
  const quarters = new Map<
    string,
    { counts: Record<RatingLevel, number>; unrated: number; cells: Set<string> }
  >();
  const add = (
    map: typeof years,
    period: string,
    cellId: string,
    level: RatingLevel | null,
  ) => {
    let bucket = map.get(period);
    if (!bucket) {
      bucket = {
        counts: { good: 0, fair: 0, average: 0, poor: 0 },
        unrated: 0,
        cells: new Set(),
      };
      map.set(period, bucket);
    }
    bucket.cells.add(cellId);
    if (level === null) bucket.unrated++;
    else bucket.counts[level]++;
  };
  for (const item of items) {
    if ('year' in item && item.year !== undefined) {
      add(years, String(item.year), item.cellId ?? '', item.level);
      continue;
    }
    const { cellId, at, level } =
      'meeting' in item && item.meeting !== undefined
        ? {
            cellId: item.cell.id,
            at: item.meeting.scheduledAt,
            level:
              item.meeting.rating?.approvedLevel ??
              (options.levelOf === 'approved-or-proposed'
                ? item.meeting.rating?.proposedLevel
                : undefined) ??
              null,
          }
        : (item as RatingEntry);
    const t = getVietNamCivilTime(at);
    add(years, String(t.year), cellId, level);
    add(quarters, `${t.year}-Q${Math.ceil(t.month / 3)}`, cellId, level);
  }
  const finish = (map: typeof years): PeriodSummary[] =>
    [...map.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([period, { counts, unrated, cells }]) => {
        const rated = counts.good + counts.fair + counts.average + counts.poor;
        const share = (n: number) => (rated === 0 ? 0 : n / rated);
        return {
          period,
          counts,
          shares: {
            good: share(counts.good),
            fair: share(counts.fair),
            average: share(counts.average),
            poor: share(counts.poor),
          },
          rated,
          unrated,
          cells: cells.size,
        };
      });
  return { years: finish(years), quarters: finish(quarters) };
}
