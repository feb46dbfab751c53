import { request as httpRequest } from 'node:http';
import { ChiboError } from '@chibo/core';
import {
  approveRating,
  confirmRating,
  proposeRating,
  type RatingResult,
} from '@chibo/core/rating';
import { marchRating, marchRecord, supervisor } from '@chibo/scenario';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChiboServer, DEFAULT_BODY_LIMIT } from './createServer';
import { DOCX_TYPE } from './reply';
import type { ErrorBody } from './serviceError';
import {
  documentXml,
  postExpectingContinue,
  startTestServer,
  type TestServer,
} from './testServer';

let api: TestServer;
let small: TestServer;
const unexpected: unknown[] = [];

beforeAll(async () => {
  api = await startTestServer({ onError: (e) => unexpected.push(e) });
  small = await startTestServer({ bodyLimit: 1024 });
});
afterAll(async () => {
  await api.close();
  await small.close();
  // No request of this file is a bug of the server.
  expect(unexpected).toEqual([]);
});

const JSON_TYPE = { 'Content-Type': 'application/json' };

function post(
  path: string,
  body: unknown,
  headers: Record<string, string> = JSON_TYPE,
) {
  return fetch(`${api.base}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  expect(response.headers.get('content-type')).toBe(
    'application/json; charset=utf-8',
  );
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at |\.ts:\d+/); // never a stack trace
  return (JSON.parse(text) as ErrorBody).error;
}

async function docxOf(response: Response, filename: string) {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(DOCX_TYPE);
  expect(response.headers.get('content-disposition')).toBe(
    `attachment; filename="${filename}"`,
  );
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
  return documentXml(bytes);
}

/** The March record with a member the roll call names but the cell lacks, and a nameless member. */
const brokenRecord = {
  ...marchRecord,
  members: marchRecord.members.map((m, i) =>
    i === 3 ? { ...m, name: '' } : m,
  ),
  meeting: {
    ...marchRecord.meeting,
    attendance: [
      ...marchRecord.meeting.attendance,
      { memberId: 'm99', status: 'present' },
    ],
  },
};
const m99Index = marchRecord.meeting.attendance.length;

async function rateMarch(): Promise<RatingResult> {
  const response = await post('/rate?scheme=an-phu', {
    record: marchRecord,
    inputs: marchRating.inputs,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as RatingResult;
}

describe('documents (R-DOC-6, R-DOC-7, R-DOC-8)', () => {
  it.each([
    ['/minutes', 'bien-ban.docx', 'BIÊN BẢN', 'Số 03-BB/CB'],
    ['/resolution', 'nghi-quyet.docx', 'NGHỊ QUYẾT', 'Số 03-NQ/CB'],
  ])(
    'POST %s returns %s of the March record',
    async (path, file, title, number) => {
      const xml = await docxOf(await post(path, marchRecord), file);
      expect(xml).toContain(title);
      expect(xml).toContain(number);
      expect(xml).toContain('CHI BỘ THÔN TRANG NÙNG');
    },
  );

  it('?locale=en renders the document in English; another locale is refused', async () => {
    const xml = await docxOf(
      await post('/minutes?locale=en', marchRecord),
      'bien-ban.docx',
    );
    expect(xml).toContain('MINUTES');
    expect(xml).not.toContain('BIÊN BẢN');
    const refused = await post('/minutes?locale=fr', marchRecord);
    expect(refused.status).toBe(400);
    expect((await errorOf(refused)).code).toBe('invalid-argument');
  });

  it('POST /rating-sheet prints the rating the record carries (R-RATE-2, R-RATE-3)', async () => {
    const rating = confirmRating(
      approveRating(
        proposeRating(await rateMarch(), { at: '2027-03-09T21:00' }),
        {
          at: '2027-03-09T21:05',
          voteId: 'v2',
        },
      ),
      { name: supervisor.name, guestId: supervisor.id },
    );
    const record = {
      ...marchRecord,
      meeting: { ...marchRecord.meeting, rating },
    };
    const xml = await docxOf(
      await post('/rating-sheet', record),
      'phieu-cham-diem.docx',
    );
    expect(xml).toContain('PHIẾU CHẤM ĐIỂM');
    expect(xml).toContain('Triệu Văn Long');
    expect(xml).toContain('>87<');
  });

  it('POST /rating-sheet of a meeting with no rating is a 400 at meeting.rating', async () => {
    const response = await post('/rating-sheet', marchRecord);
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues.map((i) => i.path)).toEqual([['meeting', 'rating']]);
  });

  it('a record that fails produces no document but every issue with its path', async () => {
    for (const path of ['/minutes', '/resolution', '/rating-sheet']) {
      const response = await post(path, brokenRecord);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-disposition')).toBeNull();
      const error = await errorOf(response);
      expect(error.code).toBe('invalid-input');
      expect(error.message).toMatch(/^Hồ sơ cuộc họp không hợp lệ: 2 lỗi\./);
      expect(error.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([
          ['members', 3, 'name'],
          ['meeting', 'attendance', m99Index, 'memberId'],
        ]),
      );
      for (const issue of error.issues) {
        expect(issue.message.vi).not.toBe('');
        expect(issue.message.en).not.toBe('');
      }
    }
  });
});

describe('POST /validate', () => {
  it('says the March record is valid', async () => {
    const response = await post('/validate', marchRecord);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ valid: true, issues: [] });
  });

  it('lists every issue with its path, in Vietnamese and English', async () => {
    const response = await post('/validate', brokenRecord);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      valid: boolean;
      issues: ErrorBody['error']['issues'];
    };
    expect(body.valid).toBe(false);
    const m99 = body.issues.find((i) => i.path.includes('memberId'));
    expect(m99).toMatchObject({
      path: ['meeting', 'attendance', m99Index, 'memberId'],
      message: {
        vi: expect.stringContaining('m99'),
        en: expect.stringContaining('m99'),
      },
    });
    expect(body.issues.map((i) => i.path)).toContainEqual([
      'members',
      3,
      'name',
    ]);
  });

  it('?entity= validates another entity; an unknown one is a 400', async () => {
    const member = await post('/validate?entity=member', {
      id: 'm01',
      name: 'Hoàng Văn Minh',
    });
    expect(await member.json()).toMatchObject({
      valid: false,
      issues: [{ path: ['standing'] }],
    });
    const unknown = await post('/validate?entity=party', {});
    expect(unknown.status).toBe(400);
    expect((await errorOf(unknown)).code).toBe('invalid-argument');
  });
});

describe('POST /rate (R-RATE-1, R-RATE-2)', () => {
  it('rates the March meeting 87, fair, on the An Phú sheet', async () => {
    const result = await rateMarch();
    expect(result).toMatchObject({
      schemeId: 'an-phu-hd42',
      total: marchRating.score,
      level: 'fair',
      complete: true,
    });
    expect(result.total).toBe(87);
  });

  it('takes the history of the year for R-ATT-2 and checks it', async () => {
    const badHistory = await post('/rate?scheme=an-phu', {
      record: marchRecord,
      inputs: marchRating.inputs,
      history: [{ id: 'sh-2027-02' }],
    });
    expect(badHistory.status).toBe(400);
    const error = await errorOf(badHistory);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues)
      expect(issue.path.slice(0, 2)).toEqual(['history', 0]);
  });

  it('reports the record and the inputs together, each under its field', async () => {
    const response = await post('/rate?scheme=an-phu', {
      record: brokenRecord,
      inputs: { ...marchRating.inputs, chairing: 11 },
    });
    expect(response.status).toBe(400);
    const paths = (await errorOf(response)).issues.map((i) => i.path);
    expect(paths).toContainEqual([
      'record',
      'meeting',
      'attendance',
      m99Index,
      'memberId',
    ]);
    expect(paths).toContainEqual(['inputs', 'chairing']);
  });

  it('refuses an unknown scheme and a body that is not an object', async () => {
    const scheme = await post('/rate?scheme=ha-noi', { record: marchRecord });
    expect(scheme.status).toBe(400);
    expect((await errorOf(scheme)).messages.en).toContain('an-phu');
    const array = await post('/rate?scheme=an-phu', [marchRecord]);
    expect(array.status).toBe(400);
    expect((await errorOf(array)).issues[0]?.path).toEqual([]);
  });
});

describe('GET /schema/:entity and /healthz', () => {
  it('returns core’s JSON Schema of an entity', async () => {
    const response = await fetch(`${api.base}/schema/member`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(
      /^application\/schema\+json/,
    );
    const schema = (await response.json()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['id', 'name', 'standing']);
  });

  it('404s an unknown entity', async () => {
    const response = await fetch(`${api.base}/schema/party`);
    expect(response.status).toBe(404);
    expect((await errorOf(response)).messages.en).toContain('meeting-record');
  });

  it('answers /healthz', async () => {
    const response = await fetch(`${api.base}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('HTTP errors', () => {
  it('bad JSON is a 400 invalid-json', async () => {
    const response = await post('/validate', '{"cell": ');
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.code).toBe('invalid-json');
    expect(error.issues[0]?.message.en).toMatch(/^Cannot read the JSON: /);
  });

  it('a body that is not UTF-8 is a 400 invalid-json', async () => {
    const response = await fetch(`${api.base}/validate`, {
      method: 'POST',
      headers: JSON_TYPE,
      body: new Uint8Array([0x7b, 0xff, 0x7d]),
    });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('invalid-json');
  });

  it('accepts a byte order mark and a charset', async () => {
    const response = await post(
      '/validate',
      `\uFEFF${JSON.stringify(marchRecord)}`,
      {
        'Content-Type': 'application/json; charset=utf-8',
      },
    );
    expect(await response.json()).toEqual({ valid: true, issues: [] });
  });

  it('a body that is not JSON by its type is a 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const headers = { 'Content-Type': type };
      const response = await post(
        '/minutes',
        JSON.stringify(marchRecord),
        headers,
      );
      expect(response.status).toBe(415);
      expect((await errorOf(response)).code).toBe('unsupported-media-type');
    }
  });

  it('a body over the default 2 MiB limit is a 413', async () => {
    const response = await post(
      '/validate',
      ' '.repeat(DEFAULT_BODY_LIMIT + 1),
    );
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload-too-large');
    const justUnder = await post(
      '/validate',
      `${' '.repeat(DEFAULT_BODY_LIMIT - 2)}{}`,
    );
    expect(justUnder.status).toBe(200);
  });

  it('a configured limit applies to a chunked body as it streams in', async () => {
    const { status, body } = await new Promise<{
      status: number;
      body: string;
    }>((resolve, reject) => {
      const req = httpRequest(`${small.base}/validate`, {
        method: 'POST',
        headers: JSON_TYPE, // no Content-Length: chunked
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text }),
        );
      });
      req.on('error', reject);
      req.write(`{"a":"${'x'.repeat(800)}`);
      req.end(`${'y'.repeat(800)}"}`);
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).error.messages.en).toContain('1024 bytes');
  });

  it('refuses an oversized upload before it is sent (Expect: 100-continue)', async () => {
    expect(await postExpectingContinue(`${small.base}/validate`, 5000)).toEqual(
      { status: 413, continued: false },
    );
  });

  it('a client that hangs up mid-upload is not reported as a server error', async () => {
    const req = httpRequest(`${api.base}/validate`, {
      method: 'POST',
      headers: JSON_TYPE,
    });
    req.on('error', () => {});
    req.write('{"cell": {');
    await new Promise((resolve) => setTimeout(resolve, 50));
    req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(unexpected).toEqual([]);
  });

  it('an unknown route is a 404', async () => {
    for (const path of [
      '/',
      '/minutes/',
      '/bien-ban',
      '/schema/',
      '/schema/%E0%A4%A',
    ]) {
      const response = await fetch(`${api.base}${path}`);
      expect(response.status, path).toBe(404);
      expect((await errorOf(response)).code).toBe('not-found');
    }
  });

  it('a known route with another method is a 405 with Allow', async () => {
    const get = await fetch(`${api.base}/minutes`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await errorOf(get)).code).toBe('method-not-allowed');
    const post405 = await post('/healthz', {});
    expect(post405.status).toBe(405);
    expect(post405.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('the language of messages', () => {
  it('is Vietnamese by default, with both languages in messages', async () => {
    const error = await errorOf(await post('/minutes', brokenRecord));
    expect(error.message).toBe(error.messages.vi);
    expect(error.messages.en).toBe('Invalid meeting record: 2 problems.');
  });

  it('is English with ?lang=en', async () => {
    const error = await errorOf(await post('/minutes?lang=en', brokenRecord));
    expect(error.message).toBe('Invalid meeting record: 2 problems.');
  });

  it('follows Accept-Language by its q-values; ?lang wins over it', async () => {
    const english = await post('/minutes', brokenRecord, {
      ...JSON_TYPE,
      'Accept-Language': 'fr-FR, en-US;q=0.8, vi;q=0.5',
    });
    expect((await errorOf(english)).message).toBe(
      'Invalid meeting record: 2 problems.',
    );
    const vietnamese = await post('/minutes?lang=vi', brokenRecord, {
      ...JSON_TYPE,
      'Accept-Language': 'en',
    });
    expect((await errorOf(vietnamese)).message).toBe(
      'Hồ sơ cuộc họp không hợp lệ: 2 lỗi.',
    );
  });
});

describe('options', () => {
  it('refuses a body limit that is not a positive whole number', () => {
    for (const bodyLimit of [0, -1, 1.5, Number.NaN]) {
      expect(() => createChiboServer({ bodyLimit })).toThrow(ChiboError);
    }
  });
});
