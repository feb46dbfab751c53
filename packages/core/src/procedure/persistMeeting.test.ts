import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { createMeetingActor } from './createMeetingActor';
import { getMeetingRecord } from './getMeetingRecord';
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
