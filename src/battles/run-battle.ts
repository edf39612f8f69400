// Runs the two judges of a battle side by side, streams what they write, stores the results.
// I/O is injected (evaluate, replacement choice, storage) so the orchestration is testable on its own.
import type { JudgeFailure, JudgeResult, JudgeTask } from '../judges/types';
import type { BattleEvent } from '../shared/api-types';
import type { JudgmentOutcome, Position, StoredBattle } from './battle-store';
import { POSITIONS } from './battle-store';

/** How many times a position may silently switch to another judge when its judge fails before writing anything. */
export const MAX_FAILOVERS = 2;

export interface RunBattleDeps {
  /** Evaluates `task` with judge `modelId`, streaming through `onDelta`. */
  evaluate(modelId: string, task: JudgeTask, onDelta: (text: string) => void): Promise<JudgeResult & { cached?: boolean }>;
  /** Another available judge not in `exclude`, or null. */
  pickReplacement(exclude: readonly string[]): Promise<string | null>;
  /** `replaced`: the failure that made the judge being replaced give up, kept for its failure rate. */
  replaceJudge(position: Position, modelId: string, replaced: { modelId: string; failure: JudgeFailure; latencyMs: number }): Promise<void>;
  saveJudgment(position: Position, outcome: JudgmentOutcome): Promise<void>;
  finishRun(result: RunResult): Promise<void>;
}

/** How a run ended: who finally sat in each position (after any failover) and what they wrote. */
export interface RunResult {
  bothComplete: boolean;
  models: Record<Position, string>;
  critiques: Record<Position, string | null>;
  scores: Record<Position, number | null>;
}

export function taskOf(battle: Pick<StoredBattle, 'input' | 'response' | 'reference' | 'rubric'>): JudgeTask {
  return {
    input: battle.input,
    response: battle.response,
    ...(battle.reference ? { reference: battle.reference } : {}),
    rubric: battle.rubric,
  };
}

export async function runBattle(battle: StoredBattle, emit: (e: BattleEvent) => void, deps: RunBattleDeps): Promise<void> {
  const task = taskOf(battle);
  const inBattle = [battle.modelA, battle.modelB];

  const finalModels: Record<Position, string> = { A: battle.modelA, B: battle.modelB };
  const critiques: Record<Position, string | null> = { A: null, B: null };
  const scores: Record<Position, number | null> = { A: null, B: null };

  async function runPosition(position: Position): Promise<boolean> {
    let modelId = battle.judgments[position].modelId;
    for (let failovers = 0; ; failovers++) {
      let shown = '';
      const started = Date.now();
      const result = await deps.evaluate(modelId, task, (text) => {
        shown += text;
        emit({ type: 'delta', judge: position, text });
      });
      if (result.ok) {
        await deps.saveJudgment(position, { ok: true, judgment: result.judgment, cached: result.cached ?? false });
        critiques[position] = result.judgment.critique;
        scores[position] = result.judgment.score;
        emit({ type: 'judgment', judge: position, score: result.judgment.score, critique: result.judgment.critique });
        return true;
      }
      // Nothing was shown yet: swap in another judge; the visitor sees no difference and anonymity holds.
      if (shown === '' && failovers < MAX_FAILOVERS) {
        const next = await deps.pickReplacement(inBattle);
        if (next) {
          inBattle.push(next);
          await deps.replaceJudge(position, next, { modelId, failure: result.failure, latencyMs: Date.now() - started });
          modelId = next;
          finalModels[position] = next;
          continue;
        }
      }
      const latencyMs = Date.now() - started;
      await deps.saveJudgment(position, { ok: false, failure: result.failure, text: shown, latencyMs });
      emit({ type: 'judge_error', judge: position, message: result.failure.message });
      return false;
    }
  }

  const results = await Promise.all(POSITIONS.map(runPosition));
  await deps.finishRun({ bothComplete: results.every(Boolean), models: finalModels, critiques, scores });
}

/** The events that replay a finished battle from storage, identical in meaning to the live ones. */
export function replayEvents(battle: StoredBattle): BattleEvent[] {
  const events: BattleEvent[] = [];
  for (const position of POSITIONS) {
    const j = battle.judgments[position];
    if (j.text) events.push({ type: 'delta', judge: position, text: j.text });
    if (j.status === 'complete') {
      events.push({ type: 'judgment', judge: position, score: j.score!, critique: j.critique ?? '' });
    } else {
      events.push({ type: 'judge_error', judge: position, message: j.errorMessage ?? 'This judge did not finish.' });
    }
  }
  events.push({ type: 'done' });
  return events;
}
