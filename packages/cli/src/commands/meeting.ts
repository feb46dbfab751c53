import { ChiboError, type Locale } from '@chibo/core';
import {
  createMeetingActor,
  getMeetingRecord,
  safeSendMeetingEvent,
} from '@chibo/core/machine';
import { persistMeeting, restoreMeeting } from '@chibo/core/persist';
import {
  getString,
  missingArgument,
  type ParsedArgs,
  UsageError,
} from '../args';
import type { Command } from '../command';
import { readJson, writeOutput } from '../io';

const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A required file option (`--record`, `--snapshot`, `--event`). */
function getFile(args: ParsedArgs, name: string): string {
  const path = getString(args, name);
  if (path === undefined)
    throw missingArgument({ vi: `--${name}`, en: `--${name}` });
  return path;
}

/** The stored meeting, checked against its own log (`restoreMeeting`). */
async function restore(args: ParsedArgs) {
  return restoreMeeting(await readJson(getFile(args, 'snapshot'))).start();
}

/**
 * A refusal as JSON for the program that called: the error's code
 * (`event-rejected`, `invalid-event`, `invalid-snapshot`, `invalid-input`),
 * its message in both languages and every issue with its path, code and rule.
 */
function describeRefusal(error: ChiboError, state?: unknown): string {
  return toJson({
    error: {
      code: error.code,
      ...(state === undefined ? {} : { state }),
      message: error.messages,
      issues: error.issues.map((issue) => ({
        path: issue.path.map((key) =>
          typeof key === 'symbol' ? String(key) : key,
        ),
        code: issue.code,
        message: issue.message,
        ...(issue.rule === undefined ? {} : { rule: issue.rule }),
      })),
    },
  });
}

/** An event the meeting refused, in the state it was in. */
class RefusedEvent extends Error {
  constructor(
    readonly error: ChiboError,
    readonly state: unknown,
  ) {
    super(error.message, { cause: error });
  }
}

/** What each action of `chibo meeting` prints. */
const ACTIONS: Record<string, (args: ParsedArgs) => Promise<unknown>> = {
  async start(args) {
    const actor = createMeetingActor(
      (await readJson(getFile(args, 'record'))) as Parameters<
        typeof createMeetingActor
      >[0],
    ).start();
    return persistMeeting(actor);
  },
  async apply(args) {
    const eventPath = getFile(args, 'event');
    const snapshotPath = getFile(args, 'snapshot');
    if (eventPath === '-' && snapshotPath === '-') {
      throw new UsageError({
        vi: 'Chỉ một trong --snapshot và --event được đọc từ stdin (-).',
        en: 'Only one of --snapshot and --event can be read from stdin (-).',
      });
    }
    const actor = await restore(args);
    const result = safeSendMeetingEvent(actor, await readJson(eventPath));
    if (!result.success) {
      throw new RefusedEvent(result.error, actor.getSnapshot().value);
    }
    return persistMeeting(result.data);
  },
  async record(args) {
    return getMeetingRecord(await restore(args));
  },
};

/**
 * `chibo meeting`: run the meeting procedure (DOMAIN.md §4.3) from outside
 * JavaScript, one event at a time, with the machine's guards: `start` gives
 * the first snapshot of a planned record, `apply` the snapshot after one
 * event or the typed refusal, `record` the meeting record a snapshot holds.
 */
export const meeting: Command = {
  name: 'meeting',
  summary: {
    vi: 'Điều hành cuộc họp theo quy trình, từng sự kiện một (JSON)',
    en: 'Run the meeting procedure one event at a time (JSON)',
  },
  usage:
    'meeting start --record ke-hoach.json [-o s0.json]\n  chibo meeting apply --snapshot s0.json --event su-kien.json [-o s1.json]\n  chibo meeting record --snapshot s.json [-o ho-so.json]',
  help: {
    vi: 'start: tạo bản lưu đầu tiên từ hồ sơ cuộc họp ở trạng thái planned.\napply: đối chiếu bản lưu với nhật ký sự kiện của nó, áp dụng một sự kiện và in bản lưu mới; nếu sự kiện bị từ chối thì in { "error": { code, state, message, issues } } ra stdout, mã thoát 65, và bản lưu cũ vẫn dùng tiếp được.\nrecord: in hồ sơ cuộc họp (MeetingRecord) của bản lưu, để lập biên bản, nghị quyết, chấm điểm.\nTùy chọn:\n  --record <tệp>       hồ sơ cuộc họp đã lên kế hoạch (start)\n  --snapshot <tệp|->   bản lưu cuộc họp (apply, record)\n  --event <tệp|->      một sự kiện, ví dụ {"type":"OPEN","at":"2027-03-09T19:30:00+07:00","chairId":"m01"}\n  -o, --output <tệp>   ghi ra tệp (mặc định stdout)\nVí dụ: chibo meeting apply --snapshot s3.json --event mo-dau.json -o s4.json',
    en: 'start: the first snapshot of a meeting record whose meeting is planned.\napply: check the snapshot against its own event log, apply one event and print the new snapshot; a refused event prints { "error": { code, state, message, issues } } on stdout and exits 65, and the old snapshot stays valid.\nrecord: print the meeting record (MeetingRecord) the snapshot holds, for the documents and the rating.\nOptions:\n  --record <file>      the planned meeting record (start)\n  --snapshot <file|->  the persisted meeting (apply, record)\n  --event <file|->     one event, e.g. {"type":"OPEN","at":"2027-03-09T19:30:00+07:00","chairId":"m01"}\n  -o, --output <file>  write to a file (default stdout)\nExample: chibo meeting apply --snapshot s3.json --event open.json -o s4.json',
  },
  options: {
    record: { type: 'string' },
    snapshot: { type: 'string' },
    event: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run(args: ParsedArgs, _locale: Locale) {
    const [name, ...extra] = args.positionals;
    const action = name === undefined ? undefined : ACTIONS[name];
    if (!action || extra.length > 0) {
      throw new UsageError({
        vi: `Cần đúng một việc: start, apply hoặc record${name === undefined ? '' : `, không phải "${args.positionals.join(' ')}"`}.`,
        en: `Give one action: start, apply or record${name === undefined ? '' : `, not "${args.positionals.join(' ')}"`}.`,
      });
    }
    let result: unknown;
    try {
      result = await action(args);
    } catch (error) {
      if (error instanceof RefusedEvent) {
        await writeOutput(undefined, describeRefusal(error.error, error.state));
        throw error.error;
      }
      if (error instanceof ChiboError) {
        await writeOutput(undefined, describeRefusal(error));
      }
      throw error;
    }
    await writeOutput(getString(args, 'output'), toJson(result));
    return 0;
  },
};
