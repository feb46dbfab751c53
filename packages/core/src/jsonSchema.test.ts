import { cell, marchMeeting, marchRecord, members } from '@chibo/scenario';
import { propertyRuns } from '@chibo/scenario/test-budget';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EntityName,
  getJsonSchema,
  safeParseMeeting,
  safeParseMeetingRecord,
  safeParseMember,
} from './index';
import { entityLabels, entitySchemas } from './schemas';
import { DELETE, modify } from './testSupport/fixtures';

const names = Object.keys(entitySchemas) as EntityName[];

/** An independent validator: Ajv for draft 2020-12, with the formats. */
function makeAjv() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const name of names) ajv.addSchema(getJsonSchema(name));
  return ajv;
}
const ajv = makeAjv();

/** Validate with the JSON Schema of `name`; returns Ajv's verdict. */
function ajvValid(name: EntityName, data: unknown): boolean {
  const id = getJsonSchema(name).$id as string;
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`no schema ${id}`);
  return validate(data) === true;
}

describe('getJsonSchema', () => {
  it.each(names)(
    '%s: a draft 2020-12 schema with its $id and title',
    (name) => {
      const schema = getJsonSchema(name);
      expect(schema.$schema).toBe(
        'https://json-schema.org/draft/2020-12/schema',
      );
      expect(schema.$id).toMatch(new RegExp(`/${name}\\.json$`));
      expect(schema.title).toBe(entityLabels[name].en);
      expect(schema.description).toContain(entityLabels[name].vi);
      expect(schema.type).toBe('object');
      expect(Array.isArray(schema.required)).toBe(true);
      // Ajv compiles it in strict mode: no unknown keywords or formats.
      const strictAjv = new Ajv2020({ strict: true });
      addFormats(strictAjv);
      expect(() => strictAjv.compile(schema)).not.toThrow();
    },
  );

  it('is plain JSON: it survives a JSON round trip unchanged', () => {
    for (const name of names) {
      const schema = getJsonSchema(name);
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
  });

  it('requires the ids and the fields without defaults', () => {
    expect(getJsonSchema('member').required).toEqual([
      'id',
      'name',
      'standing',
    ]);
    expect(getJsonSchema('meeting').required).toEqual(
      expect.arrayContaining(['id', 'cellId', 'kind', 'scheduledAt', 'place']),
    );
    expect(getJsonSchema('meeting').required).not.toContain('status');
  });
});

describe('getJsonSchema: no unknown keys (R-DOC-8)', () => {
  /** Every sub-schema that describes an object's properties. */
  function objectSchemas(node: unknown, found: Record<string, unknown>[]) {
    if (typeof node !== 'object' || node === null) return found;
    const schema = node as Record<string, unknown>;
    if (schema.properties !== undefined) found.push(schema);
    for (const child of Object.values(schema)) objectSchemas(child, found);
    return found;
  }

  it.each(names)(
    '%s: every object says additionalProperties: false',
    (name) => {
      const objects = objectSchemas(getJsonSchema(name), []);
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) {
        expect(object.additionalProperties).toBe(false);
      }
    },
  );

  it('an unknown key fails, meta with any JSON passes, as for zod', () => {
    const misspelt = { ...marchMeeting, conclusions: 'Thống nhất.' };
    expect(ajvValid('meeting', misspelt)).toBe(false);
    expect(safeParseMeeting(misspelt).success).toBe(false);
    const nested = modify(marchRecord, { 'meeting.attendance.0.reasn': 'x' });
    expect(ajvValid('meeting-record', nested)).toBe(false);
    const meta = { hrmId: 'HR-2041', tags: [1, 'a', null, { deep: [true] }] };
    expect(ajvValid('member', { ...members[0], meta })).toBe(true);
    expect(safeParseMember({ ...members[0], meta }).success).toBe(true);
    expect(ajvValid('member', { ...members[0], meta: [1] })).toBe(false);
  });
});

describe('the scenario validates against the JSON Schemas', () => {
  it('the cell', () => {
    expect(ajvValid('cell', cell)).toBe(true);
  });

  it('every member', () => {
    for (const member of members) expect(ajvValid('member', member)).toBe(true);
  });

  it('the meeting, its parts and the previous resolution', () => {
    expect(ajvValid('meeting', marchMeeting)).toBe(true);
    for (const line of marchMeeting.attendance) {
      expect(ajvValid('attendance', line)).toBe(true);
    }
    for (const opinion of marchMeeting.opinions) {
      expect(ajvValid('opinion', opinion)).toBe(true);
    }
    for (const vote of marchMeeting.votes)
      expect(ajvValid('vote', vote)).toBe(true);
    expect(ajvValid('resolution', marchMeeting.resolution)).toBe(true);
    for (const task of marchMeeting.resolution.tasks) {
      expect(ajvValid('resolution-task', task)).toBe(true);
    }
    expect(ajvValid('resolution', marchRecord.previousResolution)).toBe(true);
  });

  it('the whole record', () => {
    expect(ajvValid('meeting-record', marchRecord)).toBe(true);
  });

  it('what chibo outputs validates too (dates in +07:00)', () => {
    const parsed = safeParseMeetingRecord(marchRecord);
    expect(parsed.success).toBe(true);
    expect(
      ajvValid('meeting-record', JSON.parse(JSON.stringify(parsed.data))),
    ).toBe(true);
  });
});

