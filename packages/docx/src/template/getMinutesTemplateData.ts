import { attendanceSummary, getLabel } from '@chibo/core';
import { cleanText } from '../cleanText';
import { createRecordContext, type RecordContext } from '../context';
import { formatLongDate, formatNumber } from '../format';
import { dashLine } from '../layout';
import { closing, minutesModel, timeAndPlace } from '../minutes';
import { attendanceBlocks, duesBlocks } from '../minutesAttendance';
import {
  agendaItemBlocks,
  opinionLine,
  proceedingsBlocks,
} from '../minutesProceedings';
import type {
  DocumentBlock,
  DocumentModel,
  DocumentParagraph,
  DocumentTable,
} from '../model';
import { ratingRuns } from '../ratingRuns';
import {
  assigneeRuns,
  reviewedTaskRun,
  reviewedTasks,
  reviewRuns,
} from '../recordParts';
import { voteRuns } from '../voteRuns';
import type {
  MinutesTemplateData,
  TemplateAgendaItem,
  TemplateOpinion,
  TemplateOptions,
} from './minutesTemplateData';
import { blockLines, cleanData, isHeading, runsText } from './templateText';

const paragraphTexts = (cell: DocumentParagraph[] | undefined) =>
  (cell ?? []).map((p) => runsText(p.runs)).filter((t) => t !== '');

function headerFields(
  model: DocumentModel,
  ctx: RecordContext,
): MinutesTemplateData['header'] {
  const table = model.blocks[0] as DocumentTable;
  const [top = [], bottom = []] = table.rows;
  const [superior = '', issuer = ''] = paragraphTexts(top[0]);
  return {
    superior,
    issuer,
    party: paragraphTexts(top[1])[0] ?? '',
    number: paragraphTexts(bottom[0])[0] ?? '',
    placeAndDate: paragraphTexts(bottom[1])[0] ?? '',
    place: ctx.placeName,
    date: ctx.date,
  };
}

function titleFields(model: DocumentModel): MinutesTemplateData['title'] {
  const [, name, ...rest] = model.blocks;
  const lines: string[] = [];
  for (const block of rest) {
    if (block.type !== 'paragraph' || block.keepNext !== true) break;
    lines.push(runsText(block.runs));
  }
  const title = name?.type === 'paragraph' ? runsText(name.runs) : '';
  return { name: title, lines };
}

function attendanceFields(
  ctx: RecordContext,
): MinutesTemplateData['attendance'] {
  const { meeting, members } = ctx.record;
  const s = attendanceSummary(meeting, members);
  return {
    lines: blockLines(attendanceBlocks(ctx).slice(1)),
    chair: ctx.nameOf(meeting.chairId ?? ''),
    recorder: ctx.nameOf(meeting.recorderId ?? ''),
    guests: meeting.guests.map((g) => ({
      name: cleanText(g.name),
      title: cleanText(g.title ?? ''),
      role: getLabel('guestRole', g.role, ctx.locale),
    })),
    members: s.totals.all,
    expected: s.expected.length,
    present: s.present.memberIds.length,
    rate:
      s.rate.value === null
        ? ctx.say('không xác định', 'not defined')
        : `${formatNumber(100 * s.rate.value, ctx.locale)}%`,
    absentExcused: s.absentExcused.map((a) => ({
      name: ctx.nameOf(a.memberId),
      reason: cleanText(a.reason),
    })),
    absentUnexcused: s.absentUnexcused.map((a) => ctx.nameOf(a.memberId)),
    dues: blockLines(duesBlocks(ctx)),
  };
}

type Opinion = RecordContext['record']['meeting']['opinions'][number];

const opinionFields = (o: Opinion, ctx: RecordContext): TemplateOpinion => ({
  speaker: ctx.nameOf(o.speakerId),
  text: cleanText(o.text),
  line: runsText(opinionLine(o, ctx).runs),
});

function agendaFields(ctx: RecordContext): TemplateAgendaItem[] {
  const { agenda, opinions } = ctx.record.meeting;
  return agenda.map((item, i) => ({
    number: i + 1,
    title: cleanText(item.title),
    presenter: item.presenterId ? ctx.nameOf(item.presenterId) : '',
    duration:
      item.durationMinutes === undefined
        ? ''
        : `${formatNumber(item.durationMinutes, ctx.locale)} ${ctx.say('phút', 'minutes')}`,
    summary: cleanText(item.summary ?? ''),
    opinions: opinions
      .filter((o) => o.agendaItemId === item.id)
      .map((o) => opinionFields(o, ctx)),
    conclusion: cleanText(item.conclusion ?? ''),
    lines: blockLines(agendaItemBlocks(item, i, ctx).slice(1)),
  }));
}

/**
 * The headings of section III after the four every minutes print (III, 1,
 * 2, 3): the chair's conclusion when no item printed it, then the tasks.
 */
