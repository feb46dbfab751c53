import { getLabel, tallyVote, type Vote } from '@chibo/core';
import { cleanText } from './cleanText';
import type { RecordContext } from './context';
import { formatNumber } from './format';
import { type DocumentRun, value, wording } from './model';
import { getVotingBaseSize } from './votingBase';

/**
 * One vote as the minutes write it: what it decided, how, the counts out of
 * the voting base with their shares, and whether it passed (R-VOTE-1..4).
 *
 * @param vote - the vote.
 * @param ctx - the record context.
 * @returns runs.
 */
export function voteRuns(vote: Vote, ctx: RecordContext): DocumentRun[] {
  const { say, locale } = ctx;
  const base = getVotingBaseSize(vote, ctx.record);
  const tally = tallyVote(vote, base);
  const share = (n: number) =>
    base > 0 ? ` (${formatNumber((100 * n) / base, locale)}%)` : '';
  const runs: DocumentRun[] = [
    wording(`${getLabel('voteSubject', vote.subject, locale)}`, { bold: true }),
  ];
  if (vote.subjectMemberId)
    runs.push(
      wording(say(' – đồng chí ', ' – comrade ')),
      value(ctx.nameOf(vote.subjectMemberId)),
    );
  if (vote.candidateName)
    runs.push(wording(' – '), value(cleanText(vote.candidateName)));
  runs.push(
    wording(
      ` (${getLabel('voteMode', vote.mode, locale).toLocaleLowerCase(locale)}): ` +
        say(
          `số đảng viên có quyền biểu quyết ${base}; tán thành ${vote.for}/${base}${share(vote.for)}; không tán thành ${vote.against}/${base}${share(vote.against)}; ý kiến khác ${vote.abstain}/${base}${share(vote.abstain)}. `,
          `voting base ${base}; for ${vote.for}/${base}${share(vote.for)}; against ${vote.against}/${base}${share(vote.against)}; other ${vote.abstain}/${base}${share(vote.abstain)}. `,
        ),
    ),
  );
  if (tally.discipline) {
    const adopted = tally.discipline.adopted;
    runs.push(
      wording(
        adopted
          ? say(
              `Hình thức được thông qua: ${getLabel('disciplineForm', adopted, locale)}.`,
              `Form adopted: ${getLabel('disciplineForm', adopted, locale)}.`,
            )
          : say(
              'Không hình thức kỷ luật nào đạt tỷ lệ cần thiết.',
              'No disciplinary form reached its threshold.',
            ),
      ),
    );
  } else {
    runs.push(
      wording(
        tally.passed
          ? say(
              `Kết quả: thông qua (cần ít nhất ${tally.required} phiếu tán thành).`,
              `Result: adopted (at least ${tally.required} votes for needed).`,
            )
          : say(
              `Kết quả: không thông qua (cần ít nhất ${tally.required} phiếu tán thành).`,
              `Result: not adopted (at least ${tally.required} votes for needed).`,
            ),
      ),
    );
  }
  return runs;
}
