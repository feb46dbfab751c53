import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale, MeetingRecord } from '@chibo/core';
import {
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '@chibo/docx';
import { meetingPlan } from '@chibo/scenario';
import { createYearPlan, toICalendar, type YearPlan } from '@chibo/schedule';

/** One file the demo wrote. */
export interface WrittenFile {
  name: string;
  bytes: number;
}

/**
 * The cell's plan for a year: the regular meetings on the Tuesday of the
 * second week at 19:30, and a thematic meeting in the middle month of each
 * quarter (R-SCHED-1..3, SCENARIO.md).
 */
export function planYear(record: MeetingRecord, year: number): YearPlan {
  return createYearPlan(record.cell, year, meetingPlan);
}

/**
 * Render the minutes, the resolution and the score sheet of the meeting, and
 * the cell's calendar for the year, then write them to `outDir`. Everything
 * is rendered before anything is written, and each file is written under a
 * temporary name and renamed, so a failure leaves no partial file behind.
 *
 * @returns the files written, with their sizes.
 */
export async function writeOutputs(
  record: MeetingRecord,
  plan: YearPlan,
  outDir: string,
  locale: Locale,
): Promise<WrittenFile[]> {
  const { rating } = record.meeting;
  if (!rating) throw new Error('the meeting has no rating to print');
  const files: [string, Uint8Array | string][] = [
    ['bien-ban.docx', await renderMinutes(record, { locale })],
    ['nghi-quyet.docx', await renderResolution(record, { locale })],
    [
      'phieu-cham-diem.docx',
      await renderRatingSheet(rating, { record, locale }),
    ],
    [
      `lich-sinh-hoat-${plan.year}.ics`,
      toICalendar(plan, {
        locale,
        location: record.meeting.place,
        // DTSTAMP: the moment of the export, fixed so the file is reproducible.
        stamp: record.meeting.timeline.endedAt,
      }),
    ],
  ];
  await mkdir(outDir, { recursive: true });
  const written: WrittenFile[] = [];
  for (const [name, content] of files) {
    const target = join(outDir, name);
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, content);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
    written.push({
      name,
      bytes:
        typeof content === 'string'
          ? Buffer.byteLength(content)
          : content.byteLength,
    });
  }
  return written;
}
