import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type ChiboError,
  type ChiboIssue,
  type EntityName,
  getJsonSchema,
  getLabel,
  type Meeting,
  type MeetingRecord,
  type Meeting as MeetingSchema,
  type Member,
  type Member as MemberSchema,
  parseMeeting,
  parseMember,
  parseMembers,
  type SafeParseResult,
  safeParseMeetingRecord,
  type Vote,
} from '../index';
import type { AttendanceStatus, TaskAssignee } from '../schemas';

describe('inferred output types', () => {
  it('Member', () => {
    expectTypeOf<Member['standing']>().toEqualTypeOf<
      'official' | 'probationary'
    >();
    expectTypeOf<Member['exempt']>().toEqualTypeOf<boolean>(); // default applied
    expectTypeOf<Member['attachment']>().toEqualTypeOf<
      'regular' | 'temporary-in' | 'temporary-out'
    >();
    expectTypeOf<Member['roles']>().toEqualTypeOf<
      ('secretary' | 'deputy-secretary' | 'committee-member')[]
    >();
    expectTypeOf<Member['admittedOn']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Member['id']>().toEqualTypeOf<string>();
  });

  it('Meeting', () => {
    expectTypeOf<Meeting['scheduledAt']>().toEqualTypeOf<string>();
    expectTypeOf<Meeting['kind']>().toEqualTypeOf<'regular' | 'thematic'>();
    expectTypeOf<Meeting['status']>().toEqualTypeOf<
      'planned' | 'in-progress' | 'closed' | 'postponed' | 'cancelled'
    >();
    expectTypeOf<Meeting['timeline']['endedAt']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<
      Meeting['attendance'][number]['status']
    >().toEqualTypeOf<AttendanceStatus>();
    expectTypeOf<Meeting['theme']>().toEqualTypeOf<string | undefined>();
  });

  it('Vote and TaskAssignee', () => {
    expectTypeOf<Vote['abstain']>().toEqualTypeOf<number>(); // default applied
    expectTypeOf<Vote['for']>().toEqualTypeOf<number>();
    expectTypeOf<TaskAssignee>().toEqualTypeOf<
      | { kind: 'member'; memberId: string }
      | { kind: 'cell-committee' }
      | { kind: 'cell' }
      | { kind: 'mass-organisation'; name: string }
      | { kind: 'group-head'; group: string; name?: string | undefined }
    >();
  });

  it('MeetingRecord holds the parsed parts', () => {
    expectTypeOf<MeetingRecord['members']>().toEqualTypeOf<Member[]>();
    expectTypeOf<MeetingRecord['meeting']>().toEqualTypeOf<Meeting>();
  });
});

describe('input types', () => {
  type MeetingInput = z.input<typeof MeetingSchema>;
  type MemberInput = z.input<typeof MemberSchema>;

  it('accept a Date or a string for instants and civil dates', () => {
    expectTypeOf<Date>().toExtend<MeetingInput['scheduledAt']>();
    expectTypeOf<string>().toExtend<MeetingInput['scheduledAt']>();
    expectTypeOf<Date>().toExtend<MemberInput['admittedOn']>();
    expectTypeOf<MeetingInput['scheduledAt']>().toEqualTypeOf<string | Date>();
    expectTypeOf<MemberInput['admittedOn']>().toEqualTypeOf<
      string | Date | undefined
    >();
  });

  it('leave the defaulted fields optional', () => {
    expectTypeOf<MemberInput['exempt']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<MeetingInput['status']>().toEqualTypeOf<
      MeetingSchema['status'] | undefined
    >();
    const member: MemberInput = {
      id: 'm01',
      name: 'Hoàng Văn Minh',
      standing: 'official',
    };
    expectTypeOf(member).toExtend<MemberInput>();
  });

  it('reject wrong values', () => {
    // @ts-expect-error: 'honorary' is not a standing
    const standing: Member['standing'] = 'honorary';
    // @ts-expect-error: the output always has `exempt`
    const member: Member = { id: 'm01', name: 'A', standing: 'official' };
    const input: MeetingInput = {
      id: 'x',
      cellId: 'c',
      // @ts-expect-error: a meeting's kind is 'regular' or 'thematic'
      kind: 'weekly',
      // @ts-expect-error: an instant is a string or a Date, not a number
      scheduledAt: 1_804_570_200_000,
      place: 'p',
    };
    expectTypeOf(standing).toEqualTypeOf<Member['standing']>();
    expectTypeOf(member).toEqualTypeOf<Member>();
    expectTypeOf(input).toEqualTypeOf<MeetingInput>();
  });
});

describe('functions', () => {
  it('parseX take unknown and return the output type', () => {
    expectTypeOf(parseMember).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseMember).returns.toEqualTypeOf<Member>();
    expectTypeOf(parseMembers).returns.toEqualTypeOf<Member[]>();
    expectTypeOf(parseMeeting).returns.toEqualTypeOf<Meeting>();
  });

  it('safeParseX return a discriminated result', () => {
    const result = safeParseMeetingRecord({});
    expectTypeOf(result).toEqualTypeOf<SafeParseResult<MeetingRecord>>();
    if (result.success) {
      expectTypeOf(result.data).toEqualTypeOf<MeetingRecord>();
      expectTypeOf(result.error).toEqualTypeOf<undefined>();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<ChiboError>();
      expectTypeOf(result.error.issues).toEqualTypeOf<ChiboIssue[]>();
      expectTypeOf(result.data).toEqualTypeOf<undefined>();
    }
  });

  it('getLabel only takes the values of the named enum', () => {
    expectTypeOf(
      getLabel('attendanceStatus', 'absent-excused'),
    ).toEqualTypeOf<string>();
    // @ts-expect-error: 'late' is not an attendance status
    getLabel('attendanceStatus', 'late');
    // @ts-expect-error: 'good' is a rating level, not a standing
    getLabel('standing', 'good');
    // @ts-expect-error: only 'vi' and 'en'
    getLabel('ratingLevel', 'good', 'fr');
  });

  it('getJsonSchema only takes entity names', () => {
    expectTypeOf(getJsonSchema).parameter(0).toEqualTypeOf<EntityName>();
    expectTypeOf<'meeting-record'>().toExtend<EntityName>();
    // @ts-expect-error: not an entity
    getJsonSchema('meetings');
  });
});
