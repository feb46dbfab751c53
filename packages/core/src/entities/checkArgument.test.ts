import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { nearestKey } from '../i18n/unknownKeysMessage';
import { ChiboError, Meeting } from '../index';
import { checkArgument, guardArguments } from '../schemas';

describe('nearestKey: the key a misspelt one meant (R-DOC-8)', () => {
  const known = ['conclusion', 'chairId', 'scheduledAt', 'recorderId', 'id'];
  it.each([
    ['conclusions', 'conclusion'],
    ['chair_id', 'chairId'],
    ['ChairID', 'chairId'],
    ['scheudledAt', 'scheduledAt'],
    ['recordrId', 'recorderId'],
    ['ids', 'id'],
  ])('%s → %s', (key, expected) => {
    expect(nearestKey(key, known)).toBe(expected);
  });

  it.each([['colour'], ['x'], ['chairmanName'], ['k'.repeat(100)]])(
    '%s: nothing close, no suggestion',
    (key) => {
      expect(nearestKey(key, known)).toBeUndefined();
    },
  );
});

describe('checkArgument and guardArguments', () => {
  it('a wrong argument is an invalid-argument ChiboError, its paths under its name', () => {
    let error: ChiboError | undefined;
    try {
      checkArgument('year', z.number().int(), '2027');
    } catch (caught) {
      error = caught as ChiboError;
    }
    if (!error) throw new Error('expected a ChiboError');
    expect(error).toBeInstanceOf(ChiboError);
    expect(error.code).toBe('invalid-argument');
    expect(error.messages.en).toBe('Invalid argument "year": 1 problem.');
    expect(error.messages.vi).toBe('Tham số "year" không hợp lệ: 1 lỗi.');
    expect(error.issues[0]?.path).toEqual(['year']);
  });

  it('checks the kind of each argument before the body runs', () => {
    let ran = false;
    const run = (meeting: unknown) =>
      guardArguments([['meeting', Meeting, meeting]], () => {
        ran = true;
      });
    for (const wrong of [null, undefined, 'x', 5, []]) {
      expect(() => run(wrong)).toThrow(ChiboError);
    }
    expect(ran).toBe(false);
  });

  it('explains a TypeError from inside a wrong argument with the issues, keeping it as the cause', () => {
    const meeting = { attendance: [null] };
    try {
      guardArguments([['meeting', Meeting, meeting]], () =>
        meeting.attendance.map(
          (line) => (line as unknown as { status: string }).status,
        ),
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      const chibo = error as ChiboError;
      expect(chibo.code).toBe('invalid-argument');
      expect(chibo.cause).toBeInstanceOf(TypeError);
      expect(chibo.issues.map((i) => i.path)).toContainEqual([
        'meeting',
        'attendance',
        0,
      ]);
    }
  });

  it('rethrows an error that valid arguments raise: a bug is not blamed on the host', () => {
    const bug = new TypeError('a bug');
    expect(() =>
      guardArguments([['year', z.number(), 2027]], () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe('guardArguments: a wrong argument of a nested call is named at the caller (issue 13 §4)', () => {
  const Inner = z.looseObject({ at: z.string() });
  const inner = (part: { at: string }) =>
    guardArguments([['part', Inner, part]], () => part.at.length);
  const Outer = z.looseObject({ part: Inner });
  const outer = (record: { part: { at: string } }) =>
    guardArguments([['record', Outer, record]], () => inner(record.part));

  it('names the caller’s argument when it is the wrong one', () => {
    expect(() => outer({} as never)).toThrowError(
      expect.objectContaining({
        code: 'invalid-argument',
        issues: [expect.objectContaining({ path: ['record', 'part'] })],
      }),
    );
  });

  it('passes the nested error on when the caller’s arguments are right', () => {
    const fine = { part: { at: '2027-03-09' } };
    const nested = (record: typeof fine) =>
      guardArguments([['record', Outer, record]], () =>
        inner(7 as never as { at: string }),
      );
    expect(() => nested(fine)).toThrowError(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['part'] })],
      }),
    );
  });

  it('passes any other ChiboError on as the body’s answer', () => {
    const refusal = new ChiboError('invalid-vote', { vi: 'x', en: 'x' });
    expect(() =>
      guardArguments([['record', Outer, {}]], () => {
        throw refusal;
      }),
    ).toThrow(refusal);
  });
});
