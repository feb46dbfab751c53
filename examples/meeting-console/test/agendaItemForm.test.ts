import { marchMeeting } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  describeRecordedItem,
  getItemPrefill,
  getItemRefusal,
  type RecordedItem,
  readItemConcluded,
  readItemPresented,
} from '../src/agendaItemForm';
import { createItemStep, getScenarioItemEvent } from '../src/scenarioSteps';

const [a1, a2, , , a5] = marchMeeting.agenda as unknown as RecordedItem[];
const titleOnly = (item: RecordedItem | undefined): RecordedItem => ({
  id: item?.id ?? '',
  title: item?.title ?? '',
});
const names: Record<string, string> = {
  m01: 'Hoàng Văn Minh',
  m02: 'Lò Thị Hoa',
};
const nameOf = (id: string) => names[id] ?? id;

describe('the agenda-item blocks of the console (R-DOC-6b)', () => {
  it("R-DOC-6b: prefills an item approved with its title only from the scenario's ITEM_PRESENTED and ITEM_CONCLUDED", () => {
    const values = getItemPrefill(
      titleOnly(a1),
      getScenarioItemEvent('ITEM_PRESENTED', 'a1'),
      getScenarioItemEvent('ITEM_CONCLUDED', 'a1'),
    );
    expect(values).toEqual({
      presenterId: 'm01',
      duration: '12',
      summary: a1?.summary,
      conclusion: a1?.conclusion,
      noOpinions: true,
    });
    // a5 is concluded but never presented: its presentation stays empty.
    expect(
      getItemPrefill(
        titleOnly(a5),
        getScenarioItemEvent('ITEM_PRESENTED', 'a5'),
        getScenarioItemEvent('ITEM_CONCLUDED', 'a5'),
      ),
    ).toMatchObject({ presenterId: '', duration: '', summary: '' });
  });

  it('R-DOC-6b: shows what the record holds over the scenario once the item is recorded', () => {
    const recorded = { ...titleOnly(a2), presenterId: 'm01', summary: 'Khác' };
    const values = getItemPrefill(
      recorded,
      getScenarioItemEvent('ITEM_PRESENTED', 'a2'),
      getScenarioItemEvent('ITEM_CONCLUDED', 'a2'),
    );
    expect(values).toMatchObject({
      presenterId: 'm01',
      duration: '',
      summary: 'Khác',
      conclusion: a2?.conclusion,
      noOpinions: false,
    });
  });

  it('R-DOC-6b: sends only the fields the recorder filled, and noOpinions only when ticked', () => {
    const empty = {
      presenterId: '',
      duration: ' ',
      summary: '  ',
      conclusion: '',
      noOpinions: false,
    };
    expect(readItemPresented(empty)).toEqual({});
    expect(readItemConcluded(empty)).toEqual({});
    const filled = {
      presenterId: 'm01',
      duration: '12',
      summary: ' Tin thời sự. ',
      conclusion: ' Truyền đạt đến các hộ. ',
      noOpinions: true,
    };
    expect(readItemPresented(filled)).toEqual({
      presenterId: 'm01',
      durationMinutes: 12,
      summary: 'Tin thời sự.',
    });
    expect(readItemConcluded(filled)).toEqual({
      conclusion: 'Truyền đạt đến các hộ.',
      noOpinions: true,
    });
    // A duration that is not a whole number goes to the machine as typed,
    // which refuses it with its reason.
    expect(readItemPresented({ ...empty, duration: '1.5' })).toEqual({
      durationMinutes: 1.5,
    });
  });

  it('R-DOC-6b: reads back what the record holds for an item, and says so when it holds nothing', () => {
    expect(describeRecordedItem(titleOnly(a1), 0, nameOf)).toEqual([
      'Chưa ghi nội dung.',
    ]);
    expect(describeRecordedItem(a1 as RecordedItem, 0, nameOf)).toEqual([
      'Người trình bày: Hoàng Văn Minh (12 phút).',
      `Tóm tắt: ${a1?.summary}`,
      'Không có ý kiến phát biểu.',
      `Kết luận: ${a1?.conclusion}`,
    ]);
    expect(describeRecordedItem(a2 as RecordedItem, 1, nameOf)).toEqual([
      'Người trình bày: Lò Thị Hoa.',
      `Tóm tắt: ${a2?.summary}`,
      'Ý kiến phát biểu: 1.',
      `Kết luận: ${a2?.conclusion}`,
    ]);
  });

  it("R-TIME-2: builds an item's event at the scenario's time for that item, or at the start of the proceedings", () => {
    expect(createItemStep('ITEM_CONCLUDED', 'a2', {})).toEqual({
      type: 'ITEM_CONCLUDED',
      agendaItemId: 'a2',
      at: '2027-03-09T20:45:00+07:00',
    });
    expect(createItemStep('ITEM_PRESENTED', 'a5', { summary: 'x' }).at).toBe(
      '2027-03-09T19:40:00+07:00',
    );
  });

  it("R-DOC-6b: shows an item's refusal until an event for the item is accepted", () => {
    const refusal = {
      index: 1,
      type: 'ITEM_CONCLUDED',
      at: null,
      code: 'rejected',
      reason: { vi: 'Đã có ý kiến.', en: 'Has opinions.' },
    };
    const events = [
      { type: 'ITEM_PRESENTED', agendaItemId: 'a2' },
      { type: 'ITEM_CONCLUDED', agendaItemId: 'a2', noOpinions: true },
      { type: 'OPINION' },
    ];
    expect(getItemRefusal({ events, rejected: [refusal] }, 'a2')).toBe(refusal);
    expect(getItemRefusal({ events, rejected: [refusal] }, 'a1')).toBe(
      undefined,
    );
    const fixed = [...events, { type: 'ITEM_CONCLUDED', agendaItemId: 'a2' }];
    expect(getItemRefusal({ events: fixed, rejected: [refusal] }, 'a2')).toBe(
      undefined,
    );
  });
});
