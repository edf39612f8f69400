// Keeps judge identities secret until the vote: a critique that says "As GPT-4o, made by OpenAI, ..." would
// unmask the judge, so model, family, product and vendor names are replaced before anything is streamed.
// Matching runs on a normalised view of the text (text-normalise.ts), so disguised spellings ("Сlaude" in Cyrillic,
// "C l a u d e", a zero-width space, full-width letters) are caught, while the released text keeps every other
// character as written. Pure and incremental: push() holds back just enough text that a name split across chunks,
// or a version tail still arriving, is caught whole.

import { BUILTIN_JUDGES } from './builtin-judges';
import { identityNames } from './identity-names';
import type { JudgeModel } from './judge-model';
import { compileNames, findNames, namesMentioned, type NameMatch, type NameMatcher } from './name-matcher';
import { normaliseForMatching, type NormalisedText } from './text-normalise';

export const REDACTED = '[name withheld]';

/** What a redactor needs: the names to look for, and which of them the task itself mentions. */
export interface IdentityTerms {
  matcher: NameMatcher;
  /**
   * Names the sample itself mentions: a plain mention of one of them is left alone, since the judge may need to
   * quote the sample. Self-identification ("I am X", "made by X") is withheld whatever the sample says.
   */
  exempt: ReadonlySet<string>;
}

// Compiled once per list of judges: by array (callers that keep theirs) and by content (callers that rebuild the
// same list for every request, e.g. from the registry), so a vote or a battle does not recompile ~300 patterns.
const matchersByList = new WeakMap<readonly JudgeModel[], NameMatcher>();
const matchersByContent = new Map<string, NameMatcher>();
const MAX_CACHED_LISTS = 16;

/** The matcher for these judges (built-in judges always included). */
export function identityMatcher(models: readonly JudgeModel[] = BUILTIN_JUDGES): NameMatcher {
  let matcher = matchersByList.get(models);
  if (matcher) return matcher;
  const key = JSON.stringify(models.map((m) => [m.kind, m.name, m.organization, m.provider, m.providerModel]));
  matcher = matchersByContent.get(key);
  if (!matcher) {
    matcher = compileNames(identityNames(models === BUILTIN_JUDGES ? models : [...BUILTIN_JUDGES, ...models]));
    if (matchersByContent.size >= MAX_CACHED_LISTS) matchersByContent.clear();
    matchersByContent.set(key, matcher);
  }
  matchersByList.set(models, matcher);
  return matcher;
}

// Both judges of a battle (and a failover's replacement) are given the same task text: the names it mentions are
// found once, not once per judge. The last text per matcher is enough for that.
const lastExemptions = new WeakMap<NameMatcher, { taskText: string; exempt: ReadonlySet<string> }>();

export function identityTerms(models: readonly JudgeModel[], taskText = ''): IdentityTerms {
  const matcher = identityMatcher(models);
  if (!taskText) return { matcher, exempt: new Set() };
  const last = lastExemptions.get(matcher);
  if (last?.taskText === taskText) return { matcher, exempt: last.exempt };
  const exempt = namesMentioned(matcher, normaliseForMatching(taskText));
  lastExemptions.set(matcher, { taskText, exempt });
  return { matcher, exempt };
}

/** Whether the text names any judge, family, product or vendor of the list, withheld or not (no exemptions). */
export function mentionsIdentity(text: string, models?: readonly JudgeModel[]): boolean {
  return findNames(identityMatcher(models), normaliseForMatching(text)).length > 0;
}

function withheld(match: NameMatch, terms: IdentityTerms): boolean {
  return match.selfIdentifying || !match.keys.every((k) => terms.exempt.has(k));
}

/** `text` from `from` up to `to` (original offsets), with the withheld matches of `view` replaced by the marker. */
function rewrite(text: string, view: NormalisedText, matches: NameMatch[], terms: IdentityTerms, from: number, to: number): string {
  let out = '';
  let pos = from;
  for (const m of matches) {
    if (!withheld(m, terms)) continue;
    const start = view.start[m.start];
    out += text.slice(pos, start) + REDACTED;
    pos = view.end[m.end - 1];
  }
  return out + text.slice(pos, Math.max(pos, to));
}

export function redactIdentities(text: string, terms: IdentityTerms): string {
  const view = normaliseForMatching(text);
  return rewrite(text, view, findNames(terms.matcher, view), terms, 0, text.length);
}

export interface IdentityRedactor {
  push(text: string): string;
  end(): string;
}

/** Characters of the view that must follow a name before it is known to be complete (name + glue + version tail). */
const TAIL_LOOKAHEAD = 12;
/** Released text kept for the next round: word boundaries, spelt-out runs and "I am …" before a name. */
const CONTEXT_CHARS = 96;
/** New text gathered before a round runs, so a stream of one-token chunks is not re-scanned on every token. */
const MIN_ROUND_CHARS = 12;

export function createIdentityRedactor(terms: IdentityTerms): IdentityRedactor {
  const holdBack = terms.matcher.maxLength + TAIL_LOOKAHEAD;
  let pending = '';
  let context = '';

  function release(all: boolean): string {
    if (!all && pending.length < holdBack + MIN_ROUND_CHARS) return '';
    const text = context + pending;
    const offset = context.length;
    const view = normaliseForMatching(text);
    // Matches starting in the context were decided (and released) in an earlier round; no match straddles it.
    let from = 0;
    while (from < view.start.length && view.start[from] < offset) from++;
    const matches = findNames(terms.matcher, view, from);
    let cut = all ? view.text.length : view.text.length - holdBack;
    // A name still within the last `holdBack` characters may grow (a version tail arriving): hold it back whole.
    const open = matches.find((m) => m.start < cut && m.end > cut);
    if (open && !all) cut = open.start;
    // Never cut between two view characters of one original character (e.g. the "f" and "i" of "ﬁ").
    while (!all && cut > 0 && cut < view.text.length && view.start[cut] === view.start[cut - 1]) cut--;
    const cutAt = all || cut >= view.text.length ? text.length : cut <= 0 ? 0 : view.start[cut];
    if (cutAt <= offset) return '';
    const out = rewrite(text, view, matches.filter((m) => m.end <= cut), terms, offset, cutAt);
    const released = text.slice(0, cutAt);
    context = released.slice(-CONTEXT_CHARS);
    pending = text.slice(cutAt);
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
