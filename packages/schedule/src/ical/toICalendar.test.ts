import { cell } from '@chibo/scenario';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createYearPlan } from '../plan/createYearPlan';
import { trangNungPlan } from '../testSupport/trangNung';
import { toICalendar } from './toICalendar';

const options = trangNungPlan;
const plan = createYearPlan(cell, 2027, options);

function events(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('toICalendar (R-TIME-1, R-LUNAR-1)', () => {
  const ics = toICalendar(plan, {
    onlineLink: (m) =>
      m.kind === 'thematic' ? 'https://meet.example/trang-nung' : undefined,
    location: 'Nhà văn hóa thôn Trang Nùng',
    stamp: '2026-12-15T08:00:00+07:00',
  });
  const parsed = events(ics);

  it('ical.js reads back every meeting at the same instant', () => {
    expect(parsed).toHaveLength(plan.meetings.length);
    expect(parsed.map((e) => e.startDate.toJSDate().getTime())).toEqual(
      plan.meetings.map((m) => Date.parse(m.start)),
    );
    expect(parsed.map((e) => e.endDate.toJSDate().getTime())).toEqual(
      plan.meetings.map((m) => Date.parse(m.end)),
    );
  });

  it('19:30 in Viet Nam is 12:30Z: the February meeting on 02-10', () => {
    const feb = parsed.find(
      (e) => e.uid === 'trang-nung-2027-02-regular@chibo',
    );
    expect(feb?.startDate.toJSDate().toISOString()).toBe(
      '2027-02-10T12:30:00.000Z',
    );
    expect(ics).toContain('DTSTART:20270210T123000Z');
  });

  it('UIDs are unique and stable across exports', () => {
    const uids = parsed.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const again = events(
      toICalendar(createYearPlan(cell, 2027, options), { stamp: '2027-01-20' }),
    );
    expect(again.map((e) => e.uid)).toEqual(uids);
  });

  it('refuses an export time that is not a date, with its path (R-TIME-2)', () => {
    expect(() =>
      toICalendar(createYearPlan(cell, 2027, options), { stamp: 'hôm nay' }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        issues: [expect.objectContaining({ path: ['stamp'] })],
      }),
    );
  });

  it('SUMMARY names the meeting kind and the cell; DESCRIPTION the lunar date, the shift and the link', () => {
    const feb = parsed.find(
      (e) => e.uid === 'trang-nung-2027-02-regular@chibo',
    );
    expect(feb?.summary).toBe('Sinh hoạt thường kỳ – Chi bộ thôn Trang Nùng');
    expect(feb?.description).toContain(
      'ngày 05 tháng 01 năm Đinh Mùi (âm lịch)',
    );
    expect(feb?.description).toContain(
      'trùng Tết Âm lịch, dời sang ngày 2027-02-10',
    );
    expect(feb?.description).not.toContain('https://');
    expect(feb?.location).toBe('Nhà văn hóa thôn Trang Nùng');
    const thematic = parsed.find(
      (e) => e.uid === 'trang-nung-2027-02-thematic@chibo',
    );
    expect(thematic?.summary).toBe(
      'Sinh hoạt chuyên đề – Chi bộ thôn Trang Nùng',
    );
    expect(thematic?.description).toContain(
      'Họp trực tuyến: https://meet.example/trang-nung',
    );
    expect(thematic?.description).toContain('ngày 11 tháng 01 năm Đinh Mùi');
  });

  it('DTSTAMP comes from the options, never the clock (R-TIME-2)', () => {
    expect(ics).toContain('DTSTAMP:20261215T010000Z');
    expect(toICalendar(plan)).toBe(toICalendar(plan));
  });

  it('English', () => {
    const [first] = events(toICalendar(plan, { locale: 'en' }));
    expect(first?.summary).toBe('Regular meeting – Chi bộ thôn Trang Nùng');
    expect(first?.description).toContain(
      'Lunar date: lunar day 28 of month 11, year Bính Ngọ (2026)',
    );
  });

  it('several cells in one calendar; a combined session says so', () => {
    const other = createYearPlan(
      { ...cell, id: 'ban-lau', name: 'Chi bộ thôn Bản Lầu' },
      2027,
      {
        regular: options.regular,
        thematic: { session: 'combined' },
      },
    );
    const all = events(toICalendar([plan, other]));
    expect(all).toHaveLength(plan.meetings.length + other.meetings.length);
    const combined = all.find(
      (e) => e.uid === 'ban-lau-2027-02-thematic@chibo',
    );
    expect(combined?.description).toContain('chung một buổi');
    expect(combined?.startDate.toJSDate().toISOString()).toBe(
      '2027-02-10T14:15:00.000Z',
    );
  });
});
