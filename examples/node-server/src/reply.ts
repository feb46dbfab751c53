import type { RecordLimits } from './recordLimits';
import type { MeetingStore } from './store/meetingStore';

/** What a route answers: a status, headers and the bytes or text to send. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** What a route handler is given. */
export interface RouteContext {
  url: URL;
  /** The path's `:name` parts. */
  params: Readonly<Record<string, string>>;
  /** The request body as JSON (415, 413 or 400 when it cannot be read). */
  readBody: () => Promise<unknown>;
  /** The most members and opinions a meeting record may hold. */
  limits: RecordLimits;
  /** The request's headers (main-thread routes only). */
  headers?: Readonly<Record<string, string | string[] | undefined>> | undefined;
  /** The meeting store (main-thread routes only): opened on first use. */
  store?: (() => Promise<MeetingStore>) | undefined;
}

/** The media type of a .docx file. */
export const DOCX_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * A JSON reply.
 *
 * @param status - the HTTP status.
 * @param value - what to send, serialised with `JSON.stringify`.
 * @param headers - extra headers.
 * @returns the reply.
 */
export function jsonReply(
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/**
 * A .docx file sent as an attachment.
 *
 * @param bytes - the document.
 * @param filename - the name a browser or client saves it under.
 * @returns the reply.
 */
export function docxReply(bytes: Uint8Array, filename: string): Reply {
  return {
    status: 200,
    headers: {
      'Content-Type': DOCX_TYPE,
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
    body: bytes,
  };
}
