/**
 * The scheme written from scratch in docs/rating.md ("Write your province's
 * rating scheme"), kept here so the guide's code keeps compiling and working.
 */
import { describe, expect, it } from 'vitest';
import {
  checklistCriterion,
  DEFAULT_LEVEL_CUTOFFS,
  durationCriterion,
  type RatingScheme,
  rateMeeting,
  ratingChecks,
  speakersCriterion,
} from '../rating';
import {
  marchMeetingRecord,
  syntheticRecord,
} from '../testSupport/ratingRecords';

// --- from docs/rating.md -------------------------------------------------
const myProvince: RatingScheme = {
  id: 'tinh-x-2027',
  title: {
    vi: 'Phiếu chấm điểm sinh hoạt chi bộ của Tỉnh ủy X (2027)',
    en: 'Cell meeting score sheet of province X (2027)',
  },
  rule: 'R-RATE-2',
  outcome: { kind: 'levels', cutoffs: DEFAULT_LEVEL_CUTOFFS },
  groups: [
    {
      id: 'record',
      label: { vi: 'Từ hồ sơ', en: 'From the record' },
      maxPoints: 60,
    },
    {
      id: 'judged',
      label: { vi: 'Chi ủy đánh giá', en: 'Judged' },
      maxPoints: 40,
    },
  ],
  gates: [
    {
      id: 'good-needs-vote',
      label: {
        vi: 'Tốt phải có nghị quyết được biểu quyết thông qua',
        en: 'Good needs a resolution adopted by vote',
      },
      criterionIds: ['vote'],
      maxLevel: 'fair',
    },
  ],
  criteria: [
    // From the record, with chibo's builders and checks.
    durationCriterion({
      id: 'duration',
      group: 'record',
      scale: {
        full: 20,
        shortBy: [{ atMost: 10, points: 15 }],
        atLeastHalf: 5,
        belowHalf: 0,
      },
    }),
    speakersCriterion({
      id: 'speakers',
      group: 'record',
      scale: {
        bands: [
          { atLeast: 50, points: 20 },
          { atLeast: 25, points: 10 },
        ],
        otherwise: 0,
      },
    }),
    checklistCriterion({
      id: 'vote',
      group: 'record',
      rule: 'R-VOTE-1',
      label: { vi: 'Biểu quyết nghị quyết', en: 'Resolution vote' },
      items: [{ check: ratingChecks.resolutionAdopted, points: 10 }],
    }),
    // A criterion of your own: 10 points when nobody arrived late.
    {
      id: 'punctual',
      group: 'record',
      source: 'record',
      maxPoints: 10,
      label: { vi: 'Không ai đến muộn', en: 'Nobody late' },
      score: (facts) => {
        const late = facts.attendance.late.length;
        return late === 0
          ? {
              score: 10,
              reason: { vi: 'Không ai đến muộn.', en: 'Nobody was late.' },
            }
          : {
              score: 0,
              reason: {
                vi: `${late} đảng viên đến muộn.`,
                en: `${late} member(s) late.`,
              },
            };
      },
    },
    // Judged by the chi ủy.
    {
      id: 'content',
      group: 'judged',
      source: 'input',
      input: 'points',
      maxPoints: 30,
      label: { vi: 'Chất lượng nội dung', en: 'Quality of the content' },
    },
    {
      id: 'criticism',
      group: 'judged',
      source: 'input',
      input: 'yes-no',
      maxPoints: 10,
      label: {
        vi: 'Có tự phê bình và phê bình',
        en: 'Self-criticism and criticism',
      },
    },
  ],
};
// -------------------------------------------------------------------------

describe('R-RATE-2 a scheme written from scratch (docs/rating.md)', () => {
  const record = marchMeetingRecord();

  it('rates the March meeting: 20 + 10 + 10 + 10 + 27 + 10 = 87, fair', () => {
    const result = rateMeeting(record, myProvince, {
      content: 27,
      criticism: true,
    });
    expect(result.criteria.map((c) => [c.criterionId, c.score])).toEqual([
      ['duration', 20],
      ['speakers', 10], // 5 of 15 = 33% → 10
      ['vote', 10],
      ['punctual', 10],
      ['content', 27],
      ['criticism', 10],
    ]);
    expect(result).toMatchObject({ total: 87, level: 'fair', complete: true });
  });

  it('its gate caps a 90+ meeting without a passed vote at fair', () => {
    const noVote = syntheticRecord({ speakers: 60 });
    noVote.meeting.votes = [];
    const result = rateMeeting(noVote, myProvince, {
      content: 30,
      criticism: true,
    });
    // 20 + 20 + 0 + 10 + 30 + 10 = 90: good by the total, fair by the gate
    expect(result).toMatchObject({
      total: 90,
      levelBeforeGates: 'good',
      level: 'fair',
    });
    expect(result.gates[0]).toMatchObject({ passed: false, applied: true });
  });
});
