// Keeps judge identities secret until the vote: a critique that says "As GPT-4o, made by OpenAI, ..." would
// unmask the judge, so model, family and organization names are replaced before anything is streamed.
// Pure and incremental: push() holds back just enough text that a name split across chunks is still caught.

import type { JudgeModel } from './judge-model';

export const REDACTED = '[name withheld]';

/** Family and company names that identify a judge even without a version. */
const FAMILY_TERMS = [
  'OpenAI', 'ChatGPT', 'GPT', 'Anthropic', 'Claude', 'Meta AI', 'Llama', 'Qwen', 'Tongyi Qianwen', 'Alibaba Cloud', 'Alibaba',
  'Gemma', 'Gemini', 'Google DeepMind', 'DeepMind', 'Mistral AI', 'Mistral', 'Mixtral',
];

/**
 * Names to hide for these judges: their display names, organizations and provider model names, plus the
 * well-known families. A name that already appears in the task (e.g. a sample about Claude) is left alone,
 * since the judge may need to quote it.
 */
export function identityTerms(models: readonly JudgeModel[], taskText = ''): string[] {
  const terms = new Set<string>(FAMILY_TERMS);
  for (const m of models) {
    if (m.kind !== 'llm') continue;
    terms.add(m.name);
    terms.add(m.organization);
    terms.add(m.providerModel);
    const lastSegment = m.providerModel.split('/').at(-1);
    if (lastSegment) terms.add(lastSegment);
  }
  return [...terms].filter((t) => t.trim().length >= 3 && !termPattern([t]).test(taskText));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive, longest name first (so "GPT-4o" wins over "GPT"). */
function termPattern(terms: string[]): RegExp {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function redactIdentities(text: string, terms: readonly string[]): string {
  return terms.length ? text.replace(termPattern([...terms]), REDACTED) : text;
}

export interface IdentityRedactor {
  push(text: string): string;
  end(): string;
}

export function createIdentityRedactor(terms: readonly string[]): IdentityRedactor {
  if (terms.length === 0) return { push: (t) => t, end: () => '' };
  const pattern = termPattern([...terms]);
  // Longest term + 1 so the character after a match (word boundary) is known before it is released.
  const holdBack = Math.max(...terms.map((t) => t.length)) + 1;
  let pending = '';
  let context = ''; // last released character, for the word boundary before the next match

  function release(all: boolean): string {
    let cut = all ? pending.length : Math.max(0, pending.length - holdBack);
    // Matches starting before the cut are final (their longest possible form is fully buffered); release them whole.
    const text = context + pending;
    let out = '';
    let last = context.length;
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      const start = match.index - context.length;
      if (start >= cut) break;
      const end = start + match[0].length;
      out += text.slice(last, match.index) + REDACTED;
      last = match.index + match[0].length;
      cut = Math.max(cut, end);
    }
    out += text.slice(last, context.length + cut);
    if (cut > 0) context = pending[cut - 1];
    pending = pending.slice(cut);
    return out;
  }

  return {
    push(text) {
      pending += text;
      return release(false);
    },
    end() {
      return release(true);
    },
  };
}
