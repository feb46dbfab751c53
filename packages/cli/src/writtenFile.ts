import { createHash } from 'node:crypto';

/** A file a command wrote, as `--json` reports it (R-DOC-9). */
export interface WrittenFile {
  /** The path, as given on the command line (or joined to `-o` for `--batch`). */
  path: string;
  /** Its size in bytes. */
  bytes: number;
  /** The SHA-256 of its bytes, in lowercase hex. */
  sha256: string;
}

/**
 * What an archive keeps of a written document: its path, size and SHA-256,
 * computed over the very bytes written, so that the same record giving the
 * same bytes (R-DOC-9) shows as the same hash.
 *
 * @param path - where the bytes were written.
 * @param data - the bytes.
 * @returns the path, the size and the hash.
 */
export function describeWrittenFile(
  path: string,
  data: Uint8Array,
): WrittenFile {
  return {
    path,
    bytes: data.byteLength,
    sha256: createHash('sha256').update(data).digest('hex'),
  };
}
