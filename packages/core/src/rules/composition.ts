import type { Cell } from '../entities/cell';
import { guardArguments } from '../entities/checkArgument';
import type { RuleSetId } from '../entities/enums';
import type { Member } from '../entities/member';
import { toVietNamDate } from '../time';
import { createFinding, type Finding } from './findings';
import {
  getRegulationsInForce,
  REGULATIONS,
  type Regulation,
  type RegulationId,
} from './regulations';
import {
  CellArgument,
  MembersArgument,
  RuleOptionsArgument,
} from './ruleArguments';
import { getRuleSet, LATEST_RULE_SET_ID, resolveRuleSet } from './ruleSets';

/** The options of `checkComposition`. */
export interface CheckCompositionOptions {
  /**
   * The date the composition is checked at: it picks the rule set and finds
   * probationary members past their 12 months (R-CELL-2).
   * @defaultValue none: the newest rule set, and no probation check
   */
  at?: string | Date | undefined;
  /** A rule set to pin (R-SET-1). */
  ruleSet?: RuleSetId | undefined;
  /**
   * The regulation on the Điều lệ to pin (R-SET-1): `'294-QĐ/TW'` checks the
   * limits of 2025-07-01 (one phó bí thư, a chi ủy of at most 7) whatever
   * the date; an older one does not.
   * @defaultValue the text in force on `at`, or the newest without `at`
   */
  charter?: RegulationId | undefined;
}

/** The verdict of `checkComposition` (R-CELL-1). */
export interface CompositionVerdict {
  rule: 'R-CELL-1';
  ruleSet: RuleSetId;
  /** The texts the verdict rests on, by number (R-SET-1), e.g. `['Điều lệ Đảng Art. 24', '294-QĐ/TW']`. */
  texts: string[];
  /** No finding of severity `error`. */
  valid: boolean;
  /** Official members on the cell's own list, exempt ones included (the đảng số). */
  officialCount: number;
  probationaryCount: number;
  exemptCount: number;
  temporaryInCount: number;
  /** 9 or more official members: a chi ủy must be elected. */
  requiresCellCommittee: boolean;
  secretaryIds: string[];
  deputySecretaryIds: string[];
  /** Everyone holding a leadership role, i.e. the chi ủy when there is one. */
  cellCommitteeIds: string[];
  findings: Finding[];
}

/** Official members needed to form a cell (R-CELL-1). */
export const MIN_OFFICIAL_MEMBERS = 3;
/** Official members from which a cell elects a chi ủy (R-CELL-1). */
export const CELL_COMMITTEE_THRESHOLD = 9;
/** The smallest chi ủy: bí thư, phó bí thư and one chi ủy viên. */
export const MIN_CELL_COMMITTEE_SIZE = 3;
/** The largest chi ủy from 2025-07-01 (R-CELL-1 v2, 294-QĐ/TW). */
export const MAX_CELL_COMMITTEE_SIZE = 7;
/** The most phó bí thư a cell has from 2025-07-01 (R-CELL-1 v2, 294-QĐ/TW). */
export const MAX_DEPUTY_SECRETARIES = 1;

/** The first text on the Điều lệ that limits the chi ủy and the phó bí thư. */
const LIMITS_FROM = REGULATIONS.find((r) => r.id === '294-QĐ/TW') as Regulation;

function charterOf(options: CheckCompositionOptions): Regulation {
  if (options.charter !== undefined || options.at !== undefined) {
    return getRegulationsInForce(
      options.at ?? LIMITS_FROM.inForceFrom,
      options.charter ? { charter: options.charter } : {},
    ).charter;
  }
  const newest = REGULATIONS.filter((r) => r.layer === 'charter').at(-1);
  return newest as Regulation;
}

const PROBATION_MONTHS = 12;

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Check a cell's composition and leadership (R-CELL-1): at least 3 official
 * members; with 9 or more, a chi ủy of at least 3 with the bí thư and phó bí
 * thư in it; with fewer, a bí thư and no chi ủy. Exempt members count toward
 * these numbers; members attached temporarily from elsewhere do not. Leaders
 * must be official members (R-CELL-2). With `at`, probationary members past
 * 12 months are reported (R-CELL-2). From 2025-07-01 (R-CELL-1 v2, 294-QĐ/TW)
 * a cell has at most one phó bí thư and a chi ủy of at most 7: more is an
 * error on and after that date, and not before it.
 *
 * @param cell - the cell.
 * @param members - everyone on its list, including temporary attachments.
 * @param options - the date and rule set.
 * @returns the counts and every finding, each citing its rule.
 * @example
 * ```ts
 * const verdict = checkComposition(cell, members, { at: '2027-03-09' });
 * verdict.requiresCellCommittee; // true for 14 official members
 * verdict.findings; // [] when a chi ủy of three is in place
 * ```
 */
