// The one way to get a runnable Judge for a registry entry.
import { judgeFailure } from './failures';
import type { JudgeModel } from './judge-model';
import { createOfflineJudge, DEFAULT_OFFLINE_CHUNK_DELAY_MS } from './offline/offline-judge';
import { offlineGrader } from './offline/offline-judges';
import { createOpenAIJudge } from './openai-judge';
import { providerConfig } from './providers';
import { allJudgeModels } from './registry';
import { callTimeouts } from './timeouts';
import type { Judge } from './types';

export interface CreateJudgeOptions {
  /** Pause between streamed chunks of offline judges (default 30 ms so the UI visibly streams; 0 in tests). */
  offlineChunkDelayMs?: number;
}

/** A judge that always fails with `not_configured`, so callers never have to special-case a missing provider. */
function unavailableJudge(modelId: string, detail: string): Judge {
  return {
    modelId,
    evaluate: async () => ({ ok: false, failure: judgeFailure('not_configured', detail, { beforeFirstToken: true }) }),
  };
}

export function createJudge(model: JudgeModel, env: Env, options: CreateJudgeOptions = {}): Judge {
  if (model.kind === 'offline') {
    const grade = offlineGrader(model.id);
    if (!grade) return unavailableJudge(model.id, `no offline baseline with id "${model.id}"`);
    return createOfflineJudge(model.id, grade, options.offlineChunkDelayMs ?? DEFAULT_OFFLINE_CHUNK_DELAY_MS);
  }
  const provider = providerConfig(env, model.provider);
  if (!provider) return unavailableJudge(model.id, `provider "${model.provider}" is not configured (missing key or base URL)`);
  return createOpenAIJudge({ model, provider, timeouts: callTimeouts(env), knownModels: allJudgeModels(env) });
}
