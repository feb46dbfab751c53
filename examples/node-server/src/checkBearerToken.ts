import { createHash, timingSafeEqual } from 'node:crypto';
import { ServiceError } from './serviceError';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Compare two secrets in time that does not depend on where they differ:
 * both are hashed first, so their lengths do not show either.
 */
function isSameSecret(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Check a request's `Authorization: Bearer <token>` header (RFC 6750)
 * against the server's token, in constant time.
 *
 * @param header - the `Authorization` header, if any.
 * @param token - the server's token.
 * @throws ServiceError 401 `unauthorized` with `WWW-Authenticate` when the
 *   header is missing, not a bearer token, or the wrong token.
 * @example
 * ```ts
 * checkBearerToken(request.headers.authorization, process.env.CHIBO_SERVER_TOKEN);
 * ```
 */
export function checkBearerToken(
  header: string | undefined,
  token: string,
): void {
  const given = /^Bearer +([^\s]+) *$/i.exec(header ?? '')?.[1];
  if (given !== undefined && isSameSecret(given, token)) return;
  const challenge =
    given === undefined
      ? 'Bearer realm="chibo"'
      : 'Bearer realm="chibo", error="invalid_token"';
  throw new ServiceError(
    401,
    'unauthorized',
    given === undefined
      ? {
          vi: 'Cần mã truy cập: gửi tiêu đề "Authorization: Bearer <mã>".',
          en: 'A token is needed: send "Authorization: Bearer <token>".',
        }
      : {
          vi: 'Mã truy cập không đúng.',
          en: 'The token is not valid.',
        },
    [],
    { 'WWW-Authenticate': challenge },
  );
}
