import { ChiboError, type Locale } from '@chibo/core';
import {
  formatLunarDate,
  getLunarYearName,
  type LunarDate,
  lunarToSolar,
  type SolarDate,
  solarToLunar,
} from '@chibo/schedule';
import { getFlag, getInputPath, getString, missingArgument } from '../args';
import type { Command } from '../command';
import { writeOutput } from '../io';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function badDate(text: string): ChiboError {
  const message = {
    vi: `"${text}" không phải ngày dạng YYYY-MM-DD hoặc DD/MM/YYYY.`,
    en: `"${text}" is not a date as YYYY-MM-DD or DD/MM/YYYY.`,
  };
  return new ChiboError('invalid-argument', message, {
    issues: [{ path: ['date'], code: 'invalid_format', message }],
  });
}

/** `2027-02-06` or `6/2/2027` as year, month, day. */
function parseDate(text: string): SolarDate {
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day] = iso.map(Number);
    return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
  }
  const dmy = DMY.exec(text);
  if (dmy) {
    const [, day, month, year] = dmy.map(Number);
    return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
  }
  throw badDate(text);
}

const pad = (n: number) => String(n).padStart(2, '0');
const formatSolar = (d: SolarDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

function describe(solar: SolarDate, lunar: LunarDate, locale: Locale) {
  return {
    solar: formatSolar(solar),
    lunar: { ...lunar, yearName: getLunarYearName(lunar.year) },
    text: `${formatSolar(solar)} ${locale === 'vi' ? '(dương lịch)' : '(solar)'} = ${formatLunarDate(lunar, locale)}`,
  };
}

/** `chibo lunar`: solar ↔ Vietnamese lunar dates, leap months too (R-LUNAR-1). */
export const lunar: Command = {
  name: 'lunar',
  summary: {
    vi: 'Đổi ngày dương lịch ↔ âm lịch',
    en: 'Convert solar ↔ Vietnamese lunar dates',
  },
  usage:
    'lunar <YYYY-MM-DD>\n  chibo lunar --to-solar <ngày/tháng/năm âm> [--leap] [--json]',
  help: {
    vi: 'Không có --to-solar: đổi ngày dương lịch (YYYY-MM-DD hoặc DD/MM/YYYY) sang âm lịch.\nCó --to-solar: đổi ngày âm lịch (DD/MM/YYYY) sang dương lịch.\nTùy chọn:\n  --to-solar  đổi âm lịch sang dương lịch\n  --leap      tháng âm lịch là tháng nhuận\n  --json      in JSON\nVí dụ: chibo lunar 2027-02-06   |   chibo lunar --to-solar 1/1/2027',
    en: 'Without --to-solar: a solar date (YYYY-MM-DD or DD/MM/YYYY) to the lunar calendar.\nWith --to-solar: a lunar date (DD/MM/YYYY) to the solar calendar.\nOptions:\n  --to-solar  convert lunar to solar\n  --leap      the lunar month is the leap month\n  --json      print JSON\nExample: chibo lunar 2027-02-06   |   chibo lunar --to-solar 1/1/2027',
  },
  options: {
    'to-solar': { type: 'boolean' },
    leap: { type: 'boolean' },
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  },
  async run(args, locale) {
    const text = getInputPath(args);
    if (text === undefined) {
      throw missingArgument({ vi: 'ngày cần đổi', en: 'the date to convert' });
    }
    const date = parseDate(text);
    const result = getFlag(args, 'to-solar')
      ? describe(
          lunarToSolar({ ...date, leap: getFlag(args, 'leap') }),
          { ...date, leap: getFlag(args, 'leap') },
          locale,
        )
      : describe(date, solarToLunar(date), locale);
    const out = getFlag(args, 'json')
      ? JSON.stringify(result, null, 2)
      : result.text;
    await writeOutput(getString(args, 'output'), `${out}\n`);
    return 0;
  },
};
