import { marchRecord } from '@chibo/scenario';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChiboServer } from './createServer';
import type { ErrorBody } from './serviceError';
import {
  postExpectingContinue,
  postJson,
  startTestServer,
  type TestServer,
} from './testServer';

const TOKEN = 'c2VjcmV0LXRva2VuLWZvci10ZXN0cw';
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ token: TOKEN });
});
afterAll(() => api.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

async function expect401(response: Response, challenge: string) {
  expect(response.status).toBe(401);
  expect(response.headers.get('www-authenticate')).toBe(challenge);
  const { error } = (await response.json()) as ErrorBody;
  expect(error.code).toBe('unauthorized');
  expect(error.messages.vi).not.toBe('');
  expect(error.messages.en).not.toBe('');
  return error;
}

describe('the bearer token', () => {
  it('is asked for, with WWW-Authenticate, when a request has none', async () => {
    const error = await expect401(
      await postJson(api.base, '/minutes', marchRecord),
      'Bearer realm="chibo"',
    );
    expect(error.message).toBe(
      'Cần mã truy cập: gửi tiêu đề "Authorization: Bearer <mã>".',
    );
  });

  it('refuses a wrong token of any length, or another scheme', async () => {
    const invalid = 'Bearer realm="chibo", error="invalid_token"';
    for (const token of [
      'x',
      TOKEN.slice(0, -1),
      `${TOKEN}x`,
      TOKEN.toUpperCase(),
    ]) {
      const response = await postJson(
        api.base,
        '/validate?lang=en',
        marchRecord,
        bearer(token),
      );
      expect((await expect401(response, invalid)).message).toBe(
        'The token is not valid.',
      );
    }
    const basic = await postJson(api.base, '/validate', marchRecord, {
      Authorization: `Basic ${TOKEN}`,
    });
    await expect401(basic, 'Bearer realm="chibo"');
  });

  it('lets the right token through, whatever the case of "Bearer"', async () => {
    const response = await postJson(api.base, '/validate', marchRecord, {
      Authorization: `bearer ${TOKEN}`,
    });
    expect(await response.json()).toEqual({ valid: true, issues: [] });
    const schema = await fetch(`${api.base}/schema/member`, {
      headers: bearer(TOKEN),
    });
    expect(schema.status).toBe(200);
  });

  it('guards every route but /healthz, even unknown ones', async () => {
    for (const path of ['/schema/member', '/nowhere']) {
      await expect401(
        await fetch(`${api.base}${path}`),
        'Bearer realm="chibo"',
      );
    }
    const health = await fetch(`${api.base}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
  });

  it('is checked before an upload is accepted (Expect: 100-continue)', async () => {
    expect(await postExpectingContinue(`${api.base}/minutes`, 100)).toEqual({
      status: 401,
      continued: false,
    });
  });

  it('must be a non-empty word', () => {
    for (const token of ['', '  ', 'two words']) {
      expect(() => createChiboServer({ token })).toThrow(/white space/);
    }
  });
});

describe('HEAD', () => {
  it('HEAD /healthz answers 200 with the headers of GET and no body, without a token', async () => {
    const response = await fetch(`${api.base}/healthz`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/json; charset=utf-8',
    );
    expect(response.headers.get('content-length')).toBe(
      String(JSON.stringify({ status: 'ok' }).length),
    );
    expect(await response.text()).toBe('');
  });
});
