import type { LocalizedText } from '../i18n/labels';
import { Attendance } from './attendance';
import { Cell } from './cell';
import { DuesPayment } from './dues';
import { Meeting } from './meeting';
import { MeetingRecord } from './meetingRecord';
import { Member } from './member';
import { Opinion } from './opinion';
import { Rating } from './rating';
import { Resolution, ResolutionTask } from './resolution';
import { Vote } from './vote';

/**
 * The entities that have a JSON Schema, by the file name it ships under
 * (`@chibo/core/json-schema/<name>.json`) and
 * a `safeParseEntity(name, input)` validator.
 */
export const entitySchemas = {
  cell: Cell,
  member: Member,
  meeting: Meeting,
  attendance: Attendance,
  opinion: Opinion,
  vote: Vote,
  resolution: Resolution,
  'resolution-task': ResolutionTask,
  rating: Rating,
  'dues-payment': DuesPayment,
  'meeting-record': MeetingRecord,
} as const;

/** The name of an entity with a JSON Schema. */
export type EntityName = keyof typeof entitySchemas;

/** The entities' names in both languages, for messages. */
export const entityLabels: Record<EntityName, LocalizedText> = {
  cell: { vi: 'Thông tin chi bộ', en: 'cell' },
  member: { vi: 'Thông tin đảng viên', en: 'member' },
  meeting: { vi: 'Thông tin cuộc họp', en: 'meeting' },
  attendance: { vi: 'Điểm danh', en: 'attendance' },
  opinion: { vi: 'Ý kiến phát biểu', en: 'opinion' },
  vote: { vi: 'Kết quả biểu quyết', en: 'vote' },
  resolution: { vi: 'Nghị quyết', en: 'resolution' },
  'resolution-task': { vi: 'Nhiệm vụ', en: 'resolution task' },
  rating: { vi: 'Xếp loại chất lượng', en: 'rating' },
  'dues-payment': { vi: 'Đảng phí', en: 'dues payment' },
  'meeting-record': { vi: 'Hồ sơ cuộc họp', en: 'meeting record' },
};
