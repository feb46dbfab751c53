import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMeetingActor,
  MEETING_MACHINE_ID,
  sendMeetingEvent,
} from '@chibo/core/machine';
import { persistMeeting } from '@chibo/core/persist';
import { reportProgress } from '@chibo/scenario/test-budget';
import { beforeAll, describe, expect, it } from 'vitest';
import { events, plannedRecord } from '../scripts/samples';
import { chibo, createWorkDir, documentXml } from './support';

let dir: string;
const write = (name: string, value: unknown) =>
  writeFileSync(join(dir, name), JSON.stringify(value));
const read = (name: string) =>
  JSON.parse(readFileSync(join(dir, name), 'utf8'));

/** `chibo meeting apply` of a snapshot file and an event file. */
const apply = (snapshot: string, event: string, ...extra: string[]) =>
  chibo(
    ['meeting', 'apply', '--snapshot', snapshot, '--event', event, ...extra],
    {
      cwd: dir,
    },
  );

/** The snapshot after `count` events, as the in-process machine gives it. */
function expectedSnapshot(count: number) {
  const actor = createMeetingActor(plannedRecord).start();
  for (const event of events.slice(0, count)) sendMeetingEvent(actor, event);
  return persistMeeting(actor);
}

beforeAll(async () => {
  dir = createWorkDir();
  write('planned.json', plannedRecord);
  const start = await chibo(
    ['meeting', 'start', '--record', 'planned.json', '-o', 's0.json'],
    { cwd: dir },
  );
  expect(start.stderr).toBe('');
  expect(start.code).toBe(0);
});

describe('chibo meeting: the procedure from outside JavaScript (DOMAIN.md §4.3)', () => {
  it('start gives the first snapshot of the planned March meeting', () => {
    const snapshot = read('s0.json');
    expect(snapshot).toMatchObject({
      machine: MEETING_MACHINE_ID,
      value: 'preparation',
    });
    expect(snapshot).toEqual(expectedSnapshot(0));
  });

  it('drives the whole SCENARIO meeting event by event, each snapshot feeding the next (R-RATE-3, R-TIME-2)', async () => {
    for (const [i, event] of events.entries()) {
      write(`e${i}.json`, event);
      const result = await apply(
        `s${i}.json`,
        `e${i}.json`,
        '-o',
        `s${i + 1}.json`,
      );
      expect(result.stderr, (event as { type: string }).type).toBe('');
      expect(result.code).toBe(0);
      reportProgress('cli: meeting apply', i + 1, events.length);
    }
    const last = read(`s${events.length}.json`);
    expect(last.value).toBe('closed');
    expect(last.context.rejected).toEqual([]);
    expect(last).toEqual(expectedSnapshot(events.length));
  });

  it('prints the new snapshot on stdout without -o, and reads the event from stdin', async () => {
    const result = await chibo(
      ['meeting', 'apply', '--snapshot', 's0.json', '--event', '-'],
      { cwd: dir, stdin: JSON.stringify(events[0]) },
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toEqual(read('s1.json'));
  });

  it('refuses an event out of the procedure order: the typed refusal on stdout, exit 65, no snapshot written', async () => {
    write('close.json', { type: 'CLOSE', at: '2027-03-09T21:15:00+07:00' });
    const before = readFileSync(join(dir, 's0.json'), 'utf8');
    const result = await apply(
      's0.json',
      'close.json',
      '-o',
      'refused.json',
      '--lang',
      'en',
    );
    expect(result.code).toBe(65);
    const { error } = JSON.parse(result.out);
    expect(error).toMatchObject({
      code: 'event-rejected',
      state: 'preparation',
      message: {
        vi: expect.stringMatching(/không nhận sự kiện này/),
        en: expect.stringMatching(/does not accept this event/),
      },
      issues: [{ path: [], code: 'not-accepted' }],
    });
    expect(result.stderr).toMatch(/^chibo: The meeting does not accept/);
    expect(() => read('refused.json')).toThrow(/ENOENT/);
    expect(readFileSync(join(dir, 's0.json'), 'utf8')).toBe(before);
  });

  it('refuses a malformed event with the path of each problem (invalid-event)', async () => {
    write('open-no-chair.json', { type: 'OPEN', at: 'hôm nay' });
    const opened = events.findIndex(
      (e) => (e as { type: string }).type === 'OPEN',
    );
    const result = await apply(`s${opened}.json`, 'open-no-chair.json');
    expect(result.code).toBe(65);
    const { error } = JSON.parse(result.out);
    expect(error.code).toBe('invalid-event');
    expect(error.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(
      ['at'],
    );
  });

  it('refuses a snapshot that does not agree with its own log (invalid-snapshot)', async () => {
    write('forged.json', { ...read('s4.json'), value: 'closed' });
    const result = await apply('forged.json', 'e4.json');
    expect(result.code).toBe(65);
    expect(JSON.parse(result.out).error.code).toBe('invalid-snapshot');
  });

  it('start refuses a record whose meeting is not planned (exit 65, meeting.status)', async () => {
    const result = await chibo(
      ['meeting', 'start', '--record', 'record.json'],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    const { error } = JSON.parse(result.out);
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0].path).toEqual(['meeting', 'status']);
  });

  it('asks for an action and its files (exit 64)', async () => {
    expect((await chibo(['meeting'], { cwd: dir })).code).toBe(64);
    expect((await chibo(['meeting', 'stop'], { cwd: dir })).code).toBe(64);
    const missing = await chibo(['meeting', 'apply', '--snapshot', 's0.json'], {
      cwd: dir,
    });
    expect(missing.code).toBe(64);
    expect(missing.stderr).toContain('--event');
  });

  it('record gives the meeting record, which the document commands take (R-DOC-6)', async () => {
    const result = await chibo(
      [
        'meeting',
        'record',
        '--snapshot',
        `s${events.length}.json`,
        '-o',
        'machine-record.json',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const record = read('machine-record.json');
    expect(record.meeting.status).toBe('closed');
    expect(record.meeting.rating).toMatchObject({
      proposedScore: 87,
      approvedLevel: 'fair',
    });
    const minutes = await chibo(
      ['minutes', 'machine-record.json', '-o', 'machine-minutes.docx'],
      { cwd: dir },
    );
    expect(minutes.code).toBe(0);
    expect(
      documentXml(readFileSync(join(dir, 'machine-minutes.docx'))),
    ).toContain('BIÊN BẢN');
  });

  it("record's meeting is an entry of chibo rating --history for a later meeting (R-ATT-2)", async () => {
    const { meeting } = read('machine-record.json');
    write('history-from-record.json', [meeting]);
    write('april.json', {
      ...read('record.json'),
      meeting: {
        ...read('record.json').meeting,
        id: 'sh-2027-04',
        scheduledAt: '2027-04-13T19:30:00+07:00',
      },
    });
    const result = await chibo(
      [
        'rating',
        'april.json',
        '--scheme',
        'an-phu',
        '--inputs',
        'inputs.json',
        '--history',
        'history-from-record.json',
        '--json',
      ],
      { cwd: dir },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).missingRecord).toEqual([]);
  });
});
