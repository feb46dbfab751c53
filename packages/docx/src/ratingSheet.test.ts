import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { getModelText } from './model';
import { getLevelForScore } from './ratingRuns';
import { buildRatingSheet, renderRatingSheet } from './ratingSheet';
import { readDocxParagraphs } from './testSupport/docxText';
import { marchRating, ratedMarchRecord } from './testSupport/records';

describe('renderRatingSheet (R-RATE-2, R-RATE-3)', () => {
  it('lists every criterion with maximum, score, reason, proposal and confirmation', async () => {
    const lines = readDocxParagraphs(
      await renderRatingSheet(marchRating, { record: ratedMarchRecord }),
    );
    expect(lines.slice(0, 6)).toEqual([
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'CHI BỘ THÔN TRANG NÙNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      ' ',
      'Xuân Quang, ngày 09 tháng 3 năm 2027',
    ]);
    expect(lines).toContain('PHIẾU CHẤM ĐIỂM');
    expect(lines).toContain(
      'Chất lượng sinh hoạt chi bộ thường kỳ tháng 3 năm 2027',
    );
    const head = lines.indexOf('TT');
    expect(lines.slice(head, head + 7)).toEqual([
      'TT',
      'Tiêu chí',
      'Điểm tối đa',
      'Điểm chấm',
      'Lý do',
      'Chi ủy đề xuất',
      'Cấp trên xác nhận',
    ]);
    const chairing = lines.indexOf('Năng lực điều hành của bí thư');
    expect(lines.slice(chairing - 1, chairing + 6)).toEqual([
      '10',
      'Năng lực điều hành của bí thư',
      '10',
      '9',
      'Chi ủy đánh giá 9/10 điểm.',
      '9',
      '9',
    ]);
    const total = lines.indexOf('TỔNG CỘNG');
    expect(lines.slice(total, total + 6)).toEqual([
      'TỔNG CỘNG',
      '100',
      '87',
      'Xếp loại: Khá',
      '87',
      '87',
    ]);
    expect(lines).toContain(
      '- Xác nhận của cấp ủy cấp trên: đồng chí Triệu Văn Long, lúc 21 giờ 06 phút ngày 09 tháng 3 năm 2027.',
    );
    expect(lines.slice(-5)).toEqual([
      'XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN',
      'Triệu Văn Long',
      'T/M CHI ỦY',
      'BÍ THƯ',
      'Hoàng Văn Minh',
    ]);
  });

  it('leaves the proposal and confirmation columns blank until the rating records them', () => {
    const {
      confirmedBy,
      proposedScore,
      proposedLevel,
      approvedLevel,
      total,
      ...bare
    } = marchRating;
    expect(
      confirmedBy && proposedScore && proposedLevel && approvedLevel && total,
    ).toBeTruthy();
    const text = getModelText(buildRatingSheet(bare));
    expect(text).toContain(
      'Năng lực điều hành của bí thư\n10\n9\nChi ủy đánh giá 9/10 điểm.\n\n',
    );
    expect(text).toContain('TỔNG CỘNG\n100\n87\nXếp loại: Khá\n\n');
    expect(text).toContain('Xếp loại (chưa được chi bộ thông qua): Khá.');
    expect(text).toContain('Chưa có xác nhận của cấp ủy cấp trên.');
    expect(
      text.startsWith('PHIẾU CHẤM ĐIỂM\nChất lượng sinh hoạt chi bộ\n'),
    ).toBe(true);
  });

  it('R-RATE-2: the cut-offs 90, 70 and 50', () => {
    expect(
      [100, 90, 89.99, 70, 69.5, 50, 49.9, 0].map(getLevelForScore),
    ).toEqual([
      'good',
      'good',
      'fair',
      'fair',
      'average',
      'average',
      'poor',
      'poor',
    ]);
  });

  it('renders in English', async () => {
    const lines = readDocxParagraphs(
      await renderRatingSheet(marchRating, { locale: 'en' }),
    );
    expect(lines[0]).toBe('SCORE SHEET');
    expect(lines).toContain('Level: Fair');
    expect(lines).toContain('- Level approved by the members: Fair.');
  });

  it('validates the rating with core and reports every issue', () => {
    const bad = {
      ...marchRating,
      approvedLevel: 'excellent',
      criteria: [{ criterionId: 'x', maxPoints: 5, score: 7 }],
    };
    expect(() => buildRatingSheet(bad)).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([
          expect.objectContaining({ path: ['criteria', 0, 'score'] }),
          expect.objectContaining({ path: ['approvedLevel'] }),
        ]),
      }),
    );
    expect(() =>
      buildRatingSheet(marchRating, { record: { cell: {} } }),
    ).toThrow(ChiboError);
  });
});
