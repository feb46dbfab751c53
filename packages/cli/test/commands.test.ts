import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chibo, createWorkDir } from './support';

let dir: string;
beforeAll(() => {
  dir = createWorkDir();
});

const inputs = [
  '--input',
  'chairing=9',
  '--input',
  'principles=5',
  '--input',
  'praise-criticism=true',
];

describe('chibo rating (R-RATE-1, R-RATE-2)', () => {
  it('rates the March meeting on the An Phú sheet: 87, Khá (table)', async () => {
    const result = await chibo(
      [
        'rating',
        'record.json',
        '--scheme',
        'an-phu',
        ...inputs,
        '--history',
        'history.json',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain('Tổng điểm: 87/100');
    expect(result.out).toContain('Xếp loại: Khá');
    expect(result.out).toMatch(/Năng lực điều hành của bí thư\s+9\/10/);
  });

  it('takes the inputs from a file and prints JSON for machines', async () => {
    const result = await chibo(
      [
        'rating',
        'record.json',
        '--scheme',
        'an-phu',
        '--inputs',
        'inputs.json',
        '--history',
        'history.json',
        '--json',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const json = JSON.parse(result.out);
    expect(json).toMatchObject({ total: 87, level: 'fair', complete: true });
    expect(json.criteria).toHaveLength(13);
  });

  it('lists the missing inputs instead of scoring them zero', async () => {
    const result = await chibo(
      [
        'rating',
        'record.json',
        '--scheme',
        'an-phu',
        '--history',
        'history.json',
        '--json',
      ],
      { cwd: dir },
    );
    const json = JSON.parse(result.out);
    expect(json.total).toBeNull();
    expect(json.missingInputs).toEqual(
      expect.arrayContaining(['chairing', 'principles']),
    );
  });

  it('rates with the other presets (binh-thuan, phu-tho, hd12)', async () => {
    for (const scheme of ['binh-thuan', 'phu-tho', 'hd12']) {
      const result = await chibo(
        [
          'rating',
          'record.json',
          '--scheme',
          scheme,
          '--history',
          'history.json',
          '--json',
        ],
        { cwd: dir },
      );
      expect(result.code, scheme).toBe(0);
      expect(JSON.parse(result.out).schemeId).toBeTypeOf('string');
    }
  });

  it('rejects an input out of range with its path (exit 65)', async () => {
    const result = await chibo(
      ['rating', 'record.json', '--scheme', 'an-phu', '--input', 'chairing=11'],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('chairing');
  });
  it('checks the --history file (R-ATT-2) instead of failing inside', async () => {
    const result = await chibo(
      [
        'rating',
        'record.json',
        '--scheme',
        'an-phu',
        '--history',
        'inputs.json',
      ],
      { cwd: dir },
    );
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('Lịch sử các cuộc họp trước không hợp lệ');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('chibo calendar (R-SCHED-1..3)', () => {
  it('writes the 2027 calendar of Trang Nùng as .ics', async () => {
    const result = await chibo(
      ['calendar', 'cell.json', '--year', '2027', '-o', 'lich.ics'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const ics = readFileSync(join(dir, 'lich.ics'), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain('UID:trang-nung-2027-03-regular@chibo');
    expect(ics).toContain('UID:trang-nung-2027-02-thematic@chibo');
  });

  it('prints the plan as JSON with --format json', async () => {
    const result = await chibo(
      ['calendar', 'cell.json', '--year', '2027', '--format', 'json'],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.out);
    expect(plan.year).toBe(2027);
    const march = plan.meetings.find(
      (m: { id: string }) => m.id === 'trang-nung-2027-03-regular',
    );
    expect(march.date).toBe('2027-03-09');
  });

  it('takes the place and DTSTAMP from "calendar", and checks them', async () => {
    const input = JSON.parse(readFileSync(join(dir, 'cell.json'), 'utf8'));
    const good = await chibo(['calendar', '--year', '2027'], {
      stdin: JSON.stringify({
        ...input,
        calendar: {
          location: 'Nhà văn hóa thôn Trang Nùng',
          stamp: '2026-12-15T08:00:00+07:00',
        },
      }),
    });
    expect(good.code).toBe(0);
    expect(good.out).toContain('LOCATION:Nhà văn hóa thôn Trang Nùng');
    expect(good.out).toContain('DTSTAMP:20261215T010000Z');
    const bad = await chibo(['calendar', '--year', '2027', '--lang', 'en'], {
      stdin: JSON.stringify({ ...input, calendar: { stamp: 'hôm qua' } }),
    });
    expect(bad.code).toBe(65);
    expect(bad.stderr).toContain('Invalid calendar options: 1 problem.');
    expect(bad.stderr).toContain('calendar.stamp');
  });

  it('needs --year (exit 64)', async () => {
    const result = await chibo(['calendar', 'cell.json'], { cwd: dir });
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('--year');
  });
});

describe('chibo lunar (R-LUNAR-1)', () => {
  it('converts 2027-02-06 to Tết Đinh Mùi', async () => {
    const result = await chibo(['lunar', '2027-02-06']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('ngày 01 tháng 01 năm Đinh Mùi');
  });

  it('converts lunar 1/1/2027 back to 2027-02-06 (JSON)', async () => {
    const result = await chibo(['lunar', '--to-solar', '1/1/2027', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({
      solar: '2027-02-06',
      lunar: {
        year: 2027,
        month: 1,
        day: 1,
        leap: false,
        yearName: 'Đinh Mùi',
      },
    });
  });

  it('handles the leap month 6 of 2025 (tháng 6 nhuận Ất Tỵ)', async () => {
    const leap = await chibo([
      'lunar',
      '--to-solar',
      '1/6/2025',
      '--leap',
      '--json',
    ]);
    const plain = await chibo(['lunar', '--to-solar', '1/6/2025', '--json']);
    expect(leap.code).toBe(0);
    expect(JSON.parse(leap.out).solar).toBe('2025-07-25');
    expect(JSON.parse(plain.out).solar).toBe('2025-06-25');
    const back = await chibo(['lunar', '2025-07-25']);
    expect(back.out).toContain('tháng 06 nhuận năm Ất Tỵ');
  });

  it('rejects a date it cannot read (exit 65)', async () => {
    const result = await chibo(['lunar', '2027-13-45x']);
    expect(result.code).toBe(65);
    expect(result.stderr).toContain('YYYY-MM-DD');
  });
});

describe('chibo holidays (R-HOL-1, R-HOL-2)', () => {
  it('lists Tết 2027 from 02-05 to 02-09 in the table', async () => {
    const result = await chibo(['holidays', '2027']);
    expect(result.code).toBe(0);
    for (const day of ['05', '06', '07', '08', '09']) {
      expect(result.out).toMatch(new RegExp(`2027-02-${day}\\s+Tết Âm lịch`));
    }
  });

  it('prints JSON with --json, in English names with --lang en', async () => {
    const result = await chibo(['holidays', '2027', '--json']);
    const list = JSON.parse(result.out) as Array<{
      date: string;
      kind: string;
    }>;
    const tet = list.filter(
      (h) => h.date >= '2027-02-05' && h.date <= '2027-02-09',
    );
    expect(tet).toHaveLength(5);
    const en = await chibo(['holidays', '2027', '--lang', 'en']);
    expect(en.out).toContain('Date');
  });
});

describe('chibo schema / validate', () => {
  it('prints the JSON Schema of a meeting record', async () => {
    const result = await chibo(['schema', 'meeting-record']);
    expect(result.code).toBe(0);
    const schema = JSON.parse(result.out);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(
      expect.arrayContaining(['cell', 'members', 'meeting']),
    );
  });

  it('lists the entity names for an unknown one (exit 64)', async () => {
    const result = await chibo(['schema', 'meetng']);
    expect(result.code).toBe(64);
    expect(result.stderr).toContain('meeting-record');
  });

  it('accepts the March record', async () => {
    const result = await chibo(['validate', 'record.json'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.out).toBe('Hợp lệ.\n');
  });

  it('lists every problem with its path, as JSON with --json', async () => {
    const bad = JSON.stringify({ cell: { id: '' }, members: [{}] });
    const result = await chibo(['validate', '--json'], { stdin: bad });
    expect(result.code).toBe(65);
    const report = JSON.parse(result.out);
    expect(report.valid).toBe(false);
    const paths = report.issues.map((i: { path: unknown[] }) =>
      i.path.join('.'),
    );
    expect(paths).toEqual(
      expect.arrayContaining(['cell.id', 'members.0.id', 'meeting']),
    );
  });
});
