// Admin actions need `Authorization: Bearer <ADMIN_TOKEN>`. Without a configured token, admin is off (401 for all).
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';

export const requireAdmin: MiddlewareHandler<{ Bindings: Env }> = async (c, next) => {
  const expected = c.env.ADMIN_TOKEN;
  const given = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1] ?? '';
  if (!expected || !(await sameSecret(given, expected))) {
    throw new ApiError(401, 'unauthorized', 'This action needs an admin token: send Authorization: Bearer <token>.', {
      'WWW-Authenticate': 'Bearer',
    });
  }
  await next();
};

/** Compares digests, so the comparison time does not depend on where the strings first differ. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [da, db] = await Promise.all([crypto.subtle.digest('SHA-256', enc.encode(a)), crypto.subtle.digest('SHA-256', enc.encode(b))]);
  const x = new Uint8Array(da);
  const y = new Uint8Array(db);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i] ^ y[i];
  return diff === 0;
}
