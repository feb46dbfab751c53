import { cleanText } from '../cleanText';
import type { DocumentBlock, DocumentParagraph, DocumentRun } from '../model';

/**
 * The text of runs as the built-in document prints it, cleaned again
 * (R-DOC-8: NFC, no bidirectional or control characters).
 *
 * @param runs - the runs of one paragraph.
 * @returns the text.
 */
export function runsText(runs: DocumentRun[]): string {
  return cleanText(runs.map((r) => r.text).join(''));
}

/**
 * The text of each paragraph of some blocks, tables left out, as the
 * built-in document prints it.
 *
 * @param blocks - blocks of a built-in document.
 * @returns one text a paragraph.
 */
export function blockLines(blocks: DocumentBlock[]): string[] {
  return blocks
    .filter((b): b is DocumentParagraph => b.type === 'paragraph')
    .map((p) => runsText(p.runs))
    .filter((line) => line !== '');
}

/**
 * Whether a block is a section heading as `heading()` writes it.
 *
 * @param block - a block.
 * @returns true for a heading.
 */
export function isHeading(block: DocumentBlock): block is DocumentParagraph {
  return (
    block.type === 'paragraph' &&
    block.spaceBefore === 6 &&
    block.keepNext === true &&
    block.runs.length === 1 &&
    block.runs[0]?.bold === true
  );
}

/**
 * Clean every string of plain data again (R-DOC-8), so that nothing a
 * template inserts carries a character the built-in path would remove.
 *
 * @param data - plain data: objects, arrays, strings, numbers, booleans.
 * @returns a deep copy with every string cleaned and every object frozen.
 */
export function cleanData<T>(data: T): T {
  if (typeof data === 'string') return cleanText(data) as T;
  if (Array.isArray(data)) return Object.freeze(data.map(cleanData)) as T;
  if (typeof data === 'object' && data !== null) {
    return Object.freeze(
      Object.fromEntries(
        Object.entries(data).map(([key, value]) => [key, cleanData(value)]),
      ),
    ) as T;
  }
  return data;
}
