// A visitor id: a salted hash of the connecting IP, with the salt rotated daily. The raw IP is never stored.

/** Falls back to a fixed development salt when VISITOR_SALT is not set (local runs); production sets a secret. */
const DEV_SALT = 'judge-arena-development-salt';

export async function visitorId(request: Request, env: Env, now = Date.now()): Promise<string | null> {
  const ip = request.headers.get('cf-connecting-ip');
  if (!ip) return null;
  const day = new Date(now).toISOString().slice(0, 10);
  const data = new TextEncoder().encode(`${env.VISITOR_SALT ?? DEV_SALT}|${day}|${ip}`);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
}
