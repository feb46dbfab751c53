import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROL_CHARACTER,
  cleanCalendarText,
  contentLine,
  encodeUri,
  escapeText,
} from './contentLine';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');

describe('iCalendar values (RFC 5545 §3.3)', () => {
  it('TEXT escapes backslash, semicolon, comma and every line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe(
      'a\\\\b\\;c\\,d\\ne\\nf\\ng',
    );
  });

  it('a calendar text loses controls and bidirectional controls, keeps tabs, line breaks, emoji and ZWJ', () => {
    expect(
      cleanCalendarText(
        'a\u0000b\u0007c\u001Fd\u007Fe\u0085f\tg\r\nh\ri\u202Ej\u2066k\u2069l\u200Em\u200Fn\u061Co👩‍👩‍👧',
      ),
    ).toBe('abcdef\tg\nh\nijklmno👩‍👩‍👧');
  });

  it('a calendar text replaces lone surrogates', () => {
    expect(cleanCalendarText('a\uD800b\uDFFFc😀')).toBe('a\uFFFDb\uFFFDc😀');
  });

  it('a URI is never TEXT-escaped: a link with ; and , is written as it is', () => {
    expect(encodeUri('https://meet.example/a;b,c?x=1&y=2#z')).toBe(
      'https://meet.example/a;b,c?x=1&y=2#z',
    );
  });

  it('a URI percent-encodes what RFC 3986 does not allow, as UTF-8 (RFC 3987 §3.1)', () => {
    expect(encodeUri('https://x.vn/Chi bộ\\"<>^`{|}')).toBe(
      'https://x.vn/Chi%20b%E1%BB%99%5C%22%3C%3E%5E%60%7B%7C%7D',
    );
    expect(encodeUri('https://x.vn/\u202Egpj.exe😀')).toBe(
      'https://x.vn/%E2%80%AEgpj.exe%F0%9F%98%80',
    );
  });

  it('a URI keeps its percent escapes and IPv6 brackets, and encodes a stray %', () => {
    expect(encodeUri('http://[::1]/a%41b%zz%')).toBe(
      'http://[::1]/a%41b%25zz%25',
    );
  });

  it('CONTROL_CHARACTER finds CR, LF, TAB, NUL, DEL and C1, not ordinary text', () => {
    for (const c of ['\r', '\n', '\t', '\u0000', '\u007F', '\u0085']) {
      expect(CONTROL_CHARACTER.test(`a${c}b`)).toBe(true);
    }
    expect(CONTROL_CHARACTER.test('Chi bộ thôn Trang Nùng 😀 ;,\\')).toBe(
      false,
    );
  });
});

describe('content lines (RFC 5545 §3.1)', () => {
  it('a short line is written as it is, ending in CRLF', () => {
    expect(contentLine('SUMMARY', 'Sinh hoạt')).toBe('SUMMARY:Sinh hoạt\r\n');
  });

  it(
    'folds at 75 octets, never inside a character, and unfolds to the same text',
    () => {
      fc.assert(
        fc.property(
          // An escaped value holds no line break (escapeText wrote `\n`).
          fc
            .string({ unit: 'binary', maxLength: 400, size: 'max' })
            .map((value) => value.replace(/[\r\n]/g, '')),
          fc.constantFrom('DESCRIPTION', 'X-WR-CALNAME', 'URL;VALUE=URI'),
          (value, name) => {
            const line = contentLine(name, value);
            expect(line.endsWith('\r\n')).toBe(true);
            const physical = line.slice(0, -2).split('\r\n');
            for (const [i, part] of physical.entries()) {
              expect(octets(part)).toBeLessThanOrEqual(75);
              if (i > 0) expect(part.startsWith(' ')).toBe(true);
              const next = physical[i + 1] ?? '';
              expect(
                /[\uD800-\uDBFF]$/.test(part) && /^ [\uDC00-\uDFFF]/.test(next),
                'a fold splits a surrogate pair',
              ).toBe(false);
            }
            expect(line.slice(0, -2).replace(/\r\n /g, '')).toBe(
              `${name}:${value}`,
            );
          },
        ),
        { numRuns: propertyRuns(500) },
      );
    },
    slowTestTimeout,
  );
});
