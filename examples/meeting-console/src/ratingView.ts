import { ChiboError, getLabel } from '@chibo/core';
import { getMeetingRecord } from '@chibo/core/machine';
import {
  anPhuScheme,
  proposeRating,
  type RatingInputs,
  type RatingResult,
  rateMeeting,
} from '@chibo/core/rating';
import { marchMeeting, marchRating } from '@chibo/scenario';
import { button, formatTime, h, replaceChildren } from './dom';
import type { MeetingSession, MeetingSnapshot } from './meetingSession';
import { getScenarioEvent } from './scenarioSteps';
import { createSection, getPersonName, stepButton, type View } from './section';

/**
 * The chi ủy rates at the rating step, before the minutes are approved and
 * the meeting ends: the closing steps are scored as planned (DOMAIN.md §4.3).
 */
const plannedClosing = {
  minutesApprovedAt: marchMeeting.timeline.minutesApprovedAt,
  endedAt: marchMeeting.timeline.endedAt,
};

/**
 * Rate the meeting so far on the An Phú sheet (R-RATE-2) with the chi ủy's
 * inputs. The scenario keeps no earlier meetings of 2027, so the history of
 * excused absences (R-ATT-2) starts here.
 * @param snapshot - the meeting.
 * @param inputs - the chi ủy's judgement.
 * @returns the result, or the error that says what is wrong.
 */
function rate(
  snapshot: MeetingSnapshot,
  inputs: RatingInputs,
): RatingResult | ChiboError {
  try {
    return rateMeeting(getMeetingRecord(snapshot), anPhuScheme, inputs, {
      history: [],
      plannedClosing,
    });
  } catch (error) {
    if (error instanceof ChiboError) return error;
    throw error;
  }
}

/**
 * The rating (R-RATE-2, R-RATE-3): the chi ủy's judgement (chairing,
 * principles, praise and criticism), the score sheet computed by core's
 * `rateMeeting` with `anPhuScheme` and its total and level, then the
 * proposal, the members' approval and the supervisor's confirmation.
 * @param session - the meeting of the page.
 * @returns the view.
 */
export function createRatingView(session: MeetingSession): View {
  const section = createSection('5. Xếp loại chất lượng sinh hoạt', 'rating', [
    'rating',
  ]);
  const chairing = h('input', {
    type: 'number',
    min: 0,
    max: 10,
    value: marchRating.inputs.chairing,
    'data-testid': 'input-chairing',
  });
  const principles = h('input', {
    type: 'number',
    min: 0,
    max: 5,
    value: marchRating.inputs.principles,
    'data-testid': 'input-principles',
  });
  const praise = h('input', {
    type: 'checkbox',
    checked: marchRating.inputs['praise-criticism'],
    'data-testid': 'input-praise-criticism',
  });
  const total = h('p', { class: 'figure', 'data-testid': 'rating-total' });
  const sheet = h('tbody');
  const recorded = h('ul', { 'data-testid': 'rating-steps' });
  const message = h('p', { class: 'error', 'data-testid': 'rating-error' });
  const readInputs = (): RatingInputs => ({
    chairing: chairing.valueAsNumber,
    principles: principles.valueAsNumber,
    'praise-criticism': praise.checked,
  });
  const show = (snapshot: MeetingSnapshot) => {
    const result = rate(snapshot, readInputs());
    if (result instanceof ChiboError) {
      total.textContent = result.format('vi');
      replaceChildren(sheet);
      return result;
    }
    total.textContent =
      result.complete && result.level
        ? `Tổng điểm: ${result.total}/${result.maxTotal} — Xếp loại: ${getLabel('ratingLevel', result.level)}`
        : `Chưa đủ để xếp loại (thiếu: ${[...result.missingInputs, ...result.missingRecord.map((m) => m.criterionId)].join(', ')}).`;
    replaceChildren(
      sheet,
      ...result.criteria.map((c) =>
        h(
          'tr',
          {},
          h('td', {}, c.label.vi),
          h('td', { class: 'number' }, `${c.score ?? '—'}/${c.maxPoints}`),
          h('td', {}, c.reason.vi),
        ),
      ),
    );
    return result;
  };
  for (const input of [chairing, principles, praise]) {
    input.addEventListener('input', () => show(session.getSnapshot()));
  }

  section.body.append(
    h(
      'div',
      { class: 'rating-inputs' },
      h('label', {}, 'Chủ trì, điều hành (tối đa 10) ', chairing),
      h('label', {}, 'Nguyên tắc sinh hoạt (tối đa 5) ', principles),
      h('label', {}, praise, ' Có phê bình và tự phê bình'),
    ),
    total,
    h(
      'details',
      {},
      h('summary', {}, 'Phiếu chấm điểm (An Phú, HD42)'),
      h('table', { class: 'sheet' }, sheet),
    ),
    button('Chi ủy đề xuất', 'propose-rating', () => {
      const result = show(session.getSnapshot());
      if (result instanceof ChiboError) return;
      const { at } = getScenarioEvent('RATING_PROPOSED');
      try {
        message.textContent = '';
        session.send({
          type: 'RATING_PROPOSED',
          at,
          rating: proposeRating(result, { at }),
        });
      } catch (error) {
        if (!(error instanceof ChiboError)) throw error;
        message.textContent = error.format('vi');
      }
    }),
    button('Chi bộ biểu quyết thông qua', 'approve-rating', () => {
      const approval = getScenarioEvent('RATING_APPROVED');
      const proposed =
        session.getSnapshot().context.record.meeting.rating?.proposedLevel;
      session.send({ ...approval, level: proposed ?? approval.level });
    }),
    stepButton(
      session,
      'Cấp trên xác nhận',
      'confirm-rating',
      'RATING_CONFIRMED',
    ),
    message,
    recorded,
  );

  return {
    element: section.element,
    update(snapshot) {
      section.update(snapshot);
      show(snapshot);
      const rating = snapshot.context.record.meeting.rating;
      const steps: string[] = [];
      if (rating?.proposedLevel) {
        steps.push(
          `Chi ủy đề xuất: ${rating.proposedScore} điểm, ${getLabel('ratingLevel', rating.proposedLevel)} (${formatTime(rating.proposedAt)})`,
        );
      }
      if (rating?.approvedLevel) {
        steps.push(
          `Chi bộ thông qua: ${getLabel('ratingLevel', rating.approvedLevel)} (${formatTime(rating.approvedAt)})`,
        );
      }
      if (rating?.confirmedBy) {
        const { guestId, name } = rating.confirmedBy;
        steps.push(
          `Cấp trên xác nhận: ${guestId ? getPersonName(snapshot, guestId) : name} (${formatTime(rating.confirmedBy.at)})`,
        );
      }
      replaceChildren(recorded, ...steps.map((s) => h('li', {}, s)));
    },
  };
}
