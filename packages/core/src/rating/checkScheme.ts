import { checkArgument } from '../entities/checkArgument';
import { ChiboError } from '../errors';
import { RatingSchemeArgument } from './ratingArguments';
import type { RatingScheme } from './ratingScheme';

const checkedSchemes = new WeakSet<RatingScheme>();

/**
 * Check that a scheme can be rated with (R-RATE-2): its shape (criteria,
 * groups, gates, outcome), unique criterion ids, maxima of 0 or more, gates
 * and groups that name its criteria, groups that add up. Checked once per
 * scheme object.
 *
 * @param scheme - the scheme.
 * @throws ChiboError (`invalid-argument`) for a scheme that is not valid.
 */
export function checkScheme(scheme: RatingScheme): void {
  if (checkedSchemes.has(scheme)) return;
  checkArgument('scheme', RatingSchemeArgument, scheme);
  const ids = new Set<string>();
  for (const c of scheme.criteria) {
    if (ids.has(c.id)) {
      throw invalidScheme(
        scheme,
        `criterion id "${c.id}" repeats.`,
        `mã tiêu chí "${c.id}" bị trùng.`,
      );
    }
    ids.add(c.id);
  }
  for (const gate of scheme.gates ?? []) {
    for (const id of gate.criterionIds) {
      if (!ids.has(id)) {
        throw invalidScheme(
          scheme,
          `gate "${gate.id}" names no criterion "${id}".`,
          `điều kiện "${gate.id}" nêu tiêu chí "${id}" không có.`,
        );
      }
    }
  }
  const groupIds = new Set(scheme.groups?.map((g) => g.id));
  for (const c of scheme.criteria) {
    if (scheme.groups && c.group !== undefined && !groupIds.has(c.group)) {
      throw invalidScheme(
        scheme,
        `criterion "${c.id}" is in group "${c.group}", which the scheme does not list.`,
        `tiêu chí "${c.id}" thuộc nhóm "${c.group}" không có trong phiếu.`,
      );
    }
  }
  for (const group of scheme.groups ?? []) {
    const sum = scheme.criteria
      .filter((c) => c.group === group.id)
      .reduce((s, c) => s + c.maxPoints, 0);
    if (sum !== group.maxPoints) {
      throw invalidScheme(
        scheme,
        `group "${group.id}" adds up to ${sum}, not ${group.maxPoints}.`,
        `nhóm "${group.id}" cộng được ${sum}, không phải ${group.maxPoints}.`,
      );
    }
  }
  checkedSchemes.add(scheme);
}

/** Throw for a scheme that cannot be rated with (a programming error of its author). */
export function invalidScheme(scheme: RatingScheme, en: string, vi: string) {
  return new ChiboError('invalid-argument', {
    vi: `Phiếu đánh giá "${scheme.id}" không hợp lệ: ${vi}`,
    en: `Rating scheme "${scheme.id}" is invalid: ${en}`,
  });
}
