import { getHolidays } from '@chibo/schedule';
import {
  getFlag,
  getInputPath,
  getString,
  missingArgument,
  UsageError,
} from '../args';
import type { Command } from '../command';
import { writeOutput } from '../io';
import { formatTable } from '../table';

/** `chibo holidays`: the public holidays and days off of a year (R-HOL-1, R-HOL-2). */
export const holidays: Command = {
  name: 'holidays',
  summary: {
    vi: 'Ngày lễ, Tết và ngày nghỉ bù trong năm',
    en: 'Public holidays and days off of a year',
  },
  usage: 'holidays <năm> [--json] [-o out]',
  help: {
    vi: 'In các ngày nghỉ lễ, Tết (Bộ luật Lao động 2019, Điều 112) và nghỉ bù của một năm.\nTùy chọn:\n  --json              in JSON\n  -o, --output <tệp>  ghi ra tệp\nVí dụ: chibo holidays 2027',
    en: 'Prints the public holidays (Labour Code 2019, Article 112) and days off in lieu of a year.\nOptions:\n  --json               print JSON\n  -o, --output <file>  write to a file\nExample: chibo holidays 2027 --lang en',
  },
  options: {
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  },
  async run(args, locale) {
    const raw = getInputPath(args);
    if (raw === undefined) throw missingArgument({ vi: 'năm', en: 'the year' });
    const year = Number(raw);
    if (!Number.isInteger(year)) {
      throw new UsageError({
        vi: `"${raw}" không phải một năm.`,
        en: `"${raw}" is not a year.`,
      });
    }
    const list = getHolidays(year);
    const vi = locale === 'vi';
    const text = getFlag(args, 'json')
      ? JSON.stringify(list, null, 2)
      : formatTable(
          vi ? ['Ngày', 'Tên', 'Nghỉ bù'] : ['Date', 'Name', 'In lieu'],
          list.map((h) => [
            h.date,
            h.name[locale],
            h.compensatory ? (h.compensatesFor ?? (vi ? 'có' : 'yes')) : '',
          ]),
        );
    await writeOutput(getString(args, 'output'), `${text}\n`);
    return 0;
  },
};
