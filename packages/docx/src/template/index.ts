// @chibo/docx/template — a province's own form: a .docx template filled
// from the same model as the built-in minutes (issue 15 §5).

export { getMinutesTemplateData } from './getMinutesTemplateData';
export type {
  MinutesTemplateData,
  TemplateAgendaItem,
  TemplateOpinion,
  TemplateOptions,
  TemplateReviewedTask,
  TemplateSignature,
  TemplateTask,
} from './minutesTemplateData';
export { renderTemplate } from './renderTemplate';
export { TEMPLATE_DELIMITERS } from './templateCommands';
