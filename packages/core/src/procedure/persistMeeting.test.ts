import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { createMeetingActor } from './createMeetingActor';
import { getMeetingRecord } from './getMeetingRecord';
import { meetingMachine } from './meetingMachine';
import {
  MEETING_SNAPSHOT_VERSION,
  persistMeeting,
  restoreMeeting,
} from './persistMeeting';
import { replayMeeting } from './replayMeeting';

const events = marchEvents();
const half = events.findIndex((e) => e.type === 'START_PROCEEDINGS');

function actorAfter(n: number) {
  const actor = createMeetingActor(marchInput()).start();
  for (const event of events.slice(0, n)) actor.send(event);
  return actor;
}

describe('persistMeeting / restoreMeeting', () => {
  it('stamps plain JSON with the machine id and schema version', () => {
    const saved = persistMeeting(actorAfter(half));
    expect(saved.machine).toBe('chibo-meeting');
    expect(saved.schemaVersion).toBe(MEETING_SNAPSHOT_VERSION);
    expect(saved.value).toBe('opening');
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
  });

  it('restores mid-meeting from JSON text and continues exactly like the original (R-TIME-2)', () => {
    const original = actorAfter(half);
    const restored = restoreMeeting(
      JSON.stringify(persistMeeting(original)),
    ).start();
    for (const event of events.slice(half)) {
      original.send(event);
      restored.send(event);
    }
    expect(restored.getSnapshot().value).toBe('closed');
    expect(restored.getSnapshot().context).toEqual(
      original.getSnapshot().context,
    );
  });

  it('migrates a version-0 snapshot (xstate getPersistedSnapshot, unstamped)', () => {
    const original = actorAfter(half);
    const raw = JSON.parse(JSON.stringify(original.getPersistedSnapshot()));
    const restored = restoreMeeting(raw).start();
    expect(restored.getSnapshot().value).toBe('opening');
    expect(getMeetingRecord(restored)).toEqual(getMeetingRecord(original));
  });

  it('refuses a newer schema version with a clear ChiboError', () => {
    const saved = { ...persistMeeting(actorAfter(2)), schemaVersion: 99 };
    expect(() => restoreMeeting(saved)).toThrowError(ChiboError);
    try {
      restoreMeeting(saved);
    } catch (error) {
      expect((error as ChiboError).issues[0]?.path).toEqual(['schemaVersion']);
      expect((error as ChiboError).messages.vi).toContain('phiên bản 99');
    }
  });

  it.each([
    [null, 'null'],
    ['2', '"2"'],
    [1.5, '1.5'],
    [0, '0'],
    [true, 'true'],
    [[], 'array'],
  ])(
    'requires a whole-number schemaVersion: %o is refused, never read as 0',
    (version, shown) => {
      const saved = {
        ...persistMeeting(actorAfter(2)),
        schemaVersion: version,
      };
      const error = (() => {
        try {
          restoreMeeting(saved);
        } catch (caught) {
          return caught as ChiboError;
        }
        throw new Error('restored');
      })();
      expect(error).toBeInstanceOf(ChiboError);
      expect(error.issues.map((i) => [i.path, i.code])).toEqual([
        [['schemaVersion'], 'invalid-schema-version'],
      ]);
      expect(error.messages.en).toContain(`not ${shown}`);
      expect(error.messages.vi).toContain(`không phải ${shown}`);
    },
  );

  it('requires schemaVersion: a stamped-looking snapshot without it is refused', () => {
    const { schemaVersion: _, ...unstamped } = persistMeeting(actorAfter(2));
    expect(() => restoreMeeting(unstamped)).toThrowError(
      expect.objectContaining({
        code: 'invalid-input',
        issues: [
          expect.objectContaining({
            path: ['schemaVersion'],
            code: 'missing-schema-version',
          }),
        ],
      }),
    );
  });

  it('refuses another machine, bad JSON and a corrupted record, with paths', () => {
    const saved = persistMeeting(actorAfter(half));
    expect(() => restoreMeeting({ ...saved, machine: 'other' })).toThrowError(
      ChiboError,
    );
    expect(() => restoreMeeting('{not json')).toThrowError(ChiboError);
    const corrupted = JSON.parse(JSON.stringify(saved));
    corrupted.context.record.meeting.attendance[0].memberId = 'nobody';
    try {
      restoreMeeting(corrupted);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      expect((error as ChiboError).issues.map((i) => i.path)).toContainEqual([
        'context',
        'record',
        'meeting',
        'attendance',
        0,
        'memberId',
      ]);
    }
  });
});

/** A JSON copy of the meeting after `n` events, to tamper with. */
function savedAfter(n: number) {
  return JSON.parse(JSON.stringify(persistMeeting(actorAfter(n))));
}

function refusal(persisted: unknown): ChiboError {
  try {
    restoreMeeting(persisted);
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    return error as ChiboError;
  }
  throw new Error('restoreMeeting trusted a tampered snapshot');
}

const vote = events.findIndex((e) => e.type === 'VOTE');

