import { Hono } from 'hono';
import { hasPaidJudges } from '../judges/registry';
import { recentRestingState } from '../judges/paid-calls-cache';
import { readSettings } from '../config';
import { database } from '../db/client';
import { isTurnstileEnabled } from '../http/turnstile';
import { isResponseGeneratorConfigured } from '../judges/generators';
import { LIMITS } from '../shared/limits';

export const configRoutes = new Hono<{ Bindings: Env }>();

/** What the website needs to know about this deployment. Nothing secret; the resting state is at most 30 s old (paid-calls-cache.ts). */
configRoutes.get('/', async (c) => {
  c.header('Cache-Control', 'no-store');
  const settings = readSettings(c.env);
  return c.json({
    responseGenerator: isResponseGeneratorConfigured(c.env),
    turnstileSiteKey: isTurnstileEnabled(c.env) ? (c.env.TURNSTILE_SITE_KEY ?? null) : null,
    limits: { maxTextChars: LIMITS.maxTextChars, maxRubricChars: LIMITS.maxRubricChars },
    preliminaryVotes: settings.PRELIMINARY_VOTES,
    resting: await recentRestingState(database(c.env.DB), settings, hasPaidJudges(c.env), Date.now()),
  });
});
