import { marchMeeting } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ChiboError,
  type ChiboIssue,
  parseMeeting,
  parseMember,
  parseWith,
  safeParseMeeting,
  safeParseMember,
  safeParseWith,
} from './index';
import {
  DELETE,
  expectBilingual,
  expectFailure,
  modify,
} from './testSupport/fixtures';

const messages = { vi: 'Tham số không hợp lệ.', en: 'Invalid argument.' };

describe('ChiboError', () => {
  it('is an Error with its name, code, messages and issues', () => {
    const issue: ChiboIssue = {
      path: ['members', 3, 'id'],
      code: 'custom',
      message: { vi: 'Mã bị trùng.', en: 'Duplicate id.' },
      rule: 'R-CELL-1',
    };
    const error = new ChiboError('invalid-argument', messages, {
      issues: [issue],
    });
    expect(error).toBeInstanceOf(ChiboError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ChiboError');
    expect(error.code).toBe('invalid-argument');
    expect(error.messages).toEqual(messages);
    expect(error.message).toBe('Tham số không hợp lệ. / Invalid argument.');
    expect(error.issues).toEqual([issue]);
    expect(error.stack).toContain('ChiboError');
    expect(Object.prototype.toString.call(error)).toBe('[object Error]');
  });

  it('keeps its cause (ES2022)', () => {
    const cause = new TypeError('underlying');
    const error = new ChiboError('unknown-rule-set', messages, { cause });
    expect(error.cause).toBe(cause);
    expect(new ChiboError('invalid-vote', messages).cause).toBeUndefined();
  });

  it('has no issues unless given some', () => {
    expect(new ChiboError('invalid-vote', messages).issues).toEqual([]);
  });

  it('formats itself in Vietnamese by default, in English on request', () => {
    const error = new ChiboError('invalid-input', messages, {
      issues: [
        {
          path: ['meeting', 'attendance', 15, 'memberId'],
          code: 'custom',
          message: { vi: 'Không phải đảng viên.', en: 'Not a member.' },
        },
        {
          path: [],
          code: 'invalid_type',
          message: { vi: 'Sai kiểu.', en: 'Wrong type.' },
          rule: 'R-ATT-2',
        },
      ],
    });
    const vi = [
      'Tham số không hợp lệ.',
      '  - meeting.attendance.15.memberId: Không phải đảng viên.',
      '  - (root): Sai kiểu. [R-ATT-2]',
    ].join('\n');
    expect(error.format()).toBe(vi);
    expect(error.format('vi')).toBe(vi);
    expect(error.format('en')).toBe(
      [
        'Invalid argument.',
        '  - meeting.attendance.15.memberId: Not a member.',
        '  - (root): Wrong type. [R-ATT-2]',
      ].join('\n'),
    );
  });
});

describe('safeParseWith / parseWith', () => {
  const Schema = z.object({
    id: z.string().min(1),
    count: z.number().int().nonnegative(),
    kind: z.enum(['regular', 'thematic']),
  });
  const entity = { vi: 'Thử nghiệm', en: 'test thing' };

  it('returns the data on success', () => {
    const input = { id: 'a', count: 2, kind: 'regular' };
    expect(safeParseWith(Schema, input, entity)).toEqual({
      success: true,
      data: input,
    });
    expect(parseWith(Schema, input, entity)).toEqual(input);
  });

  it('reports every issue with its path in both languages', () => {
    const result = safeParseWith(
      Schema,
      { id: '', count: -1.5, kind: 'weekly' },
      entity,
    );
    const error = expectFailure(result);
    expect(error.issues.map((i) => i.path)).toEqual([
      ['id'],
      ['count'],
      ['kind'],
    ]);
    expect(error.issues.map((i) => i.code)).toEqual([
      'too_small',
      'invalid_type',
      'invalid_value',
    ]);
    expect(error.messages).toEqual({
      vi: 'Thử nghiệm không hợp lệ: 3 lỗi.',
      en: 'Invalid test thing: 3 problems.',
    });
    expect(error.cause).toBeInstanceOf(z.ZodError);
    expect((error.cause as z.ZodError).issues).toHaveLength(3);
  });

  it('says "problem" for a single issue', () => {
    const error = expectFailure(
      safeParseWith(Schema, { id: 'a', count: 1, kind: 'x' }, entity),
    );
    expect(error.messages.en).toBe('Invalid test thing: 1 problem.');
  });

  it('takes the Vietnamese text and the rule of a custom issue from its params', () => {
    const Checked = z.number().superRefine((value, ctx) => {
      if (value > 3) {
        ctx.addIssue({
          code: 'custom',
          message: 'Too many.',
          params: { vi: 'Quá nhiều.', rule: 'R-VOTE-1' },
        });
      }
    });
    const error = expectFailure(safeParseWith(Checked, 4, entity));
    expect(error.issues).toEqual([
      {
        path: [],
        code: 'custom',
        message: { vi: 'Quá nhiều.', en: 'Too many.' },
        rule: 'R-VOTE-1',
      },
    ]);
    expect(error.format('vi')).toContain('(root): Quá nhiều. [R-VOTE-1]');
  });

  it('throws the same ChiboError from parseWith', () => {
    const input = { id: 'a', count: 1 };
    const caught = (() => {
      try {
        parseWith(Schema, input, entity);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(caught).toBeInstanceOf(ChiboError);
    expect((caught as ChiboError).issues).toEqual(
      expectFailure(safeParseWith(Schema, input, entity)).issues,
    );
  });
});

describe('the parseX functions', () => {
  it('throw a ChiboError with code invalid-input, and safeParseX return it', () => {
    const bad = { id: '', name: 'Lò Thị Hoa', standing: 'honorary' };
    expect(() => parseMember(bad)).toThrow(ChiboError);
    const error = expectFailure(safeParseMember(bad));
    expect(error.name).toBe('ChiboError');
    expect(error.messages.vi).toBe('Thông tin đảng viên không hợp lệ: 2 lỗi.');
    expect(error.messages.en).toBe('Invalid member: 2 problems.');
    for (const issue of error.issues) expectBilingual(issue);
  });

  it('list the paths in both formats', () => {
    const error = expectFailure(
      safeParseMeeting(
        modify(marchMeeting, {
          'attendance.15.reason': DELETE,
          scheduledAt: '09/03/2027',
        }),
      ),
    );
    for (const locale of ['vi', 'en'] as const) {
      const text = error.format(locale);
      expect(text).toContain('scheduledAt: ');
      expect(text).toContain('attendance.15.reason: ');
      expect(text.split('\n')).toHaveLength(1 + error.issues.length);
    }
    expect(error.format('en')).toContain('Invalid meeting: 2 problems.');
    expect(error.format('vi')).toContain(
      'Thông tin cuộc họp không hợp lệ: 2 lỗi.',
    );
  });

  it('throw errors whose message is Vietnamese, then English', () => {
    try {
      parseMeeting({});
      expect.unreachable('parseMeeting({}) should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      const { message, messages } = error as ChiboError;
      expect(message).toBe(`${messages.vi} / ${messages.en}`);
      expect(message.startsWith('Thông tin cuộc họp không hợp lệ')).toBe(true);
    }
  });
});
