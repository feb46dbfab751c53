import { createFinding, type Finding, type LocalizedText } from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { toVietNamDate } from '@chibo/core/time';
import { z } from 'zod';
import { daysInMonth, formatDay, fromDayNumber, parseDay } from '../civil';
import { createHolidayCalendar } from '../holidays/getHolidays';
import type {
  HolidayCalendar,
  HolidayOptions,
} from '../holidays/holidayCalendar';
import { AdmissionMember, type AdmissionMemberInput } from './admissionMember';

/**
 * The limits of R-ADM-1 (294-QĐ/TW, Điều lệ Đảng Art. 4–5, 06-HD/TW).
 *
 * @example
 * ```ts
 * ADMISSION_LIMITS.ceremonyWorkingDays; // 30
 * ```
 */
export const ADMISSION_LIMITS = {
  /** Full 18 years at the cell's consideration, counted in months. */
  minAgeMonths: 18 * 12,
  /** At most full 60 years (720 whole months) at the cell's consideration. */
  maxAgeMonths: 60 * 12,
  /** The ceremony within 30 working days of receiving the decision. */
  ceremonyWorkingDays: 30,
  /** Probation: 12 months from the ceremony. */
  probationMonths: 12,
  /** The course certificate is valid for 60 months. */
  courseCertificateMonths: 60,
} as const;

/** What a milestone is the deadline of. */
export type AdmissionMilestoneKind =
  | 'age-limit'
  | 'course-certificate-expiry'
  | 'ceremony'
  | 'probation-end';

/**
 * Where a milestone stands: `done` on or before its day, `late` done after
 * it, `due` not done and not past (or no `at` given), `overdue` not done and
 * past.
 */
export type AdmissionMilestoneStatus = 'done' | 'late' | 'due' | 'overdue';

/** One due date of an admission (R-ADM-1), as a calendar shows it. */
export interface AdmissionMilestone {
  rule: 'R-ADM-1';
  kind: AdmissionMilestoneKind;
  memberId: string;
  /** The member's name. */
  name: string;
  /** The last day (`YYYY-MM-DD`, Viet Nam): on it the step is still on time. */
  due: string;
  /** The day the step was taken, if it was. */
  doneOn?: string | undefined;
  status: AdmissionMilestoneStatus;
  /** What is due, e.g. "Hạn tổ chức lễ kết nạp đảng viên: Hoàng Thị Ngọc". */
  title: LocalizedText;
  /** How the day was counted. */
  basis: LocalizedText;
}

/** The person's age at the cell's consideration, in whole months (R-ADM-1). */
export interface AdmissionAge {
  /** The 18th birthday: the first day the cell may consider the admission. */
  from: string;
  /** The last day with at most 720 whole months (full 60 years). */
  until: string;
  /** The age at the consideration, when its date is known. */
  atConsideration?:
    | { on: string; months: number; eligible: boolean }
    | undefined;
}

/** The milestones of one member's admission (R-ADM-1). */
export interface AdmissionMilestones {
  memberId: string;
  name: string;
  /** The age window, when the date of birth is known. */
  age?: AdmissionAge | undefined;
  /**
   * Party age, counted from the date in the admission decision (Điều lệ Art.
   * 5.4); `months` at `at`, when it is given.
   */
  partyAge?: { from: string; months?: number | undefined } | undefined;
  /** The due dates, in date order. */
  milestones: AdmissionMilestone[];
  /** Overdue and late steps, and an age outside 18–60 at the consideration. */
  findings: Finding[];
}

/** The options of {@link getAdmissionMilestones}. */
export interface AdmissionMilestonesOptions {
  /**
   * Today (a date, a date-time or a `Date`, read in Viet Nam time): steps not
   * taken by then are `overdue`. chibo never reads the clock (R-TIME-2).
   * @defaultValue none: steps not taken are `due`
   */
  at?: string | Date | undefined;
  /**
   * The holidays that are not working days (R-HOL-1, R-HOL-2), with the
   * yearly official list.
   * @defaultValue the computed holidays, Saturday and Sunday off
   */
  holidays?: HolidayOptions | HolidayCalendar | undefined;
}

const AdmissionMilestonesOptionsArgument = z.strictObject({
  at: z
    .union([
      z.iso.date(),
      z.iso.datetime({ offset: true, local: true }),
      z.date().refine((d) => !Number.isNaN(d.getTime())),
    ])
    .optional(),
  holidays: z.unknown().optional(),
});

