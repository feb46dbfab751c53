import { argumentError } from './argumentError';

/**
 * The SHA-256 of a rendered document, as 64 lowercase hex digits. The same
 * record gives the same bytes (R-DOC-9), so an archive can keep this hash
 * beside the file and prove later that the file was not changed, or render
 * the record again and compare.
 *
 * @param bytes - the .docx bytes, as a renderer returns them.
 * @returns the hash.
 * @throws ChiboError `invalid-argument` for anything but a `Uint8Array`.
 * @example
 * ```ts
 * const bytes = await renderMinutes(record);
 * await getDocumentHash(bytes); // '3f2a…' (64 hex digits)
 * ```
 */
export async function getDocumentHash(bytes: Uint8Array): Promise<string> {
  if (!(bytes instanceof Uint8Array)) {
    throw argumentError('bytes', [
      {
        path: ['bytes'],
        code: 'invalid_type',
        message: {
          vi: 'Cần nội dung tệp văn bản dạng Uint8Array.',
          en: 'Expected the document file as a Uint8Array.',
        },
      },
    ]);
  }
  const digest = await crypto.subtle.digest(
    'SHA-256',
    bytes as Uint8Array<ArrayBuffer>,
  );
  return Array.from(new Uint8Array(digest), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}
