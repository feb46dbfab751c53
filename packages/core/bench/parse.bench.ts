import { bench, describe } from 'vitest';
import { z } from 'zod';
import { safeParseMeeting } from '../src/index';
import { createLargeCell } from './fixtures';

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

// Run once before measuring: vitest's bench hides a task that throws.
if (
  !safeParseMeeting(rawMeeting).success ||
  !bareMeeting.safeParse(rawMeeting).success
) {
  throw new Error('the benchmark fixture no longer parses');
}

describe('safeParseMeeting vs a bare z.object of the same shape', () => {
  bench('chibo safeParseMeeting', () => {
    if (!safeParseMeeting(rawMeeting).success) throw new Error('invalid');
  });
  bench('baseline: bare z.object', () => {
    if (!bareMeeting.safeParse(rawMeeting).success) throw new Error('invalid');
  });
});
