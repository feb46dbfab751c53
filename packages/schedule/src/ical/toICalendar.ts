import { ChiboError, getLabel, type Locale, toInstant } from '@chibo/core';
import ical from 'ical-generator';
import { formatLunarDate } from '../lunar/formatLunarDate';
import { solarToLunar } from '../lunar/lunarCalendar';
import type { PlannedMeeting, YearPlan } from '../plan/createYearPlan';

/** The options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /** The language of SUMMARY and DESCRIPTION. @defaultValue `'vi'` */
  locale?: Locale | undefined;
  /** The calendar's name (X-WR-CALNAME). @defaultValue the cell's name, or "Lịch sinh hoạt chi bộ" */
  name?: string | undefined;
  /** The online meeting link (Hướng dẫn 03-HD/TW), for every meeting or per meeting. */
  onlineLink?:
    | string
    | ((meeting: PlannedMeeting) => string | undefined)
    | undefined;
  /** The place, for every meeting or per meeting, e.g. "Nhà văn hóa thôn Trang Nùng". */
  location?:
    | string
    | ((meeting: PlannedMeeting) => string | undefined)
    | undefined;
  /**
   * DTSTAMP of every event. chibo never reads the clock (R-TIME-2).
   * @defaultValue 1 January of the first plan's year, 00:00 in Viet Nam
   */
  stamp?: string | Date | undefined;
  /** The right-hand side of the UIDs. @defaultValue `'chibo'` */
  uidDomain?: string | undefined;
}

const pick = (
  value: ToICalendarOptions['onlineLink'],
  meeting: PlannedMeeting,
): string | undefined => (typeof value === 'function' ? value(meeting) : value);

function describe(
  meeting: PlannedMeeting,
  locale: Locale,
  link: string | undefined,
): string {
  const [y, m, d] = meeting.date.split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const lunar = formatLunarDate(
    solarToLunar({ year: y, month: m, day: d }),
    locale,
  );
  const vi = locale === 'vi';
  const lines = [
    meeting.title[locale],
    `${vi ? 'Âm lịch' : 'Lunar date'}: ${lunar}`,
  ];
  if (meeting.session === 'combined') {
    lines.push(
      vi
        ? 'Sinh hoạt thường kỳ và chuyên đề chung một buổi, hai nội dung riêng (R-FREQ-3).'
        : 'Regular and thematic meetings share one session, with two agendas (R-FREQ-3).',
    );
  }
  if (meeting.shift) lines.push(meeting.shift.message[locale]);
  if (link) lines.push(`${vi ? 'Họp trực tuyến' : 'Online meeting'}: ${link}`);
  return lines.join('\n');
}

/**
 * The meetings of one or more year plans as an iCalendar (.ics) text, for a
 * calendar app to subscribe to. Each meeting is one event with a stable UID
 * (`<meeting id>@chibo`), so exporting again updates events instead of
 * duplicating them; SUMMARY names the meeting kind and the cell; DESCRIPTION
 * holds the title, the lunar date (R-LUNAR-1), why a meeting moved (R-SCHED-2)
 * and the online link. Times are written in UTC, the exact instants of Viet
 * Nam civil time (R-TIME-1), so every calendar app shows them right.
 *
 * @param plans - one plan or several ({@link createYearPlan}).
 * @param options - language, name, online link, place, DTSTAMP, UID domain.
 * @returns the .ics text.
 * @example
 * ```ts
 * const ics = toICalendar(plan, {
 *   location: 'Nhà văn hóa thôn Trang Nùng',
 *   stamp: '2026-12-15T08:00:00+07:00',
 * });
 * await writeFile('trang-nung-2027.ics', ics);
 * ```
 */
export function toICalendar(
  plans: YearPlan | readonly YearPlan[],
  options: ToICalendarOptions = {},
): string {
  const list: readonly YearPlan[] = Array.isArray(plans)
    ? plans
    : [plans as YearPlan];
  const locale = options.locale ?? 'vi';
  const first = list[0];
  const stamp = toInstant(
    options.stamp ?? `${first?.year ?? 2000}-01-01T00:00:00+07:00`,
  );
  if (Number.isNaN(stamp.getTime())) {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Thời điểm xuất lịch (stamp) không phải ngày giờ hợp lệ: ${String(options.stamp)}.`,
        en: `The export time (stamp) is not a valid date and time: ${String(options.stamp)}.`,
      },
      {
        issues: [
          {
            path: ['stamp'],
            code: 'invalid_type',
            message: {
              vi: 'Cần ngày giờ ISO 8601 hoặc Date.',
              en: 'Expected an ISO 8601 date-time or a Date.',
            },
            rule: 'R-TIME-2',
          },
        ],
      },
    );
  }
  const domain = options.uidDomain ?? 'chibo';
  const calendar = ical({
    name:
      options.name ??
      (list.length === 1 && first
        ? first.cell.name
        : locale === 'vi'
          ? 'Lịch sinh hoạt chi bộ'
          : 'Party cell meetings'),
    prodId: {
      company: 'chibo',
      product: '@chibo/schedule',
      language: locale.toUpperCase(),
    },
  });
  for (const plan of list) {
    for (const meeting of plan.meetings) {
      const link = pick(options.onlineLink, meeting);
      const location = pick(options.location, meeting);
      calendar.createEvent({
        id: `${meeting.id}@${domain}`,
        start: toInstant(meeting.start),
        end: toInstant(meeting.end),
        stamp,
        summary: `${getLabel('meetingKind', meeting.kind, locale)} – ${plan.cell.name}`,
        description: describe(meeting, locale, link),
        location: location ?? null,
        url: link ?? null,
      });
    }
  }
  return calendar.toString();
}
