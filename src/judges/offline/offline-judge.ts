// Wraps an offline grading function as a Judge that streams its critique in small chunks, like an LLM would. A
// baseline has no reasoning section: everything it writes is answer. A pairwise verdict is relative to the order the
// task gives the responses (the run path maps it to the visitor's order, as for any judge).
import { abortableSleep } from '../abortable-sleep';
import { judgeFailure } from '../failures';
import type { Judge, JudgeTask, OnDelta } from '../types';
import type { OfflineVerdict } from './verdict';

/** Default pause between streamed chunks, so the UI visibly streams; tests pass 0. */
export const DEFAULT_OFFLINE_CHUNK_DELAY_MS = 30;

/** Splits text into chunks of a few words, keeping the whitespace so that joining them gives the text back. */
export function streamingChunks(text: string, wordsPerChunk = 3): string[] {
  const tokens = text.match(/\S+\s*/g) ?? [];
  const leading = text.match(/^\s+/)?.[0] ?? '';
  const chunks: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) chunks.push(tokens.slice(i, i + wordsPerChunk).join(''));
  if (leading && chunks.length) chunks[0] = leading + chunks[0];
  return chunks;
}

export function createOfflineJudge(
  modelId: string,
  grade: (task: JudgeTask) => OfflineVerdict,
  chunkDelayMs = DEFAULT_OFFLINE_CHUNK_DELAY_MS,
): Judge {
  return {
    modelId,
    async evaluate(task: JudgeTask, onDelta: OnDelta, signal?: AbortSignal) {
      const started = Date.now();
      const verdict = grade(task);
      let streamed = '';
      for (const chunk of streamingChunks(verdict.critique)) {
        if (chunkDelayMs > 0 && !(await abortableSleep(chunkDelayMs, signal))) {
          return { ok: false, failure: judgeFailure('cancelled', 'offline judge: aborted by caller', { beforeFirstToken: streamed === '' }) };
        }
        if (signal?.aborted) {
          return { ok: false, failure: judgeFailure('cancelled', 'offline judge: aborted by caller', { beforeFirstToken: streamed === '' }) };
        }
        streamed += chunk;
        onDelta(chunk, 'answer');
      }
      return {
        ok: true,
        judgment: { verdict: verdict.verdict, critique: verdict.critique, reasoning: '', text: streamed, latencyMs: Date.now() - started },
      };
    },
  };
}
