import type { Severity } from '../entities/enums';
import type { LocalizedText } from '../i18n/labels';

/** The id of a rule of DOMAIN.md, e.g. `'R-VOTE-1'`. */
export type RuleId = `R-${string}`;

/**
 * One thing a rule check found, citing the rule it comes from, in Vietnamese
 * and English.
 */
export interface Finding {
  rule: RuleId;
  /** A stable machine-readable code, e.g. `'cell-committee-required'`. */
  code: string;
  severity: Severity;
  message: LocalizedText;
  /** The members the finding is about, if any. */
  memberIds?: string[] | undefined;
}

/**
 * Build a finding.
 *
 * @param rule - the R-ID.
 * @param code - the stable code.
 * @param severity - error, warning or info.
 * @param message - the text in both languages.
 * @param memberIds - the members concerned.
 * @returns the finding.
 */
export function createFinding(
  rule: RuleId,
  code: string,
  severity: Severity,
  message: LocalizedText,
  memberIds?: string[],
): Finding {
  return memberIds && memberIds.length > 0
    ? { rule, code, severity, message, memberIds }
    : { rule, code, severity, message };
}
