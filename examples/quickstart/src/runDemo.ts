import {
  attendanceSummary,
  checkComposition,
  getLabel,
  type Locale,
  parseMeetingRecord,
  tallyVote,
  votingBase,
} from '@chibo/core';
import { marchRecord } from '@chibo/scenario';

const percent = (value: number | null, locale: Locale) =>
  value === null
    ? '—'
    : `${(value * 100).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 })}%`;

const yesNo = (met: boolean | null, locale: Locale) =>
  met === null
    ? locale === 'vi'
      ? 'chưa xác định'
      : 'unknown'
    : met
      ? locale === 'vi'
        ? 'đạt'
        : 'met'
      : locale === 'vi'
        ? 'không đạt'
        : 'not met';

/**
 * Take the Trang Nùng cell (DOMAIN.md §10, SCENARIO.md) through the rules of
 * @chibo/core for its March 2027 meeting and return the printed report.
 *
 * @param locale - the language of the report.
 * @returns the report's lines.
 */
export function runDemo(locale: Locale = 'vi'): string[] {
  const t = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const record = parseMeetingRecord(marchRecord);
  const { cell, members, meeting } = record;
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  const lines: string[] = [];

  lines.push(`${cell.name} — ${cell.parent.name}`);
  lines.push(
    `${getLabel('meetingKind', meeting.kind, locale)}: ${meeting.scheduledAt}, ${meeting.place}`,
  );

  const composition = checkComposition(cell, members, {
    at: meeting.scheduledAt,
  });
  lines.push('', t('1. Cơ cấu chi bộ (R-CELL-1)', '1. Composition (R-CELL-1)'));
  lines.push(
    t(
      `   ${composition.officialCount} đảng viên chính thức (${composition.exemptCount} miễn sinh hoạt), ${composition.probationaryCount} dự bị; ${composition.requiresCellCommittee ? 'phải có chi ủy' : 'không bầu chi ủy'}: ${composition.cellCommitteeIds.map(name).join(', ')}.`,
      `   ${composition.officialCount} full members (${composition.exemptCount} exempt), ${composition.probationaryCount} probationary; ${composition.requiresCellCommittee ? 'a cell committee is required' : 'no cell committee'}: ${composition.cellCommitteeIds.map(name).join(', ')}.`,
    ),
  );
  lines.push(
    `   ${composition.valid ? t('Hợp lệ', 'Valid') : t('Không hợp lệ', 'Not valid')} (${composition.ruleSet}).`,
  );
  const withoutCommittee = checkComposition(
    cell,
    members.map((m) => ({ ...m, roles: [] })),
    { at: meeting.scheduledAt },
  );
  lines.push(
    t('   Nếu chi bộ chưa có chi ủy:', '   If the cell had no cell committee:'),
  );
  for (const finding of withoutCommittee.findings) {
    lines.push(`   - [${finding.rule}] ${finding.message[locale]}`);
  }

  const summary = attendanceSummary(meeting, members, { history: [] });
  lines.push(
    '',
    t('2. Điểm danh (R-ATT-1, R-ATT-2)', '2. Attendance (R-ATT-1, R-ATT-2)'),
  );
  lines.push(
    t(
      `   Tổng số ${summary.totals.all} đồng chí: ${summary.totals.official} chính thức, ${summary.totals.probationary} dự bị, ${summary.totals.temporaryIn} sinh hoạt tạm thời; miễn sinh hoạt ${summary.totals.exempt}.`,
      `   ${summary.totals.all} members: ${summary.totals.official} full, ${summary.totals.probationary} probationary, ${summary.totals.temporaryIn} attached temporarily; ${summary.totals.exempt} exempt.`,
    ),
  );
  lines.push(
    t(
      `   Có mặt ${summary.rate.present}/${summary.rate.expected} đồng chí phải dự (${percent(summary.rate.value, locale)}).`,
      `   Present ${summary.rate.present} of ${summary.rate.expected} expected (${percent(summary.rate.value, locale)}).`,
    ),
  );
  for (const absent of summary.absentExcused) {
    lines.push(
      t(
        `   Vắng có lý do: ${absent.name} (${absent.reason}).`,
        `   Absent with reason: ${absent.name} (${absent.reason}).`,
      ),
    );
  }
  for (const absent of summary.absentUnexcused) {
    lines.push(
      t(
        `   Vắng không lý do: ${absent.name}.`,
        `   Absent without reason: ${absent.name}.`,
      ),
    );
  }
  const c = summary.conditions;
  lines.push(
    t(
      `   Tỷ lệ trên ${c.rateAboveThreshold.thresholdPercent}%: ${yesNo(c.rateAboveThreshold.met, locale)}; không ai vắng không lý do: ${yesNo(c.noUnexcusedAbsence.met, locale)}; không ai vắng có lý do quá ${c.noLongExcusedStreak.maxInRow} lần liên tiếp: ${yesNo(c.noLongExcusedStreak.met, locale)}.`,
      `   Rate above ${c.rateAboveThreshold.thresholdPercent}%: ${yesNo(c.rateAboveThreshold.met, locale)}; nobody absent without reason: ${yesNo(c.noUnexcusedAbsence.met, locale)}; nobody absent with reason more than ${c.noLongExcusedStreak.maxInRow} times in a row: ${yesNo(c.noLongExcusedStreak.met, locale)}.`,
    ),
  );

  const base = votingBase(meeting, members);
  lines.push(
    '',
    t(
      '3. Số đảng viên có quyền biểu quyết (R-VOTE-1)',
      '3. Voting base (R-VOTE-1)',
    ),
  );
  lines.push(
    t(
      `   ${base.size} đồng chí. Không tính:`,
      `   ${base.size} members. Left out:`,
    ),
  );
  for (const out of base.excluded) {
    lines.push(
      `   - ${name(out.memberId)}: ${getLabel('votingBaseExclusion', out.reason, locale)}`,
    );
  }
  for (const vote of meeting.votes) {
    const tally = tallyVote(vote, base);
    lines.push(
      t(
        `   ${getLabel('voteSubject', vote.subject, locale)}: ${tally.for} tán thành, ${tally.against} không tán thành, ${tally.abstain} ý kiến khác trên ${tally.base}; cần ít nhất ${tally.required}: ${tally.passed ? 'THÔNG QUA' : 'KHÔNG THÔNG QUA'} [${tally.rule}].`,
        `   ${getLabel('voteSubject', vote.subject, locale)}: ${tally.for} for, ${tally.against} against, ${tally.abstain} other, out of ${tally.base}; ${tally.required} needed: ${tally.passed ? 'PASSED' : 'NOT PASSED'} [${tally.rule}].`,
      ),
    );
  }
  return lines;
}
