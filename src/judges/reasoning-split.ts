// Separates a reasoning model's thinking from its answer. DeepSeek-R1, QwQ and the like write <think>…</think>
// (or <thinking>, <reasoning>) before answering; some chat templates open the tag in the prompt, so the output
// starts with the reasoning and only the closing tag appears. Nothing inside a reasoning section is ever read as a
// verdict: a score the model considered and rejected there is not its answer. Only leading sections count: a tag
// later in the answer is text (a critique may quote a response's own "<think>"). Pure.

export interface SplitOutput {
  /** The reasoning sections' contents, in order, joined by blank lines. */
  reasoning: string;
  /** Everything after the reasoning sections: the only part a verdict is read from. */
  answer: string;
  /** A reasoning section was opened and never closed: the output stopped while the model was still thinking. */
  reasoningUnclosed: boolean;
}

export const REASONING_TAGS = ['think', 'thinking', 'reasoning'] as const;

const TAG_NAMES = REASONING_TAGS.join('|');
const LEADING_OPEN = new RegExp(`^\\s*<(${TAG_NAMES})>`, 'i');
const ANY_TAG = new RegExp(`</?(?:${TAG_NAMES})>`, 'i');

function closingTag(name: string): RegExp {
  return new RegExp(`</${name}>`, 'i');
}

export function splitReasoning(text: string): SplitOutput {
  const reasoning: string[] = [];
  let rest = text;

  // A closing tag before any opening one: the template opened it, so all before it was reasoning.
  const first = rest.match(ANY_TAG);
  if (first && first[0].startsWith('</')) {
    reasoning.push(rest.slice(0, first.index));
    rest = rest.slice(first.index! + first[0].length);
  }

  for (let open = rest.match(LEADING_OPEN); open; open = rest.match(LEADING_OPEN)) {
    const content = rest.slice(open[0].length);
    const close = content.match(closingTag(open[1]));
    if (!close) {
      reasoning.push(content);
      return { reasoning: joined(reasoning), answer: '', reasoningUnclosed: true };
    }
    reasoning.push(content.slice(0, close.index));
    rest = content.slice(close.index! + close[0].length);
  }
  return { reasoning: joined(reasoning), answer: rest.trim(), reasoningUnclosed: false };
}

function joined(parts: string[]): string {
  return parts.map((part) => part.trim()).filter(Boolean).join('\n\n');
}
