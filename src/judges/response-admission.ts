// Admission of one generated response (POST /api/responses): one paid call, so it passes the same budget rules as
// a battle's judges. While the arena rests nothing is called; then the visitor's daily share; then the day's
// ceiling. Losing the race for the day's last call after the share was reserved costs the visitor nothing that
// matters: the arena then rests for everyone until midnight UTC, when the shares start again.
import type { Settings } from '../config';
import type { Database } from '../db/client';
import { arenaRestingError, restingAfter, restingState, takePaidCall } from './paid-calls';
import { reserveVisitorPaidCalls, visitorBudgetError } from './visitor-budget';

/** Takes the paid call of one generated response, or throws the ApiError that says why not and until when. */
export async function admitGeneratedResponse(db: Database, settings: Settings, visitorId: string | null, now: number): Promise<void> {
  const resting = await restingState(db, settings, true, now);
  if (resting) throw arenaRestingError(resting, now);
  if (!(await reserveVisitorPaidCalls(db, settings, visitorId, 1, now))) throw visitorBudgetError(settings, now);
  // Another request may have taken the last call since the check above.
  if (!(await takePaidCall(db, settings, now))) {
    throw arenaRestingError(restingAfter(settings.DAILY_PAID_JUDGE_CALLS, settings, true, now)!, now);
  }
}
