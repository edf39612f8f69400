// How many paid calls a battle's judges will make, known when the battle is created (before any call): one per LLM
// judge whose judgment is not already in the judgment cache. Offline baselines and cache hits cost nothing.
import type { Settings } from '../config';
import type { Database } from '../db/client';
import { cachedKeysAmong, judgmentCacheKey } from './judgment-cache';
import { findJudgeModel } from './registry';
import type { JudgeTask } from './types';

export async function paidCallsForBattle(
  env: Env,
  db: Database,
  settings: Settings,
  judgeIds: readonly string[],
  /** The task as each judge (same index) will be shown it: pairwise orders differ per judge. */
  tasks: readonly JudgeTask[],
): Promise<number> {
  const paid = judgeIds.flatMap((id, i) => {
    const model = findJudgeModel(env, id);
    return model?.kind === 'llm' ? [{ model, task: tasks[i]! }] : [];
  });
  if (paid.length === 0 || settings.JUDGMENT_CACHE !== 'on') return paid.length;
  // The run (evaluate-judge.ts, in BattleRun, often another request) hashes each key again: passing these on would
  // need a column in judgments, and a failover's replacement judge needs a key of its own anyway.
  const keys = await Promise.all(paid.map(({ model, task }) => judgmentCacheKey(model, task)));
  return paid.length - (await cachedKeysAmong(db, keys)).size;
}
