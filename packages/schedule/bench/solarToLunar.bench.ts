import { getLunarDate } from '@dqcai/vn-lunar';
import { SolarDate as PortSolarDate } from 'lunar-date-vn';
import { bench, describe } from 'vitest';
import { fromDayNumber, toDayNumber } from '../src/civil';
import { type SolarDate, solarToLunar } from '../src/index';

/** Every day of 1900–2100: 73,414 conversions per iteration. */
const days: SolarDate[] = [];
for (let n = toDayNumber(1900, 1, 1); n <= toDayNumber(2100, 12, 31); n++) {
  days.push(fromDayNumber(n));
}

// Check before measuring (vitest's bench hides a task that throws), and warm up.
{
  const tet = solarToLunar({ year: 2027, month: 2, day: 6 });
  if (days.length !== 73_414 || tet.month !== 1 || tet.day !== 1) {
    throw new Error('the benchmark fixture is not what it should be');
  }
  for (const d of days) solarToLunar(d);
}

describe('solarToLunar, every day of 1900–2100 (73,414 days)', () => {
  bench('chibo solarToLunar', () => {
    for (const d of days) solarToLunar(d);
  });
  bench('@dqcai/vn-lunar getLunarDate (precomputed tables)', () => {
    for (const d of days) getLunarDate(d.day, d.month, d.year);
  });
});

/** lunar-date-vn is 200× slower: compared over one decade, 2020–2029 (3,653 days). */
const decade = days.filter((d) => d.year >= 2020 && d.year <= 2029);

describe('solarToLunar, every day of 2020–2029 (3,653 days)', () => {
  bench('chibo solarToLunar', () => {
    for (const d of decade) solarToLunar(d);
  });
  bench('lunar-date-vn SolarDate.toLunarDate', () => {
    for (const d of decade) new PortSolarDate(d as never).toLunarDate();
  });
});
