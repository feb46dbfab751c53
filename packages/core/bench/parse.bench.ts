import { bench, describe } from 'vitest';
import { z } from 'zod';
import { safeParseMeeting } from '../src/index';
import { createLargeCell } from './fixtures';
import { measureSideBySide } from './measureSideBySide';

const { rawMeeting } = createLargeCell();

/**
 * The baseline: a bare `z.object` of the same shape as `Meeting`, with plain
 * strings where chibo normalises dates and text and no cross-checks.
 */
const bareMeeting = z.object({
  id: z.string(),
  cellId: z.string(),
  kind: z.enum(['regular', 'thematic']),
  theme: z.string().optional(),
  scheduledAt: z.string(),
  place: z.string(),
  mode: z.enum(['in-person', 'online', 'hybrid']).default('in-person'),
  status: z.string().default('planned'),
  chairId: z.string().optional(),
  recorderId: z.string().optional(),
  guests: z.array(z.object({ id: z.string(), name: z.string() })).default([]),
  agenda: z.array(z.object({ id: z.string(), title: z.string() })).default([]),
  timeline: z.record(z.string(), z.string()).default({}),
  attendance: z
    .array(
      z.object({
        memberId: z.string(),
        status: z.enum(['present', 'absent-excused', 'absent-unexcused']),
        reason: z.string().optional(),
        late: z.boolean().default(false),
        leftEarly: z.boolean().default(false),
      }),
    )
    .default([]),
  opinions: z
    .array(
      z.object({
        id: z.string(),
        speakerId: z.string(),
        agendaItemId: z.string().optional(),
        text: z.string(),
      }),
    )
    .default([]),
  votes: z
    .array(
      z.object({
        id: z.string(),
        subject: z.string(),
        mode: z.string(),
        for: z.number(),
        against: z.number(),
        abstain: z.number().default(0),
      }),
    )
    .default([]),
});

/**
 * The second baseline: the same bare shape, with the NFC normalisation of
 * chibo's texts and the ISO 8601 date-time check of its instants.
 */
const nfc = z.string().overwrite((value) => value.normalize('NFC'));
const instant = z.iso.datetime({ offset: true, local: true });
const shape = bareMeeting.shape;
const checkedMeeting = bareMeeting.extend({
  place: nfc,
  scheduledAt: instant,
  timeline: z.record(z.string(), instant).default({}),
  agenda: z.array(z.object({ id: z.string(), title: nfc })).default([]),
  attendance: shape.attendance,
  opinions: z
    .array(shape.opinions.unwrap().element.extend({ text: nfc }))
    .default([]),
});

// Run once before measuring: vitest's bench hides a task that throws.
if (
  !safeParseMeeting(rawMeeting).success ||
  !bareMeeting.safeParse(rawMeeting).success ||
  !checkedMeeting.safeParse(rawMeeting).success
) {
  throw new Error('the benchmark fixture no longer parses');
}

{
  const ms = measureSideBySide(
    {
      chibo: () => safeParseMeeting(rawMeeting),
      bare: () => bareMeeting.safeParse(rawMeeting),
      checked: () => checkedMeeting.safeParse(rawMeeting),
    },
    { rounds: 12, perRound: 400 },
  );
  const ratio = (b: 'bare' | 'checked') =>
    `${(ms.min('chibo') / ms.min(b)).toFixed(2)}× (median ${(ms.median('chibo') / ms.median(b)).toFixed(2)}×)`;
  process.stdout.write(
    `\nissue 17 §2, safeParseMeeting of a 60-member meeting (target ≤ 3× the bare shape with NFC and ISO checks): ${(ms.min('chibo') * 1000).toFixed(1)} µs = ${ratio('checked')} the shape with the checks, ${ratio('bare')} the bare shape\n\n`,
  );
}

describe('safeParseMeeting vs a bare z.object of the same shape', () => {
  bench('chibo safeParseMeeting', () => {
    if (!safeParseMeeting(rawMeeting).success) throw new Error('invalid');
  });
  bench('baseline: the same shape with NFC and ISO date-time checks', () => {
    if (!checkedMeeting.safeParse(rawMeeting).success)
      throw new Error('invalid');
  });
  bench('baseline: bare z.object', () => {
    if (!bareMeeting.safeParse(rawMeeting).success) throw new Error('invalid');
  });
});
