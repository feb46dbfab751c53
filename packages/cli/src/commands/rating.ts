import { Attendance, getLabel, type Locale, parseWith } from '@chibo/core';
import {
  anPhuScheme,
  binhThuanScheme,
  hd12Scheme,
  phuThoScheme,
  type RatingResult,
  type RatingScheme,
  safeRateMeeting,
} from '@chibo/core/rating';
import { DateTime, Id } from '@chibo/core/schemas';
import { z } from 'zod';
import {
  getFlag,
  getInputPath,
  getList,
  getString,
  missingArgument,
  type ParsedArgs,
  UsageError,
} from '../args';
import type { Command } from '../command';
import { readJson, writeOutput } from '../io';
import { formatTable } from '../table';

/** The preset schemes by their command-line name. */
const SCHEMES: Record<string, RatingScheme> = {
  'an-phu': anPhuScheme,
  'binh-thuan': binhThuanScheme,
  'phu-tho': phuThoScheme,
  hd12: hd12Scheme,
};

function getScheme(args: ParsedArgs): RatingScheme {
  const name = getString(args, 'scheme');
  if (name === undefined) {
    throw missingArgument({ vi: '--scheme', en: '--scheme' });
  }
  const scheme = SCHEMES[name];
  if (scheme) return scheme;
  const known = Object.keys(SCHEMES).join(', ');
  throw new UsageError({
    vi: `Không có bảng điểm "${name}". Có: ${known}.`,
    en: `Unknown scheme "${name}". Known: ${known}.`,
  });
}

/** The earlier meetings of the year, as much of them as R-ATT-2 reads. */
const History = z.array(
  z.object({
    id: Id,
    scheduledAt: DateTime,
    attendance: z.array(Attendance),
  }),
);

async function getHistory(args: ParsedArgs) {
  const file = getString(args, 'history');
  if (file === undefined) return undefined;
  return parseWith(History, await readJson(file), {
    vi: 'Lịch sử các cuộc họp trước',
    en: 'meeting history',
  });
}

/** `--input key=value`: numbers and true/false are typed, the rest is text. */
function parseInputPair(pair: string): [string, unknown] {
  const at = pair.indexOf('=');
  if (at <= 0) {
    throw new UsageError({
      vi: `--input cần dạng tên=giá-trị, không phải "${pair}".`,
      en: `--input takes name=value, not "${pair}".`,
    });
  }
  const key = pair.slice(0, at);
  const raw = pair.slice(at + 1);
  if (raw === 'true' || raw === 'false') return [key, raw === 'true'];
  const number = Number(raw);
  return [key, raw.trim() !== '' && Number.isFinite(number) ? number : raw];
}

async function getInputs(args: ParsedArgs): Promise<Record<string, unknown>> {
  const file = getString(args, 'inputs');
  const fromFile = file === undefined ? {} : await readJson(file);
  const inputs = { ...(fromFile as Record<string, unknown>) };
  for (const pair of getList(args, 'input')) {
    const [key, value] = parseInputPair(pair);
    inputs[key] = value;
  }
  return inputs;
}

function formatResult(result: RatingResult, locale: Locale): string {
  const vi = locale === 'vi';
  const rows = result.criteria.map((c) => [
    c.label[locale],
    `${c.score ?? '?'}/${c.maxPoints}`,
    c.reason[locale],
  ]);
  const table = formatTable(
    vi ? ['Tiêu chí', 'Điểm', 'Lý do'] : ['Criterion', 'Score', 'Reason'],
    rows,
  );
  const level =
    result.level === null ? '?' : getLabel('ratingLevel', result.level, locale);
  const quality =
    result.quality === null
      ? '?'
      : result.quality
        ? vi
          ? 'có'
          : 'yes'
        : vi
          ? 'không'
          : 'no';
  const lines = [
    table,
    '',
    `${vi ? 'Tổng điểm' : 'Total'}: ${result.total ?? '?'}/${result.maxTotal}`,
    `${vi ? 'Xếp loại' : 'Level'}: ${level}`,
  ];
  if (result.level === null && result.quality !== null) {
    lines.push(`${vi ? 'Đạt chất lượng' : 'Of quality'}: ${quality}`);
  }
  if (result.missingInputs.length > 0) {
    lines.push(
      `${vi ? 'Thiếu đánh giá của chi ủy' : 'Missing inputs'}: ${result.missingInputs.join(', ')}`,
    );
  }
  for (const missing of result.missingRecord) {
    lines.push(
      `${vi ? 'Thiếu trong hồ sơ' : 'Missing from the record'}: ${missing.criterionId}: ${missing.reason[locale]}`,
    );
  }
  return lines.join('\n');
}

/** `chibo rating`: rate a meeting with a preset scheme (R-RATE-1, R-RATE-2). */
export const rating: Command = {
  name: 'rating',
  summary: {
    vi: 'Chấm điểm, xếp loại chất lượng sinh hoạt',
    en: 'Rate the quality of the meeting',
  },
  usage:
    'rating [record.json|-] --scheme an-phu|binh-thuan|phu-tho|hd12 [--inputs inputs.json] [--input name=value …] [--history history.json] [--json] [-o out]',
  help: {
    vi: 'Chấm điểm hồ sơ cuộc họp theo bảng điểm có sẵn (rateMeeting của @chibo/core).\nTùy chọn:\n  --scheme <tên>       an-phu, binh-thuan, phu-tho hoặc hd12\n  --inputs <tệp>       đánh giá của chi ủy (JSON: {"chairing": 9, ...})\n  --input tên=giá-trị  một đánh giá (lặp lại được), ghi đè --inputs\n  --history <tệp>      các cuộc họp trước trong năm (mảng JSON; [] nếu là cuộc đầu năm)\n  --json               in kết quả JSON cho máy đọc\n  -o, --output <tệp>   ghi ra tệp\nVí dụ: chibo rating ho-so.json --scheme an-phu --input chairing=9 --input principles=5 --input praise-criticism=true --history lich-su.json',
    en: 'Rates a meeting record with a preset scheme (@chibo/core rateMeeting).\nOptions:\n  --scheme <name>      an-phu, binh-thuan, phu-tho or hd12\n  --inputs <file>      the chi ủy\'s judgements (JSON: {"chairing": 9, ...})\n  --input name=value   one judgement (repeatable), overrides --inputs\n  --history <file>     earlier meetings of the year (JSON array; [] for the first)\n  --json               print the result as JSON for machines\n  -o, --output <file>  write to a file\nExample: chibo rating record.json --scheme an-phu --input chairing=9 --input principles=5 --input praise-criticism=true --history history.json',
  },
  options: {
    scheme: { type: 'string' },
    inputs: { type: 'string' },
    input: { type: 'string', multiple: true },
    history: { type: 'string' },
    json: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  },
  async run(args, locale) {
    const scheme = getScheme(args);
    const inputs = await getInputs(args);
    const history = await getHistory(args);
    const record = await readJson(getInputPath(args));
    const result = safeRateMeeting(record, scheme, inputs, {
      history,
    });
    if (!result.success) throw result.error;
    const text = getFlag(args, 'json')
      ? JSON.stringify(result.data, null, 2)
      : formatResult(result.data, locale);
    await writeOutput(getString(args, 'output'), `${text}\n`);
    return 0;
  },
};
