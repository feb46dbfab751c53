import {
  ChiboError,
  getLabel,
  recordVotingBase,
  tallyVote,
  type VoteTally,
} from '@chibo/core';
import { button, h, replaceChildren } from './dom';
import type { MeetingSession } from './meetingSession';
import { createStep, getScenarioEvent } from './scenarioSteps';
import { createSection, stepButton, type View } from './section';

/**
 * A tally as the minutes say it: "Thông qua: 12/13 tán thành (cần ít nhất
 * 7)".
 * @param tally - core's `tallyVote` result.
 * @returns the sentence.
 */
function describeTally(tally: VoteTally): string {
  const verdict = tally.passed ? 'Thông qua' : 'Không thông qua';
  return `${verdict}: ${tally.for}/${tally.base} tán thành, ${tally.against} không tán thành, ${tally.abstain} ý kiến khác (cần ít nhất ${tally.required}) [${tally.rule}]`;
}

/**
 * The decision: the vote on the resolution (for, against, abstain), its
 * tally against the voting base while it is typed (core's `tallyVote` and
 * `votingBase`, R-VOTE-1), the votes recorded, and the move to the rating.
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createDecisionView(session: MeetingSession): View {
  const section = createSection('4. Biểu quyết nghị quyết', 'decision', [
    'decision',
  ]);
  const planned = getScenarioEvent('VOTE');
  const count = (choice: 'for' | 'against' | 'abstain', value: number) =>
    h('input', {
      type: 'number',
      min: 0,
      step: 1,
      value,
      'data-testid': `vote-${choice}`,
      'aria-label': getLabel('voteChoice', choice),
    });
  const inputs = {
    for: count('for', planned.vote.for),
    against: count('against', planned.vote.against),
    abstain: count('abstain', planned.vote.abstain ?? 0),
  };
  const preview = h('p', { class: 'note', 'data-testid': 'vote-preview' });
  const votes = h('ul', { 'data-testid': 'votes' });
  const readVote = () => ({
    ...planned.vote,
    for: inputs.for.valueAsNumber,
    against: inputs.against.valueAsNumber,
    abstain: inputs.abstain.valueAsNumber,
  });
  const showPreview = () => {
    const { record } = session.getSnapshot().context;
    const base = recordVotingBase(record);
    try {
      preview.textContent = `Dự kiến — ${describeTally(tallyVote(readVote(), base))}`;
    } catch (error) {
      preview.textContent =
        error instanceof ChiboError ? error.format('vi') : String(error);
    }
  };
  for (const input of Object.values(inputs)) {
    input.addEventListener('input', showPreview);
  }

  section.body.append(
    h(
      'div',
      { class: 'vote-form' },
      ...(['for', 'against', 'abstain'] as const).map((choice) =>
        h('label', {}, `${getLabel('voteChoice', choice)} `, inputs[choice]),
      ),
    ),
    preview,
    button('Biểu quyết', 'vote', () =>
      session.send(createStep('VOTE', { vote: readVote() })),
    ),
    votes,
    stepButton(session, 'Chuyển sang xếp loại', 'start-rating', 'START_RATING'),
  );

  return {
    element: section.element,
    update(snapshot) {
      section.update(snapshot);
      showPreview();
      replaceChildren(
        votes,
        ...snapshot.context.record.meeting.votes.map((vote) =>
          h(
            'li',
            { 'data-vote': vote.id },
            `${getLabel('voteSubject', vote.subject)}: `,
            vote.base ? describeTally(tallyVote(vote, vote.base)) : '',
          ),
        ),
      );
    },
  };
}
