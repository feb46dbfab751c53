import {
  type ChiboError,
  type EntityName,
  getJsonSchema,
  type Meeting,
  safeParseEntity,
  safeParseMeeting,
  safeParseMeetingRecord,
} from '@chibo/core';
import {
  anPhuScheme,
  binhThuanScheme,
  hd12Scheme,
  phuThoScheme,
  type RatingScheme,
  rateMeeting,
  safeParseRatingInputs,
} from '@chibo/core/rating';
import { entitySchemas } from '@chibo/core/schemas';
import { checkDocument, documentLocale, documentName } from './documentRoutes';
import { assertRecordLimits } from './recordLimits';
import { jsonReply, type Reply, type RouteContext } from './reply';
import { type IssueBody, ServiceError, toIssueBodies } from './serviceError';

const ENTITY_NAMES = Object.keys(entitySchemas) as EntityName[];

function isEntityName(name: string): name is EntityName {
  return Object.hasOwn(entitySchemas, name);
}

/** The preset schemes by their short name (the CLI's `--scheme`). */
const PRESETS: Readonly<Record<string, RatingScheme>> = {
  'an-phu': anPhuScheme,
  'binh-thuan': binhThuanScheme,
  'phu-tho': phuThoScheme,
  hd12: hd12Scheme,
};

/** The presets by short name and by id (`an-phu-hd42`…). */
const SCHEMES: Readonly<Record<string, RatingScheme>> = {
  ...PRESETS,
  ...Object.fromEntries(Object.values(PRESETS).map((s) => [s.id, s])),
};

function invalidInput(issues: IssueBody[]): ServiceError {
  const n = issues.length;
  return new ServiceError(
    400,
    'invalid-input',
    {
      vi: `Yêu cầu không hợp lệ: ${n} lỗi.`,
      en: `Invalid request: ${n} problem${n === 1 ? '' : 's'}.`,
    },
    issues,
  );
}

/** `GET /healthz`. */
export function getHealth(): Reply {
  return jsonReply(200, { status: 'ok' });
}

/** `GET /schema/:entity`: core's JSON Schema (draft 2020-12) of an entity. */
export function getSchema({ params }: RouteContext): Reply {
  const entity = params.entity ?? '';
  if (!isEntityName(entity)) {
    throw new ServiceError(404, 'not-found', {
      vi: `Không có lược đồ "${entity}". Có: ${ENTITY_NAMES.join(', ')}.`,
      en: `No schema "${entity}". Known: ${ENTITY_NAMES.join(', ')}.`,
    });
  }
  return jsonReply(200, getJsonSchema(entity), {
    'Content-Type': 'application/schema+json; charset=utf-8',
  });
}

/**
 * `POST /validate[?document=minutes][&entity=member]`: every issue of the
 * body, with its path, in Vietnamese and English. A meeting record (the
 * default entity) is checked as the document of `?document=` (`minutes`,
 * `resolution` or `rating-sheet`; default `minutes`) checks it, so a record
 * is valid here exactly when that document's route makes it (R-DOC-8), and
 * is refused with the same issues otherwise. Another `?entity=` is checked
 * against its schema.
 */
export async function postValidate({ url, readBody, limits }: RouteContext) {
  const entity = url.searchParams.get('entity') ?? 'meeting-record';
  if (!isEntityName(entity)) {
    throw new ServiceError(400, 'invalid-argument', {
      vi: `Không có thực thể "${entity}". Có: ${ENTITY_NAMES.join(', ')}.`,
      en: `No entity "${entity}". Known: ${ENTITY_NAMES.join(', ')}.`,
    });
  }
  let error: ChiboError | undefined;
  if (entity === 'meeting-record') {
    const document = documentName(url);
    const locale = documentLocale(url);
    const record = await readBody();
    assertRecordLimits(record, limits);
    error = checkDocument(document, record, locale);
  } else {
    error = safeParseEntity(entity, await readBody()).error;
  }
  const issues = error ? toIssueBodies(error) : [];
  return jsonReply(200, { valid: error === undefined, issues });
}

function getScheme(url: URL): RatingScheme {
  const name = url.searchParams.get('scheme') ?? '';
  const scheme = Object.hasOwn(SCHEMES, name) ? SCHEMES[name] : undefined;
  if (scheme) return scheme;
  const known = Object.keys(PRESETS).join(', ');
  throw new ServiceError(400, 'invalid-argument', {
    vi: `Không có phiếu đánh giá "${name}" (?scheme=). Có: ${known}.`,
    en: `No rating scheme "${name}" (?scheme=). Known: ${known}.`,
  });
}

/**
 * `POST /rate?scheme=an-phu` with `{ record, inputs, history? }`: the rating
 * of the record under a preset scheme (R-RATE-1, R-RATE-2). `history` is the
 * cell's earlier meetings of the year for R-ATT-2's streaks; without it none
 * are assumed, as for the first meeting of the year. Every problem of the
 * record, the history and the inputs is reported at once, under its field.
 */
export async function postRate({ url, readBody, limits }: RouteContext) {
  const scheme = getScheme(url);
  const body = await readBody();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    const message = {
      vi: 'Nội dung phải là một đối tượng { record, inputs }.',
      en: 'The body must be an object { record, inputs }.',
    };
    throw invalidInput([{ path: [], code: 'invalid_type', message }]);
  }
  const { record, inputs = {}, history = [] } = body as Record<string, unknown>;
  assertRecordLimits(record, limits, ['record']);
  const issues: IssueBody[] = [];
  const parsed = safeParseMeetingRecord(record);
  if (!parsed.success) issues.push(...toIssueBodies(parsed.error, ['record']));
  const given = safeParseRatingInputs(scheme, inputs);
  if (!given.success) issues.push(...toIssueBodies(given.error, ['inputs']));
  const meetings: Meeting[] = [];
  if (Array.isArray(history)) {
    history.forEach((item: unknown, index) => {
      const meeting = safeParseMeeting(item);
      if (meeting.success) meetings.push(meeting.data);
      else issues.push(...toIssueBodies(meeting.error, ['history', index]));
    });
  } else {
    const message = {
      vi: 'Lịch sử phải là một mảng các cuộc họp.',
      en: 'The history must be an array of meetings.',
    };
    issues.push({ path: ['history'], code: 'invalid_type', message });
  }
  if (!parsed.success || !given.success || issues.length > 0) {
    throw invalidInput(issues);
  }
  const result = rateMeeting(parsed.data, scheme, given.data, {
    history: meetings,
  });
  return jsonReply(200, result);
}
