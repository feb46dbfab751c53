import { describe, expect, it } from 'vitest';
import { cleanText } from './cleanText';

describe('R-DOC-8: cleanText', () => {
  it('normalises NFD Vietnamese to NFC', () => {
    const nfd = 'Lò Thị Hoa'.normalize('NFD');
    expect(nfd).not.toBe('Lò Thị Hoa');
    expect(cleanText(nfd)).toBe('Lò Thị Hoa');
  });

  it('removes the control characters XML 1.0 forbids and C1 controls', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\u007Fe\u0085f\uFFFEg')).toBe(
      'abcdefg',
    );
  });

  it('keeps XML specials for the writer to escape', () => {
    expect(cleanText(`<a href="x">&'</a>`)).toBe(`<a href="x">&'</a>`);
  });

  it('replaces lone surrogates and keeps emoji', () => {
    expect(cleanText('a\uD800b\uDC00c🇻🇳👍🏽')).toBe('a\uFFFDb\uFFFDc🇻🇳👍🏽');
  });

  it('turns tabs into spaces and CRLF into LF', () => {
    expect(cleanText('a\tb\r\nc\rd')).toBe('a b\nc\nd');
  });
});
