import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChiboError, parseMeeting } from './index';
import {
  getVietNamCivilTime,
  minutesBetween,
  toInstant,
  toVietNamDate,
  toVietNamDateTime,
  VIET_NAM_OFFSET_MINUTES,
} from './timeEntry';

// Every expected value below is what Viet Nam time gives. Each would be
// different if the code read the host's zone: on a UTC host (as in CI)
// '2027-03-09T19:30' would be 19:30Z instead of 12:30Z; in New York the
// `Date` at 18:00Z would still be 8 March.

describe('VIET_NAM_OFFSET_MINUTES', () => {
  it('is UTC+7 with no daylight saving (R-TIME-1)', () => {
    expect(VIET_NAM_OFFSET_MINUTES).toBe(420);
  });
});

describe('toInstant (R-TIME-1)', () => {
  it.each([
    [
      'a civil date-time without an offset',
      '2027-03-09T19:30',
      '2027-03-09T12:30:00.000Z',
    ],
    ['with seconds', '2027-03-09T19:30:00', '2027-03-09T12:30:00.000Z'],
    [
      'the 2nd Tuesday at 08:00 gives 01:00Z',
      '2027-03-09T08:00',
      '2027-03-09T01:00:00.000Z',
    ],
    [
      'a bare date: midnight in Viet Nam',
      '2027-03-09',
      '2027-03-08T17:00:00.000Z',
    ],
    ['a Z string', '2027-03-09T12:30:00Z', '2027-03-09T12:30:00.000Z'],
    ['another offset', '2027-03-09T14:30:00+09:00', '2027-03-09T05:30:00.000Z'],
    [
      'an offset without a colon',
      '2027-03-09T19:30:00+0700',
      '2027-03-09T12:30:00.000Z',
    ],
    ['surrounding spaces', '  2027-03-09T19:30  ', '2027-03-09T12:30:00.000Z'],
  ])('reads %s', (_label, input, expected) => {
    expect(toInstant(input).toISOString()).toBe(expected);
  });

  it('copies a Date rather than returning it', () => {
    const date = new Date('2027-03-09T12:30:00Z');
    const copy = toInstant(date);
    expect(copy).not.toBe(date);
    expect(copy.getTime()).toBe(date.getTime());
  });

  it('gives an invalid date for text that is not a date', () => {
    expect(Number.isNaN(toInstant('not a date').getTime())).toBe(true);
  });
});

describe('toVietNamDateTime', () => {
  it.each([
    ['a Date', new Date('2027-03-09T12:30:00Z'), '2027-03-09T19:30:00+07:00'],
    ['a Z string', '2027-03-08T18:00:00Z', '2027-03-09T01:00:00+07:00'],
    [
      'a -05:00 string',
      '2027-03-08T20:00:00-05:00',
      '2027-03-09T08:00:00+07:00',
    ],
    [
      'a string without an offset',
      '2027-03-09T19:30',
      '2027-03-09T19:30:00+07:00',
    ],
    [
      'milliseconds when not zero',
      '2027-03-09T12:30:00.007Z',
      '2027-03-09T19:30:00.007+07:00',
    ],
    [
      'a date before 1970',
      '1969-12-31T16:59:59.500Z',
      '1969-12-31T23:59:59.500+07:00',
    ],
  ])('normalises %s', (_label, input, expected) => {
    expect(toVietNamDateTime(input)).toBe(expected);
  });

  it('throws a ChiboError on a value that is not a date (R-TIME-1)', () => {
    for (const input of [
      '09/03/2027 nonsense',
      '09/03/2027',
      '2027-02-30T19:30',
      '2027-13-01',
      new Date(Number.NaN),
      2027,
      null,
    ]) {
      expect(() => toVietNamDateTime(input as string)).toThrow(ChiboError);
    }
  });
});

