import {
  attendanceSummary,
  checkComposition,
  getLabel,
  type Locale,
  recordVotingBase,
  tallyVote,
} from '@chibo/core';
import { formatLunarDate, solarToLunar } from '@chibo/schedule';
import { describeYear } from './describeYear';
import { holdMeeting } from './holdMeeting';
import { getScenarioYear } from './scenarioYear';
import {
  planYear,
  renderMeetingFiles,
  renderYearFiles,
  writeOutputs,
} from './writeOutputs';

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

/** The options of {@link runDemo}. */
export interface RunDemoOptions {
  /** The language of the report and the documents. @defaultValue 'vi' */
  locale?: Locale | undefined;
  /** Where the documents and the calendar go. @defaultValue 'out' */
  outDir?: string | undefined;
}

/**
 * Take the Trang Nùng cell (DOMAIN.md §10, SCENARIO.md) through its March
 * 2027 meeting on the meeting machine, rate it, then summarise the cell's
 * year 2027 (R-YEAR-3); write the minutes, the resolution, the score sheet,
 * the cell's 2027 calendar, the dues book (.docx and .csv) and the yearly
 * report to `outDir`, and return the printed report.
 *
 * @param options - the language and the output folder.
 * @returns the report's lines.
 */
export async function runDemo(options: RunDemoOptions = {}): Promise<string[]> {
  const { locale = 'vi', outDir = 'out' } = options;
  const t = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const held = holdMeeting();
  const { record } = held;
  const { cell, members, meeting } = record;
  const name = (id: string) => members.find((m) => m.id === id)?.name ?? id;
  const lines: string[] = [];

  lines.push(`${cell.name} — ${cell.parent.name}`);
  lines.push(
    `${getLabel('meetingKind', meeting.kind, locale)}: ${meeting.timeline.startedAt} → ${meeting.timeline.endedAt}, ${meeting.place}`,
  );
  lines.push(
    t(
      `Máy trạng thái: ${held.accepted} sự kiện được nhận, ${held.rejected.length} bị từ chối; lưu ảnh chụp (${held.persistedBytes} byte) sau điểm danh rồi khôi phục; trạng thái cuối: ${held.state}.`,
      `Meeting machine: ${held.accepted} events accepted, ${held.rejected.length} refused; snapshot stored after the roll call (${held.persistedBytes} bytes) and restored; final state: ${held.state}.`,
    ),
  );
  for (const refused of held.rejected) {
    lines.push(
      `   - ${refused.type}${refused.rule ? ` [${refused.rule}]` : ''}: ${refused.reason[locale]}`,
    );
  }

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

  const base = recordVotingBase(record);
  lines.push(
    '',
    t(
      '3. Số đảng viên có quyền biểu quyết (R-VOTE-1)',
      '3. Voting base (R-VOTE-1)',
    ),
  );
  const convened = base.reading === 'convened';
  lines.push(
    t(
      `   ${base.size} đồng chí, theo ${base.texts.join(', ')} (${convened ? 'đảng viên chính thức được triệu tập; vắng có lý do vẫn tính' : 'vắng có lý do không tính'}). Không tính:`,
      `   ${base.size} members, under ${base.texts.join(', ')} (${convened ? 'the official members convened; absent with a reason still count' : 'absent with a reason left out'}). Left out:`,
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

  const { proposed, final } = held;
  const rating = meeting.rating;
  lines.push(
    '',
    t(
      '4. Xếp loại chất lượng (R-RATE-2, R-RATE-3; phiếu An Phú HD42)',
      '4. Quality rating (R-RATE-2, R-RATE-3; An Phú HD42 sheet)',
    ),
  );
  for (const criterion of final.criteria) {
    lines.push(
      `   ${criterion.label[locale]}: ${criterion.score ?? '—'}/${criterion.maxPoints} — ${criterion.reason[locale]}`,
    );
  }
  lines.push(
    t(
      `   Chi ủy đề xuất ${proposed.total}/100 (${getLabel('ratingLevel', proposed.level ?? 'poor', locale)}); chi bộ thông qua: ${rating?.approvedLevel ? getLabel('ratingLevel', rating.approvedLevel, locale) : '—'}; xác nhận: ${rating?.confirmedBy?.name ?? '—'}.`,
      `   Proposed by the cell committee: ${proposed.total}/100 (${getLabel('ratingLevel', proposed.level ?? 'poor', locale)}); approved: ${rating?.approvedLevel ? getLabel('ratingLevel', rating.approvedLevel, locale) : '—'}; confirmed by ${rating?.confirmedBy?.name ?? '—'}.`,
    ),
  );
  lines.push(
    final.total === proposed.total
      ? t(
          `   Chấm lại sau khi bế mạc: ${final.total}/100, khớp với đề xuất.`,
          `   Rated again after the close: ${final.total}/100, as proposed.`,
        )
      : t(
          `   Chấm lại sau khi bế mạc: ${final.total}/100, KHÁC đề xuất.`,
          `   Rated again after the close: ${final.total}/100, NOT as proposed.`,
        ),
  );

  const plan = planYear(record, 2027);
  const year = getScenarioYear();
  // Everything is rendered before anything is written.
  const written = await writeOutputs(
    [
      ...(await renderMeetingFiles(record, plan, locale)),
      ...(await renderYearFiles(year, locale)),
    ],
    outDir,
  );
  lines.push('', t('5. Lịch sinh hoạt năm 2027', '5. The 2027 calendar'));
  for (const planned of plan.meetings) {
    const [year = 0, month = 0, day = 0] = planned.date.split('-').map(Number);
    const lunar = formatLunarDate(solarToLunar({ year, month, day }), locale);
    const moved = planned.shift ? ` — ${planned.shift.message[locale]}` : '';
    lines.push(
      `   ${planned.start.slice(0, 16).replace('T', ' ')} ${planned.title[locale]}; ${lunar}${moved}`,
    );
  }
  for (const warning of plan.warnings) {
    lines.push(`   ! [${warning.rule}] ${warning.message[locale]}`);
  }

  lines.push(
    '',
    t(
      `6. Năm ${year.summary.year} của chi bộ (R-YEAR-3)`,
      `6. The cell's year ${year.summary.year} (R-YEAR-3)`,
    ),
    ...describeYear(year.summary, locale),
  );

  lines.push(
    '',
    t(`7. Tệp đã ghi vào ${outDir}/`, `7. Files written to ${outDir}/`),
  );
  for (const file of written) {
    lines.push(
      `   ${file.name} (${file.bytes.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')} byte)`,
    );
  }
  return lines;
}
