// Finds identity names in a normalised text (see text-normalise.ts), with the word-shape rules that keep ordinary
// words alone: a name may be glued to digits ("GPT4o", "Qwen2.5"), to a capitalised word ("ClaudeAI"), to a plural
// "s", and carries its version tail ("-3-5-sonnet", " 4o", " 3.1 405B"), which is part of the match; a name glued to
// lowercase letters ("claudeville", "metadata", "GPTQ" after a capital) is another word. Names in Chinese (or any
// script without spaces) need no word boundary. Pure.
import { foldName, type NormalisedText } from './text-normalise';
import type { IdentityName } from './identity-names';

export interface NameMatch {
  /** Span in the normalised view, name and version tail together. */
  start: number;
  end: number;
  /** Which names of the list (folded, lowercased), more than one when adjacent names were merged. */
  keys: string[];
  /** "I am X", "as X", "X here", "made by X": the writer says it is X, whatever else the text says. */
  selfIdentifying: boolean;
}

interface CompiledName {
  key: string;
  /** Lowercased second character, to skip the pattern quickly where it cannot match (null: any). */
  second: string | null;
  rule: IdentityName['case'];
  anyCase: RegExp;
  exactCase: RegExp;
  noSpaces: boolean;
}

export interface NameMatcher {
  /** Length of the longest name in the view, for callers that must hold text back until a name is complete. */
  maxLength: number;
  byFirstChar: Map<string, CompiledName[]>;
}

const SEPARATORS = '[\\s\\-_./:]?';
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Letters of scripts written without spaces between words (Han, kana, Hangul, Thai…): never glue. */
const UNCASED_LETTER = /\p{Lo}/u;

const VERSION = 'v?\\d+(?:\\.\\d+)*(?:x\\d+)?[a-z]{0,2}';
const TAIL_WORDS =
  'turbo|mini|nano|pro|plus|ultra|max|flash|lite|sonnet|haiku|opus|instruct|chat|it|base|preview|latest|vision|coder|code|' +
  'large|small|medium|tiny|nemo|hf|exp|o|omni|audio|realtime|online|air|long|vl|math';
/** Words that follow a name after a plain space only when they are clearly part of it ("GPT-4 Turbo", "Claude 3 Opus"). */
const SPACED_TAIL_WORDS = 'turbo|mini|pro|plus|ultra|flash|sonnet|haiku|opus|instruct|preview|vision|coder|nemo';
const TAIL_PIECE = new RegExp(`(?:[-_/:]|\\.(?=\\d))?(?:${VERSION}|(?<=[-_/:])(?:${TAIL_WORDS}))(?![\\p{L}\\p{N}])`, 'iuy');
const SPACED_TAIL_PIECE = new RegExp(`[ \\t](?:${VERSION}|${SPACED_TAIL_WORDS})(?![\\p{L}\\p{N}])`, 'iuy');
const DIGIT_START = /^[\s\-_/:.]?v?\d/i;
/** "Llama-based", "Mistral-like": compounds that still name the model. */
const DERIVED_COMPOUND = /^-(?:based|like|style|powered|class|family|generated|written|made|built|trained|series|esque|ish|type|sized|grade|level)(?!\p{L})/u;

const SELF_BEFORE = new RegExp(
  '(?:(?<![\\p{L}])(?:i\\s*am|i[\'’]?m|i was|as|am|being|this is|called|named|call me|my name is)\\s+' +
    '(?:(?:an?|the|your|a friendly)\\s+)?(?:(?:ai|language|large language|chat|assistant|model|version|of)\\s+)*' +
    '|(?<![\\p{L}])(?:made|trained|developed|created|built|designed|provided|powered|released|produced|owned|operated|' +
    'fine-?tuned)\\s+(?:by|at)\\s+(?:the\\s+)?(?:(?:team|folks|engineers|researchers|people)\\s+at\\s+)?' +
    '|我是|我叫|由)$',
  'iu',
);
const SELF_AFTER = /^\s*(?:here|speaking)(?![\p{L}])/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function compileNames(names: readonly IdentityName[]): NameMatcher {
  const byFirstChar = new Map<string, CompiledName[]>();
  let maxLength = 0;
  for (const name of names) {
    const folded = foldName(name.text);
    const chunks = folded.split(/[\s\-_./:]+/).filter(Boolean);
    if (chunks.length === 0) continue;
    const source = chunks.map(escapeRegExp).join(SEPARATORS);
    const compiled: CompiledName = {
      key: folded.toLowerCase(),
      second: /^[\p{L}\p{N}]$/u.test(folded[1] ?? '') ? folded[1].toLowerCase() : null,
      rule: name.case,
      anyCase: new RegExp(source, 'iuy'),
      exactCase: new RegExp(source, 'uy'),
      noSpaces: [...folded].some((ch) => UNCASED_LETTER.test(ch)),
    };
    maxLength = Math.max(maxLength, folded.length);
    const first = folded[0].toLowerCase();
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), compiled]);
  }
  return { maxLength, byFirstChar };
}

