import { ChiboError, parseMeetingRecord } from '@chibo/core';
import {
  approveRating,
  binhThuanScheme,
  createHd12Scheme,
  hd12Scheme,
  proposeRating,
  rateMeeting,
} from '@chibo/core/rating';
import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { buildMinutes } from './minutes';
import { getModelText } from './model';
import { getFinalLevel, getLevelForScore } from './ratingRuns';
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
      'Điểm\ntối đa',
      'Điểm\nchấm',
      'Lý do',
      'Chi ủy\nđề xuất',
      'Cấp trên\nxác nhận',
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
    expect(lines.slice(-6)).toEqual([
      'XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN',
      ' ',
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
    // The criteria in English too, as core's rating records them.
    const duration = lines.indexOf('Duration');
    expect(lines.slice(duration, duration + 4)).toEqual([
      'Duration',
      '5',
      '5',
      '105 minutes, minimum 90: full time.',
    ]);
    expect(lines).not.toContain('Thời gian sinh hoạt');
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

describe('ratings other than an approved level (R-RATE-1, R-RATE-2, R-DOC-8)', () => {
  const march = parseMeetingRecord(marchRecord);
  /** The chi ủy's judgements of 12-HD's conditions: all met. */
  const hd12Inputs = {
    'prepared-by-leader': true,
    'content-focused': true,
    'draft-resolution': true,
    'content-complete': true,
    'praise-criticism': true,
    'minutes-complete': true,
    principles: true,
  };
  const texts = (rating: unknown) => {
    const record = {
      ...marchRecord,
      meeting: { ...marchRecord.meeting, rating },
    };
    return {
      minutes: getModelText(buildMinutes(record)),
      sheet: getModelText(buildRatingSheet(rating, { record })),
    };
  };

  it('R-RATE-1: a 12-HD rating reads "of quality", never as one of the four levels', () => {
    // With "good results" at 60% of targets, March (61.75%) meets every condition.
    const rating = approveRating(
      proposeRating(
        rateMeeting(
          march,
          createHd12Scheme({ goodResultsPercent: 60 }),
          hd12Inputs,
          { history: [] },
        ),
      ),
    );
    expect(rating.approvedQuality).toBe(true);
    const { minutes, sheet } = texts(rating);
    expect(minutes).toContain('Tổng điểm: 15/15 điểm');
    expect(minutes).toContain('Chi bộ thông qua kết quả: Đạt chất lượng.');
    expect(sheet).toContain('TỔNG CỘNG\n15\n15\nĐạt chất lượng\n');
    for (const text of [minutes, sheet]) {
      expect(text).not.toMatch(/Xếp loại|Kém|Trung bình/);
    }
  });

  it('R-RATE-1: a meeting not of quality names the conditions it failed', () => {
    // The default 70% of targets: March's 61.75% is not "good results".
    const rating = proposeRating(
      rateMeeting(march, hd12Scheme, hd12Inputs, { history: [] }),
    );
    expect(rating.quality).toBe(false);
    const { minutes, sheet } = texts(rating);
    expect(minutes).toContain(
      'Không đạt chất lượng.\n- Điều kiện chưa đạt: Thực hiện nghị quyết kỳ trước có kết quả tốt.',
    );
    expect(minutes).toContain('Kết quả chưa được chi bộ thông qua.');
    expect(sheet).toContain('TỔNG CỘNG\n15\n14\nKhông đạt chất lượng\n');
    expect(sheet).not.toContain('Kém');
  });

  it('R-RATE-2: a gate that lowers the level is printed with the criterion that failed it', () => {
    // Bình Thuận: 91 points, but members speaking is below full marks.
    const rating = proposeRating(
      rateMeeting(
        march,
        binhThuanScheme,
        { minutes: 10, principles: 5, 'praise-criticism': true },
        { history: [] },
      ),
    );
    expect(rating.total).toBe(91);
    expect(rating.proposedLevel).toBe('fair');
    const line =
      'Theo tổng điểm xếp loại Tốt, hạ xuống Khá vì chưa đạt điểm tối đa ở: Số đảng viên phát biểu.';
    const { minutes, sheet } = texts(rating);
    expect(minutes).toContain(line);
    expect(sheet).toContain(line);
    const english = getModelText(buildRatingSheet(rating, { locale: 'en' }));
    expect(english).toContain(
      'The total gives Good, lowered to Fair because these criteria are below full marks: Members who spoke.',
    );
  });

  it('R-RATE-2: with no level recorded, a total on another scale is brought to 100 points', () => {
    const rating = {
      schemeId: 'x',
      criteria: [
        { criterionId: 'a', maxPoints: 30, score: 28 },
        { criterionId: 'b', maxPoints: 20, score: 18 },
      ],
    };
    // 46/50 = 92/100: good, not "poor" as 46 on 100 would read.
    expect(getFinalLevel(rating as never)).toEqual({
      level: 'good',
      from: 'score',
    });
    expect(getModelText(buildRatingSheet(rating))).toContain(
      'TỔNG CỘNG\n50\n46\nXếp loại: Tốt\n',
    );
  });
});

describe('R-RATE-3, R-CELL-1: who signs the score sheet', () => {
  const lastLines = (text: string, n: number) => text.split('\n').slice(-n);

  it('the bí thư for the chi ủy in a cell of 9 or more official members', () => {
    const text = getModelText(
      buildRatingSheet(marchRating, { record: ratedMarchRecord }),
    );
    expect(lastLines(text, 4)).toEqual([
      'Triệu Văn Long',
      'T/M CHI ỦY',
      'BÍ THƯ',
      'Hoàng Văn Minh',
    ]);
    expect(text).toContain('Chi ủy\nđề xuất');
  });

  it('the bí thư for the cell in a cell without a chi ủy, and the proposal column says so', () => {
    const small = {
      ...ratedMarchRecord,
      members: ratedMarchRecord.members.map((m, i) =>
        i >= 8
          ? { ...m, standing: 'probationary' }
          : {
              ...m,
              roles: (('roles' in m ? m.roles : []) as string[]).filter(
                (r: string) => r !== 'committee-member',
              ),
            },
      ),
    };
    const text = getModelText(buildRatingSheet(marchRating, { record: small }));
    expect(lastLines(text, 3)).toEqual([
      'T/M CHI BỘ',
      'BÍ THƯ',
      'Hoàng Văn Minh',
    ]);
    expect(text).toContain('Bí thư\nđề xuất');
    expect(text).not.toContain('T/M CHI ỦY');
  });

  it('whoever the host names for its scheme', () => {
    const text = getModelText(
      buildRatingSheet(marchRating, {
        record: ratedMarchRecord,
        signer: { titles: ['TỔ CHẤM ĐIỂM', 'TỔ TRƯỞNG'], name: 'Lò Thị Hoa' },
      }),
    );
    expect(lastLines(text, 3)).toEqual([
      'TỔ CHẤM ĐIỂM',
      'TỔ TRƯỞNG',
      'Lò Thị Hoa',
    ]);
  });

  it('refuses a signer without titles', () => {
    for (const signer of [
      { titles: [] },
      { titles: [' '] },
      { titles: ['A'], name: 3 },
      null,
    ]) {
      expect(() =>
        buildRatingSheet(marchRating, { signer: signer as never }),
      ).toThrow(ChiboError);
    }
  });
});
