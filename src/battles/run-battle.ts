// Runs the two judges of a battle side by side, streams what they write, stores the results.
// I/O is injected (evaluate, replacement choice, storage) so the orchestration is testable on its own.
import type { FormatVerdict } from '../judges/judge-formats';
import { recordedShownOrder, taskAsShown, verdictInVisitorOrder, type ShownOrder } from '../judges/pairwise-order';
import type { JudgeFailure, JudgeResult, JudgeTask, Judgment, OnDelta } from '../judges/types';
import type { BattleEvent } from '../shared/api-types';
import type { JudgmentOutcome, Position, StoredBattle, StoredContent } from './battle-store';
import { POSITIONS } from './battle-store';
import { formatTexts } from './battle-content';
import { storedVerdictFields, verdictFields, type VerdictFields } from './stored-verdict';

/** How many times a position may silently switch to another judge when its judge fails before writing anything. */
export const MAX_FAILOVERS = 2;

export interface RunBattleDeps {
  /** Evaluates `task` with judge `modelId`, streaming through `onDelta`. */
  evaluate(modelId: string, task: JudgeTask, onDelta: OnDelta): Promise<JudgeResult & { cached?: boolean }>;
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
  /** What each judge reasoned before its answer ('' or null when nothing), shown to the visitor like the critique. */
  reasonings: Record<Position, string | null>;
  /** likert's scores (null for the other formats and failed judgments). */
  scores: Record<Position, number | null>;
}

/** The battle as a task in the visitor's order (pairwise: the responses as the visitor sees them). */
export function taskOf(battle: StoredContent): JudgeTask {
  return { input: battle.input, ...(battle.reference ? { reference: battle.reference } : {}), ...formatTexts(battle) };
}

/** The task as one judge is shown it: pairwise in the order drawn for its position, the others as they are. */
export function taskForJudge(task: JudgeTask, shownOrder: ShownOrder | null): JudgeTask {
  return task.format === 'pairwise' ? { ...taskAsShown(task, recordedShownOrder(shownOrder)), format: 'pairwise' } : task;
}

/** A judge's verdict in the visitor's terms: pairwise mapped back from the order the judge was shown. */
function verdictForVisitor(verdict: FormatVerdict, shownOrder: ShownOrder | null): FormatVerdict {
  return verdict.format === 'pairwise' ? { format: 'pairwise', verdict: verdictInVisitorOrder(verdict.verdict, recordedShownOrder(shownOrder)) } : verdict;
}

/** pairwise (a recorded `shownOrder`): the order the critique's "first" and "second" refer to, next to the verdict. */
function judgmentEvent(judge: Position, fields: VerdictFields, critique: string, reasoning: string | null, shownOrder: ShownOrder | null): BattleEvent {
  return { type: 'judgment', judge, ...fields, critique, ...(reasoning ? { reasoning } : {}), ...(shownOrder ? { shownOrder } : {}) } as BattleEvent;
}

export async function runBattle(battle: StoredBattle, emit: (e: BattleEvent) => void, deps: RunBattleDeps): Promise<void> {
  const task = taskOf(battle);
  const inBattle = [battle.modelA, battle.modelB];

  const finalModels: Record<Position, string> = { A: battle.modelA, B: battle.modelB };
  const critiques: Record<Position, string | null> = { A: null, B: null };
  const reasonings: Record<Position, string | null> = { A: null, B: null };
  const scores: Record<Position, number | null> = { A: null, B: null };

  async function runPosition(position: Position): Promise<boolean> {
    let modelId = battle.judgments[position].modelId;
    const shownOrder = battle.judgments[position].shownOrder;
    for (let failovers = 0; ; failovers++) {
      let shown = '';
      let reasoningShown = '';
      const started = Date.now();
      const result = await deps.evaluate(modelId, taskForJudge(task, shownOrder), (text, part) => {
        if (part === 'reasoning') {
          reasoningShown += text;
          emit({ type: 'reasoning', judge: position, text });
        } else {
          shown += text;
          emit({ type: 'delta', judge: position, text });
        }
      });
      if (result.ok) {
        const judgment: Judgment = { ...result.judgment, verdict: verdictForVisitor(result.judgment.verdict, shownOrder) };
        await deps.saveJudgment(position, { ok: true, judgment, cached: result.cached ?? false });
        critiques[position] = judgment.critique;
        reasonings[position] = judgment.reasoning;
        scores[position] = judgment.verdict.format === 'likert' ? judgment.verdict.score : null;
        emit(judgmentEvent(position, verdictFields(judgment.verdict), judgment.critique, judgment.reasoning, shownOrder));
        return true;
      }
      // Nothing was shown yet: swap in another judge; the visitor sees no difference and anonymity holds.
      if (shown === '' && reasoningShown === '' && failovers < MAX_FAILOVERS) {
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
      await deps.saveJudgment(position, { ok: false, failure: result.failure, text: shown, reasoning: reasoningShown, latencyMs });
      emit({ type: 'judge_error', judge: position, message: result.failure.message });
      return false;
    }
  }

  const results = await Promise.all(POSITIONS.map(runPosition));
  await deps.finishRun({ bothComplete: results.every(Boolean), models: finalModels, critiques, reasonings, scores });
}

/** The events that replay a finished battle from storage, identical in meaning to the live ones. */
export function replayEvents(battle: Pick<StoredBattle, 'judgments'>): BattleEvent[] {
  const events: BattleEvent[] = [];
  for (const position of POSITIONS) {
    const j = battle.judgments[position];
    if (j.reasoning) events.push({ type: 'reasoning', judge: position, text: j.reasoning });
    if (j.text) events.push({ type: 'delta', judge: position, text: j.text });
    if (j.status === 'complete') {
      events.push(judgmentEvent(position, storedVerdictFields(j), j.critique ?? '', j.reasoning, j.shownOrder));
    } else {
      events.push({ type: 'judge_error', judge: position, message: j.errorMessage ?? 'This judge did not finish.' });
    }
  }
  events.push({ type: 'done' });
  return events;
}
