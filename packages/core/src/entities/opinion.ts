import { z } from 'zod';
import { Meta } from './meta';
import { DateTime, Id, LongText } from './primitives';

/**
 * What one speaker said on one agenda item, as the minutes record it
 * (R-DOC-6). The speaker is a member or a guest.
 *
 * @example
 * ```ts
 * parseOpinion({
 *   id: 'op1',
 *   speakerId: 'm04',
 *   agendaItemId: 'a5',
 *   text: 'Đề nghị Hội Phụ nữ và Đoàn Thanh niên trực tiếp đến vận động 9 hộ còn lại.',
 * });
 * ```
 */
export const Opinion = z.strictObject({
  id: Id,
  /** A member's id or a guest's id. */
  speakerId: Id,
  agendaItemId: Id.optional(),
  text: LongText.min(1),
  at: DateTime.optional(),
  meta: Meta.optional(),
});
export type Opinion = z.infer<typeof Opinion>;
