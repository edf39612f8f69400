// GET /api/config tells the site the deployment's own settings it states (About page: the preliminary threshold).
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config';
import { fetchWith } from '../support/app-with-env';

describe('GET /api/config', () => {
  it('carries the PRELIMINARY_VOTES setting', async () => {
    const testEnv = env as unknown as Env;
    expect((await fetchWith(testEnv, '/api/config')).json().preliminaryVotes).toBe(readSettings(testEnv).PRELIMINARY_VOTES);
    expect((await fetchWith({ ...testEnv, PRELIMINARY_VOTES: '42' } as Env, '/api/config')).json().preliminaryVotes).toBe(42);
  });
});
