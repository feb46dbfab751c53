import { renderMinutes } from './minutes';
import { type ResolutionOptions, renderResolution } from './resolution';

/** The options of {@link renderMany}. */
export interface RenderManyOptions extends ResolutionOptions {
  /**
   * Which document to make of each record.
   * @defaultValue 'minutes'
   */
  document?: 'minutes' | 'resolution' | undefined;
}

/** One rendered document of a batch. */
export interface RenderedDocument {
  /** The record's position in the input. */
  index: number;
  bytes: Uint8Array;
}

/**
 * Render many records one at a time, as an async iterable: each document is
 * made only when the consumer asks for it, so memory stays flat however many
 * records there are (write each one out before asking for the next). Records
 * may come from an array, any iterable or an async iterable (a database
 * cursor). A bad record throws its `ChiboError` when it is reached.
 *
 * @param records - the meeting records.
 * @param options - the document options for all of them, and which document.
 * @returns the documents, in input order.
 * @example
 * ```ts
 * for await (const { index, bytes } of renderMany(records, { document: 'minutes' })) {
 *   await writeFile(`bien-ban-${index}.docx`, bytes);
 * }
 * ```
 */
export async function* renderMany(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: RenderManyOptions = {},
): AsyncGenerator<RenderedDocument, void, undefined> {
  const { document = 'minutes', ...rest } = options;
  const render = document === 'minutes' ? renderMinutes : renderResolution;
  let index = 0;
  for await (const record of records) {
    yield { index, bytes: await render(record, rest) };
    index += 1;
  }
}
