import fc from 'fast-check';
import {
  MEETING_EVENT_TYPES,
  type MeetingEvent,
} from '../procedure/meetingEvents';
import { marchEvents } from './marchEvents';

// Random sequences: the March meeting with steps dropped and noise inserted
// (well-formed events out of place, malformed payloads, unknown types, times
// out of order). Whatever comes, nothing throws and the record stays valid.

const march = marchEvents();
const march9 = Date.parse('2027-03-01T00:00:00+07:00');

const at = fc.oneof(
  fc
    .integer({ min: 0, max: 14 * 24 * 60 })
    .map((minutes) => new Date(march9 + minutes * 60_000).toISOString()),
  fc.constant(undefined),
  fc.constantFrom('not a date', '2027-02-30T10:00', 42),
  fc.date({ min: new Date('2027-03-01'), max: new Date('2027-03-15') }),
);

const noise: fc.Arbitrary<MeetingEvent> = fc.oneof(
  // a real step of the meeting, sent at the wrong moment or twice
  fc.constantFrom(...march),
  // a known type with a random time and a random payload
  fc
    .record({
      // ('*' is left out: xstate itself refuses to deliver it, see docs)
      type: fc.constantFrom(...MEETING_EVENT_TYPES, 'BOGUS'),
      at,
      lines: fc.constant([{ memberId: 'm05', status: 'present' }]),
      memberId: fc.constantFrom('m01', 'm05', 'm15', 'zz'),
      guestId: fc.constantFrom('g01', 'zz'),
      reason: fc.string({ maxLength: 5 }),
      vote: fc.record({
        id: fc.constantFrom('v1', 'v7'),
        subject: fc.constantFrom('resolution', 'discipline', 'rating', 'x'),
        mode: fc.constantFrom('show-of-hands', 'secret-ballot'),
        for: fc.integer({ min: -1, max: 20 }),
        against: fc.integer({ min: 0, max: 20 }),
      }),
      opinion: fc.record({
        id: fc.constantFrom('op1', 'opX'),
        speakerId: fc.constantFrom('m05', 'm12', 'g01', 'nobody'),
        text: fc.string({ maxLength: 20 }),
      }),
    })
    .map((event) => event as unknown as MeetingEvent),
  // anything at all under a known type
  fc
    .record({
      type: fc.constantFrom(...MEETING_EVENT_TYPES),
      at,
      payload: fc.anything({ maxDepth: 2 }),
    })
    .map((event) => event as unknown as MeetingEvent),
);

/**
 * Random event logs of the March meeting: its steps, about one in forty
 * dropped, with noise inserted (well-formed events out of place, malformed
 * payloads, unknown types, times out of order).
 */
export const randomMeetingLogs: fc.Arbitrary<MeetingEvent[]> = fc
  .array(
    fc.tuple(
      // drop about one step in forty: most sequences still miss a step, and
      // about 15 of the 150 close, so reaching 'closed' below is not luck
      // (one in ten closed ~3 of 150, and about one test run in twenty none)
      fc.integer({ min: 0, max: 39 }).map((n) => n === 0),
      fc.array(noise, { maxLength: 2 }),
    ),
    { minLength: march.length, maxLength: march.length },
  )
  .chain((ops) =>
    fc.constant(
      ops.flatMap(([drop, extra], i) => {
        const step = march[i];
        return [...extra, ...(drop || !step ? [] : [step])];
      }),
    ),
  );
