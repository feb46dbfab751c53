import { ChiboError } from '../errors';
import {
  type AnnualRollUp,
  type AnnualTally,
  createAnnualTally,
} from './createAnnualTally';
import type {
  CellMeetingYear,
  MemberAnnualRating,
  OrganisationAnnualRating,
  OrgNode,
} from './orgTree';

/** A stream of items, or of batches of items (the rows of a cursor). */
export type RatingStream<T> =
  | Iterable<T | readonly T[]>
  | AsyncIterable<T | readonly T[]>;

/** What `rollUpAnnualRatings` counts. Every source is optional. */
export interface AnnualRollUpSources {
  /** Members' annual levels, read once and never held (R-YEAR-1). */
  members?: RatingStream<MemberAnnualRating> | undefined;
  /** Organisations' own annual levels. */
  organisations?: RatingStream<OrganisationAnnualRating> | undefined;
  /** Cells' years of meetings (R-RATE-4). */
  meetingYears?: RatingStream<CellMeetingYear> | undefined;
}

const isAsync = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] ===
  'function';
const isSync = (value: unknown): value is Iterable<unknown> =>
  typeof (value as Iterable<unknown> | null)?.[Symbol.iterator] ===
    'function' && typeof value !== 'string';

async function drain<T>(
  name: string,
  stream: RatingStream<T> | undefined,
  add: (item: T) => void,
): Promise<void> {
  if (stream === undefined) return;
  const take = (item: T | readonly T[]) => {
    if (Array.isArray(item)) for (const one of item) add(one);
    else add(item as T);
  };
  if (isAsync(stream)) {
    for await (const item of stream) take(item);
  } else if (isSync(stream)) {
    // A synchronous source is read without a promise per item.
    for (const item of stream) take(item);
  } else {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `"${name}" phải là một danh sách hoặc một luồng (iterable, async iterable).`,
        en: `"${name}" must be a list or a stream (iterable, async iterable).`,
      },
      {
        issues: [
          {
            path: ['sources', name],
            code: 'invalid_type',
            message: {
              vi: 'Cần một iterable.',
              en: 'An iterable is expected.',
            },
          },
        ],
      },
    );
  }
}

/**
 * Roll the year's ratings up an organisation tree (R-YEAR-2): for every
 * node, the members under it by annual level, the organisations under it by
 * kind and level, and the cells' years of meetings (R-RATE-4), each with
 * shares that add up to 100,00% (largest remainder). The members are read as
 * a stream (an iterable, an async iterable, or batches of either) and only
 * counted: 5 million members take memory for the tree's ~50 000 nodes, not
 * for the members (see `createAnnualTally` to feed it yourself).
 *
 * @param tree - the organisations.
 * @param sources - the members', organisations' and cells' ratings.
 * @returns every node's distributions, in the tree's order.
 * @throws ChiboError (`invalid-argument`) for a tree that is not valid, a
 *   source that is not iterable, or a rating of an unknown cell or level
 *   (the roll-up is then not returned: no partial totals).
 * @example
 * ```ts
 * const rollUp = await rollUpAnnualRatings(tree, { members: readRatings(), organisations });
 * const xuanQuang = rollUp.nodes.find((n) => n.id === 'xuan-quang');
 * formatDistribution(xuanQuang.organisations.cell).excellent; // '11/56 (19,64%)'
 * ```
 */
export async function rollUpAnnualRatings(
  tree: readonly OrgNode[],
  sources: AnnualRollUpSources,
): Promise<AnnualRollUp> {
  const tally: AnnualTally = createAnnualTally(tree);
  if (typeof sources !== 'object' || sources === null) {
    throw new ChiboError('invalid-argument', {
      vi: 'sources phải là một đối tượng { members?, organisations?, meetingYears? }.',
      en: 'sources must be an object { members?, organisations?, meetingYears? }.',
    });
  }
  await drain('organisations', sources.organisations, (r) =>
    tally.addOrganisation(r),
  );
  await drain('meetingYears', sources.meetingYears, (r) =>
    tally.addMeetingYear(r),
  );
  await drain('members', sources.members, (r) => tally.addMember(r));
  return tally.finish();
}
