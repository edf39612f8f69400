// What a real battle records for the performance figures, through the BattleRun path against the stub provider:
// the provider's token usage from its usage chunk, an estimate (marked) without it, time to first token, and a
// failure that a failover replaced, kept for the failed judge without its battle.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { STUB_USAGE } from '../support/stub-openai/behaviours';
import { battleBetween, streamWith } from '../support/app-with-env';
import { stubEnv, stubModel } from '../support/stub-openai/client';

const DB = (env as unknown as Env).DB;

const judge = (behaviour: string, supportsStreamUsage?: boolean) => ({
  id: `rec-${behaviour}-${crypto.randomUUID().slice(0, 6)}`,
  providerModel: stubModel(behaviour),
  supportsStreamUsage,
});

const judgmentRow = (battleId: string, position: 'A' | 'B') =>
  DB.prepare('SELECT model_id, status, latency_ms, ttft_ms, input_tokens, output_tokens, usage_estimated, failure_kind FROM judgments WHERE battle_id = ? AND position = ?')
    .bind(battleId, position)
    .first<Record<string, number | string | null>>();

describe('performance recorded with each judgment', () => {
  it("stores the provider's usage when it sends a usage chunk, and an estimate marked as such when it does not", async () => {
    const reports = judge('ok-usage', true);
    const silent = judge('ok', true);
    const id = await battleBetween([reports.id, silent.id], { input: `Usage ${crypto.randomUUID()}`, response: 'An answer.' });
    await streamWith(stubEnv([reports, silent]), id);

    const a = await judgmentRow(id, 'A');
    expect(a).toMatchObject({ status: 'complete', input_tokens: STUB_USAGE.prompt_tokens, output_tokens: STUB_USAGE.completion_tokens, usage_estimated: 0, failure_kind: null });
    expect(a!.ttft_ms).toEqual(expect.any(Number));
    expect(a!.ttft_ms as number).toBeLessThanOrEqual(a!.latency_ms as number);
    const b = await judgmentRow(id, 'B');
    expect(b).toMatchObject({ status: 'complete', usage_estimated: 1 });
    expect(b!.input_tokens as number).toBeGreaterThan(50);
  });

  it('keeps a failure a failover replaced, and records the failure kind of one shown to the visitor', async () => {
    const failing = judge('http400');
    const partner = judge('ok');
    const standIn = judge('ok-prose');
    const id = await battleBetween([failing.id, partner.id], { input: `Failover ${crypto.randomUUID()}`, response: 'An answer.' });
    await streamWith(stubEnv([failing, partner, standIn]), id);

    expect(await judgmentRow(id, 'A')).toMatchObject({ model_id: standIn.id, status: 'complete' });
    const replaced = await DB.prepare('SELECT failure_kind, latency_ms FROM replaced_failures WHERE model_id = ?').bind(failing.id).all();
    expect(replaced.results).toEqual([{ failure_kind: 'http', latency_ms: expect.any(Number) }]);

    // With no judge left to take over, the failure is the position's judgment, with its kind.
    const alone = judge('http500');
    const other = judge('ok');
    const shown = await battleBetween([alone.id, other.id], { input: `Shown ${crypto.randomUUID()}`, response: 'An answer.' });
    await streamWith(stubEnv([alone, other], { JUDGE_BENCH_AFTER_FAILURES: '100' } as Partial<Env>), shown);
    expect(await judgmentRow(shown, 'A')).toMatchObject({ model_id: alone.id, status: 'error', failure_kind: 'http' });
  });
});
