import { ChiboError } from '@chibo/core';
import type { MeetingInput } from '@chibo/core/machine';
import { assertRecordLimits } from './recordLimits';
import { jsonReply, type Reply, type RouteContext } from './reply';
import { fromChiboError, ServiceError, toIssueBodies } from './serviceError';
import type { MeetingStore, StoredMeeting } from './store/meetingStore';
import { StoreError } from './store/storeError';

const STATUS: Record<StoreError['code'], number | undefined> = {
  'version-conflict': 409,
  'meeting-exists': 409,
  'meeting-not-found': 404,
  'unstorable-value': 422,
  // The stored log itself is wrong: a 500, reported to onError.
  'log-mismatch': undefined,
};

/** A store's or the machine's error as the service answers it. */
function toServiceError(error: unknown, expectedVersion?: number): unknown {
  if (error instanceof StoreError) {
    const status = STATUS[error.code];
    if (status === undefined) return error;
    return new ServiceError(
      status,
      error.code,
      error.messages,
      [],
      {},
      {
        meetingId: error.meetingId,
        ...(expectedVersion === undefined ? {} : { expectedVersion }),
        ...(error.currentVersion === undefined
          ? {}
          : { currentVersion: error.currentVersion }),
      },
    );
  }
  if (error instanceof ChiboError && error.code === 'event-rejected') {
    // Well formed, but the procedure refused it: its own code, rule and path.
    return new ServiceError(
      422,
      error.code,
      error.messages,
      toIssueBodies(error, ['event']),
    );
  }
  if (error instanceof ChiboError && error.code === 'invalid-event') {
    return fromChiboError(error, ['event']);
  }
  return error;
}

async function openStore(context: RouteContext): Promise<MeetingStore> {
  if (!context.store) throw new Error('no meeting store on this route');
  return context.store();
}

function meetingReply(
  status: number,
  stored: StoredMeeting,
  minimal: boolean,
  headers: Record<string, string> = {},
): Reply {
  const { meetingId, version, state, snapshot } = stored;
  const head = { ETag: `"${version}"`, ...headers };
  return minimal
    ? jsonReply(status, { meetingId, version, state }, head)
    : jsonReply(
        status,
        {
          meetingId,
          version,
          state,
          record: snapshot.context.record,
          snapshot,
        },
        head,
      );
}

/** `Prefer: return=minimal` (RFC 7240): answer without the record and snapshot. */
function wantsMinimal(context: RouteContext): boolean {
  const prefer = context.headers?.prefer;
  const text = Array.isArray(prefer) ? prefer.join(',') : (prefer ?? '');
  return /(^|[,;\s])return=minimal\b/i.test(text);
}

/**
 * `POST /meetings` with a meeting's input (`{ cell, members, meeting,
 * previousResolution? }`, the meeting `planned`): stores it at version 0
 * and answers 201 with its record and snapshot; 409 `meeting-exists` if
 * its id is taken.
 */
export async function postMeeting(context: RouteContext): Promise<Reply> {
  const input = await context.readBody();
  assertRecordLimits(input, context.limits);
  try {
    const stored = await (await openStore(context)).create(
      input as MeetingInput,
    );
    return meetingReply(201, stored, wantsMinimal(context), {
      Location: `/meetings/${encodeURIComponent(stored.meetingId)}`,
    });
  } catch (error) {
    throw toServiceError(error);
  }
}

/** `GET /meetings/:id`: the meeting's version, state, record and snapshot. */
export async function getMeeting(context: RouteContext): Promise<Reply> {
  try {
    const stored = await (await openStore(context)).get(
      context.params.id ?? '',
    );
    return meetingReply(200, stored, wantsMinimal(context));
  } catch (error) {
    throw toServiceError(error);
  }
}

function badBody(path: string[], vi: string, en: string): ServiceError {
  const message = { vi, en };
  return new ServiceError(400, 'invalid-input', message, [
    { path, code: 'invalid_type', message },
  ]);
}

/** The body of `POST /meetings/:id/events`. */
function readEventBody(body: unknown): {
  event: unknown;
  expectedVersion: number | undefined;
} {
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    !Object.hasOwn(body, 'event')
  ) {
    throw badBody(
      [],
      'Nội dung phải là một đối tượng { event, expectedVersion? }.',
      'The body must be an object { event, expectedVersion? }.',
    );
  }
  const { event, expectedVersion, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) {
    throw badBody(
      [unknown],
      `Trường "${unknown}" không được nhận; chỉ có event và expectedVersion.`,
      `Unknown field "${unknown}": only event and expectedVersion.`,
    );
  }
  if (
    expectedVersion !== undefined &&
    !(Number.isSafeInteger(expectedVersion) && (expectedVersion as number) >= 0)
  ) {
    throw badBody(
      ['expectedVersion'],
      'expectedVersion phải là số nguyên không âm: phiên bản cuộc họp mà bạn đã thấy.',
      'expectedVersion must be a whole number from 0: the version of the meeting you saw.',
    );
  }
  return { event, expectedVersion: expectedVersion as number | undefined };
}

/**
 * `POST /meetings/:id/events` with `{ event, expectedVersion? }`: the
 * meeting machine applies the event with all its guards and, if it is
 * accepted, the store appends it at the next version. A refused event is a
 * 422 `event-rejected` (a malformed one a 400 `invalid-event`) with the
 * refusal's code, path and rule, and nothing is written; a writer that is
 * behind gets 409 `version-conflict` with `details.currentVersion`.
 */
export async function postMeetingEvent(context: RouteContext): Promise<Reply> {
  const { event, expectedVersion } = readEventBody(await context.readBody());
  try {
    const stored = await (await openStore(context)).append(
      context.params.id ?? '',
      event,
      { expectedVersion },
    );
    return meetingReply(200, stored, wantsMinimal(context));
  } catch (error) {
    throw toServiceError(error, expectedVersion);
  }
}
