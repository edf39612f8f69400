// Optional Cloudflare Turnstile check on battle creation: on only when TURNSTILE_SECRET_KEY is configured.
import * as z from '../shared/zod';
import { ApiError } from '../errors';

const SITEVERIFY_URL = 'https://challenges.cloudflare.com/turnstile/v0/siteverify';
const siteverifyAnswer = z.object({ success: z.boolean(), 'error-codes': z.optional(z.array(z.string())) });

export function isTurnstileEnabled(env: Env): boolean {
  return Boolean(env.TURNSTILE_SECRET_KEY);
}

export async function verifyTurnstile(env: Env, token: string | undefined, remoteIp: string | null): Promise<void> {
  if (!isTurnstileEnabled(env)) return;
  if (!token) throw new ApiError(403, 'turnstile_required', 'Please complete the human check before running the judges.');
  const form = new FormData();
  form.set('secret', env.TURNSTILE_SECRET_KEY!);
  form.set('response', token);
  if (remoteIp) form.set('remoteip', remoteIp);
  let answer: z.output<typeof siteverifyAnswer>;
  try {
    const res = await fetch(env.TURNSTILE_VERIFY_URL ?? SITEVERIFY_URL, { method: 'POST', body: form });
    answer = siteverifyAnswer.parse(await res.json());
  } catch (err) {
    console.error('turnstile siteverify unreachable', { error: String(err) });
    throw new ApiError(503, 'turnstile_unavailable', 'The human check could not be verified right now. Please try again in a moment.');
  }
  if (!answer.success) {
    throw new ApiError(403, 'turnstile_failed', 'The human check failed or expired. Please complete it again.');
  }
}
