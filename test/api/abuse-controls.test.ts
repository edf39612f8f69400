// Rate limits, the optional Turnstile check, admin authentication and security headers.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { api, apiJson, fileIp, SAMPLE } from '../support/api';
import { fetchWith } from '../support/app-with-env';
import { TURNSTILE_TEST_SECRETS } from '../support/stub-openai/behaviours';
import { stubUrl } from '../support/stub-openai/client';
import staticHeaders from '../../web/public/_headers?raw';

const baseEnv = env as unknown as Env;

/**
 * The limiters count per wall-clock minute (miniflare aligns windows to the clock, like Cloudflare). Instead of
 * waiting for a fresh minute, run the burst and, if it crossed a minute boundary, run it once more from other
 * visitors: a burst takes well under a second, so the second run cannot cross one too.
 */
async function inOneWindow<T>(burst: (ips: { visitor: string; other: string }) => Promise<T>, ipBase: number): Promise<T> {
  const minute = (ms: number) => Math.floor(ms / 60_000);
  for (let run = 0; run < 2; run++) {
    // This file's own addresses (fileIp): the limiters' counts outlive a test file in the shared workerd, so a
    // literal address another file also sends from could take some of the burst's 30 before it starts.
    const ips = { visitor: fileIp(ipBase + 2 * run), other: fileIp(ipBase + 2 * run + 1) };
    // A margin either side: the limiter's clock and this isolate's may differ by a few milliseconds.
    const started = Date.now() - 250;
    const result = await burst(ips);
    if (minute(started) === minute(Date.now() + 250)) return result;
  }
  throw new Error('two bursts in a row crossed a minute boundary');
}

describe('rate limits', () => {
  it('limits battle creation per visitor with a friendly 429 that says when to retry', async () => {
    const { statuses, limited, otherStatus } = await inOneWindow(async ({ visitor, other }) => {
      const statuses: number[] = [];
      let limited: Response | null = null;
      for (let i = 0; i < 40 && !limited; i++) {
        const res = await api('/api/battles', { method: 'POST', json: SAMPLE, headers: { 'cf-connecting-ip': visitor } });
        statuses.push(res.status);
        if (res.status === 429) limited = res;
      }
      // Another visitor is not affected.
      const otherStatus = (await api('/api/battles', { method: 'POST', json: SAMPLE, headers: { 'cf-connecting-ip': other } })).status;
      return { statuses, limited, otherStatus };
    }, 77);
    expect(statuses.filter((s) => s === 201).length).toBe(30);
    expect(limited).not.toBeNull();
    expect(limited!.headers.get('retry-after')).toBe('60');
    const body = (await limited!.json()) as any;
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/wait a minute/);
    expect(otherStatus).toBe(201);
  });

  it('limits generated responses per visitor', async () => {
    const statuses = await inOneWindow(async ({ visitor }) => {
      const statuses = [];
      for (let i = 0; i < 12; i++) {
        statuses.push((await api('/api/responses', { method: 'POST', json: { input: 'hi' }, headers: { 'cf-connecting-ip': visitor } })).status);
      }
      return statuses;
    }, 90);
    expect(statuses.slice(0, 10).every((s) => s === 503)).toBe(true); // no generator configured here
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('Turnstile (optional)', () => {
  const withSecret = (secret: string) =>
    ({ ...baseEnv, TURNSTILE_SECRET_KEY: secret, TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_VERIFY_URL: `${stubUrl()}/turnstile/v0/siteverify` }) as Env;

  it('is off without a secret: no token needed', async () => {
    expect((await apiJson('/api/battles', { method: 'POST', json: SAMPLE })).status).toBe(201);
    expect((await apiJson('/api/config')).body.turnstileSiteKey).toBeNull();
  });

  it('passes with a token Cloudflare accepts, and publishes the site key', async () => {
    const res = await fetchWith(withSecret(TURNSTILE_TEST_SECRETS.pass), '/api/battles', { method: 'POST', json: { ...SAMPLE, turnstileToken: 'XXXX.DUMMY.TOKEN' } });
    expect(res.status).toBe(201);
    const config = await fetchWith(withSecret(TURNSTILE_TEST_SECRETS.pass), '/api/config');
    expect(config.json().turnstileSiteKey).toBe('1x00000000000000000000AA');
  });

  it('refuses a missing, failing or spent token with 403', async () => {
    const missing = await fetchWith(withSecret(TURNSTILE_TEST_SECRETS.pass), '/api/battles', { method: 'POST', json: SAMPLE });
    expect(missing.status).toBe(403);
    expect(missing.json().error.code).toBe('turnstile_required');
    for (const secret of [TURNSTILE_TEST_SECRETS.fail, TURNSTILE_TEST_SECRETS.spent]) {
      const res = await fetchWith(withSecret(secret), '/api/battles', { method: 'POST', json: { ...SAMPLE, turnstileToken: 'XXXX.DUMMY.TOKEN' } });
      expect(res.status).toBe(403);
      expect(res.json().error.code).toBe('turnstile_failed');
    }
  });
});

describe('admin actions', () => {
  const admin = { ...baseEnv, ADMIN_TOKEN: 'correct-horse-battery-staple' } as Env;

  it('answer 401 without the bearer token, or when no token is configured', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 'correct-horse-battery-staple' }] as Record<string, string>[]) {
      const res = await fetchWith(admin, '/api/admin/leaderboard/refresh', { method: 'POST', headers });
      expect(res.status).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
    const unconfigured = await fetchWith(baseEnv, '/api/admin/leaderboard/refresh', { method: 'POST', headers: { authorization: 'Bearer anything' } });
    expect(unconfigured.status).toBe(401);
  });

  it('refreshes the leaderboard and benches a judge with the token', async () => {
    const auth = { authorization: 'Bearer correct-horse-battery-staple' };
    const refresh = await fetchWith(admin, '/api/admin/leaderboard/refresh', { method: 'POST', headers: auth });
    expect(refresh.status).toBe(200);
    expect(refresh.json().updatedAt).toEqual(expect.any(String));

    const models = (await apiJson('/api/models')).body.models.filter((m: any) => m.active);
    const target = models[0].id;
    const bench = await fetchWith(admin, `/api/admin/judges/${target}/bench`, { method: 'POST', headers: auth, json: { minutes: 30 } });
    expect(bench.status).toBe(200);
    const status = (await apiJson('/api/status')).body;
    expect(status.judges.find((j: any) => j.id === target).state).toBe('benched');
    await fetchWith(admin, `/api/admin/judges/${target}/bench`, { method: 'POST', headers: auth, json: { minutes: 0 } });
    expect((await apiJson('/api/status')).body.judges.find((j: any) => j.id === target).state).toBe('ok');
  });
});

