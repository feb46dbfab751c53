import { z } from 'zod';
import { AttendanceStatus } from './enums';
import { Meta } from './meta';
import { DateTime, Id, Text } from './primitives';
import { whenValid } from './refinements';

/**
 * One member's line of the roll call: present, absent with a reason, or absent
 * without one; and whether a present member came late or left early.
 *
 * @example
 * ```ts
 * parseAttendance({
 *   memberId: 'm05',
 *   status: 'absent-excused',
 *   reason: 'Đi làm ăn xa tại Bắc Ninh',
 * });
 * ```
 */
export const Attendance = z
  .strictObject({
    memberId: Id,
    status: AttendanceStatus,
    /** Why the member is absent; required when the absence is excused. */
    reason: Text.describe(
      'Why the member is absent; required for absent-excused (R-ATT-2).',
    ).optional(),
    /** Came after the opening. */
    late: z.boolean().default(false),
    arrivedAt: DateTime.optional(),
    /** Left before the closing. */
    leftEarly: z.boolean().default(false),
    leftAt: DateTime.optional(),
    meta: Meta.optional(),
  })
  .superRefine(
    (value, ctx) => {
      if (value.status === 'absent-excused' && !value.reason) {
        ctx.addIssue({
          code: 'custom',
          path: ['reason'],
          message: 'An excused absence needs its reason.',
          params: { vi: 'Vắng có lý do thì phải ghi lý do.', rule: 'R-ATT-2' },
        });
      }
      if (value.status !== 'present' && (value.late || value.leftEarly)) {
        ctx.addIssue({
          code: 'custom',
          path: [value.late ? 'late' : 'leftEarly'],
          message: 'Only a present member can be late or leave early.',
          params: {
            vi: 'Chỉ đảng viên có mặt mới có thể đến muộn hoặc về sớm.',
          },
        });
      }
    },
    whenValid(['status'], ['late'], ['leftEarly']),
  );
export type Attendance = z.infer<typeof Attendance>;
