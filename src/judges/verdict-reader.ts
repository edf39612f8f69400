// Reads a categorical verdict (pass/fail, first/second/tie) out of a judge's answer text, given the forms a format
// accepts. Never guesses: JSON first, then explicit markers ("Verdict: …", "[RESULT] …"), then conclusion sentences;
// within the first kind that is present, two different verdicts make the answer ambiguous, which is a failure.
// The answer must already be free of reasoning sections (reasoning-split.ts). Pure.
import { critiqueAround, feedbackOf } from './critique-text';
import { jsonObjectsIn } from './json-objects';

/** Why no verdict could be read. */
export type VerdictProblem = 'empty' | 'no_verdict' | 'ambiguous' | 'truncated';

export type ReadVerdict<V extends string> =
  | { ok: true; verdict: V; critique: string }
  | { ok: false; problem: VerdictProblem; reason: string };

/** A textual form: every match of `pattern` (global) is read by `read`; undefined means the match is no verdict. */
export interface VerdictForm<V extends string> {
  pattern: RegExp;
  read: (match: RegExpMatchArray) => V | undefined;
}

export interface VerdictSpec<V extends string> {
  /** Lower-case JSON keys holding the verdict, each with how to read its value (undefined: not a valid verdict). */
  jsonKeys: Readonly<Record<string, (value: unknown) => V | undefined>>;
  /** Explicit markers, e.g. "Verdict: pass", "[RESULT] B", "[[A]]". */
  markers: readonly VerdictForm<V>[];
  /** Conclusion sentences, e.g. "the response passes", "the second response is better". */
  prose: readonly VerdictForm<V>[];
}

function failure<V extends string>(problem: VerdictProblem, reason: string): ReadVerdict<V> {
  return { ok: false, problem, reason };
}

/** The verdict from the JSON objects in the answer alone; undefined when none has a verdict key. */
export function readJsonVerdict<V extends string>(answer: string, spec: VerdictSpec<V>): ReadVerdict<V> | undefined {
  const found: { verdict: V; critique: string }[] = [];
  for (const object of jsonObjectsIn(answer)) {
    const key = Object.keys(object).find((k) => k.toLowerCase() in spec.jsonKeys);
    if (!key) continue;
    const verdict = spec.jsonKeys[key.toLowerCase()](object[key]);
    if (verdict === undefined) return failure('no_verdict', `"${key}": ${JSON.stringify(object[key])} is not a valid verdict`);
    found.push({ verdict, critique: feedbackOf(object) });
  }
  if (found.length === 0) return undefined;
  const verdicts = new Set(found.map((f) => f.verdict));
  if (verdicts.size > 1) return failure('ambiguous', `JSON objects give different verdicts: ${[...verdicts].join(', ')}`);
  return { ok: true, ...found[0] };
}

interface FormMatch<V> {
  verdict: V;
  index: number;
  length: number;
}

function matchesOf<V extends string>(answer: string, forms: readonly VerdictForm<V>[]): FormMatch<V>[] {
  const matches: FormMatch<V>[] = [];
  for (const form of forms) {
    for (const match of answer.matchAll(form.pattern)) {
      const verdict = form.read(match);
      if (verdict !== undefined) matches.push({ verdict, index: match.index, length: match[0].length });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

function fromForms<V extends string>(answer: string, forms: readonly VerdictForm<V>[], kind: string, critique: 'around' | 'whole'): ReadVerdict<V> | undefined {
  const matches = matchesOf(answer, forms);
  if (matches.length === 0) return undefined;
  const verdicts = new Set(matches.map((m) => m.verdict));
  if (verdicts.size > 1) return failure('ambiguous', `${kind} give different verdicts: ${[...verdicts].join(', ')}`);
  return { ok: true, verdict: matches[0].verdict, critique: critique === 'around' ? critiqueAround(answer, matches[0]) : answer.trim() };
}

export function readVerdict<V extends string>(answer: string, spec: VerdictSpec<V>): ReadVerdict<V> {
  if (!answer.trim()) return failure('empty', 'empty answer');
  return (
    readJsonVerdict(answer, spec) ??
    fromForms(answer, spec.markers, 'verdict markers', 'around') ??
    fromForms(answer, spec.prose, 'conclusion sentences', 'whole') ??
    failure('no_verdict', 'no verdict found in the answer')
  );
}
