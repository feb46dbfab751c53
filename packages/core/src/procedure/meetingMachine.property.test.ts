import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMeetingRecord } from '../entities/parse';
import { marchInput } from '../testSupport/marchEvents';
import { randomMeetingLogs as sequences } from '../testSupport/randomMeetingLogs';
import { createMeetingActor } from './createMeetingActor';
import type { MeetingEvent } from './meetingEvents';
import { persistMeeting, restoreMeeting } from './persistMeeting';
import { replayMeeting } from './replayMeeting';

function run(events: readonly MeetingEvent[]) {
  const actor = createMeetingActor(marchInput()).start();
  for (const event of events) actor.send(event);
  return actor;
}

describe('meetingMachine properties (fast-check)', () => {
  it('R-TIME-2: random valid and invalid events never throw and the record always validates', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(sequences, (events) => {
        const actor = createMeetingActor(marchInput()).start();
        for (const event of events) {
          const before = actor.getSnapshot().context;
          actor.send(event);
          const after = actor.getSnapshot();
          expect(after.status).toBe('active');
          expect(after.context.events).toHaveLength(before.events.length + 1);
          const refused =
            after.context.rejected.length === before.rejected.length + 1;
          if (refused) expect(after.context.record).toBe(before.record);
        }
        const { context, value } = actor.getSnapshot();
        reached.add(String(value));
        expect(() => parseMeetingRecord(context.record)).not.toThrow();
        expect(context.events).toHaveLength(events.length);
      }),
      { numRuns: 150 },
    );
    // The sequences go deep, not only to the first refusal.
    expect(reached).toContain('closed');
    expect(reached).toContain('preparation');
  });

  it('restoreMeeting(persistMeeting(a)) continues exactly like a', () => {
    fc.assert(
      fc.property(sequences, fc.nat(), (events, cut) => {
        const k = events.length === 0 ? 0 : cut % events.length;
        const a = run(events.slice(0, k));
        const saved = JSON.parse(JSON.stringify(persistMeeting(a)));
        const b = restoreMeeting(saved).start();
        for (const event of events.slice(k)) {
          a.send(event);
          b.send(event);
        }
        expect(b.getSnapshot().value).toBe(a.getSnapshot().value);
        expect(b.getSnapshot().context).toEqual(a.getSnapshot().context);
      }),
      { numRuns: 100 },
    );
  });

  it('R-TIME-2: replayMeeting of the stored log equals the live snapshot', () => {
    fc.assert(
      fc.property(sequences, (events) => {
        const live = run(events).getSnapshot();
        const stored = JSON.parse(JSON.stringify(live.context.events));
        const replayed = replayMeeting(marchInput(), stored);
        expect(replayed.value).toBe(live.value);
        expect(replayed.context).toEqual(live.context);
      }),
      { numRuns: 100 },
    );
  });
});
