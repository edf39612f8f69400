import { Hono } from 'hono';
import { isResponseGeneratorConfigured } from '../judges/generators';
import { LIMITS } from '../limits';

export const configRoutes = new Hono<{ Bindings: Env }>();

/** What the website needs to know about this deployment. Nothing secret. */
configRoutes.get('/', (c) =>
  c.json({
    responseGenerator: isResponseGeneratorConfigured(c.env),
    turnstileSiteKey: c.env.TURNSTILE_SECRET_KEY && c.env.TURNSTILE_SITE_KEY ? c.env.TURNSTILE_SITE_KEY : null,
    limits: { maxTextChars: LIMITS.maxTextChars, maxRubricChars: LIMITS.maxRubricChars },
    resting: null,
  }),
);
