import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { buildMinutes } from './minutes';
import { getModelText } from './model';
import { renderMany } from './renderMany';
import { readDocxParagraphs } from './testSupport/docxText';
import { ratedMarchRecord } from './testSupport/records';

const numbered = (n: number) => ({
  ...ratedMarchRecord,
  meeting: {
    ...ratedMarchRecord.meeting,
    id: `sh-${n}`,
    place: `Nhà văn hóa số ${n}`,
  },
});

describe('renderMany', () => {
  it('renders each record in order, lazily, from an async iterable', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 3; i += 1) {
        pulled += 1;
        yield numbered(i);
      }
    }
    const iterator = renderMany(source(), {
      document: 'resolution',
      number: 7,
    })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(pulled).toBe(1);
    expect(first.value?.index).toBe(0);
    expect(
      readDocxParagraphs(first.value?.bytes ?? new Uint8Array()),
    ).toContain('Số 07-NQ/CB');
    const rest = [];
    for await (const doc of { [Symbol.asyncIterator]: () => iterator })
      rest.push(doc);
    expect(rest.map((d) => d.index)).toEqual([1, 2]);
  });

  it('writes minutes by default and stops at a bad record with its ChiboError', async () => {
    const seen: string[] = [];
    const records = [
      numbered(0),
      { ...ratedMarchRecord, members: [] },
      numbered(2),
    ];
    await expect(async () => {
      for await (const doc of renderMany(records))
        seen.push(
          readDocxParagraphs(doc.bytes).find((l) =>
            l.startsWith('- Địa điểm'),
          ) ?? '',
        );
    }).rejects.toBeInstanceOf(ChiboError);
    expect(seen).toEqual(['- Địa điểm: Nhà văn hóa số 0.']);
  });
});

describe('renderMinutes: dues collected at the meeting (§4.3, R-DOC-8)', () => {
  it('lists them by status', () => {
    const dues = [
      { memberId: 'm04', month: '2027-03', status: 'paid' },
      { memberId: 'm08', month: '2027-03', status: 'unpaid' },
    ];
    const text = getModelText(
      buildMinutes({
        ...ratedMarchRecord,
        meeting: { ...ratedMarchRecord.meeting, dues },
      }),
    );
    expect(text).toContain('- Thu đảng phí: 2 lượt ghi nhận.');
    expect(text).toContain('+ Đã đóng (1): Vàng Seo Chứ (2027-03).');
    expect(text).toContain('+ Chưa đóng (1): Đỗ Văn Quang (2027-03).');
  });
});
