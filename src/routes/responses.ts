import { Hono } from 'hono';
import { ApiError } from '../errors';
import { generateResponse, isResponseGeneratorConfigured } from '../judges/generators';
import { jsonBody, validate } from '../http/validation';
import { generateResponseSchema } from '../shared/request-schemas';
import { enforceRateLimit } from '../http/rate-limit';
import { visitorId } from '../http/visitor';

export const responseRoutes = new Hono<{ Bindings: Env }>();

/** The "Generate AI response" button: an answer to a custom input from the configured generator model. */
responseRoutes.post('/', jsonBody, validate('json', generateResponseSchema), async (c) => {
  const { input } = c.req.valid('json');
  await enforceRateLimit(c.env, 'response', await visitorId(c.req.raw, c.env));
  if (!isResponseGeneratorConfigured(c.env)) {
    throw new ApiError(503, 'not_configured', 'No response generator is configured on this server. Write the AI response yourself.');
  }
  const result = await generateResponse(c.env, input);
  if (!result.ok) throw new ApiError(502, 'generator_failed', `The response generator failed: ${result.failure.message}`);
  return c.json({ response: result.response });
});
