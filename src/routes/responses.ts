import { Hono } from 'hono';
import { readSettings } from '../config';
import { database } from '../db/client';
import { ApiError } from '../errors';
import { generateResponse, isResponseGeneratorConfigured } from '../judges/generators';
import { admitGeneratedResponse } from '../judges/response-admission';
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
  await admitGeneratedResponse(database(c.env.DB), readSettings(c.env), visitor, Date.now());
  const result = await generateResponse(c.env, input);
  if (!result.ok) throw new ApiError(502, 'generator_failed', `The response generator failed: ${result.failure.message}`);
  return c.json({ response: result.response });
});
