import { bench, describe } from 'vitest';
import {
  attendanceSummary,
  parseMeeting,
  tallyVote,
  votingBase,
} from '../src/index';
import { createLargeCell } from './fixtures';

const { rawMeeting, members } = createLargeCell();
const meeting = parseMeeting(rawMeeting);
const vote = meeting.votes[0];
if (!vote) throw new Error('fixture has no vote');

/**
 * The baseline: the least any implementation must do — one pass counting the
 * present, the expected and the voting base, and one comparison — with no
 * names, reasons, findings, rule sets or exact-threshold bookkeeping.
 */
function handWrittenCount() {
  const status = new Map(meeting.attendance.map((a) => [a.memberId, a.status]));
  let expected = 0;
  let present = 0;
  let base = 0;
  for (const m of members) {
    const s = status.get(m.id);
    if (!m.exempt && m.attachment !== 'temporary-out') {
      expected++;
      if (s === 'present') present++;
    }
    if (
      m.standing === 'official' &&
      m.attachment === 'regular' &&
      !m.suspended &&
      !(m.exempt && s !== 'present')
      // 294-QĐ/TW point 9.3.2 (R-VOTE-1): members absent with a reason count.
    ) {
      base++;
    }
  }
  return { rate: present / expected, passed: 2 * (vote?.for ?? 0) > base };
}

// Run once before measuring: vitest's bench hides a task that throws. The
// base is 45 under 294-QĐ/TW (the fixture meets in 2027; R-VOTE-1).
const BASE = 45;
const check = tallyVote(vote, votingBase(meeting, members));
if (!check.passed || check.base !== BASE || !handWrittenCount().passed) {
  throw new Error('the benchmark fixture no longer passes its vote');
}

describe('rules over a 60-member cell', () => {
  bench('chibo attendanceSummary + votingBase + tallyVote', () => {
    attendanceSummary(meeting, members, { history: [] });
    tallyVote(vote, votingBase(meeting, members));
  });
  bench('baseline: hand-written count', () => {
    handWrittenCount();
  });
});
