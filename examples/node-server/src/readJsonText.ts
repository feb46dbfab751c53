import type { IncomingMessage } from 'node:http';
import { ServiceError } from './serviceError';

/** `application/json` and the `+json` types (`application/ld+json`…), any charset. */
function isJsonType(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return (
    mediaType === 'application/json' ||
    /^application\/[\w.-]+\+json$/.test(mediaType ?? '')
  );
}

function tooLarge(limit: number): ServiceError {
  return new ServiceError(
    413,
    'payload-too-large',
    {
      vi: `Nội dung yêu cầu vượt quá giới hạn ${limit} byte.`,
      en: `The request body is larger than the limit of ${limit} bytes.`,
    },
    [],
    { Connection: 'close' },
  );
}

function invalidJson(vi: string, en: string): ServiceError {
  return new ServiceError(
    400,
    'invalid-json',
    {
      vi: 'Nội dung yêu cầu không phải JSON hợp lệ.',
      en: 'The request body is not valid JSON.',
    },
    [{ path: [], code: 'invalid_json', message: { vi, en } }],
  );
}

/** The body's bytes, refused as soon as they pass `limit`. */
function readBytes(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop collecting; Node discards the rest once the 413 is sent.
        request.off('data', onData);
        chunks.length = 0;
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks, size)));
    // A client that hangs up mid-upload: not a bug of the server.
    request.once('error', () =>
      reject(
        new ServiceError(400, 'request-aborted', {
          vi: 'Yêu cầu bị ngắt trước khi gửi xong.',
          en: 'The request was cut off before its body was sent.',
        }),
      ),
    );
  });
}

/** How deeply arrays and objects may nest in a body: a record needs about 8. */
export const MAX_JSON_DEPTH = 64;

/** Whether `value` nests arrays and objects deeper than `max`, found without recursion. */
function isDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Read a request body as text: 415 unless the content type is JSON, 413
 * when it passes `limit` bytes (by its `Content-Length` or as it streams
 * in), 400 when it is not UTF-8. A byte order mark, as some .NET clients
 * send, is dropped. The text is parsed later, by {@link parseJson}, in the
 * worker that handles the request.
 *
 * @param request - the incoming request.
 * @param limit - the most bytes accepted.
 * @param accept - called once the headers are accepted, before the body is
 *   read (to send `100 Continue` to a client that waits for it).
 * @returns the body's text.
 */
export async function readJsonText(
  request: IncomingMessage,
  limit: number,
  accept: () => void = () => {},
): Promise<string> {
  if (!isJsonType(request.headers['content-type'])) {
    throw new ServiceError(415, 'unsupported-media-type', {
      vi: 'Nội dung phải là JSON (Content-Type: application/json).',
      en: 'The body must be JSON (Content-Type: application/json).',
    });
  }
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  accept();
  const bytes = await readBytes(request, limit);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidJson(
      'Nội dung không phải văn bản UTF-8.',
      'The body is not UTF-8 text.',
    );
  }
}

/**
 * Parse a body's text as JSON: 400 `invalid-json` when it is not JSON, or
 * when arrays and objects nest more than {@link MAX_JSON_DEPTH} levels deep
 * (which no record does, and which would overflow the stack of a validator).
 *
 * @param text - the body's text.
 * @returns the parsed value.
 */
export function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : '';
    throw invalidJson(
      `Không đọc được JSON: ${detail}`,
      `Cannot read the JSON: ${detail}`,
    );
  }
  if (isDeeperThan(value, MAX_JSON_DEPTH)) {
    throw invalidJson(
      `Các mảng và đối tượng lồng nhau quá ${MAX_JSON_DEPTH} tầng.`,
      `Arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep.`,
    );
  }
  return value;
}
