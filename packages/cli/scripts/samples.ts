/**
 * The sample files of examples/, built from `@chibo/scenario` (SCENARIO.md,
 * the March 2027 meeting of Chi bộ thôn Trang Nùng): scripts/writeSamples.ts
 * writes them (then Biome formats them) and test/samples.test.ts checks
 * that the shipped ones hold these values.
 */
import { getJsonSchema } from '@chibo/core';
import type { MeetingInput } from '@chibo/core/machine';
import {
  februaryResolution,
  marchEvents,
  marchMeeting,
  marchRecord,
} from '@chibo/scenario';

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The March meeting as planned, before it opens: what `meeting start` takes. */
export const plannedRecord: MeetingInput = JSON.parse(
  JSON.stringify({
    cell: marchRecord.cell,
    members: marchRecord.members,
    previousResolution: februaryResolution,
    meeting: {
      id: marchMeeting.id,
      cellId: marchMeeting.cellId,
      kind: marchMeeting.kind,
      scheduledAt: marchMeeting.scheduledAt,
      place: marchMeeting.place,
      mode: marchMeeting.mode,
      status: 'planned',
    },
  }),
);

/** Every event of the March meeting, in the order a host sends them. */
export const events: unknown[] = Object.values(marchEvents).flat();

/** Each sample's file name in examples/ and its text. */
export function getSamples(): Record<string, string> {
  return {
    'record.json': toJson(marchRecord),
    'record.schema.json': toJson(getJsonSchema('meeting-record')),
    'planned-record.json': toJson(plannedRecord),
    'events.json': toJson(events),
  };
}
