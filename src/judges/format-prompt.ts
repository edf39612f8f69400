// The prompt for a task of any format: one template per format. JSON mode (where the judge supports it) is the
// caller's, as are max tokens and temperature (prompt.ts).
import { buildBinaryMessages } from './binary-prompt';
import type { FormatTask } from './judge-formats';
import { buildPairwiseMessages } from './pairwise-prompt';
import { buildJudgeMessages, type ChatMessage } from './prompt';

export function buildFormatMessages(task: FormatTask): ChatMessage[] {
  switch (task.format) {
    case 'likert':
      return buildJudgeMessages(task);
    case 'binary':
      return buildBinaryMessages(task);
    case 'pairwise':
      return buildPairwiseMessages(task);
  }
}
