import { marchRecord, supervisor } from '@chibo/scenario';
import { describe } from 'vitest';
import * as i18n from './i18nEntry';
import * as root from './index';
import * as rating from './rating';
import * as schemas from './schemas';
import {
  type AuditCase,
  auditModule,
  finiteArgument,
  integerArgument,
} from './testSupport/apiAudit';
import * as time from './timeEntry';

// Issue 13 §4: every exported function of `@chibo/core` and
// `@chibo/core/rating`, called with wrong-typed arguments, returns or throws
// a ChiboError, never a TypeError or a plausible wrong answer (R-DOC-8: bad
// input never gives partial or wrong output). `@chibo/core/machine` has its
// own tests (procedure/).

// The root entry and the entries by topic (schemas, i18n, time) together.
const core = { ...root, ...schemas, ...i18n, ...time };

const record = core.parseMeetingRecord(marchRecord);
const { cell, members, meeting } = record;
const at = '2027-03-09T19:30:00+07:00';
const inputs = { chairing: 9, principles: 5, 'praise-criticism': true };
const result = rating.rateMeeting(record, rating.anPhuScheme, inputs, {
  history: [],
});
const proposed = rating.proposeRating(result, { at: '2027-03-09T21:05' });
const approved = rating.approveRating(proposed, {
  at: '2027-03-09T21:08',
  voteId: 'v2',
});
const scale = { bands: [{ atLeast: 40, points: 4 }], otherwise: 2 };
const label = { vi: 'Kết thúc', en: 'Closing' };

const coreCases: Record<string, AuditCase> = {
  ChiboError: {
    args: ['invalid-argument', { vi: 'Sai.', en: 'Wrong.' }],
    construct: true,
  },
  attendanceSummary: { args: [meeting, members, { history: [] }] },
  checkArgument: { args: ['year', core.Count, 2027] },
  checkComposition: { args: [cell, members, { at: '2027-03-09' }] },
  checkDisciplineBallots: {
    args: [{ standing: 'probationary', warning: 7 }, { at: '2025-08-12' }],
  },
  checkMeetingDuration: { args: [meeting, cell] },
  checkOnlineEligibility: { args: [cell, members, ['m05']] },
  checkVoteEligibility: {
    args: [record, { for: 12, against: 0, abstain: 0 }],
  },
  createFinding: {
    args: ['R-ATT-2', 'streak', 'warning', { vi: 'Vắng.', en: 'Absent.' }],
  },
  excusedStreaks: { args: [[meeting], ['m05']] },
  fromDayNumber: { args: [20886], check: integerArgument(0) },
  getJsonSchema: { args: ['member'] },
  getLabel: { args: ['standing', 'official', 'en'] },
  getMajorityKind: { args: ['admission'] },
  getMeetingRuleSet: { args: [meeting] },
  getMissingPreparation: { args: [record] },
  getNotExpectedReason: {
    args: [members[13], { specialDutyNotExpected: true }],
  },
  getRuleSet: { args: ['HD42-2025'] },
  getRegulation: { args: ['294-QĐ/TW'] },
  getRegulationsInForce: { args: ['2027-03-09', { charter: '294-QĐ/TW' }] },
  getUnrecordedMembers: { args: [record] },
  getUnreviewedTasks: { args: [record] },
  getVietNamCivilTime: { args: [at] },
  getVotingBaseExclusion: { args: [members[4], 'absent-excused', {}] },
  guardArguments: { args: [[['year', core.Count, 1]], () => 1] },
  isPresent: { args: [record, 'm01'] },
  meetingsOfYear: { args: [[meeting], 2027], check: integerArgument(1) },
  memberSanctions: {
    args: [[meeting], members, 2027, {}],
    check: integerArgument(2),
  },
  minutesBetween: { args: [at, '2027-03-09T21:15:00+07:00'] },
  moreThanHalf: { args: [12], check: integerArgument(0, 0) },
  parseWith: { args: [core.Member, members[0], core.entityLabels.member] },
  recordVotingBase: { args: [record] },
  resolveRuleSet: { args: [at, 'HD12-2018'] },
  safeParseEntity: { args: ['member', members[0]] },
  safeParseWith: {
    args: [core.Member, members[0], core.entityLabels.member],
  },
  tallyVote: {
    args: [
      { subject: 'resolution', mode: 'show-of-hands', for: 12, against: 0 },
      12,
    ],
  },
  toDayNumber: {
    args: [2027, 3, 9],
    check: (result, args) => {
      for (const index of [0, 1, 2]) integerArgument(index)(result, args);
    },
  },
  toInstant: { args: [at] },
  toVietNamDate: { args: [at] },
  toVietNamDateTime: { args: [at] },
  twoThirds: { args: [14], check: integerArgument(0, 0) },
  votingBase: { args: [meeting, members] },
};
const samples: Record<string, unknown> = {
  Attendance: marchRecord.meeting.attendance[0],
  Cell: marchRecord.cell,
  DuesPayment: { memberId: 'm08', month: '2027-02', status: 'paid' },
  Meeting: marchRecord.meeting,
  MeetingRecord: marchRecord,
  Member: marchRecord.members[0],
  Members: marchRecord.members,
  Opinion: marchRecord.meeting.opinions[0],
  Rating: { schemeId: 'an-phu-hd42', proposedLevel: 'fair' },
  Resolution: marchRecord.previousResolution,
  ResolutionTask: marchRecord.previousResolution.tasks[0],
  Vote: marchRecord.meeting.votes[0],
};
for (const [entity, sample] of Object.entries(samples)) {
  coreCases[`parse${entity}`] = { args: [sample] };
  coreCases[`safeParse${entity}`] = { args: [sample] };
}

