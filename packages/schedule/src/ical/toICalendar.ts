import {
  ChiboError,
  type ChiboIssue,
  getLabel,
  type Locale,
} from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { toInstant } from '@chibo/core/time';
import { z } from 'zod';
import { lunarDateText } from '../lunar/formatLunarDate';
import { solarToLunar } from '../lunar/lunarCalendar';
import type { PlannedMeeting, YearPlan } from '../plan/createYearPlan';
import { YearPlanArgument, YearPlansArgument } from '../plan/yearPlanArgument';
import {
  CALENDAR_END,
  calendarHead,
  calendarText,
  stampLine,
  utcDateTime,
} from './calendarText';
import {
  CONTROL_CHARACTER,
  contentLine,
  encodeUri,
  escapeText,
} from './contentLine';

/** The options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /** The language of SUMMARY and DESCRIPTION. @defaultValue `'vi'` */
  locale?: Locale | undefined;
  /**
   * The calendar's name (NAME and X-WR-CALNAME), a TEXT value like the
   * summary: line breaks are kept as `\n`, control and bidirectional control
   * characters removed.
   * @defaultValue the cell's name, or "Lịch sinh hoạt chi bộ"
   */
  name?: string | undefined;
  /**
   * The online meeting link (Hướng dẫn 03-HD/TW), for every meeting or per
   * meeting. It is written as a URI (URL property and DESCRIPTION): what a
   * URI cannot hold (spaces, non-ASCII letters…) is percent-encoded, and a
   * link with a control character (a line break…) is refused.
   */
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
  /**
   * The right-hand side of the UIDs; one with a control character (a line
   * break…) is refused, as is a meeting id with one.
   * @defaultValue `'chibo'`
   */
  uidDomain?: string | undefined;
}

/** A text for every meeting, or a function of the meeting (`null`: none). */
const PerMeeting = z
  .union([z.string(), z.custom<() => unknown>((v) => typeof v === 'function')])
  .nullish();

/**
 * What {@link toICalendar} accepts as options (the stamp's value and the
 * control characters are checked after, with their own paths); `null` is
 * taken as left out, as it always was. An unknown key is an error naming
 * the nearest known one (`"stmap"`: did you mean `"stamp"`?).
 */
const ToICalendarOptionsArgument = z.strictObject({
  locale: z.enum(['vi', 'en']).nullish(),
  name: z.string().nullish(),
  onlineLink: PerMeeting,
  location: PerMeeting,
  stamp: z.union([z.string(), z.instanceof(Date)]).nullish(),
  uidDomain: z.string().nullish(),
});

/** The option's text for a meeting; a function must give a text or nothing. */
function pick(
  options: ToICalendarOptions,
  key: 'onlineLink' | 'location',
  meeting: PlannedMeeting,
): string | undefined {
  const value = options[key];
  const given: unknown = typeof value === 'function' ? value(meeting) : value;
  if (given === undefined || given === null) return undefined;
  if (typeof given === 'string') return given;
  throw new ChiboError(
    'invalid-argument',
    {
      vi: `Hàm ${key} phải trả về một chuỗi hoặc undefined, không phải ${typeof given}.`,
      en: `The ${key} function must return a string or undefined, not ${typeof given}.`,
    },
    {
      issues: [
        {
          path: [key],
          code: 'invalid_type',
          message: {
            vi: 'Cần một chuỗi hoặc undefined.',
            en: 'Expected a string or undefined.',
          },
        },
      ],
    },
  );
}

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
  const lunar = lunarDateText(
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

const show = (value: string) => JSON.stringify(value);

/** One event as chibo writes it, every value already escaped or encoded. */
interface EventLines {
  uid: string;
  /** The whole DTSTAMP line: the same for every event. */
  stampLine: string;
  start: string;
  end: string;
  summary: string;
  location: string;
  description: string;
  url: string | undefined;
}

function writeEvent(event: EventLines): string {
  return `BEGIN:VEVENT\r\n${contentLine('UID', event.uid)}SEQUENCE:0\r\n${event.stampLine}${contentLine('DTSTART', event.start)}${contentLine('DTEND', event.end)}${contentLine('SUMMARY', event.summary)}${event.location ? contentLine('LOCATION', event.location) : ''}${contentLine('DESCRIPTION', event.description)}${event.url ? contentLine('URL;VALUE=URI', event.url) : ''}END:VEVENT\r\n`;
}

/**
 * The escaped TEXT of a value, computed once per distinct value in one
 * export (a place or a summary repeats over a plan's meetings).
 */
function createTextCache(): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let escaped = cache.get(value);
    if (escaped === undefined) {
      escaped = calendarText(value);
      cache.set(value, escaped);
    }
    return escaped;
  };
}

/**
 * The values that would end a content line: a meeting id (path as in the
 * input), the UID domain or a link with a control character.
 */
