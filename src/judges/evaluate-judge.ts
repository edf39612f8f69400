// Runs one judge on one task: the single place where a battle reaches a provider. Around the call it applies
// the judgment cache, the daily paid-call ceiling and the judge's health record.
import type { Settings } from '../config';
import type { Database } from '../db/client';
import { createJudge } from './create-judge';
import { findJudgeModel } from './registry';
import type { JudgeFailure, JudgeResult, JudgeTask, OnDelta } from './types';
import { recordJudgeFailure, recordJudgeSuccess } from './judge-health';
import { judgmentCacheKey, readCachedJudgment, storeCachedJudgment, streamChunks } from './judgment-cache';
import { takePaidCall } from './paid-calls';

export async function evaluateWithJudge(
  env: Env,
  db: Database,
  modelId: string,
  task: JudgeTask,
  onDelta: OnDelta,
  settings: Settings,
): Promise<JudgeResult & { cached?: boolean }> {
  const model = findJudgeModel(env, modelId);
  if (!model) return failed('not_configured', 'This judge is not available right now.', `unknown judge ${modelId}`);
  const judge = createJudge(model, env, { offlineChunkDelayMs: settings.OFFLINE_JUDGE_CHUNK_DELAY_MS });
  // Offline baselines cost nothing: no cache, no budget, no health record.
  if (model.kind === 'offline') return judge.evaluate(task, onDelta);

  const started = Date.now();
  const cacheKey = settings.JUDGMENT_CACHE === 'on' ? await judgmentCacheKey(model, task) : null;
  if (cacheKey) {
    const hit = await readCachedJudgment(db, cacheKey, task);
    if (hit) {
      for (const chunk of streamChunks(hit.reasoning)) onDelta(chunk, 'reasoning');
      for (const chunk of streamChunks(hit.text)) onDelta(chunk, 'answer');
      return { ok: true, cached: true, judgment: { ...hit, latencyMs: Date.now() - started } };
    }
  }
  if (!(await takePaidCall(db, settings, started))) {
    return failed('not_configured', "The arena has used today's judging budget. Please come back tomorrow.", 'daily paid-call ceiling reached');
  }

  const result = await judge.evaluate(task, onDelta);
  const now = Date.now();
  if (result.ok) {
    await recordJudgeSuccess(db, model.id);
    if (cacheKey) await storeCachedJudgment(db, cacheKey, model.id, result.judgment, now);
  } else {
    await recordJudgeFailure(db, model.id, result.failure, settings, now);
  }
  return result;
}

function failed(kind: JudgeFailure['kind'], message: string, detail: string): JudgeResult {
  return { ok: false, failure: { kind, message, detail, beforeFirstToken: true } };
}
