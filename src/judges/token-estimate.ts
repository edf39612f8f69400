// Token usage when the provider reports none: about four characters a token for English text with the
// tokenizers of these models. A rough figure, so it is stored as an estimate (TokenUsage.estimated) and the
// leaderboard says which share of a cost rests on estimates.
import type { ChatMessage } from './prompt';
import type { TokenUsage } from './types';

const CHARS_PER_TOKEN = 4;

export function estimateUsage(messages: readonly ChatMessage[], output: string): TokenUsage {
  const inputChars = messages.reduce((n, m) => n + m.content.length, 0);
  return {
    inputTokens: Math.ceil(inputChars / CHARS_PER_TOKEN),
    outputTokens: Math.ceil(output.length / CHARS_PER_TOKEN),
    estimated: true,
  };
}
