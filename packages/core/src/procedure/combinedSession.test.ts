import { describe, expect, it } from 'vitest';
import {
  after,
  marchEvents,
  marchInput,
  thematicEvents,
  thematicInput,
} from '../testSupport/marchEvents';
import { runCombinedSession } from './combinedSession';

const regular = { input: marchInput(), events: marchEvents() };
const end = '2027-03-09T21:15:00+07:00';

describe('runCombinedSession (R-FREQ-3, R-DUR-1)', () => {
  it('yields two records, one per meeting, and accepts a 135-minute session', () => {
    const start = after(end, 5);
    const session = runCombinedSession(regular, {
      input: thematicInput(start),
      events: thematicEvents(start, 25),
    });
    expect(session.records.map((r) => r.meeting.kind)).toEqual([
      'regular',
      'thematic',
    ]);
    expect(session.records[0].meeting.agenda).not.toEqual(
      session.records[1].meeting.agenda,
    );
    expect(session.duration).toMatchObject({
      minutes: 135,
      minimum: 120,
      met: true,
    });
    expect(session.findings).toEqual([]);
  });

  it('R-DUR-1: a combined session under 120 minutes is reported', () => {
    const session = runCombinedSession(regular, {
      input: thematicInput(end),
      events: thematicEvents(end, 5),
    });
    expect(session.duration).toMatchObject({
      minutes: 110,
      met: false,
      shortBy: 10,
    });
    expect(session.findings.map((f) => [f.rule, f.code])).toEqual([
      ['R-DUR-1', 'combined-session-too-short'],
    ]);
  });

  it('R-FREQ-3: meetings that overlap or are the wrong kinds are reported', () => {
    const start = '2027-03-09T21:00:00+07:00';
    const thematic = {
      input: thematicInput(start),
      events: thematicEvents(start, 60),
    };
    const overlap = runCombinedSession(regular, thematic);
    expect(overlap.findings.map((f) => f.code)).toEqual([
      'combined-session-overlap',
    ]);
    const swapped = runCombinedSession(thematic, regular);
    expect(swapped.findings.map((f) => f.code)).toContain(
      'combined-session-kinds',
    );
  });

  it('R-FREQ-3: a meeting that did not close is reported', () => {
    const start = after(end, 5);
    const session = runCombinedSession(regular, {
      input: thematicInput(start),
      events: thematicEvents(start, 60).slice(0, -1),
    });
    expect(session.findings.map((f) => f.code)).toEqual([
      'combined-session-not-closed',
    ]);
  });
});
