import { renderResolution } from '@chibo/docx';
import { documentCommand } from './documentCommand';

/** `chibo resolution`: the monthly nghị quyết of a meeting as .docx. */
export const resolution = documentCommand({
  name: 'resolution',
  summary: {
    vi: 'Nghị quyết tháng (.docx)',
    en: 'The monthly resolution (.docx)',
  },
  example: 'chibo resolution ho-so-thang-3.json -o nghi-quyet.docx',
  render: (record, locale) => renderResolution(record, { locale }),
});
