import { marchMeeting, members, supervisor } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  type EntityName,
  parseMeeting,
  parseMember,
  safeParseEntity,
  safeParseMeeting,
  safeParseMeetingRecord,
  safeParseMember,
} from '../index';
import { entitySchemas } from '../schemas';
import {
  allPaths,
  expectFailure,
  issueAt,
  modify,
  type Path,
  scenarioRecord,
  setIn,
} from '../testSupport/fixtures';

/**
 * The March record with every optional part filled in, so that every nested
 * object of every entity appears at least once.
 */
function fullRecord(): Record<string, unknown> {
  return modify(scenarioRecord(), {
    'meeting.guests.0.title': supervisor.title,
    'meeting.postponement': { at: '2027-03-02T08:00', reason: 'Mưa lũ' },
    'meeting.dues': [{ memberId: 'm08', month: '2027-02', status: 'paid' }],
    'meeting.votes.1': {
      id: 'v9',
      subject: 'discipline',
      mode: 'secret-ballot',
      subjectMemberId: 'm13',
      for: 7,
      against: 5,
      discipline: { reprimand: 7 },
      base: { size: 13, ruleSet: 'HD42-2025', memberIds: ['m01'] },
    },
    'meeting.resolution': {
      id: 'nq-2027-03',
      tasks: [
        {
          id: 't1',
          description: 'Vận động 9 hộ còn lại',
          assignees: [{ kind: 'member', memberId: 'm04' }, { kind: 'cell' }],
          dueOn: '2027-03-31',
          progress: { achieved: 52, target: 61, unit: 'hộ' },
        },
      ],
    },
    'meeting.rating': {
      schemeId: 'an-phu-hd42',
      criteria: [{ criterionId: 'chairing', maxPoints: 10, score: 9 }],
      gates: [{ gateId: 'g1', passed: true, applied: false, maxLevel: 'good' }],
      confirmedBy: { name: supervisor.name, guestId: supervisor.id },
    },
  });
}

/** Every path to a plain object (not an array) inside `value`. */
function objectPaths(value: unknown): Path[] {
  const at = (path: Path) =>
    path.reduce<unknown>(
      (node, key) => (node as Record<string | number, unknown>)[key],
      value,
    );
  return [[], ...allPaths(value)].filter((path) => {
    const node = at(path);
    return typeof node === 'object' && node !== null && !Array.isArray(node);
  });
}

