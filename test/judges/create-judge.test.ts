// The registry and createJudge together, as the battle code uses them.
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import { createJudge } from '../../src/judges/create-judge';
import { availableJudgeModels } from '../../src/judges/registry';
import { stubEnv, stubModel } from '../support/stub-openai/client';
import { FRANCE_TASK, task } from './fixtures';

describe('createJudge', () => {
  it('runs every judge available on a fresh clone (offline baselines) end to end', async () => {
    const fresh = { ...(env as unknown as Env), OFFLINE_JUDGES: 'auto' };
    const models = availableJudgeModels(fresh);
    expect(models.length).toBeGreaterThanOrEqual(3);
    const onTopic: number[] = [];
    const offTopic: number[] = [];
    for (const model of models) {
      const judge = createJudge(model, fresh, { offlineChunkDelayMs: 0 });
      expect(judge.modelId).toBe(model.id);
      const deltas: string[] = [];
      const good = await judge.evaluate(FRANCE_TASK, (d) => deltas.push(d));
      const bad = await judge.evaluate(task({ response: 'I enjoy long walks on the beach.' }), () => {});
      if (!good.ok || !bad.ok) throw new Error('offline judges never fail');
      expect(deltas.join('')).toBe(good.judgment.text);
      onTopic.push(good.judgment.verdict.format === 'likert' ? good.judgment.verdict.score : NaN);
      offTopic.push(bad.judgment.verdict.format === 'likert' ? bad.judgment.verdict.score : NaN);
    }
    onTopic.forEach((score, i) => expect(score).toBeGreaterThan(offTopic[i]));
  });

  it('streams offline judges with a visible pace by default', async () => {
    const fresh = env as unknown as Env;
    const [model] = availableJudgeModels({ ...fresh, OFFLINE_JUDGES: 'on' }).filter((m) => m.kind === 'offline');
    vi.useFakeTimers();
    try {
      const started = Date.now();
      const stamps: number[] = [];
      const done = createJudge(model, fresh).evaluate(FRANCE_TASK, () => stamps.push(Date.now() - started));
      await vi.runAllTimersAsync();
      await done;
      expect(stamps.length).toBeGreaterThan(3);
      stamps.slice(1).forEach((stamp, i) => expect(stamp - stamps[i]).toBeGreaterThanOrEqual(25));
    } finally {
      vi.useRealTimers();
    }
  });

  it('builds an LLM judge from EXTRA_JUDGES alone, with no code change', async () => {
    const envWithJudge = stubEnv([{ id: 'operator-added', providerModel: stubModel('ok') }]);
    const [model] = availableJudgeModels(envWithJudge);
    expect(model.id).toBe('operator-added');
    const result = await createJudge(model, envWithJudge).evaluate(FRANCE_TASK, () => {});
    expect(result.ok).toBe(true);
  });
});