export function checkComposition(
  cell: Pick<Cell, 'id' | 'name'>,
  members: readonly Member[],
  options: CheckCompositionOptions = {},
): CompositionVerdict {
  return guardArguments(
    [
      ['cell', CellArgument, cell],
      ['members', MembersArgument, members],
      ['options', RuleOptionsArgument, options],
    ],
    () => checkCompositionUnchecked(cell, members, options),
  );
}

function checkCompositionUnchecked(
  cell: Pick<Cell, 'id' | 'name'>,
  members: readonly Member[],
  options: CheckCompositionOptions = {},
): CompositionVerdict {
  const ruleSet =
    options.at !== undefined
      ? resolveRuleSet(options.at, options.ruleSet)
      : getRuleSet(options.ruleSet ?? LATEST_RULE_SET_ID);
  const own = members.filter((m) => m.attachment !== 'temporary-in');
  const official = own.filter((m) => m.standing === 'official');
  const probationary = own.filter((m) => m.standing === 'probationary');
  const exempt = official.filter((m) => m.exempt);
  const holding = (role: Member['roles'][number]) =>
    members.filter((m) => m.roles.includes(role)).map((m) => m.id);
  const secretaryIds = holding('secretary');
  const deputySecretaryIds = holding('deputy-secretary');
  const cellCommitteeIds = members
    .filter((m) => m.roles.length > 0)
    .map((m) => m.id);
  const requiresCellCommittee = official.length >= CELL_COMMITTEE_THRESHOLD;
  const charter = charterOf(options);
  const limited = charter.inForceFrom >= LIMITS_FROM.inForceFrom;
  const findings: Finding[] = [];
  const n = official.length;

  if (n < MIN_OFFICIAL_MEMBERS) {
    findings.push(
      createFinding('R-CELL-1', 'too-few-official-members', 'error', {
        vi: `${cell.name} chỉ có ${n} đảng viên chính thức; chi bộ phải có ít nhất ${MIN_OFFICIAL_MEMBERS}.`,
        en: `${cell.name} has ${n} full members; a cell needs at least ${MIN_OFFICIAL_MEMBERS}.`,
      }),
    );
  }
  if (secretaryIds.length === 0) {
    findings.push(
      createFinding('R-CELL-1', 'secretary-missing', 'error', {
        vi: 'Chi bộ chưa có bí thư.',
        en: 'The cell has no secretary (bí thư).',
      }),
    );
  } else if (secretaryIds.length > 1) {
    findings.push(
      createFinding(
        'R-CELL-1',
        'several-secretaries',
        'error',
        {
          vi: `Chi bộ có ${secretaryIds.length} bí thư; chỉ được có một.`,
          en: `The cell has ${secretaryIds.length} secretaries; it has exactly one.`,
        },
        secretaryIds,
      ),
    );
  }
  if (
    requiresCellCommittee &&
    cellCommitteeIds.length < MIN_CELL_COMMITTEE_SIZE
  ) {
    findings.push(
      createFinding(
        'R-CELL-1',
        'cell-committee-required',
        'error',
        {
          vi: `Chi bộ có ${n} đảng viên chính thức (từ ${CELL_COMMITTEE_THRESHOLD} trở lên) nên phải bầu chi ủy; hiện chỉ có ${cellCommitteeIds.length} người giữ chức vụ.`,
          en: `With ${n} full members (${CELL_COMMITTEE_THRESHOLD} or more) the cell must elect a cell committee (chi ủy); only ${cellCommitteeIds.length} hold a post.`,
        },
        cellCommitteeIds,
      ),
    );
  }
  if (limited && deputySecretaryIds.length > MAX_DEPUTY_SECRETARIES) {
    findings.push(
      createFinding(
        'R-CELL-1',
        'several-deputy-secretaries',
        'error',
        {
          vi: `Chi bộ có ${deputySecretaryIds.length} phó bí thư; theo ${charter.id}, chi bộ chỉ có một phó bí thư.`,
          en: `The cell has ${deputySecretaryIds.length} deputy secretaries; under ${charter.id} a cell has one.`,
        },
        deputySecretaryIds,
      ),
    );
  }
  if (limited && cellCommitteeIds.length > MAX_CELL_COMMITTEE_SIZE) {
    findings.push(
      createFinding(
        'R-CELL-1',
        'cell-committee-too-large',
        'error',
        {
          vi: `Chi ủy có ${cellCommitteeIds.length} người; theo ${charter.id}, chi ủy có không quá ${MAX_CELL_COMMITTEE_SIZE} chi ủy viên.`,
          en: `The cell committee has ${cellCommitteeIds.length} members; under ${charter.id} it has at most ${MAX_CELL_COMMITTEE_SIZE}.`,
        },
        cellCommitteeIds,
      ),
    );
  }
  const committeeMembers = holding('committee-member');
  if (!requiresCellCommittee && committeeMembers.length > 0) {
    findings.push(
      createFinding(
        'R-CELL-1',
        'cell-committee-not-allowed',
        'warning',
        {
          vi: `Chi bộ có dưới ${CELL_COMMITTEE_THRESHOLD} đảng viên chính thức nên bầu bí thư (và phó bí thư nếu cần), không bầu chi ủy viên.`,
          en: `With fewer than ${CELL_COMMITTEE_THRESHOLD} full members the cell elects a secretary (and a deputy if needed), not a cell committee.`,
        },
        committeeMembers,
      ),
    );
  }
  const probationaryLeaders = members.filter(
    (m) => m.roles.length > 0 && m.standing !== 'official',
  );
  if (probationaryLeaders.length > 0) {
    findings.push(
      createFinding(
        'R-CELL-2',
        'leader-not-official',
        'error',
        {
          vi: `Đảng viên dự bị không được bầu vào chức vụ: ${probationaryLeaders.map((m) => m.name).join(', ')}.`,
          en: `Probationary members cannot hold a post: ${probationaryLeaders.map((m) => m.name).join(', ')}.`,
        },
        probationaryLeaders.map((m) => m.id),
      ),
    );
  }
  const awayLeaders = members.filter(
    (m) => m.roles.length > 0 && (m.attachment !== 'regular' || m.suspended),
  );
  if (awayLeaders.length > 0) {
    findings.push(
      createFinding(
        'R-CELL-1',
        'leader-not-active-here',
        'warning',
        {
          vi: `Người giữ chức vụ đang sinh hoạt tạm thời hoặc bị đình chỉ: ${awayLeaders.map((m) => m.name).join(', ')}.`,
          en: `Post holders attached elsewhere, attached temporarily or suspended: ${awayLeaders.map((m) => m.name).join(', ')}.`,
        },
        awayLeaders.map((m) => m.id),
      ),
    );
  }
  if (options.at !== undefined) {
    const today = toVietNamDate(options.at);
    // Probation runs 12 months from the ceremony (R-ADM-1), or from the
    // admission decision where the ceremony's date is not recorded.
    const overdue = probationary.filter((m) => {
      const start = m.admissionCeremonyOn ?? m.admittedOn;
      return start !== undefined && addMonths(start, PROBATION_MONTHS) <= today;
    });
    if (overdue.length > 0) {
      findings.push(
        createFinding(
          'R-CELL-2',
          'confirmation-due',
          'warning',
          {
            vi: `Đã hết 12 tháng dự bị, cần xét công nhận đảng viên chính thức: ${overdue.map((m) => m.name).join(', ')}.`,
            en: `Probation of 12 months is over; confirmation is due for: ${overdue.map((m) => m.name).join(', ')}.`,
          },
          overdue.map((m) => m.id),
        ),
      );
    }
  }
  return {
    rule: 'R-CELL-1',
    ruleSet: ruleSet.id,
    texts: ['Điều lệ Đảng Art. 24', charter.id],
    valid: findings.every((f) => f.severity !== 'error'),
    officialCount: n,
    probationaryCount: probationary.length,
    exemptCount: exempt.length,
    temporaryInCount: members.length - own.length,
    requiresCellCommittee,
    secretaryIds,
    deputySecretaryIds,
    cellCommitteeIds,
    findings,
  };
}
