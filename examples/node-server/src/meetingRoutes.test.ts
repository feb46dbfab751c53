import { slowTestTimeout } from '@chibo/scenario/test-budget';
import { describe, expect, it } from 'vitest';
import type { ErrorBody } from './serviceError';
import { scenarioMeeting } from './store/scenarioMeetings';
import { storeAdapters, useStoreServer } from './store/testStore';
import { postJson, startTestServer } from './testServer';

const pglite = storeAdapters.find((a) => a.name === 'PGlite');

/** The error of an answer. */
async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return ((await response.json()) as ErrorBody).error;
}

/** A meeting as the endpoints answer it. */
async function meetingOf(response: Response) {
  return (await response.json()) as Record<string, unknown>;
}

describe('the /meetings endpoints (issue 15 §4)', () => {
  if (!pglite) throw new Error('no PGlite adapter');
  const running = useStoreServer(pglite);

  const events = (id: string) => `/meetings/${id}/events`;

  it('creates a meeting from its input, then refuses the same id', async () => {
    const { input } = scenarioMeeting({ meetingId: 'http-create' });
    const created = await postJson(running.server.base, '/meetings', input);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/meetings/http-create');
    expect(created.headers.get('etag')).toBe('"0"');
    const body = await meetingOf(created);
    expect(body).toMatchObject({
      meetingId: 'http-create',
      version: 0,
      state: 'preparation',
      record: { meeting: { id: 'http-create', status: 'planned' } },
      snapshot: { machine: 'chibo-meeting', value: 'preparation' },
    });
    const again = await postJson(running.server.base, '/meetings', input);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).code).toBe('meeting-exists');
    const bad = await postJson(running.server.base, '/meetings', {
      ...input,
      meeting: { ...input.meeting, scheduledAt: 'hôm qua' },
    });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).issues[0]?.path).toEqual([
      'meeting',
      'scheduledAt',
    ]);
  });

  it('applies events with the guards: the record, a typed rejection (R-PREP-1), a 409 with the current version', async () => {
    const { input, events: list } = scenarioMeeting({ meetingId: 'http-run' });
    await postJson(running.server.base, '/meetings', input);
    // OPEN before the preparation: refused by the procedure, nothing written.
    const open = list.find((e) => e.type === 'OPEN');
    const refused = await postJson(running.server.base, events('http-run'), {
      event: open,
      expectedVersion: 0,
    });
    expect(refused.status).toBe(422);
    const refusal = await errorOf(refused);
    expect(refusal.code).toBe('event-rejected');
    expect(refusal.issues[0]).toMatchObject({
      code: 'preparation-incomplete',
      message: { vi: expect.any(String), en: expect.any(String) },
    });
    expect(refusal.issues[0]?.rule).toMatch(/^R-PREP/);
    // The first event, accepted.
    const first = await postJson(running.server.base, events('http-run'), {
      event: list[0],
      expectedVersion: 0,
    });
    expect(first.status).toBe(200);
    expect(await meetingOf(first)).toMatchObject({
      version: 1,
      state: 'preparation',
      record: { meeting: { timeline: { contentPreparedAt: list[0]?.at } } },
    });
    // A writer still at version 0.
    const stale = await postJson(
      running.server.base,
      `${events('http-run')}?lang=en`,
      {
        event: list[1],
        expectedVersion: 0,
      },
    );
    expect(stale.status).toBe(409);
    const conflict = await errorOf(stale);
    expect(conflict).toMatchObject({
      code: 'version-conflict',
      details: {
        meetingId: 'http-run',
        expectedVersion: 0,
        currentVersion: 1,
      },
    });
    expect(conflict.message).toContain('another writer');
    expect(conflict.messages.vi).toContain('phiên bản 1');
    // A malformed event; a body that is not { event }; an unknown meeting.
    const malformed = await postJson(running.server.base, events('http-run'), {
      event: { type: 'VOTE', vote: 12 },
    });
    expect(malformed.status).toBe(400);
    expect((await errorOf(malformed)).code).toBe('invalid-event');
    const noEvent = await postJson(running.server.base, events('http-run'), {
      expectedVersion: -1,
    });
    expect(noEvent.status).toBe(400);
    const badVersion = await postJson(running.server.base, events('http-run'), {
      event: list[1],
      expectedVersion: 1.5,
    });
    expect((await errorOf(badVersion)).issues[0]?.path).toEqual([
      'expectedVersion',
    ]);
    const missing = await postJson(running.server.base, events('no-such'), {
      event: list[1],
    });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('meeting-not-found');
    // GET gives the meeting at its head; Prefer: return=minimal, just that.
    const got = await fetch(`${running.server.base}/meetings/http-run`);
    expect(got.headers.get('etag')).toBe('"1"');
    expect(await meetingOf(got)).toMatchObject({
      version: 1,
      state: 'preparation',
    });
    const minimal = await postJson(
      running.server.base,
      events('http-run'),
      { event: list[1], expectedVersion: 1 },
      { Prefer: 'return=minimal' },
    );
    expect(await meetingOf(minimal)).toEqual({
      meetingId: 'http-run',
      version: 2,
      state: 'preparation',
    });
  });

  it('runs the whole SCENARIO meeting over HTTP to its close', async () => {
    const { input, events: list } = scenarioMeeting({ meetingId: 'http-all' });
    await postJson(running.server.base, '/meetings', input);
    for (const [version, event] of list.entries()) {
      const answer = await postJson(
        running.server.base,
        events('http-all'),
        { event, expectedVersion: version },
        { Prefer: 'return=minimal' },
      );
      expect(answer.status).toBe(200);
    }
    const got = await meetingOf(
      await fetch(`${running.server.base}/meetings/http-all`),
    );
    expect(got).toMatchObject({
      version: list.length,
      state: 'closed',
      record: {
        meeting: { status: 'closed', rating: { approvedLevel: 'fair' } },
      },
    });
  });

  it('answers another method with 405 and its Allow header', async () => {
    const answer = await fetch(
      `${running.server.base}/meetings/http-run/events`,
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('POST');
  });
});

it(
  'opens an in-memory PGlite store by itself when the host gives none',
  async () => {
    const server = await startTestServer({ workers: 0 });
    try {
      const { input } = scenarioMeeting({ meetingId: 'own-store' });
      expect((await postJson(server.base, '/meetings', input)).status).toBe(
        201,
      );
      const got = await fetch(`${server.base}/meetings/own-store`);
      expect((await meetingOf(got)).version).toBe(0);
    } finally {
      await server.close();
    }
  },
  slowTestTimeout,
);
