import { Hono } from 'hono';
import { readSettings } from '../config';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { generateResponse, isResponseGeneratorConfigured } from '../judges/generators';
import { arenaRestingError, restingAfter, restingState, takePaidCall } from '../judges/paid-calls';
import { reserveVisitorPaidCalls, visitorBudgetError } from '../judges/visitor-budget';
import { jsonBody, validate } from '../http/validation';
import { generateResponseSchema } from '../shared/request-schemas';
import { enforceRateLimit } from '../http/rate-limit';
import { visitorId } from '../http/visitor';

export const responseRoutes = new Hono<{ Bindings: Env }>();

/**
 * The "Generate AI response" button: an answer to a custom input from the configured generator model. One paid
 * call, so it is limited like a battle: per minute (RESPONSE_RATE_LIMITER), by the visitor's daily share and by
 * the daily ceiling; while the arena rests it calls nothing.
 */
responseRoutes.post('/', jsonBody, validate('json', generateResponseSchema), async (c) => {
  const { input } = c.req.valid('json');
  const visitor = await visitorId(c.req.raw, c.env);
  await enforceRateLimit(c.env, 'response', visitor);
  if (!isResponseGeneratorConfigured(c.env)) {
    throw new ApiError(503, 'not_configured', 'No response generator is configured on this server. Write the AI response yourself.');
  }
  const db = database(c.env.DB);
  const settings = readSettings(c.env);
  const now = Date.now();
  const resting = await restingState(db, settings, true, now);
  if (resting) throw arenaRestingError(resting, now);
  if (!(await reserveVisitorPaidCalls(db, settings, visitor, 1, now))) throw visitorBudgetError(settings, now);
  // Another request may have taken the last call since the check above.
  if (!(await takePaidCall(db, settings, now))) throw arenaRestingError(restingAfter(settings.DAILY_PAID_JUDGE_CALLS, settings, true, now)!, now);
  const result = await generateResponse(c.env, input);
  if (!result.ok) throw new ApiError(502, 'generator_failed', `The response generator failed: ${result.failure.message}`);
  return c.json({ response: result.response });
});
