// The real I/O behind runBattle: judges through evaluateWithJudge, replacements from the pairing pool, results in
// D1 through the battle store, and the hand-over of a judged battle to the vote ledger.
import type { Database } from '../db/client';
import { readSettings } from '../config';
import { pairingCandidates } from './pairing-candidates';
import { evaluateWithJudge } from '../judges/evaluate-judge';
import { voteLedger } from '../votes/cast-vote';
import { finishRun, replaceJudge, saveJudgment, type StoredBattle } from './battle-store';
import { pickWeighted } from './pairing';
import type { RunBattleDeps } from './run-battle';

export function runBattleDeps(env: Env, db: Database, battle: StoredBattle): RunBattleDeps {
  const settings = readSettings(env);
  return {
    evaluate: (modelId, task, onDelta) => evaluateWithJudge(env, db, modelId, task, onDelta, settings),
    pickReplacement: async (exclude) => {
      const pool = (await pairingCandidates(env, db, Date.now())).filter((c) => !exclude.includes(c.id));
      return pickWeighted(pool, Math.random)?.id ?? null;
    },
    replaceJudge: (position, modelId, replaced) => replaceJudge(db, battle.id, position, modelId, { ...replaced, now: Date.now() }),
    saveJudgment: (position, outcome) => saveJudgment(db, battle.id, position, outcome, Date.now()),
    finishRun: async ({ bothComplete, models, critiques, reasonings, scores }) => {
      const judgedAt = Date.now();
      await finishRun(db, battle.id, bothComplete, judgedAt);
      if (!bothComplete) return;
      // Hand the battle to the vote ledger so the vote needs no D1 read (best effort: it can read D1 itself).
      await voteLedger(env)
        .rememberBattle(battle.id, {
          modelA: models.A,
          modelB: models.B,
          createdAt: battle.createdAt,
          judgedAt,
          critiques: [critiques.A ?? '', critiques.B ?? ''],
          reasonings: [reasonings.A ?? '', reasonings.B ?? ''],
          promptHash: battle.promptHash,
          visitorId: battle.visitorId,
          scores: [scores.A, scores.B],
          slice: { format: battle.format, category: battle.category },
        })
        .catch((err) => console.warn('vote ledger did not take the battle', { battle: battle.id, error: String(err) }));
    },
  };
}
