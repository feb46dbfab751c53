import { marchMeeting } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { createMeetingActor } from './createMeetingActor';
import type { MeetingEvent } from './meetingEvents';

// R-DOC-6b (issue 15 §1): the machine records what each agenda item holds —
// presenter, summary, the chair's conclusion — with ITEM_PRESENTED and
// ITEM_CONCLUDED, during the proceedings.

const events = marchEvents();
const at = '2027-03-09T20:46:00+07:00';

/** The March meeting up to (not including) the first event of `type`. */
function before(type: MeetingEvent['type'], index = 0) {
  const actor = createMeetingActor(marchInput()).start();
  let seen = 0;
  for (const event of events) {
    if (event.type === type && seen++ === index) break;
    actor.send(event);
  }
  return actor;
}

function lastRejection(actor: ReturnType<typeof before>) {
  return actor.getSnapshot().context.rejected.at(-1);
}

describe('R-DOC-6b the agenda items through the meeting machine', () => {
  it('the scenario meeting ends with every item as SCENARIO.md records it', () => {
    const actor = createMeetingActor(marchInput()).start();
    for (const event of events) actor.send(event);
    const { context } = actor.getSnapshot();
    expect(context.rejected).toEqual([]);
    expect(context.record.meeting.agenda).toEqual(marchMeeting.agenda);
  });

  it('an item not on the agenda is refused, with its id', () => {
    const actor = before('ITEM_PRESENTED');
    actor.send({
      type: 'ITEM_PRESENTED',
      at: '2027-03-09T19:40:00+07:00',
      agendaItemId: 'a9',
      presenterId: 'm01',
    });
    expect(lastRejection(actor)).toMatchObject({
      code: 'invalid-reference',
      reason: { en: 'No agenda item "a9".' },
    });
  });

  it('a presenter who is not present is refused (speaker-absent)', () => {
    const actor = before('ITEM_PRESENTED');
    // m05 (Giàng Thị Mai) is absent with a reason in March.
    actor.send({
      type: 'ITEM_PRESENTED',
      at: '2027-03-09T19:40:00+07:00',
      agendaItemId: 'a1',
      presenterId: 'm05',
    });
    expect(lastRejection(actor)).toMatchObject({ code: 'speaker-absent' });
    expect(
      actor.getSnapshot().context.record.meeting.agenda[0]?.presenterId,
    ).toBeUndefined();
  });

  it('an item with opinions cannot be concluded as having none, and an item concluded with none takes no opinion', () => {
    const withOpinions = before('ITEM_CONCLUDED', 1); // a2, after its opinion
    withOpinions.send({
      type: 'ITEM_CONCLUDED',
      at,
      agendaItemId: 'a2',
      noOpinions: true,
    });
    expect(lastRejection(withOpinions)).toMatchObject({
      code: 'invalid-reference',
      rule: 'R-DOC-6b',
    });

    const quiet = before('OPINION');
    quiet.send({
      type: 'OPINION',
      at: '2027-03-09T20:25:00+07:00',
      opinion: {
        id: 'op9',
        speakerId: 'm04',
        agendaItemId: 'a1',
        text: 'Ý kiến.',
      },
    });
    expect(lastRejection(quiet)).toMatchObject({
      code: 'invalid-reference',
      rule: 'R-DOC-6b',
    });
  });

  it('an item event outside the proceedings is not accepted', () => {
    const actor = createMeetingActor(marchInput()).start();
    actor.send({
      type: 'ITEM_CONCLUDED',
      at: '2027-03-03T08:00:00+07:00',
      agendaItemId: 'a1',
      conclusion: 'Thống nhất.',
    });
    expect(lastRejection(actor)).toMatchObject({ code: 'not-accepted' });
  });
});
