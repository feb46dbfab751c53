import { marchRecord } from '@chibo/scenario';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, type TestServer } from './testServer';

// A renderer that fails the way a bug would: not a ChiboError.
vi.mock('@chibo/docx', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@chibo/docx')>()),
  renderResolution: async () => {
    throw new TypeError('cannot read secret of undefined at /srv/chibo/x.ts');
  },
}));

let api: TestServer;
const logged: unknown[] = [];
beforeAll(async () => {
  // On the main thread, where the mock applies (workers load the real module).
  api = await startTestServer({
    workers: 0,
    onError: (error) => logged.push(error),
  });
});
afterAll(() => api.close());

describe('an unexpected error', () => {
  it('is a 500 without details or stack, and goes to onError', async () => {
    const response = await fetch(`${api.base}/resolution?lang=en`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(marchRecord),
    });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'internal-error',
        message: 'Internal server error.',
        messages: { vi: 'Lỗi máy chủ nội bộ.', en: 'Internal server error.' },
        issues: [],
      },
    });
    expect(text).not.toMatch(/secret|TypeError|\/srv\//);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toBeInstanceOf(TypeError);
  });

  it('leaves the other routes working', async () => {
    const response = await fetch(`${api.base}/minutes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(marchRecord),
    });
    expect(response.status).toBe(200);
  });
});
