import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { checkMeetingEvent } from './checkMeetingEvent';
import { replayMeeting } from './replayMeeting';

// Issue 14 §3: the event check and the vote rules are pure functions of their
// arguments. No verdict, member list, instant or text is remembered between
// calls, so what one host (or one test) sends never changes another's answer,
// and an event changed in place is judged as it now is.

const events = marchEvents();
const { context } = replayMeeting(
  marchInput(),
  events.slice(
    0,
    events.findIndex((e) => e.type === 'VOTE'),
  ),
);

describe('checkMeetingEvent remembers nothing between calls', () => {
  it('the same event object, changed after a first verdict, is judged again', () => {
    const event = {
      type: 'OPINION',
      at: '2027-03-09T20:50:00+07:00',
      opinion: { id: 'op-x', speakerId: 'm01', text: 'Nhất trí.' },
    };
    expect(checkMeetingEvent(context, event).ok).toBe(true);
    event.opinion.speakerId = 'm99';
    expect(checkMeetingEvent(context, event)).toMatchObject({
      ok: false,
      code: 'invalid-reference',
    });
    event.opinion.speakerId = 'm01';
    expect(checkMeetingEvent(context, event).ok).toBe(true);
  });

  it('no module of the vote rules or the event check keeps mutable state', () => {
    const files = [
      './checkMeetingEvent.ts',
      './meetingGuards.ts',
      './meetingRules.ts',
      './rejections.ts',
      '../entities/vote.ts',
      '../rules/ballotCount.ts',
      '../rules/checkDisciplineBallots.ts',
      '../rules/isSupervisorGuest.ts',
      '../rules/secretBallot.ts',
      '../rules/tallyVote.ts',
    ];
    for (const file of files) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8');
      const state = source
        .split('\n')
        .filter(
          (line) =>
            /^(let|var)\s/.test(line) ||
            /^(export\s+)?const\s+\w+\s*(:[^=]*)?=\s*new\s+(Weak)?(Map|Set)\b/.test(
              line,
            ),
        );
      expect(state, file).toEqual([]);
    }
  });
});
