import { type IssueBody, ServiceError } from './serviceError';

/** How much one meeting record may hold, beyond the body's size in bytes. */
export interface RecordLimits {
  /** The most members a record may list. */
  maxMembers: number;
  /** The most opinions a record's meeting may hold. */
  maxOpinions: number;
}

/**
 * The default limits: 500 members and 2,000 opinions per record, well above
 * any real cell (a chi bộ has a few to a few hundred members) and small
 * enough that a document is made in well under a second.
 */
export const DEFAULT_RECORD_LIMITS: Readonly<RecordLimits> = {
  maxMembers: 500,
  maxOpinions: 2000,
};

function lengthOf(value: unknown, key: string): number {
  if (typeof value !== 'object' || value === null) return 0;
  const list = (value as Record<string, unknown>)[key];
  return Array.isArray(list) ? list.length : 0;
}

function tooMany(
  path: Array<string | number>,
  count: number,
  max: number,
  what: { vi: string; en: string },
): IssueBody {
  return {
    path,
    code: 'too_big',
    message: {
      vi: `Có ${count} ${what.vi}, vượt quá giới hạn ${max} của máy chủ.`,
      en: `There are ${count} ${what.en}, more than the server's limit of ${max}.`,
    },
  };
}

/**
 * Refuse a meeting record with more members or opinions than `limits`
 * allow: a 422 with the path of each list that is too long. Anything that is
 * not a list is left for validation to report.
 *
 * @param record - the record as the client sent it.
 * @param limits - the most members and opinions.
 * @param prefix - where the record sits in the request body.
 * @throws ServiceError `record-too-large` (422).
 */
export function assertRecordLimits(
  record: unknown,
  limits: RecordLimits,
  prefix: Array<string | number> = [],
): void {
  const issues: IssueBody[] = [];
  const members = lengthOf(record, 'members');
  if (members > limits.maxMembers) {
    issues.push(
      tooMany([...prefix, 'members'], members, limits.maxMembers, {
        vi: 'đảng viên',
        en: 'members',
      }),
    );
  }
  const meeting =
    typeof record === 'object' && record !== null
      ? (record as Record<string, unknown>).meeting
      : undefined;
  const opinions = lengthOf(meeting, 'opinions');
  if (opinions > limits.maxOpinions) {
    issues.push(
      tooMany(
        [...prefix, 'meeting', 'opinions'],
        opinions,
        limits.maxOpinions,
        { vi: 'ý kiến', en: 'opinions' },
      ),
    );
  }
  if (issues.length === 0) return;
  throw new ServiceError(
    422,
    'record-too-large',
    {
      vi: 'Hồ sơ cuộc họp quá lớn để máy chủ xử lý.',
      en: 'The meeting record is too large for the server.',
    },
    issues,
  );
}
