import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale, MeetingRecord } from '@chibo/core';
import {
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '@chibo/docx';
import { createYearPlan, toICalendar, type YearPlan } from '@chibo/schedule';

/** One file the demo wrote. */
export interface WrittenFile {
  name: string;
  bytes: number;
}

/** The Trang Nùng cell's meeting rule: the Tuesday of the second week, 19:30 (SCENARIO.md). */
export const trangNungRule = {
  pattern: { type: 'weekday-of-week', weekday: 2, week: 2 },
  time: '19:30',
  durationMinutes: 105,
  shift: 'next-working-day',
} as const;

/**
 * The cell's 2027 plan: the regular meetings by {@link trangNungRule}, and a
 * thematic meeting on the Tuesday of the third week of each quarter's middle
 * month (R-SCHED-1..3).
 */
export function planYear(record: MeetingRecord, year: number): YearPlan {
  return createYearPlan(record.cell, year, {
    regular: trangNungRule,
    thematic: {
      monthOfQuarter: 2,
      session: 'separate',
      rule: {
        pattern: { type: 'weekday-of-week', weekday: 2, week: 3 },
        time: '19:30',
      },
    },
  });
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
