import { marchRecord } from '@chibo/scenario';
import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_TYPE } from './reply';
import type { ErrorBody } from './serviceError';
import { postJson, startTestServer, type TestServer } from './testServer';

let api: TestServer;
const unexpected: unknown[] = [];
beforeAll(async () => {
  api = await startTestServer({ onError: (e) => unexpected.push(e) });
});
afterAll(async () => {
  await api.close();
  expect(unexpected).toEqual([]);
});

type Path = Array<string | number>;

/** Every path of the March record that holds a string. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    stringPaths(item, [...path, Array.isArray(value) ? Number(key) : key]),
  );
}
const STRING_PATHS = stringPaths(marchRecord);
/** The free text among them, which the documents print as it is. */
const FREE_TEXT = new Set(
  'name title text description place placeName summary note notes conclusion reason subject unit exemptReason'.split(
    ' ',
  ),
);
const TEXT_PATHS = STRING_PATHS.filter((p) => FREE_TEXT.has(String(p.at(-1))));

function withValue(record: unknown, path: Path, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const copy = structuredClone(record) as Record<string | number, unknown>;
  copy[key] = withValue(copy[key], rest, value);
  return copy;
}

/** Text a hostile host might send: control and bidi characters, huge strings. */
const hostileText = fc.oneof(
  fc.constantFrom(
    '\u0007',
    '\u0000\u001b',
    ' \u0085 ',
    '\u202E',
    '\u2066\u2069',
    '\u200F',
    '\uFEFF',
    '\uD800',
    'Lo\u0300 Thi\u0323 Hoa',
    '\t\r\n',
    '',
    '   ',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc
    .tuple(fc.string({ maxLength: 5 }), fc.constantFrom('\u0001', '\u202D'))
    .map(([text, control]) => `${control}${text}${control}`),
  fc.constantFrom('x'.repeat(200_000), 'Ý kiến '.repeat(20_000)),
  fc
    .tuple(
      fc.constantFrom('Nguyễn', 'Hội trường', 'Đồng ý'),
      fc.constantFrom('\u0007', '\u202E', '\u2067', '\u0000', '\u200E'),
    )
    .map(([word, control]) => `${word}${control} ${word}`),
  fc.constantFrom(null, 42, undefined),
);

const hostileRecord = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...TEXT_PATHS) },
        { weight: 1, arbitrary: fc.constantFrom(...STRING_PATHS) },
      ),
      hostileText,
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((changes) =>
    changes.reduce<unknown>(
      (record, [path, value]) => withValue(record, path, value),
      marchRecord,
    ),
  );

interface Verdict {
  valid: boolean;
  issues: ErrorBody['error']['issues'];
}

/** What /validate and /minutes say of a record. */
async function verdicts(record: unknown) {
  const [validate, minutes] = await Promise.all([
    postJson(api.base, '/validate', record),
    postJson(api.base, '/minutes', record),
  ]);
  return {
    validateStatus: validate.status,
    validate: (await validate.json()) as Verdict | ErrorBody,
    minutesStatus: minutes.status,
    minutesType: minutes.headers.get('content-type'),
    minutes: new Uint8Array(await minutes.arrayBuffer()),
  };
}

function expectAgreement(v: Awaited<ReturnType<typeof verdicts>>) {
  if (v.minutesStatus === 200) {
    expect(v.minutesType).toBe(DOCX_TYPE);
    expect(v.validate).toEqual({ valid: true, issues: [] });
    return;
  }
  expect(v.minutesStatus).toBeLessThan(500);
  const error = (JSON.parse(new TextDecoder().decode(v.minutes)) as ErrorBody)
    .error;
  if (v.validateStatus === 200) {
    expect(v.minutesStatus).toBe(400);
    expect(v.validate).toEqual({ valid: false, issues: error.issues });
  } else {
    // Refused before the record is checked (too large): the same answer.
    expect(v.validateStatus).toBe(v.minutesStatus);
    expect((v.validate as ErrorBody).error).toEqual(error);
  }
}

describe('/validate and /minutes agree (R-DOC-8)', () => {
  it('a name made only of control characters is invalid for both, with the same issues', async () => {
    const record = withValue(marchRecord, ['members', 3, 'name'], '\u0007');
    const v = await verdicts(record);
    expect(v.minutesStatus).toBe(400);
    expect(v.validate).toMatchObject({ valid: false });
    expectAgreement(v);
  });

  it('a record with too many members is a 422 from both, at members', async () => {
    const members = Array.from({ length: 501 }, (_, i) => ({
      id: `x${i}`,
      name: `Đảng viên ${i}`,
      standing: 'official',
    }));
    const v = await verdicts({ ...marchRecord, members });
    expect(v.minutesStatus).toBe(422);
    expect((v.validate as ErrorBody).error.issues[0]?.path).toEqual([
      'members',
    ]);
    expectAgreement(v);
  });

  it(
    'for any record with hostile text: valid for /validate ⇔ /minutes makes it, else the same issues',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileRecord, async (record) => {
          expectAgreement(await verdicts(record));
        }),
        { numRuns: propertyRuns(100) },
      );
    },
    slowTestTimeout,
  );
});
