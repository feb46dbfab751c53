import { ChiboError } from '@chibo/core';
import { marchRating, marchRecord } from '@chibo/scenario';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChiboServer } from './createServer';
import { DEFAULT_RECORD_LIMITS } from './recordLimits';
import type { ErrorBody } from './serviceError';
import {
  largeRecord,
  postJson,
  startTestServer,
  type TestServer,
} from './testServer';

let api: TestServer;
let tight: TestServer;
let slow: TestServer;
beforeAll(async () => {
  api = await startTestServer();
  tight = await startTestServer({
    recordLimits: { maxMembers: 17, maxOpinions: 6 },
  });
  // 1 ms: no document is made that fast, so every POST runs out of time.
  slow = await startTestServer({ timeLimit: 1 });
});
afterAll(async () => {
  await Promise.all([api.close(), tight.close(), slow.close()]);
});

async function errorOf(response: Response) {
  return ((await response.json()) as ErrorBody).error;
}

const manyMembers = (count: number) => ({
  ...marchRecord,
  members: [
    ...marchRecord.members,
    ...Array.from({ length: count - marchRecord.members.length }, (_, i) => ({
      id: `x${i}`,
      name: `Đảng viên ${i}`,
      standing: 'official',
    })),
  ],
});

describe('the limits of a record', () => {
  it('are 500 members and 2,000 opinions by default', () => {
    expect(DEFAULT_RECORD_LIMITS).toEqual({
      maxMembers: 500,
      maxOpinions: 2000,
    });
  });

  it('a record over them is a 422 record-too-large at each list, for every route', async () => {
    const record = {
      ...manyMembers(501),
      meeting: largeRecord(2001, 1).meeting,
    };
    const paths = [['members'], ['meeting', 'opinions']];
    for (const path of [
      '/minutes',
      '/resolution',
      '/rating-sheet',
      '/validate',
    ]) {
      const response = await postJson(api.base, path, record);
      expect(response.status, path).toBe(422);
      const error = await errorOf(response);
      expect(error.code).toBe('record-too-large');
      expect(error.issues.map((i) => i.path)).toEqual(paths);
      expect(error.issues[0]?.message).toEqual({
        vi: 'Có 501 đảng viên, vượt quá giới hạn 500 của máy chủ.',
        en: "There are 501 members, more than the server's limit of 500.",
      });
    }
    const rate = await postJson(api.base, '/rate?scheme=an-phu', {
      record,
      inputs: marchRating.inputs,
    });
    expect(rate.status).toBe(422);
    expect((await errorOf(rate)).issues.map((i) => i.path)).toEqual(
      paths.map((p) => ['record', ...p]),
    );
  });

  it(
    'a record at them is made',
    async () => {
      const response = await postJson(api.base, '/validate', {
        ...manyMembers(500),
        meeting: largeRecord(2000, 1).meeting,
      });
      expect(await response.json()).toEqual({ valid: true, issues: [] });
    },
    slowTestTimeout,
  );

  it('can be set per server', async () => {
    // The March record has 17 members and 6 opinions: just within.
    const march = await postJson(tight.base, '/validate', marchRecord);
    expect(await march.json()).toEqual({ valid: true, issues: [] });
    const members = await postJson(tight.base, '/minutes', manyMembers(18));
    expect((await errorOf(members)).issues.map((i) => i.path)).toEqual([
      ['members'],
    ]);
    const opinions = await postJson(tight.base, '/minutes', largeRecord(7, 10));
    expect((await errorOf(opinions)).issues.map((i) => i.path)).toEqual([
      ['meeting', 'opinions'],
    ]);
  });
});

describe('nesting', () => {
  it('a body nested deeper than 64 levels is a 400 invalid-json, however deep', async () => {
    for (const depth of [65, 100_000]) {
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const body = `{"cell": ${deep}, "members": [], "meeting": {}}`;
      for (const path of ['/minutes', '/validate']) {
        const response = await postJson(api.base, `${path}?lang=en`, body);
        expect(response.status, `${path} ${depth}`).toBe(400);
        const error = await errorOf(response);
        expect(error.code).toBe('invalid-json');
        expect(error.issues[0]?.message.en).toBe(
          'Arrays and objects are nested more than 64 levels deep.',
        );
      }
    }
    const fine = `{"cell": ${'['.repeat(63)}${']'.repeat(63)}}`;
    expect((await postJson(api.base, '/validate', fine)).status).toBe(200);
  });
});

describe('the time limit', () => {
  it(
    'a request that runs over it is a 503 in both languages; the server goes on',
    async () => {
      const response = await postJson(
        slow.base,
        '/minutes?lang=en',
        marchRecord,
      );
      expect(response.status).toBe(503);
      expect(await errorOf(response)).toEqual({
        code: 'time-limit-exceeded',
        message: 'The request took longer than 0.001 s and was stopped.',
        messages: {
          vi: 'Yêu cầu cần hơn 0,001 giây để xử lý nên đã bị dừng.',
          en: 'The request took longer than 0.001 s and was stopped.',
        },
        issues: [],
      });
      expect((await fetch(`${slow.base}/healthz`)).status).toBe(200);
      expect((await postJson(slow.base, '/validate', marchRecord)).status).toBe(
        503,
      );
    },
    slowTestTimeout,
  );
});

describe('options', () => {
  it.each([
    [{ workers: -1 }],
    [{ workers: 1.5 }],
    [{ timeLimit: 0 }],
    [{ recordLimits: { maxMembers: 0 } }],
    [{ recordLimits: { maxOpinions: Number.NaN } }],
  ])('refuses %o', (options) => {
    expect(() => createChiboServer(options)).toThrow(ChiboError);
  });
});
