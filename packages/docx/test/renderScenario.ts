/**
 * Renders the SCENARIO documents and prints each one's SHA-256 as JSON, for
 * the determinism test to run in a child process with another time zone.
 *
 *   node --import tsx --conditions=@chibo/source test/renderScenario.ts
 */
import {
  getDocumentHash,
  renderMinutes,
  renderRatingSheet,
  renderResolution,
} from '../src/index';
import { marchRating, ratedMarchRecord } from '../src/testSupport/records';

/**
 * The SCENARIO's minutes, resolution and score sheet, rendered.
 *
 * @returns the bytes of each document by file name.
 */
export async function renderScenarioDocuments(): Promise<
  Record<string, Uint8Array>
> {
  return {
    'bien-ban': await renderMinutes(ratedMarchRecord),
    'nghi-quyet': await renderResolution(ratedMarchRecord),
    'phieu-cham-diem': await renderRatingSheet(marchRating, {
      record: ratedMarchRecord,
    }),
  };
}

/**
 * The SHA-256 of each SCENARIO document.
 *
 * @returns the hashes by file name.
 */
export async function hashScenarioDocuments(): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(await renderScenarioDocuments()))
    hashes[name] = await getDocumentHash(bytes);
  return hashes;
}

if (process.argv[1]?.endsWith('renderScenario.ts')) {
  process.stdout.write(
    JSON.stringify({
      tz: Intl.DateTimeFormat().resolvedOptions().timeZone,
      hashes: await hashScenarioDocuments(),
    }),
  );
}
