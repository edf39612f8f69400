// Admin actions need `Authorization: Bearer <ADMIN_TOKEN>` (Hono's bearerAuth, comparing in constant time).
// Without a configured token, admin is off: every call is 401.
import type { Context } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { timingSafeEqual } from 'hono/utils/buffer';
import { errorBody } from '../errors';

// bearerAuth answers a malformed header with 400; ours is 401 like any other missing credential.
const unauthorized = (c: Context) =>
  c.json(errorBody('unauthorized', 'This action needs an admin token: send Authorization: Bearer <token>.'), 401);

export const requireAdmin = bearerAuth({
  verifyToken: async (token, c: Context<{ Bindings: Env }>) => {
    const expected = c.env.ADMIN_TOKEN;
    return Boolean(expected) && (await timingSafeEqual(expected!, token));
  },
  noAuthenticationHeader: { message: unauthorized },
  invalidAuthenticationHeader: { message: unauthorized },
  invalidToken: { message: unauthorized },
});