function findControlCharacters(
  plans: readonly YearPlan[],
  several: boolean,
  links: readonly (readonly (string | undefined)[])[],
  domain: string,
): ChiboIssue[] {
  const issues: ChiboIssue[] = [];
  const problem = (path: PropertyKey[], vi: string, en: string) =>
    issues.push({ path, code: 'custom', message: { vi, en } });
  if (CONTROL_CHARACTER.test(domain)) {
    problem(
      ['uidDomain'],
      `Tên miền của UID ${show(domain)} chứa ký tự điều khiển (như dấu xuống dòng).`,
      `The UID domain ${show(domain)} contains a control character (such as a line break).`,
    );
  }
  const seen = new Set<string>();
  plans.forEach((plan, p) => {
    plan.meetings.forEach((meeting, m) => {
      if (CONTROL_CHARACTER.test(meeting.id)) {
        problem(
          several ? [p, 'meetings', m, 'id'] : ['meetings', m, 'id'],
          `Mã cuộc họp ${show(meeting.id)} chứa ký tự điều khiển (như dấu xuống dòng) nên không thể dùng làm UID.`,
          `The meeting id ${show(meeting.id)} contains a control character (such as a line break) and cannot be a UID.`,
        );
      }
      const link = links[p]?.[m];
      if (link === undefined || seen.has(link)) return;
      seen.add(link);
      if (CONTROL_CHARACTER.test(link)) {
        problem(
          ['onlineLink'],
          `Đường dẫn họp trực tuyến ${show(link)} chứa ký tự điều khiển (như dấu xuống dòng); đường dẫn phải nằm trên một dòng.`,
          `The online meeting link ${show(link)} contains a control character (such as a line break); a link must be one line.`,
        );
      }
    });
  });
  return issues;
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
 * No text can leave its property (RFC 5545 §3.1): names, titles and places
 * are TEXT values, escaped, with line breaks written as `\n` and control and
 * bidirectional control characters removed; the link is a URI value,
 * percent-encoded where RFC 3986 requires it and never TEXT-escaped. A
 * meeting id, UID domain or link that holds a control character (a line
 * break, say) is refused.
 *
 * @param plans - one plan or several ({@link createYearPlan}).
 * @param options - language, name, online link, place, DTSTAMP, UID domain.
 * @returns the .ics text.
 * @throws ChiboError `invalid-argument` for `plans` that are not year plans
 * or options of the wrong kind (paths from `plans` and `options`), a `stamp`
 * that is not a date, or meeting ids, a `uidDomain` or links with a control
 * character, listing every one with its path.
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
  const several = Array.isArray(plans);
  checkArgument('plans', several ? YearPlansArgument : YearPlanArgument, plans);
  checkArgument('options', ToICalendarOptionsArgument, options);
  const list: readonly YearPlan[] = several ? plans : [plans as YearPlan];
  const locale = options.locale ?? 'vi';
  const first = list[0];
  const dtstamp = stampLine(
    options.stamp,
    `${first?.year ?? 2000}-01-01T00:00:00+07:00`,
  );
  const domain = options.uidDomain ?? 'chibo';
  const links = list.map((plan) =>
    plan.meetings.map((meeting) => pick(options, 'onlineLink', meeting)),
  );
  const issues = findControlCharacters(list, several, links, domain);
  if (issues.length > 0) {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Không xuất được lịch: ${issues.length} giá trị chứa ký tự điều khiển (như dấu xuống dòng).`,
        en: `The calendar was not exported: ${issues.length} value${issues.length === 1 ? ' contains' : 's contain'} a control character (such as a line break).`,
      },
      { issues },
    );
  }
  const name = calendarText(
    options.name ??
      (list.length === 1 && first
        ? first.cell.name
        : locale === 'vi'
          ? 'Lịch sinh hoạt chi bộ'
          : 'Party cell meetings'),
  );
  let ics = calendarHead(locale, name);
  const cached = createTextCache();
  const kinds = {
    regular: getLabel('meetingKind', 'regular', locale),
    thematic: getLabel('meetingKind', 'thematic', locale),
  };
  const uidTail = `@${domain}`;
  list.forEach((plan, p) => {
    plan.meetings.forEach((meeting, m) => {
      const given = links[p]?.[m];
      const url = given ? encodeUri(given) : undefined;
      ics += writeEvent({
        uid: escapeText(`${meeting.id}${uidTail}`),
        stampLine: dtstamp,
        start: utcDateTime(toInstant(meeting.start)),
        end: utcDateTime(toInstant(meeting.end)),
        summary: cached(`${kinds[meeting.kind]} – ${plan.cell.name}`),
        location: cached(pick(options, 'location', meeting) ?? ''),
        description: calendarText(describe(meeting, locale, url)),
        url,
      });
    });
  });
  return `${ics}${CALENDAR_END}`;
}
