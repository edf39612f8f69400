// Separates a reasoning model's thinking from its answer. DeepSeek-R1, QwQ and the like write <think>…</think>
// (or <thinking>, <reasoning>) before answering; some chat templates open the tag in the prompt, so the output
// starts with the reasoning and only the closing tag appears. Nothing inside a reasoning section is ever read as a
// verdict: a score the model considered and rejected there is not its answer. Only leading sections count: a tag
// later in the answer is text (a critique may quote a response's own "<think>"). A closing tag with no opening one
// ends a template-opened section only where it cannot be part of the answer: not inside an open JSON object (a
// critique such as {"feedback": "it ends with a stray </think> tag" …}) and not quoted; otherwise it is answer text,
// and so is everything before it. Pure.
import { openObjectAtEnd } from './cut-off-json';

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
const ANY_TAG = new RegExp(`</?(?:${TAG_NAMES})>`, 'gi');

function closingTag(name: string): RegExp {
  return new RegExp(`</${name}>`, 'i');
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '`': '`', '“': '”', '‘': '’' };

/**
 * Whether a closing tag between `before` (the text of a template-opened section so far) and `after` can end the
 * section: not when it sits inside a JSON object still open (an answer's string), nor when it is quoted ("</think>",
 * `</think>`: a mention of the tag).
 */
export function closesTemplateSection(before: string, after: string): boolean {
  if (openObjectAtEnd(before) !== undefined) return false;
  const quote = QUOTE_PAIRS[before.slice(-1)];
  return !(quote && after.startsWith(quote));
}

/** Where a template-opened section ends: the first closing tag, before any opening one, that can end it. */
function templateSectionEnd(text: string): { at: number; length: number } | undefined {
  for (const tag of text.matchAll(ANY_TAG)) {
    if (!tag[0].startsWith('</')) return undefined;
    if (closesTemplateSection(text.slice(0, tag.index), text.slice(tag.index + tag[0].length))) return { at: tag.index, length: tag[0].length };
  }
  return undefined;
}

export function splitReasoning(text: string): SplitOutput {
  const reasoning: string[] = [];
  let rest = text;

  // A closing tag before any opening one: the template opened it, so all before it was reasoning.
  const end = templateSectionEnd(rest);
  if (end) {
    reasoning.push(rest.slice(0, end.at));
    rest = rest.slice(end.at + end.length);
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
