import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { assertComplete } from './assertComplete';
import { type DocumentModel, paragraph, value, wording } from './model';

const model = (runs: Parameters<typeof paragraph>[0]): DocumentModel => ({
  kind: 'minutes',
  title: 't',
  blocks: [
    paragraph([wording('BIÊN BẢN')]),
    { type: 'table', columns: [1], borders: true, rows: [[[paragraph(runs)]]] },
  ],
});

describe('R-DOC-8: the final guard', () => {
  it.each(['undefined', 'NaN', '[object Object]', 'Infinity'])(
    'refuses chibo wording that says %s, even inside a table',
    (word) => {
      expect(() =>
        assertComplete(model([wording(`Có mặt: ${word} đồng chí`)])),
      ).toThrow(ChiboError);
    },
  );

  it('refuses an empty value', () => {
    try {
      assertComplete(model([wording('Thư ký: '), value(' ')]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      expect((error as ChiboError).issues[0]?.rule).toBe('R-DOC-8');
      expect((error as ChiboError).issues[0]?.path).toEqual(['document', 1]);
    }
  });

  it("lets a member's own words say undefined or NaN", () => {
    const ok = model([
      value('Biến undefined trong JavaScript; NaN không bằng chính nó'),
    ]);
    expect(assertComplete(ok)).toBe(ok);
  });

  it('R-DOC-8 (v2): refuses a bidirectional control that did not pass through cleanText', () => {
    for (const bad of [
      model([wording('Số \u202E03-BB')]),
      model([value('Lò Thị Hoa\u2067')]),
      { ...model([wording('BIÊN BẢN')]), title: 'BIÊN BẢN \u200F03' },
    ]) {
      expect(() => assertComplete(bad)).toThrow(
        expect.objectContaining({
          code: 'invalid-input',
          issues: [expect.objectContaining({ rule: 'R-DOC-8' })],
        }),
      );
    }
  });
});