describe('restoreMeeting checks a snapshot against its own log before trusting it', () => {
  it('refuses a state that jumped ahead of the log', () => {
    const saved = savedAfter(half);
    saved.value = 'closing';
    const error = refusal(saved);
    expect(error.code).toBe('invalid-snapshot');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['state-mismatch', ['value']],
    ]);
    expect(error.issues[0]?.message.vi).toContain('"closing"');
  });

  it('refuses an emptied log: the record holds steps the log does not', () => {
    const saved = savedAfter(half);
    saved.context.events = [];
    const error = refusal(saved);
    expect(error.code).toBe('invalid-snapshot');
    expect(error.issues.map((i) => i.code)).toContain('record-mismatch');
    expect(error.issues.map((i) => i.code)).toContain('state-mismatch');
  });

  it('refuses a log shorter than its refusals imply', () => {
    const actor = actorAfter(half);
    actor.send({ type: 'CLOSE', at: '2027-03-09T19:40:00+07:00' });
    const saved = JSON.parse(JSON.stringify(persistMeeting(actor)));
    saved.context.events.pop();
    const error = refusal(saved);
    expect(error.issues[0]).toMatchObject({
      code: 'log-too-short',
      path: ['context', 'rejected', 0, 'index'],
    });
  });

  it('R-TIME-2: refuses a back-dated lastAt, so a back-dated VOTE cannot be slipped in', () => {
    const saved = savedAfter(vote);
    expect(saved.value).toBe('decision');
    saved.context.lastAt = '2027-03-01T00:00:00+07:00';
    const error = refusal(saved);
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['last-at-mismatch', ['context', 'lastAt']],
    ]);
    // Untouched, the same snapshot refuses the back-dated vote.
    const actor = restoreMeeting(savedAfter(vote)).start();
    actor.send({
      ...(events[vote] as object),
      at: '2027-03-02T00:00:00+07:00',
    } as never);
    expect(actor.getSnapshot().context.rejected.at(-1)?.code).toBe(
      'out-of-order',
    );
  });

  it('refuses an accepted event edited in the log, and a refusal edited away', () => {
    const edited = savedAfter(half);
    edited.context.events[0].at = '2027-03-01T00:00:00Z';
    expect(refusal(edited).issues.map((i) => i.code)).toContain('log-mismatch');

    const actor = actorAfter(half);
    actor.send({ type: 'CLOSE', at: '2027-03-09T19:40:00+07:00' });
    const hidden = JSON.parse(JSON.stringify(persistMeeting(actor)));
    hidden.context.rejected = [];
    expect(refusal(hidden).issues).toEqual([
      expect.objectContaining({
        code: 'rejected-mismatch',
        path: ['context', 'rejected', 0],
      }),
    ]);
  });

  it('refuses a 5,000-deep value anywhere with a ChiboError, never a stack overflow', () => {
    const text = JSON.stringify(savedAfter(half));
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    for (const place of ['"record":{', '"events":[{', '"context":{']) {
      const tampered = text.replace(place, `${place}"deep":${deep},`);
      const error = refusal(tampered);
      expect(error.code).toBe('invalid-input');
      expect(error.issues[0]?.code).toBe('too-deep');
      expect(refusal(JSON.parse(tampered)).issues[0]?.code).toBe('too-deep');
    }
  });

  it('refuses unknown keys in the snapshot and an initial record that is not planned', () => {
    const extra = savedAfter(half);
    extra.context.trusted = true;
    expect(refusal(extra).code).toBe('invalid-input');
    const started = savedAfter(half);
    started.context.initialRecord = started.context.record;
    const error = refusal(started);
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toEqual([
      'context',
      'initialRecord',
      'meeting',
      'status',
    ]);
  });

  it('restores a version-1 snapshot (no initial record) only with its input', () => {
    const saved = savedAfter(half);
    saved.schemaVersion = 1;
    delete saved.context.initialRecord;
    const error = refusal(saved);
    expect(error.code).toBe('invalid-snapshot');
    expect(error.issues[0]?.code).toBe('missing-initial-record');
    const restored = restoreMeeting(saved, { input: marchInput() }).start();
    expect(getMeetingRecord(restored)).toEqual(
      getMeetingRecord(actorAfter(half)),
    );
    // …and refuses it with the input of another meeting.
    const other = {
      ...marchInput(),
      meeting: { ...marchInput().meeting, id: 'sh-x' },
    };
    expect(() => restoreMeeting(saved, { input: other })).toThrowError(
      expect.objectContaining({ code: 'invalid-snapshot' }),
    );
  });

  it('refuses a snapshot restored into another machine than the one it ran on', () => {
    const machine = meetingMachine.provide({
      guards: { isQuorumMet: () => false },
    });
    expect(() =>
      restoreMeeting(savedAfter(events.length), { machine }),
    ).toThrowError(expect.objectContaining({ code: 'invalid-snapshot' }));
  });
});

describe('replayMeeting', () => {
  it('rebuilds the live snapshot from the input and the event log, refusals included (R-TIME-2)', () => {
    const actor = createMeetingActor(marchInput()).start();
    actor.send({ type: 'CLOSE', at: '2027-03-01T00:00:00+07:00' });
    for (const event of events) actor.send(event);
    const live = actor.getSnapshot();
    expect(live.context.rejected).toHaveLength(1);
    const replayed = replayMeeting(marchInput(), live.context.events);
    expect(replayed.value).toBe(live.value);
    expect(replayed.context).toEqual(live.context);
  });

  it('judges an event as its JSON form, so odd values replay the same way', () => {
    const actor = createMeetingActor(marchInput()).start();
    actor.send({
      type: 'CANCEL',
      at: new Date('2027-03-05T12:30:00Z'),
      // a Date where text is expected is kept as its ISO text, as JSON would
      reason: new Date('2027-03-05T12:30:00Z') as unknown as string,
    });
    actor.send({
      type: 'POSTPONE',
      at: '2027-03-06T08:00:00+07:00',
      reason: (() => 'x') as unknown as string,
    });
    const live = actor.getSnapshot();
    expect(live.value).toBe('cancelled');
    const stored = JSON.parse(JSON.stringify(live.context.events));
    const replayed = replayMeeting(marchInput(), stored);
    expect(replayed.context).toEqual(live.context);
  });

  it('throws the ChiboError of an invalid input', () => {
    expect(() =>
      replayMeeting({ ...marchInput(), members: [] }, []),
    ).toThrowError(ChiboError);
  });
});
