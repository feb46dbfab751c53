import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { attendanceSummary } from '../rules/attendanceSummary';
import type { MeetingContext } from './meetingContext';

/** A share in percent. */
const Percent = z.number().min(0).max(100);

/**
 * A quorum rule for `meetingMachine.provide({ guards: { isQuorumMet } })`
 * (R-QUORUM-1, [open]): no central text sets a minimum attendance for an
 * ordinary meeting, so the machine has none by default; a host whose
 * committee requires one plugs it in with this. The rate is R-ATT-1's:
 * present members over the members expected to attend.
 *
 * @param minimumPercent - the least attendance rate, in percent, that lets
 *   the proceedings start (reached or passed).
 * @returns the guard.
 * @throws ChiboError `invalid-argument` unless `minimumPercent` is a number
 *   from 0 to 100.
 * @example
 * ```ts
 * const machine = meetingMachine.provide({
 *   guards: { isQuorumMet: createQuorumGuard(50) },
 * });
 * ```
 */
export function createQuorumGuard(
  minimumPercent: number,
): (args: { context: MeetingContext }) => boolean {
  checkArgument('minimumPercent', Percent, minimumPercent);
  return ({ context }) => {
    const { meeting, members } = context.record;
    const { rate } = attendanceSummary(meeting, members, { history: [] });
    return (
      rate.expected > 0 && 100 * rate.present >= minimumPercent * rate.expected
    );
  };
}
