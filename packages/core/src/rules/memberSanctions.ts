import { guardArguments } from '../entities/checkArgument';
import type { DuesPayment } from '../entities/dues';
import type { RuleSetId, SanctionStatus } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import type { Member } from '../entities/member';
import { getVietNamCivilTime } from '../time';
import { getNotExpectedReason } from './attendanceSummary';
import {
  type ExcusedStreak,
  excusedStreaks,
  meetingsOfYear,
} from './excusedStreaks';
import { createFinding, type Finding } from './findings';
import { getRegulationsInForce, type RegulationPins } from './regulations';
import {
  MeetingsArgument,
  MembersArgument,
  RuleOptionsArgument,
  YearArgument,
} from './ruleArguments';
import { getRuleSet, resolveRuleSet } from './ruleSets';

/** The options of `memberSanctions`. */
export interface MemberSanctionsOptions {
  /** Dues of the year, month by month; unpaid months count toward R-ATT-3. */
  dues?: readonly DuesPayment[] | undefined;
  /** A rule set to pin; by default the one in force at the end of `year`. */
  ruleSet?: RuleSetId | undefined;
  /**
   * Texts to pin, by layer (R-SET-1): `charter` and `dues` are the ones
   * R-ATT-3 cites.
   * @defaultValue the texts in force at the end of `year`
   */
  regulations?: RegulationPins | undefined;
}

/** One member's standing for the year (R-ATT-3, R-ATT-2). */
export interface MemberSanction {
  memberId: string;
  name: string;
  year: number;
  /** The rule set whose numbers were applied (R-SET-1). */
  ruleSet: RuleSetId;
  /**
   * The texts the verdict rests on, by number (R-SET-1): the regulation on
   * the Điều lệ in force at the end of the year and, when dues were given,
   * the text on dues, e.g. `['294-QĐ/TW', '01-QĐ/TW']` for 2026.
   */
  texts: string[];
  /** Months with at least one meeting missed without reason. */
  unexcusedAbsence: { months: string[]; meetingIds: string[] };
  /** Months whose dues are unpaid without a valid reason. */
  unpaidDues: { months: string[] };
  /** The worse of the two counts decides: warn at 2, flag at 3 (R-ATT-3). */
  status: SanctionStatus;
  /** The longest run of excused absences this year, and whether it breaks R-ATT-2. */
  excusedStreak: ExcusedStreak & { exceeds: boolean };
  findings: Finding[];
}

const monthOf = (iso: string) => {
  const t = getVietNamCivilTime(iso);
  return `${t.year}-${String(t.month).padStart(2, '0')}`;
};

/**
 * Each member's record for a calendar year against R-ATT-3 and R-ATT-2:
 * months with a meeting missed without reason, months of unpaid dues, and the
 * longest run of excused absences. "3 months in a year" is read as 3 months
 * in total in the calendar year, not in a row ([open], DOMAIN R-ATT-3); each
 * month counts once however many meetings were missed in it. At 2 months the
 * member gets a warning, at 3 a proposal for removal (xóa tên) that the cell
 * considers and the upper committee decides — the flag never decides.
 * Each entry names the texts it applied (R-SET-1): the regulation on the
 * Điều lệ and, for dues, the text on dues in force at the end of the year.
 *
 * @param meetings - the cell's meetings (any years; only `year` is used).
 * @param members - the members to report on.
 * @param year - the calendar year, in Viet Nam time.
 * @param options - dues and rule set.
 * @returns one entry per member, in the order given.
 * @example
 * ```ts
 * const report = memberSanctions(meetings2027, members, 2027, { dues });
 * report.filter((m) => m.status !== 'clear');
 * report[0]?.texts; // ['294-QĐ/TW', '01-QĐ/TW']
 * ```
 */
export function memberSanctions(
  meetings: ReadonlyArray<Pick<Meeting, 'id' | 'scheduledAt' | 'attendance'>>,
  members: readonly Member[],
  year: number,
  options: MemberSanctionsOptions = {},
): MemberSanction[] {
  return guardArguments(
    [
      ['meetings', MeetingsArgument, meetings],
      ['members', MembersArgument, members],
      ['year', YearArgument, year],
      ['options', RuleOptionsArgument, options],
    ],
    () => memberSanctionsUnchecked(meetings, members, year, options),
  );
}

