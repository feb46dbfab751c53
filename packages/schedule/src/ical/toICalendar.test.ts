import { cell } from '@chibo/scenario';
import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
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

  it('issue 13 §4: plans and options of the wrong kind are named, never a TypeError', () => {
    const [first] = plan.meetings;
    const cases: [() => unknown, PropertyKey[]][] = [
      [() => toICalendar(null as never), ['plans']],
      [() => toICalendar([plan, 0] as never), ['plans', 1]],
      [
        () =>
          toICalendar({
            ...plan,
            meetings: [{ ...first, title: undefined }],
          } as never),
        ['plans', 'meetings', 0, 'title'],
      ],
      [
        () =>
          toICalendar({
            ...plan,
            meetings: [{ ...first, start: 'x' }],
          } as never),
        ['plans', 'meetings', 0, 'start'],
      ],
      [() => toICalendar(plan, null as never), ['options']],
      [
        () => toICalendar(plan, { locale: 'fr' as never }),
        ['options', 'locale'],
      ],
      [
        () => toICalendar(plan, { location: 5 as never }),
        ['options', 'location'],
      ],
      [() => toICalendar(plan, { location: () => 5 as never }), ['location']],
      [
        () => toICalendar(plan, { onlineLink: () => ({}) as never }),
        ['onlineLink'],
      ],
    ];
    for (const [run, path] of cases) {
      expect(run).toThrow(
        expect.objectContaining({
          name: 'ChiboError',
          code: 'invalid-argument',
          issues: expect.arrayContaining([expect.objectContaining({ path })]),
        }),
      );
    }
  });

  it('null options and a function giving null are taken as left out, as before', () => {
    const stamp = '2027-01-20';
    expect(
      toICalendar(plan, {
        stamp,
        name: null,
        locale: null,
        uidDomain: null,
        location: () => null,
        onlineLink: null,
      } as never),
    ).toBe(toICalendar(plan, { stamp }));
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

/** Pieces of hostile text: line breaks, iCalendar syntax, escapes, bidi and non-BMP characters. */
const HOSTILE = [
  '\r',
  '\n',
  '\r\n',
  'BEGIN:VEVENT',
  'END:VEVENT',
  'END:VCALENDAR',
  'UID:evil',
  ';',
  ',',
  '\\',
  '\\n',
  ':',
  '"',
  '\t',
  '\u0000',
  '\u0007',
  '\u007F',
  '\u0085',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u061C',
  '\uD800',
  '😀',
  '𝕏',
  '👩‍👩‍👧',
  'Trang Nùng',
  'Nhà văn hóa thôn Trang Nùng, xã Xuân Quang; huyện Bảo Thắng',
];
const isControl = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f);
const BIDI = new Set([
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  0x200e, 0x200f, 0x061c,
]);

const hostileText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 5 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
/** Text with no control character: what an id, a domain or a link may be. */
const oneLine = hostileText.map((t) =>
  [...t].filter((c) => !isControl(c.codePointAt(0) ?? 0)).join(''),
);
/** Text with at least one control character. */
const withControl = fc
  .tuple(
    oneLine,
    fc.constantFrom('\r', '\n', '\r\n', '\u0000', '\u0085'),
    oneLine,
  )
  .map(([a, c, b]) => `${a}${c}${b}`);
/** A link: no control character, and nothing encodeURI handles differently from a URI (`%`, `[`, `]`, lone surrogates). */
const link = fc
  .tuple(fc.constantFrom('https://meet.example/', 'zoommtg://x.vn/'), oneLine)
  .map(([a, b]) => `${a}${b.replace(/[%[\]]|[\uD800-\uDFFF]/g, '')}`);

/** What a calendar app should show for a TEXT value (an oracle apart from the code). */
function shown(text: string): string {
  return [...text.replace(/\r\n?/g, '\n')]
    .map((c) => {
      const code = c.codePointAt(0) ?? 0;
      if (code >= 0xd800 && code <= 0xdfff) return '\uFFFD';
      if (BIDI.has(code) || (isControl(code) && c !== '\t' && c !== '\n'))
        return '';
      return c;
    })
    .join('');
}

const KIND = {
  regular: 'Sinh hoạt thường kỳ',
  thematic: 'Sinh hoạt chuyên đề',
};

const unknownText = (value: unknown) =>
  ICAL.design.icalendar.value.text.fromICAL(String(value));

describe('toICalendar: no text leaves its property (issue 13, RFC 5545)', () => {
  const base = createYearPlan(cell, 2027, options);
  const planWith = (cellName: string, id: string, count: number) => ({
    ...base,
    cell: { ...base.cell, name: cellName },
    meetings: base.meetings
      .slice(0, count)
      .map((m, i) => ({ ...m, id: `${id}-${i}` })),
  });

  it(
    'ical.js reads exactly the calendar, events and properties meant, and every value back',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            cellName: hostileText,
            id: oneLine,
            count: fc.integer({ min: 1, max: 3 }),
            name: fc.option(hostileText, { nil: undefined }),
            location: hostileText,
            link: fc.option(link, { nil: undefined }),
            domain: oneLine,
          }),
          (c) => {
            const plan = planWith(c.cellName, c.id, c.count);
            const ics = toICalendar(plan, {
              name: c.name,
              location: c.location,
              onlineLink: c.link,
              uidDomain: c.domain,
            });
            // Raw: CR and LF only as CRLF, every line a property or a fold.
            const lines = ics.slice(0, -2).split('\r\n');
            expect(/[\r\n]/.test(lines.join(''))).toBe(false);
            for (const line of lines) {
              expect(line).toMatch(/^(?: |[A-Z-]+[;:])/);
              expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
            }
            expect(lines.filter((l) => l.startsWith('BEGIN:'))).toHaveLength(
              1 + c.count,
            );
            const jcal = ICAL.parse(ics);
            expect(jcal[0]).toBe('vcalendar');
            const calendar = new ICAL.Component(jcal);
            const name = shown(c.name ?? c.cellName);
            expect(calendar.getAllProperties().map((p) => p.name)).toEqual([
              'version',
              'prodid',
              ...(name ? ['name', 'x-wr-calname'] : []),
            ]);
            if (name) {
              expect(unknownText(calendar.getFirstPropertyValue('name'))).toBe(
                name,
              );
              expect(
                unknownText(calendar.getFirstPropertyValue('x-wr-calname')),
              ).toBe(name);
            }
            const vevents = calendar.getAllSubcomponents();
            expect(vevents.map((v) => v.name)).toEqual(
              Array(c.count).fill('vevent'),
            );
            const location = shown(c.location);
            const url = c.link ? encodeURI(c.link) : undefined;
            vevents.forEach((vevent, i) => {
              expect(vevent.getAllSubcomponents()).toEqual([]);
              expect(vevent.getAllProperties().map((p) => p.name)).toEqual([
                'uid',
                'sequence',
                'dtstamp',
                'dtstart',
                'dtend',
                'summary',
                ...(location ? ['location'] : []),
                'description',
                ...(url ? ['url'] : []),
              ]);
              const event = new ICAL.Event(vevent);
              expect(event.uid).toBe(`${c.id}-${i}@${c.domain}`);
              expect(event.summary).toBe(
                `${KIND[plan.meetings[i]?.kind ?? 'regular']} – ${shown(c.cellName)}`,
              );
              if (location) expect(event.location).toBe(location);
              expect(vevent.getFirstPropertyValue('url') ?? undefined).toBe(
                url,
              );
              if (url)
                expect(
                  event.description.endsWith(`Họp trực tuyến: ${url}`),
                ).toBe(true);
            });
          },
        ),
        { numRuns: propertyRuns(300) },
      );
    },
    slowTestTimeout,
  );

  it(
    'refuses a meeting id, UID domain or link with a control character, with its path',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom('id', 'domain', 'link', 'linkFunction'),
          withControl,
          fc.boolean(),
          (where, bad, several) => {
            const plan = planWith('Chi bộ', where === 'id' ? bad : 'ok', 2);
            const run = () =>
              toICalendar(several ? [base, plan] : plan, {
                uidDomain: where === 'domain' ? bad : undefined,
                onlineLink:
                  where === 'link'
                    ? bad
                    : where === 'linkFunction'
                      ? (m) => (m.id === 'ok-1' ? bad : undefined)
                      : undefined,
              });
            const path =
              where === 'id'
                ? several
                  ? [1, 'meetings', 0, 'id']
                  : ['meetings', 0, 'id']
                : where === 'domain'
                  ? ['uidDomain']
                  : ['onlineLink'];
            expect(run).toThrow(
              expect.objectContaining({
                name: 'ChiboError',
                code: 'invalid-argument',
                issues: expect.arrayContaining([
                  expect.objectContaining({ path }),
                ]),
              }),
            );
          },
        ),
        { numRuns: propertyRuns(100) },
      );
    },
    slowTestTimeout,
  );

  it('a link with ; , and \\ is not TEXT-escaped in URL (no `a\\;b`)', () => {
    const ics = toICalendar(planWith('Chi bộ', 'x', 1), {
      onlineLink: 'https://meet.example/a;b,c\\d',
    });
    expect(ics).toContain('URL;VALUE=URI:https://meet.example/a;b,c%5Cd\r\n');
    expect(
      new ICAL.Component(ICAL.parse(ics))
        .getFirstSubcomponent('vevent')
        ?.getFirstPropertyValue('url'),
    ).toBe('https://meet.example/a;b,c%5Cd');
  });

  it('a cell name cannot add an event (the calendar name and the summary)', () => {
    const evil = 'Chi bộ\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil';
    const ics = toICalendar(planWith(evil, 'x', 1));
    expect(ics.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(ics).toContain(
      'X-WR-CALNAME:Chi bộ\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:evil\r\n',
    );
    const [event] = events(ics);
    expect(event?.summary).toBe(
      'Sinh hoạt thường kỳ – Chi bộ\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil',
    );
  });

  it('the file ends with CRLF, as every content line does', () => {
    expect(toICalendar(plan).endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});