/** A `check`: a returned value means `value` was a number in `[min, max]`. */
function expectInRange(value: unknown, min: number, max: number): void {
  if (!(typeof value === 'number' && value >= min && value <= max)) {
    throw new Error(`${String(value)} (not in ${min}..${max}) gave a result`);
  }
}

const ratingCases: Record<string, AuditCase> = {
  allChecks: {
    args: ['in-order', label, [rating.ratingChecks.agendaApproved]],
  },
  approveRating: {
    args: [proposed, { at: '2027-03-09T21:08', voteId: 'v2' }],
  },
  attendanceConditionCriterion: {
    args: [{ id: 'att-rate', condition: 'rate', maxPoints: 10 }],
  },
  attendanceCriterion: {
    args: [{ id: 'attendance', scale, unexcusedCap: 1, streakBonus: 1 }],
  },
  checklistCriterion: {
    args: [
      {
        id: 'closing',
        label,
        items: [{ check: rating.ratingChecks.minutesApproved, points: 5 }],
      },
    ],
  },
  confirmRating: {
    args: [approved, { name: supervisor.name, guestId: supervisor.id, at }],
  },
  createAnPhuScheme: { args: [{ lateStartToleranceMinutes: 5 }] },
  createBinhThuanScheme: { args: [{}] },
  createHd12Scheme: { args: [{}] },
  createPhuThoScheme: { args: [{}] },
  createRatingFacts: { args: [record, { history: [] }] },
  durationCriterion: { args: [{ id: 'duration', maxPoints: 10 }] },
  formatPercent: {
    args: [15, 16],
    check: (out, args) => {
      finiteArgument(0)(out, args);
      finiteArgument(1)(out, args);
    },
  },
  getRatingInputsSchema: { args: [rating.anPhuScheme] },
  getRatingLevel: { args: [89.5], check: finiteArgument(0) },
  getTaskResults: {
    args: [record],
    // A partly-done share of NaN or 2 is refused, never summed.
    check: (_out, args) => expectInRange(args[1] ?? 0.5, 0, 1),
  },
  lowerLevel: { args: ['good', 'fair'] },
  materialsPostedOnTime: { args: [1] },
  parseRatingInputs: { args: [rating.anPhuScheme, inputs] },
  proposeRating: { args: [result, { at: '2027-03-09T21:05' }] },
  rateMeeting: { args: [record, rating.anPhuScheme, inputs, { history: [] }] },
  rateYear: {
    args: [[{ ...meeting, rating: approved }], { year: 2027 }],
    // A year of '2027' or 2027.5 is refused, never rated as an empty year.
    check: (out, args) =>
      integerArgument(0)(out, [(args[1] as { year?: unknown })?.year]),
  },
  safeParseRatingInputs: { args: [rating.anPhuScheme, inputs] },
  safeRateMeeting: { args: [marchRecord, rating.anPhuScheme, inputs] },
  scoreShare: {
    args: [2, 5, scale],
    // NaN of 5, or 2 of 0, is refused, never scored as a band.
    check: (out, args) => {
      finiteArgument(0)(out, args);
      expectInRange(args[1], Number.MIN_VALUE, Number.MAX_VALUE);
    },
  },
  speakersCriterion: { args: [{ id: 'speakers', scale }] },
  startedOnTime: { args: [5] },
  summarizeRatings: {
    args: [[{ cellId: cell.id, at, level: 'good' }]],
  },
  taskResultsCriterion: { args: [{ id: 'results', scale }] },
};

describe('@chibo/core: wrong arguments give a ChiboError', () => {
  auditModule(core, coreCases);
});

describe('@chibo/core/rating: wrong arguments give a ChiboError', () => {
  auditModule(rating, ratingCases);
});