/** `date` plus whole months, the day kept or clamped to the month's last (Civil Code 2015 Art. 148). */
function addMonths(date: string, months: number): string {
  const { year, month, day } = fromDayNumber(parseDay(date));
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (`to` on or after `from`). */
function wholeMonths(from: string, to: string): number {
  const a = fromDayNumber(parseDay(from));
  const b = fromDayNumber(parseDay(to));
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonths(from, months) <= to ? months : months - 1;
}

/** The day before a date. */
const dayBefore = (date: string) => formatDay(parseDay(date) - 1);

/** The `count`th working day after `date` (the day itself not counted: Civil Code 2015 Art. 147). */
function addWorkingDays(
  date: string,
  count: number,
  calendar: HolidayCalendar,
): string {
  let day = parseDay(date);
  for (let left = count; left > 0; ) {
    day += 1;
    if (calendar.isWorkingDay(day, fromDayNumber(day).year)) left -= 1;
  }
  return formatDay(day);
}

/** `15/12/2026`: a date as Vietnamese and English text write it here. */
const shown = (date: string) => date.split('-').reverse().join('/');

function statusOf(
  due: string,
  doneOn: string | undefined,
  today: string | undefined,
): AdmissionMilestoneStatus {
  if (doneOn !== undefined) return doneOn <= due ? 'done' : 'late';
  return today !== undefined && today > due ? 'overdue' : 'due';
}

const TITLES: Record<AdmissionMilestoneKind, LocalizedText> = {
  'age-limit': {
    vi: 'Hạn cuối xét kết nạp theo tuổi đời',
    en: 'Last day to consider the admission, by age',
  },
  'course-certificate-expiry': {
    vi: 'Hạn cuối của giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng',
    en: 'Last day the course certificate on the Party is valid',
  },
  ceremony: {
    vi: 'Hạn tổ chức lễ kết nạp đảng viên',
    en: 'Admission ceremony due',
  },
  'probation-end': {
    vi: 'Hết thời gian dự bị, xét công nhận đảng viên chính thức',
    en: 'Probation ends: consider confirmation',
  },
};

/**
 * The milestones of a member's admission (R-ADM-1), from the dates on the
 * member: the age window at the cell's consideration (full 18 to full 60
 * years, counted in whole months), the 60-month validity of the course
 * certificate (06-HD/TW), the ceremony within 30 working days of receiving
 * the decision (weekends, holidays and days in lieu skipped, with the yearly
 * official list: R-HOL-1, R-HOL-2), the end of the 12 months of probation
 * from the ceremony, and party age from the date in the decision. Each due
 * date is the last day on time; with `at`, one not met by then is
 * `overdue` and a finding; one met after it is `late`.
 *
 * A milestone is given only when the date it counts from is known: no
 * ceremony milestone without `admittedOn`, no probation end without
 * `admissionCeremonyOn`. The age and the certificate are judged at
 * `consideredOn`; once a person is admitted without a recorded consideration
 * they are not judged.
 *
 * @param member - a core `Member` or a person on the way to admission, with
 *   the dates of their file ({@link AdmissionMember}).
 * @param options - `at` (today) and the holidays.
 * @returns the age window, party age, due dates and findings.
 * @throws ChiboError `invalid-argument` for a member that is not valid, has
 *   a misspelt key or dates out of order (paths from `member`), and for
 *   wrong options.
 * @example
 * ```ts
 * const ngoc = getAdmissionMilestones(
 *   { id: 'm17', name: 'Hoàng Thị Ngọc', standing: 'probationary', admittedOn: '2026-12-10' },
 *   { at: '2027-01-25' },
 * );
 * ngoc.milestones[0]; // { kind: 'ceremony', due: '2027-01-22', status: 'overdue', … }
 * ```
 */
export function getAdmissionMilestones(
  member: AdmissionMemberInput,
  options: AdmissionMilestonesOptions = {},
): AdmissionMilestones {
  const m = checkArgument('member', AdmissionMember, member);
  checkArgument('options', AdmissionMilestonesOptionsArgument, options);
  const calendar = createHolidayCalendar(options.holidays ?? {});
  const today =
    options.at === undefined ? undefined : toVietNamDate(options.at);
  const milestones: AdmissionMilestone[] = [];
  const findings: Finding[] = [];
  const add = (
    kind: AdmissionMilestoneKind,
    due: string,
    doneOn: string | undefined,
    basis: LocalizedText,
  ) => {
    // Confirmation follows the end of probation: it is never "late" here.
    const status =
      kind === 'probation-end' && doneOn !== undefined
        ? 'done'
        : statusOf(due, doneOn, today);
    const title = {
      vi: `${TITLES[kind].vi}: ${m.name}`,
      en: `${TITLES[kind].en}: ${m.name}`,
    };
    milestones.push({
      rule: 'R-ADM-1',
      kind,
      memberId: m.id,
      name: m.name,
      due,
      ...(doneOn === undefined ? {} : { doneOn }),
      status,
      title,
      basis,
    });
    if (status === 'overdue' || status === 'late') {
      const late = doneOn === undefined ? '' : doneOn;
      findings.push(
        createFinding(
          'R-ADM-1',
          `${kind}-${status}`,
          'warning',
          {
            vi: `${m.name} — ${TITLES[kind].vi} ngày ${shown(due)}: ${late ? `thực hiện muộn (ngày ${shown(late)})` : 'đã quá hạn'}.`,
            en: `${m.name} — ${TITLES[kind].en} ${due}: ${late ? `done late (on ${late})` : 'overdue'}.`,
          },
          [m.id],
        ),
      );
    }
  };

  const judged = m.consideredOn !== undefined || m.admittedOn === undefined;
  let age: AdmissionAge | undefined;
  if (m.dateOfBirth !== undefined) {
    const from = addMonths(m.dateOfBirth, ADMISSION_LIMITS.minAgeMonths);
    const until = dayBefore(
      addMonths(m.dateOfBirth, ADMISSION_LIMITS.maxAgeMonths + 1),
    );
    age = { from, until };
    if (m.consideredOn !== undefined) {
      const months = wholeMonths(m.dateOfBirth, m.consideredOn);
      const eligible =
        months >= ADMISSION_LIMITS.minAgeMonths &&
        months <= ADMISSION_LIMITS.maxAgeMonths;
      age.atConsideration = { on: m.consideredOn, months, eligible };
      if (!eligible) {
        const years = `${Math.floor(months / 12)}`;
        const rest = months % 12;
        findings.push(
          createFinding(
            'R-ADM-1',
            'age-out-of-range',
            'error',
            {
              vi: `${m.name} được xét kết nạp ngày ${shown(m.consideredOn)} khi ${years} tuổi ${rest} tháng: tuổi đời phải từ đủ 18 đến đủ 60 tuổi (tính theo tháng).`,
              en: `${m.name} was considered on ${m.consideredOn} at ${years} years and ${rest} months: the age must be from full 18 to full 60 years, counted in months.`,
            },
            [m.id],
          ),
        );
      }
    }
    if (judged && (m.consideredOn === undefined || m.consideredOn >= from)) {
      add('age-limit', until, m.consideredOn, {
        vi: `Tuổi đời khi chi bộ xét kết nạp từ đủ 18 đến đủ 60 tuổi (tính theo tháng); ngày sinh ${shown(m.dateOfBirth)}.`,
        en: `At the cell's consideration the age is from full 18 to full 60 years, counted in months; born on ${m.dateOfBirth}.`,
      });
    }
  }
  if (judged && m.courseCertificateOn !== undefined) {
    const until = dayBefore(
      addMonths(
        m.courseCertificateOn,
        ADMISSION_LIMITS.courseCertificateMonths,
      ),
    );
    if (
      m.consideredOn !== undefined &&
      m.consideredOn < m.courseCertificateOn
    ) {
      findings.push(
        createFinding(
          'R-ADM-1',
          'course-certificate-after-consideration',
          'error',
          {
            vi: `${m.name} được xét kết nạp ngày ${shown(m.consideredOn)}, trước ngày cấp giấy chứng nhận lớp bồi dưỡng nhận thức về Đảng ${shown(m.courseCertificateOn)}.`,
            en: `${m.name} was considered on ${m.consideredOn}, before the course certificate of ${m.courseCertificateOn}.`,
          },
          [m.id],
        ),
      );
    }
    add('course-certificate-expiry', until, m.consideredOn, {
      vi: `60 tháng kể từ ngày cấp giấy chứng nhận ${shown(m.courseCertificateOn)} (06-HD/TW).`,
      en: `60 months from the certificate of ${m.courseCertificateOn} (06-HD/TW).`,
    });
  }
  if (m.admittedOn !== undefined) {
    const received = m.decisionReceivedOn ?? m.admittedOn;
    add(
      'ceremony',
      addWorkingDays(received, ADMISSION_LIMITS.ceremonyWorkingDays, calendar),
      m.admissionCeremonyOn,
      {
        vi: `30 ngày làm việc kể từ ngày nhận quyết định kết nạp ${shown(received)}, không tính ngày nghỉ hằng tuần, ngày lễ, Tết.`,
        en: `30 working days from receiving the admission decision on ${received}, weekends and public holidays not counted.`,
      },
    );
  }
  if (m.admissionCeremonyOn !== undefined) {
    add(
      'probation-end',
      addMonths(m.admissionCeremonyOn, ADMISSION_LIMITS.probationMonths),
      m.confirmedOn,
      {
        vi: `12 tháng dự bị kể từ ngày lễ kết nạp ${shown(m.admissionCeremonyOn)}.`,
        en: `12 months of probation from the ceremony on ${m.admissionCeremonyOn}.`,
      },
    );
  }
  milestones.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const partyAge =
    m.admittedOn === undefined
      ? undefined
      : {
          from: m.admittedOn,
          ...(today !== undefined && today >= m.admittedOn
            ? { months: wholeMonths(m.admittedOn, today) }
            : {}),
        };
  return {
    memberId: m.id,
    name: m.name,
    ...(age ? { age } : {}),
    ...(partyAge ? { partyAge } : {}),
    milestones,
    findings,
  };
}
