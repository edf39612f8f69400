// Runs one judge on one task. The single place where a battle reaches a provider.
import type { Settings } from '../config';
import type { Database } from '../db/client';
import { createJudge } from '../judges/create-judge';
import { findJudgeModel } from '../judges/registry';
import type { JudgeResult, JudgeTask } from '../judges/types';

export async function evaluateWithJudge(
  env: Env,
  db: Database,
  modelId: string,
  task: JudgeTask,
  onDelta: (text: string) => void,
  settings: Settings,
): Promise<JudgeResult & { cached?: boolean }> {
  const model = findJudgeModel(env, modelId);
  if (!model) {
    return {
      ok: false,
      failure: { kind: 'not_configured', message: 'This judge is not available right now.', detail: `unknown judge ${modelId}`, beforeFirstToken: true },
    };
  }
  const judge = createJudge(model, env, { offlineChunkDelayMs: settings.OFFLINE_JUDGE_CHUNK_DELAY_MS });
  return judge.evaluate(task, onDelta);
}