function memberSanctionsUnchecked(
  meetings: ReadonlyArray<Pick<Meeting, 'id' | 'scheduledAt' | 'attendance'>>,
  members: readonly Member[],
  year: number,
  options: MemberSanctionsOptions = {},
): MemberSanction[] {
  const ruleSet = options.ruleSet
    ? getRuleSet(options.ruleSet)
    : resolveRuleSet(`${year}-12-31`);
  const inForce = getRegulationsInForce(`${year}-12-31`, options.regulations);
  const texts =
    options.dues === undefined
      ? [inForce.charter.id]
      : [inForce.charter.id, inForce.dues.id];
  const ordered = meetingsOfYear(meetings, year);
  const streaks = new Map(
    excusedStreaks(
      ordered,
      members.map((m) => m.id),
    ).map((s) => [s.memberId, s]),
  );
  const duesOfYear = (options.dues ?? []).filter((d) =>
    d.month.startsWith(`${year}-`),
  );
  const worst = (months: number): SanctionStatus =>
    months >= ruleSet.removalCandidateMonths
      ? 'removal-candidate'
      : months >= ruleSet.removalWarningMonths
        ? 'warning'
        : 'clear';

  return members.map((member) => {
    // Exempt members and those attached elsewhere are not expected here, so
    // a line marking them absent does not count against them (as in R-ATT-1).
    const expected =
      getNotExpectedReason(member, {
        specialDutyNotExpected: ruleSet.specialDutyNotExpected,
      }) === undefined;
    const missed = expected
      ? ordered.filter((m) =>
          m.attendance.some(
            (a) => a.memberId === member.id && a.status === 'absent-unexcused',
          ),
        )
      : [];
    const absenceMonths = [
      ...new Set(missed.map((m) => monthOf(m.scheduledAt))),
    ].sort();
    const duesMonths = [
      ...new Set(
        duesOfYear
          .filter((d) => d.memberId === member.id && d.status === 'unpaid')
          .map((d) => d.month),
      ),
    ].sort();
    const count = Math.max(absenceMonths.length, duesMonths.length);
    const status = worst(count);
    const streak = streaks.get(member.id) ?? {
      memberId: member.id,
      length: 0,
      meetingIds: [],
    };
    const exceeds = expected && streak.length > ruleSet.maxExcusedAbsencesInRow;
    const findings: Finding[] = [];
    const detail = {
      vi: `vắng không lý do ${absenceMonths.length} tháng, không đóng đảng phí ${duesMonths.length} tháng trong năm ${year}`,
      en: `${absenceMonths.length} month(s) absent without reason and ${duesMonths.length} month(s) of unpaid dues in ${year}`,
    };
    if (status === 'removal-candidate') {
      findings.push(
        createFinding(
          'R-ATT-3',
          'removal-candidate',
          'warning',
          {
            vi: `${member.name}: ${detail.vi}. Chi bộ xem xét, đề nghị cấp ủy cấp trên xóa tên.`,
            en: `${member.name}: ${detail.en}. The cell considers proposing removal to the upper committee.`,
          },
          [member.id],
        ),
      );
    } else if (status === 'warning') {
      findings.push(
        createFinding(
          'R-ATT-3',
          'removal-warning',
          'warning',
          {
            vi: `${member.name}: ${detail.vi}. Thêm một tháng sẽ thuộc diện xem xét xóa tên.`,
            en: `${member.name}: ${detail.en}. One more month makes them a candidate for removal.`,
          },
          [member.id],
        ),
      );
    }
    if (exceeds) {
      findings.push(
        createFinding(
          'R-ATT-2',
          'excused-absences-in-row',
          'warning',
          {
            vi: `${member.name} vắng có lý do ${streak.length} lần liên tiếp trong năm ${year} (quá ${ruleSet.maxExcusedAbsencesInRow} lần).`,
            en: `${member.name} was absent with reason ${streak.length} times in a row in ${year} (more than ${ruleSet.maxExcusedAbsencesInRow}).`,
          },
          [member.id],
        ),
      );
    }
    return {
      memberId: member.id,
      name: member.name,
      year,
      ruleSet: ruleSet.id,
      texts: [...texts],
      unexcusedAbsence: {
        months: absenceMonths,
        meetingIds: missed.map((m) => m.id),
      },
      unpaidDues: { months: duesMonths },
      status,
      excusedStreak: { ...streak, exceeds },
      findings,
    };
  });
}
