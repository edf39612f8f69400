import { exports, env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

describe('worker', () => {
  it('answers health and 404 json', async () => {
    const res = await exports.default.fetch('http://x/api/health');
    expect(await res.json()).toEqual({ ok: true });
    const nf = await exports.default.fetch('http://x/api/nope');
    expect(nf.status).toBe(404);
    expect(((await nf.json()) as any).error.code).toBe('not_found');
    const rows = await env.DB.prepare('select count(*) as n from battles').first();
    expect(rows).toEqual({ n: 0 });
  });
});
