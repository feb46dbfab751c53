import { describe, expect, it } from 'vitest';
import {
  documentHeader,
  documentTitle,
  SIZES,
  signatureBlock,
  TITLE_RULE,
} from './layout';
import { type DocumentTable, wording } from './model';
import { getLinesWidth } from './textWidth';

const textOf = (cell: { runs: { text: string }[] }[] | undefined) =>
  (cell ?? []).map((p) => p.runs.map((r) => r.text).join(''));

describe('R-DOC-2b: the layout of 36-HD/VPTW', () => {
  it('puts the number and the place and date in one row of the header, whatever the names above them', () => {
    const header = documentHeader(
      {
        superior: 'Đảng bộ xã Xuân Quang',
        issuer:
          'Chi bộ Trường Trung học phổ thông Dân tộc nội trú tỉnh Lào Cai',
        number: 'Số 03-BB/CB',
        placeAndDate: 'Xuân Quang, ngày 09 tháng 3 năm 2027',
      },
      'vi',
    );
    expect(header.rows).toHaveLength(2);
    const [top, bottom] = header.rows;
    expect(textOf(top?.[1])).toEqual(['ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(textOf(bottom?.[0])).toEqual(['Số 03-BB/CB']);
    expect(textOf(bottom?.[1])).toEqual([
      'Xuân Quang, ngày 09 tháng 3 năm 2027',
    ]);
    expect(textOf(top?.[0])).toEqual([
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'CHI BỘ TRƯỜNG TRUNG HỌC PHỔ THÔNG DÂN TỘC NỘI TRÚ TỈNH LÀO CAI',
      '*',
    ]);
  });

  it('a header without a number keeps the date in the second row', () => {
    const header = documentHeader(
      {
        superior: 'A',
        issuer: 'B',
        placeAndDate: 'Xuân Quang, ngày 09 tháng 3 năm 2027',
      },
      'vi',
    );
    expect(textOf(header.rows[1]?.[1])).toEqual([
      'Xuân Quang, ngày 09 tháng 3 năm 2027',
    ]);
  });

  it('a short rule sits under the title block', () => {
    const lines = documentTitle('BIÊN BẢN', [
      [wording('Sinh hoạt chi bộ thường kỳ tháng 3 năm 2027')],
    ]).map((p) => p.runs.map((r) => r.text).join(''));
    expect(lines).toEqual([
      'BIÊN BẢN',
      'Sinh hoạt chi bộ thường kỳ tháng 3 năm 2027',
      TITLE_RULE,
      ' ',
    ]);
  });

  it('signature columns are halves unless a title needs more, and then every title fits on one line', () => {
    const halves = signatureBlock(
      { titles: ['THƯ KÝ'], name: 'Phạm Thị Lan' },
      { titles: ['CHỦ TRÌ'], name: 'Hoàng Văn Minh' },
    )[1] as DocumentTable;
    expect(halves.columns).toEqual([50, 50]);
    const sheet = signatureBlock(
      { titles: ['XÁC NHẬN CỦA CẤP ỦY CẤP TRÊN'], name: 'Triệu Văn Long' },
      { titles: ['T/M CHI ỦY', 'BÍ THƯ'], name: 'Hoàng Văn Minh' },
    )[1] as DocumentTable;
    const [left = 0, right = 0] = sheet.columns;
    // On the narrowest page (A4 less 35 + 15 mm: 9071 twips).
    const scale = 9071 / (left + right);
    const [leftCell, rightCell] = sheet.rows[0] ?? [];
    expect(left * scale).toBeGreaterThanOrEqual(
      getLinesWidth(leftCell ?? [], SIZES.body),
    );
    expect(right * scale).toBeGreaterThanOrEqual(
      getLinesWidth(rightCell ?? [], SIZES.body),
    );
    expect(4535).toBeLessThan(getLinesWidth(leftCell ?? [], SIZES.body));
  });
});