describe('security headers', () => {
  it('are on every worker response: JSON, errors and streams', async () => {
    const { body } = await apiJson('/api/battles', { method: 'POST', json: SAMPLE, headers: { 'cf-connecting-ip': '198.51.100.99' } });
    for (const path of ['/api/models', '/api/nope', `/api/battles/${body.battle.id}/stream`]) {
      const res = await api(path);
      await res.text();
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    }
  });

  it('are the same for the worker and for static files (web/public/_headers)', async () => {
    const res = await api('/api/models');
    await res.text();
    const declared = new Map(
      [...staticHeaders.matchAll(/^\s+([A-Za-z-]+): (.+)$/gm)].map(([, name, value]) => [name.toLowerCase(), value.trim()]),
    );
    expect([...declared.keys()]).toContain('content-security-policy');
    // Both ways: every security header either side sends (all Hono's secureHeaders can set), with the same value.
    const securityHeaderNames = [
      'content-security-policy', 'cross-origin-embedder-policy', 'cross-origin-opener-policy', 'cross-origin-resource-policy',
      'origin-agent-cluster', 'referrer-policy', 'strict-transport-security', 'x-content-type-options', 'x-dns-prefetch-control',
      'x-download-options', 'x-frame-options', 'x-permitted-cross-domain-policies', 'x-xss-protection', 'permissions-policy',
    ];
    for (const name of securityHeaderNames) expect(res.headers.get(name), name).toBe(declared.get(name) ?? null);
    for (const name of declared.keys()) expect(securityHeaderNames, name).toContain(name);
  });

  it('battle, stream and vote answers are never cached, errors included', async () => {
    const created = await apiJson('/api/battles', { method: 'POST', json: SAMPLE, headers: { 'cf-connecting-ip': '198.51.100.97' } });
    const id = created.body.battle.id;
    const answers = [
      created.res,
      await api(`/api/battles/${id}/stream`),
      await api(`/api/battles/${id}`),
      await api(`/api/battles/${id}/vote`, { method: 'POST', json: { choice: 'A' } }),
      await api(`/api/battles/${crypto.randomUUID()}`),
    ];
    for (const res of answers) {
      await res.text().catch(() => '');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    expect((await api('/api/leaderboard')).headers.get('cache-control')).toMatch(/max-age=60/);
  });

  it('returns HTML in a custom sample as inert JSON text', async () => {
    const xss = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const res = await api('/api/battles', { method: 'POST', json: { input: xss, response: xss }, headers: { 'cf-connecting-ip': '198.51.100.98' } });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as any;
    expect(body.battle.input).toBe(xss);
  });
});
