/**
 * Peak memory of `renderMany` for 100 and for 1,000 documents (issue 5: the
 * batch API keeps memory flat). Each count runs in a fresh process; the
 * documents are consumed one at a time, as a host writing files would.
 *
 *   pnpm tsx --expose-gc --conditions=@chibo/source packages/docx/scripts/measureMemory.ts
 *
 * With `--expose-gc` it also prints the live heap after a final collection.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { renderMany } from '../src/index';
import { largeRecord } from '../src/testSupport/records';

function* records(count: number) {
  for (let i = 0; i < count; i += 1) {
    yield {
      ...largeRecord,
      meeting: { ...largeRecord.meeting, id: `sh-${i}` },
    };
  }
}

async function measure(count: number): Promise<void> {
  let bytes = 0;
  let peak = process.memoryUsage().rss;
  const started = performance.now();
  for await (const doc of renderMany(records(count), { document: 'minutes' })) {
    bytes += doc.bytes.length;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapAfterGcMiB = gc
    ? +(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)
    : undefined;
  console.log(
    JSON.stringify({
      count,
      peakRssMiB: +(Math.max(peak, maxRss) / 2 ** 20).toFixed(1),
      heapAfterGcMiB,
      megabytesWritten: +(bytes / 1e6).toFixed(1),
      docsPerSecond: +(count / seconds).toFixed(1),
    }),
  );
}

const count = Number(process.argv[2]);
if (count > 0) {
  await measure(count);
} else {
  const self = fileURLToPath(import.meta.url);
  for (const n of [100, 1000]) {
    process.stdout.write(
      execFileSync(process.execPath, [...process.execArgv, self, String(n)], {
        encoding: 'utf8',
      }),
    );
  }
}