describe('unknown keys are errors, never dropped (R-DOC-8)', () => {
  it('a misspelt key names the key and the nearest known one, in vi and en', () => {
    const error = expectFailure(
      safeParseMeeting({ ...marchMeeting, conclusions: 'Thống nhất.' }),
    );
    expect(error.issues).toHaveLength(1);
    const issue = issueAt(error, []);
    expect(issue.code).toBe('unrecognized_keys');
    expect(issue.message.en).toBe(
      'Unknown key "conclusions": did you mean "conclusion"?',
    );
    expect(issue.message.vi).toBe(
      'Không có trường "conclusions": có phải ý bạn là "conclusion"?',
    );
  });

  it('the conclusion is not lost: parse throws instead of returning without it', () => {
    expect(() =>
      parseMeeting({ ...marchMeeting, conclusions: 'Thống nhất.' }),
    ).toThrow(ChiboError);
  });

  it('a nested key carries the path of its object', () => {
    const record = modify(scenarioRecord(), {
      'meeting.attendance.4.reasn': 'Đi làm ăn xa',
      'members.2.Standing': 'official',
    });
    const error = expectFailure(safeParseMeetingRecord(record));
    expect(issueAt(error, ['meeting', 'attendance', 4]).message.en).toContain(
      'did you mean "reason"?',
    );
    expect(issueAt(error, ['members', 2]).message.en).toContain(
      'did you mean "standing"?',
    );
  });

  it('a key far from every known one points to meta instead', () => {
    const error = expectFailure(
      safeParseMember({ ...members[0], hrmRecordNumber: 'HR-2041' }),
    );
    expect(error.issues[0]?.message.en).toBe(
      'Unknown key "hrmRecordNumber". Put data of your own system under "meta".',
    );
    expect(error.issues[0]?.message.vi).toBe(
      'Không có trường "hrmRecordNumber". Dữ liệu riêng của hệ thống hãy đặt trong "meta".',
    );
  });

  it('every object of every entity, at any depth, refuses an unknown key', () => {
    const record = fullRecord();
    expect(safeParseMeetingRecord(record).success).toBe(true);
    const paths = objectPaths(record);
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const damaged = modify(record, {});
      setIn(damaged, [...path, 'zzUnknown'], 1);
      const result = safeParseMeetingRecord(damaged);
      expect(result.success, JSON.stringify(path)).toBe(false);
      const issue = result.error?.issues.find(
        (i) => i.code === 'unrecognized_keys',
      );
      expect(issue?.path, JSON.stringify(path)).toEqual(path);
      expect(issue?.message.en).toContain('"zzUnknown"');
    }
  });

  it.each(Object.keys(entitySchemas) as EntityName[])(
    '%s: an unknown top-level key is an error',
    (name) => {
      const result = safeParseEntity(name, { zzUnknown: 1 });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.code)).toContain(
        'unrecognized_keys',
      );
    },
  );

  it('an unknown key does not hide the cross-reference problems', () => {
    const record = modify(scenarioRecord(), {
      colour: 'đỏ',
      'meeting.chairId': 'm99',
    });
    const error = expectFailure(safeParseMeetingRecord(record));
    expect(error.issues.map((i) => i.code).sort()).toEqual([
      'custom',
      'unrecognized_keys',
    ]);
    expect(issueAt(error, ['meeting', 'chairId']).message.en).toContain(
      '"m99" is not a member of the cell.',
    );
  });

  it('many unknown keys: ten are named, the rest counted; keys are escaped and cut', () => {
    const extra = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`x${i}\nBEGIN:VEVENT`, i]),
    );
    const error = expectFailure(safeParseMember({ ...members[0], ...extra }));
    const { en, vi } = error.issues[0]?.message ?? { en: '', vi: '' };
    expect(en).toContain('"x0\\nBEGIN:VEVENT"');
    expect(en).not.toContain('\n');
    expect(en).not.toContain('"x10');
    expect(en).toContain('And 15 more unknown keys.');
    expect(vi).toContain('Và 15 trường không xác định khác.');
    const long = expectFailure(
      safeParseMember({ ...members[0], ['k'.repeat(100_000)]: 1 }),
    );
    expect(long.issues[0]?.message.en.length).toBeLessThan(200);
  });
});

describe('meta: the one place for a host system’s own data', () => {
  it('is kept as is on every entity', () => {
    const meta = { hrmId: 'HR-2041', tags: ['a', 1, null, { deep: true }] };
    expect(parseMember({ ...members[0], meta }).meta).toEqual(meta);
    const record = modify(fullRecord(), {
      meta: { source: 'hrm' },
      'meeting.meta': { syncedAt: '2027-03-10' },
      'meeting.attendance.0.meta': { seat: 3 },
    });
    const parsed = safeParseMeetingRecord(record);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.meta).toEqual({ source: 'hrm' });
    expect(parsed.data?.meeting.meta).toEqual({ syncedAt: '2027-03-10' });
    expect(parsed.data?.meeting.attendance[0]?.meta).toEqual({ seat: 3 });
  });

  it('must be a JSON object', () => {
    for (const meta of [
      'text',
      [1],
      null,
      { f: () => 1 },
      { n: Number.NaN },
      { d: new Date(0) },
    ]) {
      const error = expectFailure(safeParseMember({ ...members[0], meta }));
      expect(error.issues[0]?.path[0]).toBe('meta');
    }
  });

  it('is limited to 32 levels and 65,536 in size; a 100,000-deep or cyclic value is a ChiboError, not a stack overflow', () => {
    const nest = (depth: number) => {
      let value: Record<string, unknown> = {};
      for (let i = 1; i < depth; i++) value = { a: value };
      return value;
    };
    expect(safeParseMember({ ...members[0], meta: nest(32) }).success).toBe(
      true,
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const shared = Array.from({ length: 20 }, () => 0);
    let wide: unknown = shared;
    for (let i = 0; i < 20; i++) wide = [wide, wide];
    for (const meta of [
      nest(33),
      nest(100_000),
      cyclic,
      { big: 'x'.repeat(70_000) },
      { wide },
    ]) {
      const error = expectFailure(safeParseMember({ ...members[0], meta }));
      expect(error.issues.map((i) => i.path)).toEqual([['meta']]);
      expect(error.issues[0]?.message.en).toContain('too large');
    }
  });
});
