// Per-visitor rate limits through the Workers Rate Limiting bindings, with a friendly 429 that says when to retry.
import { ApiError } from '../errors';

export type LimitedAction = 'battle' | 'vote' | 'response';

const LIMITERS: Record<LimitedAction, { binding: 'BATTLE_RATE_LIMITER' | 'VOTE_RATE_LIMITER' | 'RESPONSE_RATE_LIMITER'; what: string }> = {
  battle: { binding: 'BATTLE_RATE_LIMITER', what: 'starting battles' },
  vote: { binding: 'VOTE_RATE_LIMITER', what: 'voting' },
  response: { binding: 'RESPONSE_RATE_LIMITER', what: 'generating responses' },
};

/** The limiters count per minute (period 60 in wrangler.toml), so a minute is always long enough to wait. */
const RETRY_AFTER_SECONDS = 60;

export async function enforceRateLimit(env: Env, action: LimitedAction, visitorId: string | null): Promise<void> {
  const { binding, what } = LIMITERS[action];
  const limiter = env[binding];
  if (!limiter || !visitorId) return;
  const { success } = await limiter.limit({ key: `${action}:${visitorId}` });
  if (!success) {
    throw new ApiError(429, 'rate_limited', `You are ${what} faster than the arena allows. Please wait a minute and try again.`, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
  }
}
