import { argumentError } from './argumentError';
import { renderMinutes } from './minutes';
import { resolveOptions } from './options';
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

/** Whether `value` can be read with `for await`. */
const isIterable = (
  value: unknown,
): value is Iterable<unknown> | AsyncIterable<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function' ||
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] ===
      'function');

async function* renderEach(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  render: (record: unknown, options: ResolutionOptions) => Promise<Uint8Array>,
  options: ResolutionOptions,
): AsyncGenerator<RenderedDocument, void, undefined> {
  let index = 0;
  for await (const record of records) {
    yield { index, bytes: await render(record, options) };
    index += 1;
  }
}

/**
 * Render many records one at a time, as an async iterable: each document is
 * made only when the consumer asks for it, so memory stays flat however many
 * records there are (write each one out before asking for the next). Records
 * may come from an array, any iterable or an async iterable (a database
 * cursor). A bad record throws its `ChiboError` when it is reached; wrong
 * options or records that cannot be iterated throw at once.
 *
 * @param records - the meeting records.
 * @param options - the document options for all of them, and which document.
 * @returns the documents, in input order.
 * @throws ChiboError `invalid-argument` for options that are wrong (a
 *   `document` other than `'minutes'` and `'resolution'`…) or `records` that
 *   are not iterable.
 * @example
 * ```ts
 * for await (const { index, bytes } of renderMany(records, { document: 'minutes' })) {
 *   await writeFile(`bien-ban-${index}.docx`, bytes);
 * }
 * ```
 */
export function renderMany(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: RenderManyOptions = {},
): AsyncGenerator<RenderedDocument, void, undefined> {
  resolveOptions(options);
  const { document = 'minutes', ...rest } = options;
  if (document !== 'minutes' && document !== 'resolution') {
    throw argumentError('options', [
      {
        path: ['options', 'document'],
        code: 'invalid_value',
        message: {
          vi: 'Loại văn bản phải là "minutes" hoặc "resolution".',
          en: 'The document must be "minutes" or "resolution".',
        },
      },
    ]);
  }
  if (!isIterable(records)) {
    throw argumentError('records', [
      {
        path: ['records'],
        code: 'invalid_type',
        message: {
          vi: 'Cần một mảng hoặc một iterable (đồng bộ hay bất đồng bộ) chứa các hồ sơ cuộc họp.',
          en: 'Expected an array, an iterable or an async iterable of meeting records.',
        },
      },
    ]);
  }
  const render = document === 'minutes' ? renderMinutes : renderResolution;
  return renderEach(records, render, rest);
}
