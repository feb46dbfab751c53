/**
 * Documents at national scale (issue 17 §4). A national monthly run is about
 * 200,000 minutes and resolutions, and its cost was docx packing. Side by
 * side, in interleaved rounds and in CPU time (CompressionStream deflates on
 * libuv's threads, which the process's CPU time counts):
 *
 * - the new path: `renderMinutes` (validation, model, the body written
 *   directly, the static parts built once and reused, a deterministic zip);
 * - the current path before issue 17: the same model built as `docx`
 *   objects and packed by `Packer` (test/docxReference.ts);
 * - the zip floor: fflate re-zipping the very parts of the document;
 * - raw `docx` on the same content (bench/baseline.ts), the issue 15 target.
 *
 * Targets: the new path ≤ 4× the zip floor per document; the SCENARIO
 * minutes ≤ 1.2× raw docx. It also projects the core-hours of 200,000
 * documents, and shows the heap flat over 5,000 documents.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { unzipSync, zipSync } from 'fflate';
import { bench, describe } from 'vitest';
import {
  buildMinutes,
  buildResolution,
  renderMany,
  renderMinutes,
  renderResolution,
} from '../src/index';
import { resolveOptions } from '../src/options';
import { ratedMarchRecord } from '../src/testSupport/records';
import { packWithDocx } from '../test/docxReference';
import { createBaseline } from './baseline';
import { measureCpu } from './measureCpu';

const options = resolveOptions({});
const minutes = buildMinutes(ratedMarchRecord);
const parts = unzipSync(await packWithDocx(minutes, options));
const rawDocx = createBaseline(minutes);

const paths = {
  'new path: renderMinutes': () => renderMinutes(ratedMarchRecord),
  'new path: renderResolution': () => renderResolution(ratedMarchRecord),
  'current path: buildMinutes + docx Packer': () =>
    packWithDocx(buildMinutes(ratedMarchRecord), options),
  'current path: buildResolution + docx Packer': () =>
    packWithDocx(buildResolution(ratedMarchRecord), options),
  'zip floor: fflate re-zips the minutes’ parts': () => zipSync(parts),
  'raw docx: the minutes’ paragraphs and tables': () => rawDocx(),
} satisfies Record<string, () => unknown>;
type PathName = keyof typeof paths;

/** The heap after a full collection, in MiB. */
function heapMiB(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

// Check every path before measuring (vitest's bench hides a task that
// throws), then report the ratios side by side.
{
  const ms = await measureCpu(paths, 15, 20);
  const floor = ms['zip floor: fflate re-zips the minutes’ parts'];
  const line = (name: PathName) =>
    `  ${name}: ${ms[name].toFixed(2)} ms CPU, ${(ms[name] / floor).toFixed(2)}× the zip floor\n`;
  const perDocument =
    (ms['new path: renderMinutes'] + ms['new path: renderResolution']) / 2;
  const before =
    (ms['current path: buildMinutes + docx Packer'] +
      ms['current path: buildResolution + docx Packer']) /
    2;
  const hours = (perDocMs: number) => (perDocMs * 200_000) / 3_600_000;
  process.stdout.write(
    `\nissue 17 §4, the SCENARIO minutes and resolution (median CPU per document):\n${(
      Object.keys(paths) as PathName[]
    )
      .map(line)
      .join('')}` +
      `  per document of the run: new ${(perDocument / floor).toFixed(2)}× the zip floor (target ≤ 4×), before ${(before / floor).toFixed(2)}×\n` +
      `  minutes ÷ raw docx on the same content: ${(ms['new path: renderMinutes'] / ms['raw docx: the minutes’ paragraphs and tables']).toFixed(2)} (target ≤ 1.2)\n` +
      `  200,000 documents: ${hours(perDocument).toFixed(2)} core-hours (before: ${hours(before).toFixed(2)})\n`,
  );

  const heapBefore = heapMiB();
  const count = 5_000;
  function* records() {
    for (let i = 0; i < count; i += 1) {
      yield {
        ...ratedMarchRecord,
        meeting: { ...ratedMarchRecord.meeting, id: `sh-${i}` },
      };
    }
  }
  let bytes = 0;
  let heapMid = 0;
  for await (const doc of renderMany(records())) {
    bytes += doc.bytes.length;
    if (doc.index === count / 2) heapMid = heapMiB();
  }
  const heapAfter = heapMiB();
  process.stdout.write(
    `  memory over ${count.toLocaleString('en')} documents (${(bytes / 1e6).toFixed(1)} MB written): heap after GC ${heapBefore.toFixed(1)} MiB before, ${heapMid.toFixed(1)} MiB halfway, ${heapAfter.toFixed(1)} MiB after\n\n`,
  );
}

const timing = { time: 3_000, warmupIterations: 5 };

describe('packing the SCENARIO minutes (issue 17 §4)', () => {
  for (const name of Object.keys(paths) as PathName[]) {
    bench(
      name,
      async () => {
        await paths[name]();
      },
      timing,
    );
  }
});
