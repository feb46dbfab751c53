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

  it('R-DOC-8 (v2): removes bidirectional controls, isolates and the LRM, RLM and ALM marks', () => {
    expect(
      cleanText(
        'Số \u202A1\u202B2\u202C3\u202D4\u202E5\u20666\u20677\u20688\u20699-BB\u200E/\u200FCB\u061C',
      ),
    ).toBe('Số 123456789-BB/CB');
  });

  it('R-DOC-8 (v2): a name reversed by U+202E is printed as stored', () => {
    expect(cleanText('\u202Eaoh ịhT òL\u202C')).toBe('aoh ịhT òL');
  });

  it('keeps the joiners emoji need', () => {
    expect(cleanText('👩\u200D👩\u200D👧 a\u200Cb')).toBe(
      '👩\u200D👩\u200D👧 a\u200Cb',
    );
  });
});