describe('toVietNamDate', () => {
  it.each([
    [
      'a Date at 18:00Z is the next day',
      new Date('2027-03-08T18:00:00Z'),
      '2027-03-09',
    ],
    [
      'a Date at 16:59Z is the same day',
      new Date('2027-03-08T16:59:00Z'),
      '2027-03-08',
    ],
    ['a Z string', '2027-03-08T18:00:00Z', '2027-03-09'],
    ['a string without an offset', '2027-03-09T23:30', '2027-03-09'],
    ['a New York evening', '2027-03-08T13:00:00-05:00', '2027-03-09'],
    ['a bare date, as it is', ' 2027-03-09 ', '2027-03-09'],
  ])('reads %s', (_label, input, expected) => {
    expect(toVietNamDate(input)).toBe(expected);
  });

  it('throws a ChiboError on a value that is not a date (R-TIME-1)', () => {
    for (const input of ['hôm qua', '2027-02-30', ' 2027-13-01 ', {}]) {
      expect(() => toVietNamDate(input as string)).toThrow(ChiboError);
    }
  });
});

describe('getVietNamCivilTime', () => {
  it('breaks an instant into Viet Nam fields', () => {
    expect(getVietNamCivilTime('2027-03-09T12:30:00Z')).toEqual({
      year: 2027,
      month: 3,
      day: 9,
      hour: 19,
      minute: 30,
      second: 0,
    });
    expect(getVietNamCivilTime(new Date('2027-12-31T17:00:05Z'))).toEqual({
      year: 2028,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      second: 5,
    });
  });
});

describe('minutesBetween (R-DUR-1)', () => {
  it('measures the March meeting: 19:30 to 21:15 is 105 minutes', () => {
    expect(
      minutesBetween('2027-03-09T19:30:00+07:00', '2027-03-09T21:15:00+07:00'),
    ).toBe(105);
  });

  it('mixes offsets and forms by their instants', () => {
    expect(minutesBetween('2027-03-09T19:30', '2027-03-09T14:15:00Z')).toBe(
      105,
    );
    expect(
      minutesBetween(new Date('2027-03-09T14:15:00Z'), '2027-03-09T19:30'),
    ).toBe(-105);
  });
});

describe('properties', () => {
  const instants = fc.date({
    min: new Date('1976-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('toVietNamDateTime round-trips through toInstant', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const text = toVietNamDateTime(instant);
        expect(toInstant(text).getTime()).toBe(instant.getTime());
        expect(toVietNamDateTime(text)).toBe(text);
      }),
    );
  });

  it('the civil fields are the UTC fields seven hours later', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const later = new Date(instant.getTime() + 7 * 3_600_000);
        const t = getVietNamCivilTime(instant);
        expect([t.year, t.month, t.day, t.hour, t.minute, t.second]).toEqual([
          later.getUTCFullYear(),
          later.getUTCMonth() + 1,
          later.getUTCDate(),
          later.getUTCHours(),
          later.getUTCMinutes(),
          later.getUTCSeconds(),
        ]);
        expect(toVietNamDate(instant)).toBe(later.toISOString().slice(0, 10));
      }),
    );
  });
});

/** What the host-zone tests print: every conversion that a host zone could skew. */
const PROBE = `
const core = { ...(await import(process.env.CHIBO_CORE_URL)), ...(await import(process.env.CHIBO_TIME_URL)), ...(await import(process.env.CHIBO_SCHEMAS_URL)) };
const meeting = core.parseMeeting({
  id: 'sh-2027-03', cellId: 'trang-nung', kind: 'regular',
  scheduledAt: '2027-03-09T19:30', place: 'Nhà văn hóa thôn Trang Nùng',
  timeline: { startedAt: new Date('2027-03-09T12:30:00Z'), endedAt: '2027-03-09T14:15:00Z' },
});
console.log(JSON.stringify({
  hostOffset: new Date('2027-03-09T12:00:00Z').getTimezoneOffset(),
  hostLocal: new Date(2027, 2, 9, 19, 30).toISOString(),
  out: [
    meeting.scheduledAt,
    meeting.timeline.startedAt,
    meeting.timeline.endedAt,
    core.toInstant('2027-03-09T08:00').toISOString(),
    core.toInstant('2027-03-09').toISOString(),
    core.toVietNamDateTime('2027-03-08T19:30:00-05:00'),
    core.toVietNamDate(new Date('2027-03-08T18:00:00Z')),
    core.toVietNamDate('2027-03-09T23:30'),
    core.parseMember({ id: 'm15', name: 'Lò Văn Khánh', standing: 'probationary',
      admittedOn: new Date('2026-08-18T17:30:00Z') }).admittedOn,
    core.getVietNamCivilTime('2027-03-09T12:30:00Z'),
    core.minutesBetween('2027-03-09T19:30', '2027-03-09T14:15:00Z'),
  ],
}));
`;

