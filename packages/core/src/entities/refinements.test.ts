import { marchMeeting, marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { safeParseMeeting, safeParseMeetingRecord } from '../index';
import {
  DELETE,
  expectFailure,
  modify,
  pathsOf,
  sortedPaths,
} from '../testSupport/fixtures';
import { ANY_SEGMENT, whenValid } from './refinements';

describe('whenValid: cross-field checks run unless the fields they read are malformed', () => {
  const { when } = whenValid(['kind'], ['attendance', ANY_SEGMENT, 'memberId']);
  const at = (path: PropertyKey[], code = 'invalid_type') => ({
    issues: [{ code, path }],
  });

  it('runs when there is no issue, or only issues elsewhere', () => {
    expect(when({ issues: [] })).toBe(true);
    expect(when(at(['place']))).toBe(true);
    expect(when(at(['attendance', 3, 'reason']))).toBe(true);
  });

  it('skips when a field it reads, or anything above it, is malformed', () => {
    expect(when(at(['kind']))).toBe(false);
    expect(when(at(['attendance', 3, 'memberId']))).toBe(false);
    expect(when(at(['attendance', 3]))).toBe(false);
    expect(when(at(['attendance']))).toBe(false);
    expect(when(at([]))).toBe(false);
  });

  it("ignores the issues of chibo's own refinements (code custom)", () => {
    expect(when(at(['attendance', 3, 'memberId'], 'custom'))).toBe(true);
  });
});

describe('every problem in one pass: structural and cross-field together', () => {
  it('a meeting without its id and a thematic meeting without its theme (R-PREP-3)', () => {
    const error = expectFailure(
      safeParseMeeting(modify(marchMeeting, { id: DELETE, kind: 'thematic' })),
    );
    expect(pathsOf(error)).toEqual(sortedPaths([['id'], ['theme']]));
  });

  it('a record with a malformed place and a roll-call line for a stranger', () => {
    const error = expectFailure(
      safeParseMeetingRecord(
        modify(marchRecord, {
          'meeting.place': 42,
          'meeting.attendance.3.memberId': 'm99',
        }),
      ),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['meeting', 'place'],
        ['meeting', 'attendance', 3, 'memberId'],
      ]),
    );
  });

  it('no cross-reference flood when the member list itself is malformed', () => {
    const error = expectFailure(
      safeParseMeetingRecord(modify(marchRecord, { 'members.2.id': DELETE })),
    );
    // Nguyễn Văn Bình has no id: his roll-call line and tasks are not then
    // reported as strangers, only the missing id is.
    expect(pathsOf(error)).toEqual([['members', 2, 'id']]);
  });
});
