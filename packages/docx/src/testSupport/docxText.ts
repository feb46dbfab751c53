import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx file, by path. */
export function readDocxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) =>
      String.fromCodePoint(Number.parseInt(n, 16)),
    )
    .replace(/&amp;/g, '&');

/**
 * The paragraphs of the body of a .docx, read from `word/document.xml`: the
 * text of each `<w:p>` (a `<w:br/>` becomes a line feed), in order.
 */
export function readDocxParagraphs(bytes: Uint8Array): string[] {
  const xml = readDocxParts(bytes)['word/document.xml'] ?? '';
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs.map((p) =>
    [...p.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>/g)]
      .map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1] ?? '')))
      .join(''),
  );
}

/** The whole body text of a .docx, one paragraph a line. */
export function readDocxText(bytes: Uint8Array): string {
  return readDocxParagraphs(bytes).join('\n');
}
