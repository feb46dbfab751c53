import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locale, MeetingRecord } from '@chibo/core';
import { duesBookToCsv } from '@chibo/core/year';
import {
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '@chibo/docx';
import { renderDuesBook, renderYearReport } from '@chibo/docx/year';
import { meetingPlan, year2027 } from '@chibo/scenario';
import { createYearPlan, toICalendar, type YearPlan } from '@chibo/schedule';
import type { ScenarioYear } from './scenarioYear';

/** A file to write: its name and its content. */
export type OutputFile = [name: string, content: Uint8Array | string];

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
 * the cell's calendar for the year.
 *
 * @returns the files, not written yet.
 */
export async function renderMeetingFiles(
  record: MeetingRecord,
  plan: YearPlan,
  locale: Locale,
): Promise<OutputFile[]> {
  const { rating } = record.meeting;
  if (!rating) throw new Error('the meeting has no rating to print');
  return [
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
}

/**
 * Render the year's documents (R-DUES-2, R-YEAR-3): the dues book as .docx
 * and as CSV, and the yearly report, signed by the bí thư.
 *
 * @returns the files, not written yet.
 */
export async function renderYearFiles(
  { summary, book }: ScenarioYear,
  locale: Locale,
): Promise<OutputFile[]> {
  const { year } = summary;
  return [
    [
      `so-thu-dang-phi-${year}.docx`,
      await renderDuesBook(book, {
        locale,
        cell: year2027.documentCell,
        keeper: 'Phạm Thị Lan',
        secretary: summary.cell.secretaryName,
      }),
    ],
    [`so-thu-dang-phi-${year}.csv`, duesBookToCsv(book, { locale })],
    [`bao-cao-nam-${year}.docx`, await renderYearReport(summary, { locale })],
  ];
}

/**
 * Write rendered files to `outDir`. Each file is written under a temporary
 * name and renamed, so a failure leaves no partial file behind; render
 * everything before calling it.
 *
 * @returns the files written, with their sizes.
 */
export async function writeOutputs(
  files: readonly OutputFile[],
  outDir: string,
): Promise<WrittenFile[]> {
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
