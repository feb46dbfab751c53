import { type Member, parseMember } from '../index';

/**
 * A parsed official member for rule tests: `member('a')`, or with changes,
 * `member('e', { exempt: true })`. Not published.
 */
export const member = (
  id: string,
  extra: Record<string, unknown> = {},
): Member =>
  parseMember({ id, name: `Đảng viên ${id}`, standing: 'official', ...extra });
