import {
  ChiboError,
  type ChiboIssue,
  type Locale,
  type MeetingRecord,
  type Member,
  safeParseMeetingRecord,
  tallyVote,
} from '@chibo/core';
import { toVietNamDate } from '@chibo/core/time';
import { cleanText } from './cleanText';
import type { DocumentKind } from './model';
import {
  type DocumentOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options';
import { getVotingBaseSize } from './votingBase';

/** What a renderer works from: the parsed record, its options and look-ups. */
export interface RecordContext {
  record: MeetingRecord;
  options: ResolvedOptions;
  locale: Locale;
  placeName: string;
  /** The document date, `YYYY-MM-DD`. */
  date: string;
  /** The document number (R-DOC-3). */
  number: number | string;
  /** A member's or guest's name, cleaned (R-DOC-8). */
  nameOf: (id: string) => string;
  memberOf: (id: string) => Member | undefined;
  /** Pick the Vietnamese or the English wording. */
  say: (vi: string, en: string) => string;
}

/**
 * Choose between a Vietnamese and an English text.
 *
 * @param locale - the document's language.
 * @returns a function that returns the text of that language.
 */
export function createSay(locale: Locale): (vi: string, en: string) => string {
  return (vi, en) => (locale === 'vi' ? vi : en);
}

/**
 * Build a `ChiboError` for a record that cannot make the document.
 *
 * @param issues - every problem.
 * @returns the error.
 */
export function recordError(issues: ChiboIssue[]): ChiboError {
  const count = issues.length;
  return new ChiboError(
    'invalid-input',
    {
      vi: `Hồ sơ cuộc họp chưa đủ để lập văn bản: ${count} lỗi.`,
      en: `The meeting record cannot make the document: ${count} problem${count === 1 ? '' : 's'}.`,
    },
    { issues },
  );
}

/**
 * Validate a record with core's schemas, then check what the document needs
 * (R-DOC-6, R-DOC-7, R-DOC-4); every problem is reported at once.
 *
 * @param input - the meeting record as the host sends it.
 * @param options - the document options.
 * @param kind - the document to make.
 * @returns the context the renderer uses.
 * @throws ChiboError with every problem.
 */
export function createRecordContext(
  input: unknown,
  options: DocumentOptions | undefined,
  kind: DocumentKind,
): RecordContext {
  const resolved = resolveOptions(options);
  const parsed = safeParseMeetingRecord(input);
  if (!parsed.success) throw parsed.error;
  const record = parsed.data;
  const { meeting, cell } = record;
  const issues: ChiboIssue[] = [];
  const need = (path: PropertyKey[], en: string, vi: string, rule: string) =>
    issues.push({ path, code: 'custom', message: { vi, en }, rule });

  const placeName = resolved.placeName ?? cleanText(cell.placeName ?? '');
  if (placeName === '') {
    need(
      ['cell', 'placeName'],
      'The documents need a place name: set cell.placeName or options.placeName.',
      'Văn bản cần địa danh: khai báo cell.placeName hoặc options.placeName.',
      'R-DOC-4',
    );
  }
  if (kind === 'minutes') {
    if (!meeting.chairId) {
      need(
        ['meeting', 'chairId'],
        'The minutes need the chair.',
        'Biên bản phải có người chủ trì.',
        'R-DOC-6',
      );
    }
    if (!meeting.recorderId) {
      need(
        ['meeting', 'recorderId'],
        'The minutes need the recorder (thư ký).',
        'Biên bản phải có thư ký.',
        'R-DOC-6',
      );
    }
    if (!meeting.timeline.endedAt) {
      need(
        ['meeting', 'timeline', 'endedAt'],
        'The minutes need the time the meeting ended.',
        'Biên bản phải ghi thời gian kết thúc.',
        'R-DOC-6',
      );
    }
  }
  if (kind === 'resolution') {
    if (!meeting.resolution) {
      need(
        ['meeting', 'resolution'],
        'The meeting adopted no resolution.',
        'Cuộc họp chưa có nghị quyết.',
        'R-DOC-7',
      );
    }
    if (
      !record.members.some((m) => m.roles.includes('secretary')) &&
      !meeting.chairId
    ) {
      need(
        ['members'],
        'The resolution is signed by the bí thư: no member has the secretary role and no chair is recorded.',
        'Nghị quyết do bí thư ký: chưa có đảng viên giữ chức bí thư và chưa có người chủ trì.',
        'R-DOC-7',
      );
    }
  }
  if (kind !== 'rating-sheet') {
    meeting.votes.forEach((vote, index) => {
      try {
        tallyVote(vote, getVotingBaseSize(vote, record));
      } catch (error) {
        if (!(error instanceof ChiboError)) throw error;
        issues.push({
          path: ['meeting', 'votes', index],
          code: 'custom',
          message: error.messages,
          rule: 'R-VOTE-1',
        });
      }
    });
  }
  if (issues.length > 0) throw recordError(issues);

  const names = new Map<string, string>();
  for (const m of record.members) names.set(m.id, cleanText(m.name));
  for (const g of meeting.guests) names.set(g.id, cleanText(g.name));
  const membersById = new Map(record.members.map((m) => [m.id, m]));
  const startedAt = meeting.timeline.startedAt ?? meeting.scheduledAt;
  return {
    record,
    options: resolved,
    locale: resolved.locale,
    placeName,
    date: resolved.date ?? toVietNamDate(startedAt),
    number:
      resolved.number ?? Number(toVietNamDate(meeting.scheduledAt).slice(5, 7)),
    nameOf: (id) => names.get(id) ?? cleanText(id),
    memberOf: (id) => membersById.get(id),
    say: createSay(resolved.locale),
  };
}
