/**
 * The astronomy of Hồ Ngọc Đức's method ("The rules of the Vietnamese lunar
 * calendar"), R-LUNAR-1: the day of the k-th new moon and the sector of the
 * sun's longitude at local midnight, for a fixed zone (Viet Nam: UTC+7).
 * Julian day numbers throughout.
 */

const DR = Math.PI / 180;
const SYNODIC_MONTH = 29.530588853;
/** Julian day of the new moon k = 0 (1900-01-01 13:52 UT). */
const NEW_MOON_EPOCH = 2415021.076998695;

/**
 * The instant (Julian day, UT) of the k-th new moon after 1900-01-01, from
 * Meeus' truncated series as Hồ Ngọc Đức publishes it.
 */
export function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  let c1 =
    (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
  c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
  c1 -= 0.0004 * Math.sin(DR * 3 * mpr);
  c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
  c1 =
    c1 -
    0.0074 * Math.sin(DR * (m - mpr)) +
    0.0004 * Math.sin(DR * (2 * f + m));
  c1 =
    c1 -
    0.0004 * Math.sin(DR * (2 * f - m)) -
    0.0006 * Math.sin(DR * (2 * f + mpr));
  c1 =
    c1 +
    0.001 * Math.sin(DR * (2 * f - mpr)) +
    0.0005 * Math.sin(DR * (2 * mpr + m));
  const deltaT =
    t < -11
      ? 0.001 +
        0.000839 * t +
        0.0002261 * t2 -
        0.00000845 * t3 -
        0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd1 + c1 - deltaT;
}

/** The sun's apparent longitude in radians, [0, 2π), at a Julian day (UT). */
export function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
  dl +=
    (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) +
    0.00029 * Math.sin(DR * 3 * m);
  const l = (l0 + dl) * DR;
  return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
}

/** The Julian day number (civil day in the zone) of the k-th new moon. */
export function newMoonDay(k: number, zoneHours: number): number {
  return Math.floor(newMoon(k) + 0.5 + zoneHours / 24);
}

/**
 * Which of the 12 principal-term sectors (0–11, 30° each; 9 = the winter
 * solstice) the sun is in at the start of a civil day in the zone.
 */
export function sunSector(jdn: number, zoneHours: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - zoneHours / 24) / Math.PI) * 6);
}

/** The index k of the new moon nearest a Julian day. */
export function newMoonIndex(jdn: number): number {
  return Math.floor(0.5 + (jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH);
}

/**
 * The first day of the lunar month 11 of a Gregorian year: the month that
 * contains the winter solstice.
 */
export function month11Start(jdDec31: number, zoneHours: number): number {
  const k = Math.floor((jdDec31 - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k, zoneHours);
  return sunSector(nm, zoneHours) >= 9 ? newMoonDay(k - 1, zoneHours) : nm;
}
