// Separates a reasoning model's thinking from its answer. DeepSeek-R1, QwQ and the like write <think>…</think>
// (or <thinking>, <reasoning>) before answering; some chat templates open the tag in the prompt, so the output
// starts with the reasoning and only the closing tag appears. Nothing inside a reasoning section is ever read as a
// verdict: a score the model considered and rejected there is not its answer. Pure.

export interface SplitOutput {
  /** The reasoning sections' contents, in order, joined by blank lines. */
  reasoning: string;
  /** Everything outside the reasoning sections: the only part a verdict is read from. */
  answer: string;
  /** A reasoning section was opened and never closed: the output stopped while the model was still thinking. */
  reasoningUnclosed: boolean;
}

const TAG = /<(\/?)(think|thinking|reasoning)>/gi;

export function splitReasoning(text: string): SplitOutput {
  const reasoning: string[] = [];
  const answer: string[] = [];
  let position = 0;
  let open: { name: string; contentStart: number } | undefined;

  for (const match of text.matchAll(TAG)) {
    const [tag, slash, rawName] = match;
    const name = rawName.toLowerCase();
    const index = match.index;
    if (!slash) {
      if (open) continue; // a tag mentioned inside reasoning is part of it
      answer.push(text.slice(position, index));
      open = { name, contentStart: index + tag.length };
    } else if (open) {
      if (name !== open.name) continue;
      reasoning.push(text.slice(open.contentStart, index));
      open = undefined;
      position = index + tag.length;
    } else {
      // A closing tag with no opening one: the template opened it, so all before it was reasoning.
      reasoning.push(...answer.splice(0), text.slice(position, index));
      position = index + tag.length;
    }
  }
  if (open) reasoning.push(text.slice(open.contentStart));
  else answer.push(text.slice(position));

  return {
    reasoning: reasoning.map((part) => part.trim()).filter(Boolean).join('\n\n'),
    answer: answer.join('').trim(),
    reasoningUnclosed: open !== undefined,
  };
}
