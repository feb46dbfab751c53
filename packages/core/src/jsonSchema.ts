import { z } from 'zod';
import { Attendance } from './entities/attendance';
import { Cell } from './entities/cell';
import { DuesPayment } from './entities/dues';
import { Meeting } from './entities/meeting';
import { MeetingRecord } from './entities/meetingRecord';
import { Member } from './entities/member';
import { Opinion } from './entities/opinion';
import { Rating } from './entities/rating';
import { Resolution, ResolutionTask } from './entities/resolution';
import { Vote } from './entities/vote';

/**
 * The entities that have a JSON Schema, by the file name it ships under
 * (`@chibo/core/json-schema/<name>.json`).
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

/**
 * The JSON Schema (draft 2020-12) of an entity, generated from its zod schema,
 * for systems in other languages to validate the same data. It describes what
 * a system sends: dates as ISO 8601 strings, optional fields with defaults
 * left out. Cross-reference checks (an attendance line naming a member who is
 * not in the cell…) are beyond JSON Schema; run `chibo validate` or
 * `parseMeetingRecord` for those.
 *
 * @param name - the entity, e.g. `'meeting'`.
 * @returns the schema as a plain object.
 * @example
 * ```ts
 * const schema = getJsonSchema('member');
 * schema.required; // ['id', 'name', 'standing']
 * ```
 */
export function getJsonSchema(name: EntityName): Record<string, unknown> {
  const schema = z.toJSONSchema(entitySchemas[name], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://chibo.dev/schemas/${name}.json`,
    title: name,
  };
}
