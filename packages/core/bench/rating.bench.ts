import { marchRecord } from '@chibo/scenario';
import { bench, describe } from 'vitest';
import { type MeetingRecord, parseMeetingRecord } from '../src/index';
import { anPhuScheme, rateMeeting } from '../src/rating';

const record = parseMeetingRecord(marchRecord);
const inputs = { chairing: 9, principles: 5, 'praise-criticism': true };
const options = { history: [] };

/**
 * The baseline: the An Phú score of SCENARIO.md's March meeting computed
 * directly — the same numbers, no reasons, no validation of the inputs, no
 * rule sets, no missing-data bookkeeping, no scheme interpretation.
 */
function handWrittenAnPhu(
  r: MeetingRecord,
  chairing: number,
  principles: number,
  praise: boolean,
): number {
  const m = r.meeting;
  const t = m.timeline;
  const start = Date.parse(t.startedAt ?? m.scheduledAt);
  const scheduled = Date.parse(m.scheduledAt);
  // duration
  const minutes = (Date.parse(t.endedAt ?? '') - start) / 60_000;
  const short = 90 - minutes;
  let score =
    short <= 0
      ? 5
      : short <= 15
        ? 4
        : short <= 30
          ? 3
          : minutes * 2 >= 90
            ? 2
            : 1;
  // attendance (no history: nobody has a streak)
  const status = new Map(m.attendance.map((a) => [a.memberId, a.status]));
  let expected = 0;
  let present = 0;
  let unexcused = 0;
  for (const member of r.members) {
    if (
      member.exempt ||
      member.attachment === 'temporary-out' ||
      member.suspended
    )
      continue;
    expected++;
    const s = status.get(member.id);
    if (s === 'present') present++;
    else if (s === 'absent-unexcused') unexcused++;
  }
  const rate = (present * 100) / expected;
  score +=
    (unexcused > 0 ? 1 : rate >= 90 ? 4 : rate >= 75 ? 3 : rate >= 65 ? 2 : 1) +
    1;
  // preparation
  const before = (at: string | undefined) =>
    at !== undefined && Date.parse(at) <= start;
  if (before(t.contentPreparedAt)) score += 2;
  if (before(t.committeeMetAt)) score += 3;
  if (before(t.noticeSentAt)) score += 2;
  if (
    t.materialsPostedAt &&
    scheduled - Date.parse(t.materialsPostedAt) >= 86_400_000
  )
    score += 3;
  // conduct
  if (start <= scheduled) score += 3;
  if (t.agendaApprovedAt) score += 1;
  if (m.recorderId) score += 1;
  const previous = r.previousResolution?.tasks ?? [];
  if (
    previous.every((task) => m.taskReviews.some((rv) => rv.taskId === task.id))
  )
    score += 5;
  const speakers = new Set<string>();
  let presentAll = 0;
  for (const a of m.attendance) if (a.status === 'present') presentAll++;
  for (const o of m.opinions)
    if (status.get(o.speakerId) === 'present') speakers.add(o.speakerId);
  const spoke = (speakers.size * 100) / presentAll;
  score += spoke > 50 ? 5 : spoke >= 40 ? 4 : spoke >= 30 ? 3 : 2;
  if (praise) score += 5;
  if (m.conclusion) score += 2;
  const vote = m.votes.find((v) => v.id === m.resolution?.voteId);
  if (vote?.base && vote.for * 2 > vote.base.size) score += 3;
  if ((m.resolution?.tasks.length ?? 0) > 0) score += 5;
  score += chairing + principles;
  // results
  let achieved = 0;
  for (const task of previous) {
    const review = m.taskReviews.find((rv) => rv.taskId === task.id);
    const st = review?.status ?? task.status;
    const progress = review?.progress ?? task.progress;
    achieved +=
      st === 'done'
        ? 1
        : st === 'partly-done'
          ? progress
            ? progress.achieved / progress.target
            : 0.5
          : 0;
  }
  const share = (achieved * 100) / previous.length;
  score +=
    share >= 90
      ? 30
      : share >= 80
        ? 27
        : share >= 70
          ? 24
          : share >= 60
            ? 20
            : share >= 50
              ? 15
              : 10;
  // closing
  if (t.minutesApprovedAt) score += 3;
  if (t.endedAt) score += 2;
  return score;
}

// Check both before measuring: vitest's bench hides a task that throws.
const chibo = rateMeeting(record, anPhuScheme, inputs, options);
const baseline = handWrittenAnPhu(record, 9, 5, true);
if (chibo.total !== 87 || baseline !== 87 || chibo.level !== 'fair') {
  throw new Error(
    `the fixture no longer rates 87: chibo ${chibo.total}, baseline ${baseline}`,
  );
}

// Longer runs: the figure is ratings per second, and short runs on a shared
// machine are dominated by a few GC pauses.
const timing = { time: 2000, warmupTime: 500 };

describe('An Phú rating of the March 2027 meeting', () => {
  bench(
    'chibo rateMeeting (reasons, validated inputs)',
    () => {
      rateMeeting(record, anPhuScheme, inputs, options);
    },
    timing,
  );
  bench(
    'baseline: hand-written An Phú score',
    () => {
      handWrittenAnPhu(record, 9, 5, true);
    },
    timing,
  );
});
