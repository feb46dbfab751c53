import { createClosingView } from './closingView';
import { createDecisionView } from './decisionView';
import { createMeetingSession } from './meetingSession';
import { createOpeningView } from './openingView';
import { createPreparationView } from './preparationView';
import { createProceedingsView } from './proceedingsView';
import { createRatingView } from './ratingView';
import { createStatusView } from './statusView';
import { createYearView } from './yearView';

const app = document.querySelector('#app');
if (!app) throw new Error('The page has no #app element.');

const session = createMeetingSession({ storage: localStorage });
const views = [
  createStatusView(session),
  createPreparationView(session),
  createOpeningView(session),
  createProceedingsView(session),
  createDecisionView(session),
  createRatingView(session),
  createClosingView(session),
  createYearView(),
];
app.append(...views.map((view) => view.element));

const update = () => {
  const snapshot = session.getSnapshot();
  for (const view of views) view.update(snapshot);
  document.body.dataset.state = String(snapshot.value);
};
session.subscribe(update);
update();
document.body.dataset.ready = 'true';