function laterSections(ctx: RecordContext) {
  const blocks = proceedingsBlocks(ctx);
  const headings = blocks
    .flatMap((block, index) => (isHeading(block) ? [{ block, index }] : []))
    .slice(4);
  const hasTasks = (ctx.record.meeting.resolution?.tasks.length ?? 0) > 0;
  const tasks = hasTasks ? headings.pop() : undefined;
  const conclusion = headings[0];
  const textOf = (at: { block: DocumentParagraph; index: number }) =>
    runsText(at.block.runs);
  const next = conclusion ? blocks[conclusion.index + 1] : undefined;
  return {
    conclusion: {
      heading: conclusion ? textOf(conclusion) : '',
      text:
        next?.type === 'paragraph'
          ? runsText(next.runs)
          : cleanText(ctx.record.meeting.conclusion ?? ''),
    },
    tasksHeading: tasks ? textOf(tasks) : '',
  };
}

function signatureFields(
  closingBlocks: DocumentBlock[],
): MinutesTemplateData['signatures'] {
  const table = closingBlocks.at(-1) as DocumentTable;
  const [left, right] = (table.rows[0] ?? []).map((cell) => {
    const texts = paragraphTexts(cell);
    return { title: texts.slice(0, -1).join(' '), name: texts.at(-1) ?? '' };
  });
  const none = { title: '', name: '' };
  return { left: left ?? none, right: right ?? none };
}

/**
 * The placeholder data of the minutes (the vocabulary of
 * `@chibo/docx/template`): the record is validated and checked as
 * `buildMinutes` checks it, the built-in minutes' model is built (and its
 * completeness checked, R-DOC-8), and every field is read from the same
 * builders, so a template prints what the built-in minutes print.
 *
 * @param record - the meeting record, as the host sends it.
 * @param options - language, place, number, issuer code, date.
 * @returns the data, deeply frozen, and the built-in model (for the title
 *   and date of the file).
 * @throws ChiboError with every problem of the record or the options.
 */
export function createMinutesTemplateData(
  record: unknown,
  options: TemplateOptions | undefined,
): { data: MinutesTemplateData; model: DocumentModel } {
  const ctx = createRecordContext(record, options, 'minutes');
  const model = minutesModel(ctx);
  const { meeting } = ctx.record;
  const agendaIds = new Set(meeting.agenda.map((a) => a.id));
  const later = laterSections(ctx);
  const closingBlocks = closing(ctx);
  const data: MinutesTemplateData = {
    locale: ctx.locale,
    header: headerFields(model, ctx),
    title: titleFields(model),
    timeAndPlace: { lines: blockLines(timeAndPlace(ctx).slice(1)) },
    place: cleanText(meeting.place),
    attendance: attendanceFields(ctx),
    agenda: agendaFields(ctx),
    otherOpinions: meeting.opinions
      .filter((o) => !o.agendaItemId || !agendaIds.has(o.agendaItemId))
      .map((o) => opinionFields(o, ctx)),
    review: reviewedTasks(ctx).map((item, i) => ({
      number: i + 1,
      task: runsText([reviewedTaskRun(item)]),
      assignees: item.task ? runsText(assigneeRuns(item.task, ctx)) : '—',
      result: runsText(reviewRuns(item.review, ctx)),
    })),
    conclusion: later.conclusion,
    tasks: {
      heading: later.tasksHeading,
      items: (meeting.resolution?.tasks ?? []).map((t, i) => ({
        number: i + 1,
        description: cleanText(t.description),
        assignees: runsText(assigneeRuns(t, ctx)),
        due: formatLongDate(t.dueOn, ctx.locale),
      })),
    },
    votes: {
      lines: meeting.votes.map((v) =>
        runsText(dashLine(voteRuns(v, ctx)).runs),
      ),
      none:
        meeting.votes.length === 0
          ? ctx.say('Không tiến hành biểu quyết.', 'No vote was taken.')
          : '',
    },
    rating: {
      lines: ratingRuns(meeting.rating, ctx.locale, true).map((runs) =>
        runsText(dashLine(runs).runs),
      ),
    },
    closing: { lines: blockLines(closingBlocks.slice(0, -2)) },
    signatures: signatureFields(closingBlocks),
  };
  return { data: cleanData(data), model };
}

/**
 * The data a minutes template is filled with: the placeholder vocabulary of
 * `renderTemplate`, for a host that designs its own form and wants to
 * see what each placeholder prints. Built from the same record context and
 * builders as `buildMinutes`, so every text is the built-in minutes' text,
 * cleaned the same way (NFC, no bidirectional or control characters,
 * R-DOC-8).
 *
 * @param record - the meeting record, as the host sends it.
 * @param options - language, place, number, issuer code, date.
 * @returns the data, deeply frozen.
 * @throws ChiboError with every problem of the record or the options.
 * @example
 * ```ts
 * const data = getMinutesTemplateData(record);
 * data.header.number; // 'Số 03-BB/CB'
 * data.agenda[1]?.opinions[0]?.speaker; // 'Hà Văn Sơn'
 * ```
 */
export function getMinutesTemplateData(
  record: unknown,
  options?: TemplateOptions,
): MinutesTemplateData {
  return createMinutesTemplateData(record, options).data;
}
