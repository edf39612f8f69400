// Small lexical helpers shared by the offline baselines. Pure, English-leaning, deliberately simple.

const STOPWORDS = new Set(
  (
    'a an the and or but if then else of to in on at by for with from into onto about as is are was were be been being ' +
    'am do does did doing have has had having i me my we our you your he him his she her it its they them their this that ' +
    'these those there here what which who whom whose when where why how can could would should will shall may might must ' +
    'not no nor so than too very just also only own same such both each few more most other some any all up down out off ' +
    'over under again further once please tell give explain describe write show make let get need want like know think ' +
    's t don doesn didn isn aren wasn weren won wouldn couldn shouldn'
  ).split(' '),
);

/** Lowercased words (letters/digits, with inner apostrophes and dots in numbers kept). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Crude suffix stripping so "flows", "flowing" and "flowed" meet at "flow". */
export function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  for (const suffix of ['ing', 'edly', 'ed', 'es', 's']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Stemmed words that carry meaning (no stopwords, no 1-letter tokens). */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

export function bigrams(terms: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) out.push(`${terms[i]} ${terms[i + 1]}`);
  return out;
}

/** Counts of each item. */
export function counts(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

/** F1 of two bags (multiset overlap), 0 when either is empty. */
export function bagF1(candidate: string[], reference: string[]): { precision: number; recall: number; f1: number } {
  if (candidate.length === 0 || reference.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const ref = counts(reference);
  let overlap = 0;
  for (const [item, n] of counts(candidate)) overlap += Math.min(n, ref.get(item) ?? 0);
  const precision = overlap / candidate.length;
  const recall = overlap / reference.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Cosine similarity of term-count vectors. */
export function cosine(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const ca = counts(a);
  const cb = counts(b);
  let dot = 0;
  for (const [term, n] of ca) dot += n * (cb.get(term) ?? 0);
  const norm = (c: Map<string, number>) => Math.sqrt([...c.values()].reduce((s, n) => s + n * n, 0));
  return dot / (norm(ca) * norm(cb));
}

/** Numbers as written (e.g. "1969", "3.5", "100"), normalised so "1,000" and "1000" agree. */
export function numbers(text: string): string[] {
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ''));
}

export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Maps a quality in [0, 1] to 1..5 with the given lower bounds for scores 2, 3, 4 and 5. */
export function scoreFromThresholds(quality: number, bounds: [number, number, number, number]): number {
  let score = 1;
  for (const bound of bounds) if (quality >= bound) score++;
  return score;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Up to `max` items, quoted and comma-separated, for critiques. */
export function quoteList(items: string[], max = 4): string {
  const shown = items.slice(0, max).map((i) => `"${i}"`);
  const more = items.length > max ? ` and ${items.length - max} more` : '';
  return shown.join(', ') + more;
}

/** Lines that look like list items: "- x", "* x", "• x", "1. x", "2) x". */
export function listItemCount(text: string): number {
  return text.split('\n').filter((line) => /^\s*(?:[-*•]|\d+[.)])\s+\S/.test(line)).length;
}
