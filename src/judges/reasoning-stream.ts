// The streaming side of reasoning-split.ts: as a judge writes, says which new text is reasoning (to show collapsed,
// labelled as the judge's reasoning) and which is its answer (to feed to the feedback stream). Tags may arrive split
// across chunks, so a possible partial tag is held back until it is decided. Like splitReasoning, only leading
// sections count. A closing tag with no opening one cannot be known in advance: a judge whose chat template opens
// the section can say so (startsInReasoning); otherwise such reasoning streams as answer, and the final parse
// (splitReasoning) still sets it apart. Pure.
import { REASONING_TAGS } from './reasoning-split';

export interface ReasoningDelta {
  reasoning: string;
  answer: string;
}

export interface ReasoningStream {
  /** Feeds the next raw chunk; returns the newly decided reasoning and answer text (either possibly ''). */
  push(chunk: string): ReasoningDelta;
  /** Call once at the end; returns whatever was still held back. */
  end(): ReasoningDelta;
}

const OPENINGS = REASONING_TAGS.map((name) => `<${name}>`);

/** The length of the longest end of `text` that could be the start of `tag` (case-insensitive). */
function partialTagAtEnd(text: string, tag: string): number {
  const lower = text.toLowerCase();
  for (let n = Math.min(tag.length - 1, lower.length); n > 0; n--) if (tag.startsWith(lower.slice(-n))) return n;
  return 0;
}

export function createReasoningStream(options: { startsInReasoning?: boolean } = {}): ReasoningStream {
  let mode: 'lead' | 'reasoning' | 'answer' = options.startsInReasoning ? 'reasoning' : 'lead';
  let closing = '</think>';
  let pending = '';

  function run(): ReasoningDelta {
    const out: ReasoningDelta = { reasoning: '', answer: '' };
    for (;;) {
      if (mode === 'answer') {
        out.answer += pending;
        pending = '';
        return out;
      }
      if (mode === 'reasoning') {
        const at = pending.toLowerCase().indexOf(closing);
        if (at === -1) {
          const keep = partialTagAtEnd(pending, closing);
          out.reasoning += pending.slice(0, pending.length - keep);
          pending = pending.slice(pending.length - keep);
          return out;
        }
        out.reasoning += pending.slice(0, at);
        pending = pending.slice(at + closing.length);
        mode = 'lead';
        continue;
      }
      // lead: does the text start with a reasoning section?
      const trimmed = pending.trimStart().toLowerCase();
      if (!trimmed) return out;
      const opening = OPENINGS.find((tag) => trimmed.startsWith(tag));
      if (opening) {
        pending = pending.trimStart().slice(opening.length);
        closing = `</${opening.slice(1)}`;
        mode = 'reasoning';
        continue;
      }
      if (OPENINGS.some((tag) => tag.startsWith(trimmed))) return out; // could still become a tag
      pending = pending.trimStart();
      mode = 'answer';
    }
  }

  return {
    push(chunk) {
      pending += chunk;
      return run();
    },
    end() {
      const out = run();
      if (mode === 'reasoning') out.reasoning += pending;
      else out.answer += pending.trimStart();
      pending = '';
      return out;
    },
  };
}
