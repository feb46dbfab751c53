import { renderMinutes } from '@chibo/docx';
import { documentCommand } from './documentCommand';

/** `chibo minutes`: the biên bản of a meeting as .docx (R-DOC-1..8). */
export const minutes = documentCommand({
  name: 'minutes',
  summary: {
    vi: 'Biên bản sinh hoạt chi bộ (.docx)',
    en: 'The minutes of the meeting (.docx)',
  },
  example: 'chibo minutes ho-so-thang-3.json -o bien-ban.docx',
  render: (record, locale) => renderMinutes(record, { locale }),
});
