import type { Locale } from '@chibo/core';
import { describeError, EXIT } from './cliError';
import { writeFileAtomic } from './io';
import { describeWrittenFile, type WrittenFile } from './writtenFile';

/** One file of a batch. */
export interface BatchItem {
  name: string;
  input: string;
  output: string;
}

const BAR_WIDTH = 24;

function bar(done: number, total: number, name: string): string {
  const filled =
    total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${name}\u001b[K`;
}

/**
 * Render every item one at a time, writing each good one atomically. Shows a
 * progress bar on a terminal (stderr) and one plain line per file otherwise,
 * then the counts and the reason of each failure.
 *
 * @returns the exit code: 0 when all succeeded, else the highest exit code
 * of the failures (65 for invalid records, 66 for unreadable ones, 73 or 74
 * when writing failed); and each file written, with its SHA-256 (R-DOC-9).
 */
export async function runBatch(
  items: readonly BatchItem[],
  render: (input: string) => Promise<Uint8Array>,
  locale: Locale,
): Promise<{ exitCode: number; written: WrittenFile[] }> {
  const written: WrittenFile[] = [];
  const tty = process.stderr.isTTY === true;
  const failures: Array<{ name: string; reason: string; exitCode: number }> =
    [];
  const vi = locale === 'vi';
  for (const [i, item] of items.entries()) {
    if (tty) process.stderr.write(bar(i, items.length, item.name));
    try {
      const bytes = await render(item.input);
      writeFileAtomic(item.output, bytes);
      written.push(describeWrittenFile(item.output, bytes));
      if (!tty) process.stderr.write(`ok ${item.name} -> ${item.output}\n`);
    } catch (error) {
      // A bug (anything chibo does not expect) stops the batch.
      const failure = describeError(error, locale);
      if (!failure) throw error;
      const reason = failure.message.split('\n').join('\n    ');
      failures.push({ name: item.name, reason, exitCode: failure.exitCode });
      if (!tty) {
        process.stderr.write(`${vi ? 'lỗi' : 'failed'} ${item.name}\n`);
      }
    }
  }
  if (tty) process.stderr.write(`${bar(items.length, items.length, '')}\n`);
  const ok = items.length - failures.length;
  process.stderr.write(
    vi
      ? `Xong: ${ok} thành công, ${failures.length} lỗi.\n`
      : `Done: ${ok} ok, ${failures.length} failed.\n`,
  );
  for (const failure of failures) {
    process.stderr.write(`  ${failure.name}: ${failure.reason}\n`);
  }
  return {
    exitCode: Math.max(EXIT.ok, ...failures.map((f) => f.exitCode)),
    written,
  };
}
