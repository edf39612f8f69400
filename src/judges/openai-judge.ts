// An LLM judge behind an OpenAI-compatible API: prompt -> streamed call -> visible critique -> parsed score.
import { streamChat } from './chat-stream';
import { judgeFailure } from './failures';
import { createFeedbackStream } from './feedback-stream';
import { createIdentityRedactor, identityTerms, redactIdentities } from './identity-redactor';
import { formatTaskTexts } from './judge-formats';
import type { JudgeModel } from './judge-model';
import { parseJudgeOutput } from './parse-output';
import { buildJudgeMessages, JUDGE_MAX_TOKENS, JUDGE_TEMPERATURE } from './prompt';
import type { ProviderConfig } from './providers';
import { estimateUsage } from './token-estimate';
import type { CallTimeouts } from './timeouts';
import type { Judge, JudgeResult, JudgeTask, OnDelta } from './types';

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
      const taskText = formatTaskTexts({ format: 'likert', ...task }).join('\n');
      const terms = identityTerms(knownModels, taskText);
      const feedback = createFeedbackStream();
      const redactor = createIdentityRedactor(terms);
      let streamed = '';
      const show = (text: string) => {
        if (!text) return;
        streamed += text;
        onDelta(text);
      };

      const messages = buildJudgeMessages(task);
      const result = await streamChat({
        provider,
        model: model.providerModel,
        messages,
        jsonMode: model.supportsJsonMode,
        includeUsage: model.supportsStreamUsage,
        maxTokens: JUDGE_MAX_TOKENS,
        temperature: JUDGE_TEMPERATURE,
        timeouts,
        signal,
        onText: (raw) => show(redactor.push(feedback.push(raw))),
      });
      // "Before first token" means before the visitor saw anything, which is what failover cares about.
      if (!result.ok) return { ok: false, failure: { ...result.failure, beforeFirstToken: streamed === '' } };

      show(redactor.push(feedback.end()));
      show(redactor.end());
      const parsed = parseJudgeOutput(result.text);
      if (!parsed.ok) {
        return {
          ok: false,
          failure: judgeFailure('unparseable', `${parsed.reason}; output began: ${JSON.stringify(result.text.slice(0, 120))}`, {
            beforeFirstToken: streamed === '',
          }),
        };
      }
      return {
        ok: true,
        judgment: {
          score: parsed.score,
          critique: redactIdentities(parsed.critique, terms),
          text: streamed,
          latencyMs: Date.now() - started,
          ttftMs: result.ttftMs,
          usage: result.usage ? { ...result.usage, estimated: false } : estimateUsage(messages, result.text),
        },
      };
    },
  };
}