describe('ajv and zod reject clearly invalid data alike', () => {
  it.each([
    [
      'member',
      'an unknown standing',
      modify(members[0], { standing: 'honorary' }),
    ],
    ['member', 'a missing id', modify(members[0], { id: DELETE })],
    ['member', 'an unknown role', modify(members[0], { roles: ['treasurer'] })],
    [
      'member',
      'a date dd/mm/yyyy',
      modify(members[14], { admittedOn: '19/08/2026' }),
    ],
    [
      'member',
      '30 February',
      modify(members[14], { admittedOn: '2026-02-30' }),
    ],
    ['meeting', 'an unknown kind', modify(marchMeeting, { kind: 'weekly' })],
    ['meeting', 'a missing id', modify(marchMeeting, { id: DELETE })],
    [
      'meeting',
      'a date dd/mm/yyyy',
      modify(marchMeeting, { scheduledAt: '09/03/2027 19:30' }),
    ],
    [
      'meeting',
      'an unknown attendance status',
      modify(marchMeeting, { 'attendance.2.status': 'late' }),
    ],
    [
      'meeting',
      'a negative vote count',
      modify(marchMeeting, { 'votes.0.for': -1 }),
    ],
    [
      'meeting-record',
      'a member without id',
      modify(marchRecord, { 'members.3.id': DELETE }),
    ],
    [
      'meeting-record',
      'an empty member list',
      modify(marchRecord, { members: [] }),
    ],
  ] as const)('%s with %s', (name, _label, data) => {
    expect(ajvValid(name, data)).toBe(false);
    const zod = {
      member: safeParseMember,
      meeting: safeParseMeeting,
      'meeting-record': safeParseMeetingRecord,
    }[name](data);
    expect(zod.success).toBe(false);
  });

  it('cross-references are beyond JSON Schema: only zod catches them', () => {
    const data = modify(marchRecord, {
      'meeting.attendance.15': { memberId: 'm99', status: 'present' },
    });
    expect(ajvValid('meeting-record', data)).toBe(true);
    expect(safeParseMeetingRecord(data).success).toBe(false);
  });
});

describe('differential: ajv and zod agree on JSON members', () => {
  const fieldValues = {
    id: ['m01', 'x', 'x'.repeat(200), 'x'.repeat(201), '', 7, null],
    name: ['Lò Thị Hoa', 'A', '', 3, null],
    standing: ['official', 'probationary', 'honorary', 'Official', '', 1],
    admittedOn: [
      '2026-08-19',
      '2028-02-29',
      '2027-02-29',
      '2026-02-30',
      '19/08/2026',
      '2026-8-19',
      '2026-08-19T00:00:00Z',
      20260819,
    ],
    exempt: [true, false, 'true', 0, null],
    attachment: ['regular', 'temporary-in', 'temporary-out', 'temporary', null],
    roles: [
      [],
      ['secretary'],
      ['secretary', 'committee-member'],
      ['treasurer'],
      'secretary',
      [null],
    ],
    legalProceedings: ['prosecuted', 'indicted', 'detained', 'arrested'],
    unknownKey: ['ignored', 1],
  } as const;
  const fields = Object.keys(fieldValues) as (keyof typeof fieldValues)[];

  it('property: valid for ajv exactly when valid for zod', () => {
    const change = fc
      .constantFrom(...fields)
      .chain((field) =>
        fc.tuple(
          fc.constant(field),
          fc.oneof(
            fc.constantFrom<unknown>(...fieldValues[field]),
            fc.constant(DELETE),
          ),
        ),
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...members),
        fc.array(change, { maxLength: 4 }),
        (member, changes) => {
          const data = modify(member, Object.fromEntries(changes));
          expect(ajvValid('member', data)).toBe(safeParseMember(data).success);
        },
      ),
      { numRuns: propertyRuns(400) },
    );
  });

  it('property: ajv and zod agree on scheduledAt strings', () => {
    const datetime = fc
      .tuple(
        fc.constantFrom(
          '2027-03-09',
          '2028-02-29',
          '2027-02-29',
          '2027-13-01',
          '09/03/2027',
        ),
        fc.constantFrom('T', ' ', 't'),
        fc.constantFrom(
          '19:30',
          '19:30:00',
          '19:30:00.5',
          '24:00',
          '19:60',
          '7:30',
        ),
        fc.constantFrom('', 'Z', '+07:00', '-05:00', '+0700', '+24:00', 'z'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(datetime, (scheduledAt) => {
        const data = modify(marchMeeting, { scheduledAt });
        expect(ajvValid('meeting', data)).toBe(safeParseMeeting(data).success);
      }),
      { numRuns: propertyRuns(300) },
    );
  });
});

describe('getJsonSchema: descriptions for systems in other languages', () => {
  type Props = Record<string, { description?: string }>;
  const props = (name: EntityName) =>
    getJsonSchema(name).properties as unknown as Props;

  it('explains the date formats and the Vietnamese terms', () => {
    expect(props('meeting').scheduledAt?.description).toMatch(
      /ISO 8601.*\+07:00/,
    );
    expect(props('member').admittedOn?.description).toMatch(/YYYY-MM-DD/);
    expect(props('member').exempt?.description).toContain(
      'miễn công tác và sinh hoạt đảng',
    );
    expect(props('attendance').reason?.description).toContain('R-ATT-2');
    expect(props('vote').base?.description).toContain('R-VOTE-1');
  });
});