/** Whether a name may start at `i`: not inside a word, except at a camelCase step, after a CJK letter, or in a spelt run. */
function startsWord(view: NormalisedText, i: number): boolean {
  const prev = view.text[i - 1];
  if (prev === undefined || view.spelled[i] || !LETTER.test(prev) || UNCASED_LETTER.test(prev)) return true;
  return LOWER.test(prev) && UPPER.test(view.text[i]);
}

/** What may be glued to the end of a name: length consumed, or -1 when the name is the start of another word. */
function glueAfter(text: string, end: number, noSpaces: boolean): number {
  const next = text[end];
  const plural = noSpaces ? null : /^(?:s|['’]s)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3));
  if (plural) return plural[0].length;
  if (next === undefined || noSpaces || !LETTER.test(next) || UNCASED_LETTER.test(next)) return 0;
  if (UPPER.test(next) && LOWER.test(text[end - 1])) return /^\p{Lu}\p{L}*/u.exec(text.slice(end))![0].length;
  return -1;
}

function tailAfter(text: string, pos: number): number {
  let end = pos;
  for (;;) {
    TAIL_PIECE.lastIndex = end;
    SPACED_TAIL_PIECE.lastIndex = end;
    const piece = TAIL_PIECE.exec(text) ?? SPACED_TAIL_PIECE.exec(text);
    if (!piece || piece[0].length === 0) return end;
    end += piece[0].length;
  }
}

function matchAt(name: CompiledName, view: NormalisedText, i: number): { end: number } | null {
  const text = view.text;
  name.anyCase.lastIndex = i;
  const found = name.anyCase.exec(text);
  if (!found) return null;
  const coreEnd = i + found[0].length;
  const glue = glueAfter(text, coreEnd, name.noSpaces);
  if (glue < 0) return null;
  const tailStart = coreEnd + glue;
  const end = tailAfter(text, tailStart);
  const versioned = DIGIT_START.test(text.slice(tailStart, end));
  if (name.rule === 'any') return { end };
  name.exactCase.lastIndex = i;
  const exact = name.rule === 'capital' ? UPPER.test(text[i]) : name.exactCase.test(text);
  if (name.rule === 'version') {
    return (exact || versioned) && (end > tailStart || glue > 0 || selfIdentifying(text, i, end)) ? { end } : null;
  }
  // A version, or a repository path ("google/gemma-2-9b-it"), makes a lowercase common word a name.
  if (versioned || text[end] === '/') return { end };
  // "Meta-analysis": a common word starting a compound is the word, unless the compound says what it came from.
  if (!exact || (/^-\p{Ll}/u.test(text.slice(end, end + 2)) && !DERIVED_COMPOUND.test(text.slice(end, end + 16)))) return null;
  return { end };
}

/** The names at `i`, longest match first. */
function candidatesAt(matcher: NameMatcher, view: NormalisedText, i: number): { key: string; end: number }[] {
  const bucket = matcher.byFirstChar.get(view.text[i].toLowerCase());
  if (!bucket || !startsWord(view, i)) return [];
  const out: { key: string; end: number }[] = [];
  const second = view.text[i + 1]?.toLowerCase();
  for (const name of bucket) {
    if (name.second !== null && name.second !== second) continue;
    const m = matchAt(name, view, i);
    if (m) out.push({ key: name.key, end: m.end });
  }
  return out.sort((a, b) => b.end - a.end);
}

function selfIdentifying(text: string, start: number, end: number): boolean {
  return SELF_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || SELF_AFTER.test(text.slice(end, end + 12));
}

/**
 * Non-overlapping matches, left to right, longest at each position; names separated only by a space or hyphen
 * ("Meta Llama 3.1", "Claude (3) Opus" is two) become one match, so no fragment is left between two markers.
 * `from`: the view index to start at (the text before it still serves as context: word boundaries, "I am").
 */
export function findNames(matcher: NameMatcher, view: NormalisedText, from = 0): NameMatch[] {
  const matches: NameMatch[] = [];
  let i = from;
  while (i < view.text.length) {
    const [best] = candidatesAt(matcher, view, i);
    if (!best) {
      i++;
      continue;
    }
    const last = matches.at(-1);
    if (last && /^[\s\-_/]{1,2}$/.test(view.text.slice(last.end, i))) {
      last.end = best.end;
      last.keys.push(best.key);
    } else {
      matches.push({ start: i, end: best.end, keys: [best.key], selfIdentifying: false });
    }
    i = best.end;
  }
  for (const m of matches) m.selfIdentifying = selfIdentifying(view.text, m.start, m.end);
  return matches;
}

/** Every name that occurs anywhere in the view (also inside longer ones), e.g. to know which names a sample mentions. */
export function namesMentioned(matcher: NameMatcher, view: NormalisedText): Set<string> {
  const keys = new Set<string>();
  for (let i = 0; i < view.text.length; i++) for (const c of candidatesAt(matcher, view, i)) keys.add(c.key);
  return keys;
}
