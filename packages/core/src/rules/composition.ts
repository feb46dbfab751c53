import type { Cell } from '../entities/cell';
import { guardArguments } from '../entities/checkArgument';
import type { RuleSetId } from '../entities/enums';
import type { Member } from '../entities/member';
import { toVietNamDate } from '../time';
import { createFinding, type Finding } from './findings';
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
}

/** The verdict of `checkComposition` (R-CELL-1). */
export interface CompositionVerdict {
  rule: 'R-CELL-1';
  ruleSet: RuleSetId;
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
 * 12 months are reported (R-CELL-2).
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
    const overdue = probationary.filter(
      (m) =>
        m.admittedOn !== undefined &&
        addMonths(m.admittedOn, PROBATION_MONTHS) <= today,
    );
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
