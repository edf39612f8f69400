// An LLM judge behind an OpenAI-compatible API: the format's prompt -> streamed call -> visible reasoning and
// critique -> the verdict parsed in the task's format.
import { streamChat } from './chat-stream';
import { createFeedbackStream } from './feedback-stream';
import { buildFormatMessages } from './format-prompt';
import { createIdentityRedactor, identityTerms, redactIdentities } from './identity-redactor';
import { formatTaskTexts } from './judge-formats';
import type { JudgeModel } from './judge-model';
import { parseVerdict } from './parse-verdict';
import { JUDGE_MAX_TOKENS, JUDGE_TEMPERATURE } from './prompt';
import type { ProviderConfig } from './providers';
import { createReasoningStream, type ReasoningDelta } from './reasoning-stream';
import { estimateUsage } from './token-estimate';
import type { CallTimeouts } from './timeouts';
import type { Judge, JudgeResult, JudgeTask, OnDelta } from './types';
import { verdictFailure } from './verdict-failure';

export interface OpenAIJudgeOptions {
  model: JudgeModel;
  provider: ProviderConfig;
  timeouts: CallTimeouts;
  /** Every judge model the server knows, so that no judge's name can leak through a critique. */
  knownModels: readonly JudgeModel[];
}

export function createOpenAIJudge({ model, provider, timeouts, knownModels }: OpenAIJudgeOptions): Judge {
  return {
    modelId: model.id,
    async evaluate(task: JudgeTask, onDelta: OnDelta, signal?: AbortSignal): Promise<JudgeResult> {
      const started = Date.now();
      // Sorted, so a pairwise task is the same text in either order (one lookup of its names for both judges).
      const terms = identityTerms(knownModels, formatTaskTexts(task).sort().join('\n'));
      // Reasoning streams apart: sent apart by the provider (reasoning_content), or a <think>…</think> section of the
      // content. The answer goes through the feedback stream (JSON → its feedback text). Both are redacted before
      // anything is shown.
      const sections = createReasoningStream();
      const feedback = createFeedbackStream();
      const answerRedactor = createIdentityRedactor(terms);
      const reasoningRedactor = createIdentityRedactor(terms);
      let streamed = '';
      let shownAnything = false;
      const show = (text: string, part: 'answer' | 'reasoning') => {
        if (!text) return;
        shownAnything = true;
        if (part === 'answer') streamed += text;
        onDelta(text, part);
      };
      const showSections = ({ reasoning, answer }: ReasoningDelta) => {
        show(reasoningRedactor.push(reasoning), 'reasoning');
        show(answerRedactor.push(feedback.push(answer)), 'answer');
      };

      const messages = buildFormatMessages(task);
      const result = await streamChat({
        provider,
        model: model.providerModel,
        messages,
        jsonMode: model.supportsJsonMode,
        includeUsage: model.supportsStreamUsage,
        maxTokens: model.maxTokens ?? JUDGE_MAX_TOKENS,
        temperature: JUDGE_TEMPERATURE,
        timeouts,
        signal,
        onText: (raw, part) => (part === 'reasoning' ? show(reasoningRedactor.push(raw), 'reasoning') : showSections(sections.push(raw))),
      });
      // "Before first token" means before the visitor saw anything, which is what failover cares about.
      if (!result.ok) return { ok: false, failure: { ...result.failure, beforeFirstToken: !shownAnything } };

      showSections(sections.end());
      show(reasoningRedactor.end(), 'reasoning');
      show(answerRedactor.push(feedback.end()), 'answer');
      show(answerRedactor.end(), 'answer');
      const { finishReason } = result;
      const parsed = parseVerdict(task.format, result.text, { finishReason });
      if (!parsed.ok) return { ok: false, failure: verdictFailure(task.format, parsed, result.text, { beforeFirstToken: !shownAnything, finishReason }) };
      return {
        ok: true,
        judgment: {
          verdict: parsed.verdict,
          critique: redactIdentities(parsed.critique, terms),
          reasoning: redactIdentities([result.reasoning, parsed.reasoning].filter(Boolean).join('\n\n'), terms),
          text: streamed,
          latencyMs: Date.now() - started,
          ttftMs: result.ttftMs,
          usage: result.usage ? { ...result.usage, estimated: false } : estimateUsage(messages, result.reasoning + result.text),
        },
      };
    },
  };
}
