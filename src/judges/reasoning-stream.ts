// The streaming side of reasoning-split.ts: as a judge writes, says which new text is reasoning (to show collapsed,
// labelled as the judge's reasoning) and which is its answer (to feed to the feedback stream). Tags may arrive split
// across chunks, so a possible partial tag is held back until it is decided. Like splitReasoning, only leading
// sections count. A closing tag with no opening one cannot be known in advance: a judge whose chat template opens
// the section can say so (startsInReasoning); otherwise such reasoning streams as answer, and the final parse
// (splitReasoning) still sets it apart. The section the template opened ends as splitReasoning says: at a closing
// tag that cannot be part of an answer (closesTemplateSection: not inside an open JSON object, not quoted). Pure.
import { closesTemplateSection, REASONING_TAGS } from './reasoning-split';

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

const CLOSINGS = REASONING_TAGS.map((name) => `</${name}>`);

/** The first closing tag in `text` (any reasoning tag when `closing` is undefined), case-insensitive. */
function closingTagIn(text: string, closing: string | undefined): { at: number; tag: string } | undefined {
  const lower = text.toLowerCase();
  let found: { at: number; tag: string } | undefined;
  for (const tag of closing ? [closing] : CLOSINGS) {
    const at = lower.indexOf(tag);
    if (at !== -1 && (!found || at < found.at)) found = { at, tag };
  }
  return found;
}

export function createReasoningStream(options: { startsInReasoning?: boolean } = {}): ReasoningStream {
  let mode: 'lead' | 'reasoning' | 'answer' = options.startsInReasoning ? 'reasoning' : 'lead';
  // The template-opened section ends at whichever reasoning tag closes it; an opened one at its own closing tag.
  let closing: string | undefined = options.startsInReasoning ? undefined : '</think>';
  /** The template-opened section's text so far, while in it: what closesTemplateSection judges a closing tag by. */
  let templateSection: string | undefined = options.startsInReasoning ? '' : undefined;
  let pending = '';

  function emitReasoning(out: ReasoningDelta, text: string) {
    out.reasoning += text;
    if (templateSection !== undefined) templateSection += text;
  }

  function run(ending: boolean): ReasoningDelta {
    const out: ReasoningDelta = { reasoning: '', answer: '' };
    for (;;) {
      if (mode === 'answer') {
        out.answer += pending;
        pending = '';
        return out;
      }
      if (mode === 'reasoning') {
        const found = closingTagIn(pending, closing);
        if (!found) {
          const keep = Math.max(...(closing ? [closing] : CLOSINGS).map((tag) => partialTagAtEnd(pending, tag)));
          emitReasoning(out, pending.slice(0, pending.length - keep));
          pending = pending.slice(pending.length - keep);
          return out;
        }
        const { at, tag } = found;
        if (templateSection !== undefined) {
          const after = pending.slice(at + tag.length);
          // Whether the tag is quoted shows in the character after it: wait for it.
          if (after === '' && !ending) {
            emitReasoning(out, pending.slice(0, at));
            pending = pending.slice(at);
            return out;
          }
          if (!closesTemplateSection(templateSection + pending.slice(0, at), after)) {
            emitReasoning(out, pending.slice(0, at + tag.length));
            pending = after;
            continue;
          }
          templateSection = undefined;
        }
        out.reasoning += pending.slice(0, at);
        pending = pending.slice(at + tag.length);
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
      return run(false);
    },
    end() {
      const out = run(true);
      if (mode === 'reasoning') out.reasoning += pending;
      else out.answer += pending.trimStart();
      pending = '';
      return out;
    },
  };
}
