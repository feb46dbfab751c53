import { bench, describe } from 'vitest';
import { buildMinutes, renderMinutes } from '../src/index';
import { largeRecord } from '../src/testSupport/records';
import { createBaseline } from './baseline';

// Validate the fixture before measuring: vitest bench hides throwing tasks.
const opinions = largeRecord.meeting.opinions.length;
const tasks = largeRecord.meeting.resolution.tasks.length;
if (largeRecord.members.length !== 30 || opinions !== 20 || tasks !== 8) {
  throw new Error('The benchmark needs 30 members, 20 opinions and 8 tasks.');
}
await renderMinutes(largeRecord);
const baseline = createBaseline(buildMinutes(largeRecord));

const OPTIONS = { time: 4000, warmupTime: 1000 };

describe('renderMinutes: 30 members, 20 opinions, 8 tasks', () => {
  bench(
    'chibo renderMinutes',
    async () => {
      await renderMinutes(largeRecord);
    },
    OPTIONS,
  );

  bench(
    'baseline: the same paragraphs and tables with docx directly',
    async () => {
      await baseline();
    },
    OPTIONS,
  );
});