describe('host time zone independence (R-TIME-1)', () => {
  const coreUrl = new URL('./index.ts', import.meta.url).href;
  const timeUrl = new URL('./timeEntry.ts', import.meta.url).href;
  const schemasUrl = new URL('./schemas.ts', import.meta.url).href;
  const run = promisify(execFile);

  async function probe(tz: string) {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', PROBE],
      {
        cwd: fileURLToPath(new URL('..', import.meta.url)),
        env: {
          ...process.env,
          TZ: tz,
          CHIBO_CORE_URL: coreUrl,
          CHIBO_TIME_URL: timeUrl,
          CHIBO_SCHEMAS_URL: schemasUrl,
        },
        timeout: slowTestTimeout,
      },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as {
      hostOffset: number;
      hostLocal: string;
      out: unknown[];
    };
  }

  it(
    'gives the same results in UTC, Asia/Ho_Chi_Minh and America/New_York',
    async () => {
      const [utc, hcm, ny] = await Promise.all([
        probe('UTC'),
        probe('Asia/Ho_Chi_Minh'),
        probe('America/New_York'),
      ]);
      // The zones really applied: the hosts disagree on local time…
      expect([utc?.hostOffset, hcm?.hostOffset, ny?.hostOffset]).toEqual([
        0, -420, 300,
      ]);
      expect(
        new Set([utc?.hostLocal, hcm?.hostLocal, ny?.hostLocal]).size,
      ).toBe(3);
      // …but chibo does not.
      expect(hcm?.out).toEqual(utc?.out);
      expect(ny?.out).toEqual(utc?.out);
      expect(utc?.out).toEqual([
        '2027-03-09T19:30:00+07:00',
        '2027-03-09T19:30:00+07:00',
        '2027-03-09T21:15:00+07:00',
        '2027-03-09T01:00:00.000Z',
        '2027-03-08T17:00:00.000Z',
        '2027-03-09T07:30:00+07:00',
        '2027-03-09',
        '2027-03-09',
        '2026-08-19',
        { year: 2027, month: 3, day: 9, hour: 19, minute: 30, second: 0 },
        105,
      ]);
    },
    slowTestTimeout,
  );
});

describe('host time zone, in process (R-TIME-1)', () => {
  const hostOffset = new Date('2027-03-09T12:00:00Z').getTimezoneOffset();

  afterEach(() => {
    vi.unstubAllEnvs();
    // The host's own zone is back for the other tests.
    expect(new Date('2027-03-09T12:00:00Z').getTimezoneOffset()).toBe(
      hostOffset,
    );
  });

  it.each([
    'UTC',
    'Asia/Ho_Chi_Minh',
    'America/New_York',
    'Pacific/Kiritimati',
  ])('normalises the same under TZ=%s', (tz) => {
    vi.stubEnv('TZ', tz);
    const expectedOffset = {
      UTC: 0,
      'Asia/Ho_Chi_Minh': -420,
      'America/New_York': 300,
      'Pacific/Kiritimati': -840,
    }[tz];
    // The stub must really change the zone, or this test proves nothing.
    expect(new Date('2027-03-09T12:00:00Z').getTimezoneOffset()).toBe(
      expectedOffset,
    );
    expect(toVietNamDateTime('2027-03-09T19:30')).toBe(
      '2027-03-09T19:30:00+07:00',
    );
    expect(toVietNamDate(new Date('2027-03-08T18:00:00Z'))).toBe('2027-03-09');
    expect(toInstant('2027-03-09T08:00').toISOString()).toBe(
      '2027-03-09T01:00:00.000Z',
    );
    const meeting = parseMeeting({
      id: 'x',
      cellId: 'trang-nung',
      kind: 'regular',
      scheduledAt: '2027-03-09T19:30',
      place: 'Nhà văn hóa',
    });
    expect(meeting.scheduledAt).toBe('2027-03-09T19:30:00+07:00');
  });
});
