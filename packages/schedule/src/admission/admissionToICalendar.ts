import { ChiboError, type ChiboIssue, type Locale } from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { z } from 'zod';
import { formatDay, parseDay } from '../civil';
import {
  CALENDAR_END,
  calendarHead,
  calendarText,
  stampLine,
} from '../ical/calendarText';
import {
  CONTROL_CHARACTER,
  contentLine,
  escapeText,
} from '../ical/contentLine';
import type {
  AdmissionMilestone,
  AdmissionMilestoneStatus,
} from './getAdmissionMilestones';

/** The options of {@link admissionToICalendar}. */
export interface AdmissionToICalendarOptions {
  /** The language of SUMMARY and DESCRIPTION. @defaultValue `'vi'` */
  locale?: Locale | undefined;
  /**
   * The calendar's name (NAME and X-WR-CALNAME), a TEXT value.
   * @defaultValue "Mốc kết nạp đảng viên" / "Admission milestones"
   */
  name?: string | undefined;
  /**
   * DTSTAMP of every event. chibo never reads the clock (R-TIME-2).
   * @defaultValue the first due date, 00:00 in Viet Nam
   */
  stamp?: string | Date | undefined;
  /**
   * The right-hand side of the UIDs (`<member id>-<kind>@<domain>`); one with
   * a control character is refused, as is a member id with one.
   * @defaultValue `'chibo'`
   */
  uidDomain?: string | undefined;
}

const Localized = z.looseObject({ vi: z.string(), en: z.string() });

/** What {@link admissionToICalendar} reads of a milestone. */
const MilestoneArgument = z.looseObject({
  kind: z.enum([
    'age-limit',
    'course-certificate-expiry',
    'ceremony',
    'probation-end',
  ]),
  memberId: z.string(),
  due: z.iso.date(),
  doneOn: z.iso.date().optional(),
  status: z.enum(['done', 'late', 'due', 'overdue']),
  title: Localized,
  basis: Localized,
});

const OptionsArgument = z.strictObject({
  locale: z.enum(['vi', 'en']).optional(),
  name: z.string().optional(),
  stamp: z.union([z.string(), z.instanceof(Date)]).optional(),
  uidDomain: z.string().optional(),
});

const STATUS: Record<AdmissionMilestoneStatus, { vi: string; en: string }> = {
  done: { vi: 'Đã thực hiện', en: 'Done' },
  late: { vi: 'Thực hiện muộn', en: 'Done late' },
  due: { vi: 'Chưa thực hiện', en: 'Not done yet' },
  overdue: { vi: 'QUÁ HẠN', en: 'OVERDUE' },
};

/** `20270122`: a civil date as an iCalendar DATE (RFC 5545 §3.3.4). */
const icalDate = (date: string) => date.replaceAll('-', '');

function describeMilestone(m: AdmissionMilestone, locale: Locale): string {
  const vi = locale === 'vi';
  const lines = [
    m.basis[locale],
    `${vi ? 'Tình trạng' : 'Status'}: ${STATUS[m.status][locale]}${m.doneOn ? ` (${vi ? 'ngày' : 'on'} ${m.doneOn})` : ''}`,
    vi
      ? 'Quy định: R-ADM-1 (Quy định 294-QĐ/TW, Điều lệ Đảng Điều 4–5).'
      : 'Rule: R-ADM-1 (Regulation 294-QĐ/TW, Party Charter Art. 4–5).',
  ];
  return lines.join('\n');
}

/**
 * Admission milestones ({@link getAdmissionMilestones}) as an iCalendar
 * (.ics) text a cell's calendar app subscribes to (R-ADM-1): one all-day
 * event per due date (`DTSTART;VALUE=DATE`, the last day on time in Viet
 * Nam), marked free, with a stable UID (`<member id>-<kind>@chibo`) so a new
 * export updates it. An overdue or late step says so at the head of its
 * SUMMARY ("QUÁ HẠN – …"); DESCRIPTION gives how the day was counted and
 * the status. Written by the same RFC 5545 writer as {@link toICalendar}:
 * TEXT escaped, lines folded at 75 octets on character boundaries, CRLF.
 *
 * @param milestones - the milestones of one or more members.
 * @param options - language, name, DTSTAMP, UID domain.
 * @returns the .ics text.
 * @throws ChiboError `invalid-argument` for milestones or options of the
 * wrong kind, a `stamp` that is not a date, or a member id or `uidDomain`
 * with a control character, with their paths.
 * @example
 * ```ts
 * const { milestones } = getAdmissionMilestones(ngoc, { at: '2027-01-25' });
 * const ics = admissionToICalendar(milestones, { stamp: '2027-01-25T08:00:00+07:00' });
 * ```
 */
export function admissionToICalendar(
  milestones: readonly AdmissionMilestone[],
  options: AdmissionToICalendarOptions = {},
): string {
  checkArgument('milestones', z.array(MilestoneArgument), milestones);
  checkArgument('options', OptionsArgument, options);
  const locale = options.locale ?? 'vi';
  const domain = options.uidDomain ?? 'chibo';
  const issues: ChiboIssue[] = [];
  const refuse = (path: PropertyKey[], value: string) =>
    issues.push({
      path,
      code: 'custom',
      message: {
        vi: `${JSON.stringify(value)} chứa ký tự điều khiển (như dấu xuống dòng) nên không thể dùng trong UID.`,
        en: `${JSON.stringify(value)} contains a control character (such as a line break) and cannot be part of a UID.`,
      },
    });
  if (CONTROL_CHARACTER.test(domain)) refuse(['uidDomain'], domain);
  milestones.forEach((m, i) => {
    if (CONTROL_CHARACTER.test(m.memberId))
      refuse(['milestones', i, 'memberId'], m.memberId);
  });
  if (issues.length > 0) {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Không xuất được lịch: ${issues.length} giá trị chứa ký tự điều khiển.`,
        en: `The calendar was not exported: ${issues.length} value(s) with a control character.`,
      },
      { issues },
    );
  }
  const first = milestones.reduce<string | undefined>(
    (min, m) => (min === undefined || m.due < min ? m.due : min),
    undefined,
  );
  const dtstamp = stampLine(
    options.stamp,
    `${first ?? '2000-01-01'}T00:00:00+07:00`,
  );
  let ics = calendarHead(
    locale,
    calendarText(
      options.name ??
        (locale === 'vi' ? 'Mốc kết nạp đảng viên' : 'Admission milestones'),
    ),
  );
  for (const m of milestones) {
    const flagged = m.status === 'overdue' || m.status === 'late';
    const summary = flagged
      ? `${STATUS[m.status][locale]} – ${m.title[locale]}`
      : m.title[locale];
    ics += `BEGIN:VEVENT\r\n${contentLine('UID', escapeText(`${m.memberId}-${m.kind}@${domain}`))}SEQUENCE:0\r\n${dtstamp}DTSTART;VALUE=DATE:${icalDate(m.due)}\r\nDTEND;VALUE=DATE:${icalDate(formatDay(parseDay(m.due) + 1))}\r\nTRANSP:TRANSPARENT\r\n${contentLine('SUMMARY', calendarText(summary))}${contentLine('DESCRIPTION', calendarText(describeMilestone(m, locale)))}END:VEVENT\r\n`;
  }
  return `${ics}${CALENDAR_END}`;
}
