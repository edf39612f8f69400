// Baseline 2: does the response address what the user asked (their key words, and explicit asks such as
// "list 3 ...", "why", "write code", "in one sentence")? Refusals are penalised.
import type { JudgeTask } from '../types';
import { contentTerms, listItemCount, percent, quoteList, scoreFromThresholds, sentences, words } from './text-features';
import { closingLine, openingLine, type OfflineVerdict } from './verdict';

const MAX_KEY_TERMS = 30;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNTABLE = 'ways|examples|reasons|tips|steps|ideas|things|items|points|questions|benefits|facts|options|names|sentences|bullet points|bullets';

interface Check {
  asked: string;
  met: boolean;
  found: string;
}

const REFUSAL = /\b(?:I\s+(?:can(?:no|')t|am\s+(?:not\s+able|unable)|won't)\s+(?:help|assist|provide|do\s+that|answer)|I'm\s+(?:sorry|unable)|as\s+an\s+AI\b)/i;

/** The words that make the response read as a refusal, or null. */
export function refusalPhrase(response: string): string | null {
  return REFUSAL.exec(response)?.[0] ?? null;
}

/** The explicit asks found in the request, each checked against the response. */
export function requestChecks(input: string, response: string): Check[] {
  const checks: Check[] = [];
  const lower = input.toLowerCase();
  const items = listItemCount(response);

  const counted = lower.match(new RegExp(`\\b(\\d+|${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:\\w+\\s+)?(${COUNTABLE})\\b`));
  if (counted) {
    const n = NUMBER_WORDS[counted[1]] ?? Number(counted[1]);
    const unit = counted[2];
    // Items may be written as a list or as one sentence each.
    const found = unit.startsWith('sentence') ? sentences(response).length : items || sentences(response).length;
    checks.push({ asked: `${n} ${unit}`, met: found >= n, found: `${found} found` });
  } else if (/\b(list|enumerate|bullet)/.test(lower)) {
    checks.push({ asked: 'a list', met: items >= 2, found: items >= 2 ? `${items} list items` : 'no list' });
  }
  if (/\bwhy\b/.test(lower)) {
    const reason = /\b(because|since|due to|as a result|so that|reason|leads? to|caus(?:e|es|ed|ing)|therefore|thus)\b/i.exec(response);
    const where = reason ? sentences(response.slice(0, reason.index + reason[0].length)).length : 0;
    checks.push({
      asked: 'a reason ("why")',
      met: reason !== null,
      found: reason ? `gives a reason: "${reason[0]}" in sentence ${where} of ${sentences(response).length}` : 'no "because"/"due to"-style reason',
    });
  }
  if (/\b(code|function|script|program|implement|snippet|regex|sql query)\b/.test(lower)) {
    const code = /```|\bdef |\bfunction\b|=>|;\s*$|\breturn\b|\bSELECT\b/m.test(response);
    const lines = response.split('\n').filter((l) => l.trim()).length;
    checks.push({ asked: 'code', met: code, found: code ? `contains code, ${lines} lines` : `no code in ${lines} lines` });
  }
  const sentenceLimit = lower.match(/\bin (?:one|a single|1) sentence\b/);
  if (sentenceLimit) {
    const n = sentences(response).length;
    checks.push({ asked: 'one sentence', met: n === 1, found: `${n} sentences` });
  }
  const wordLimit = lower.match(/\b(?:in|under|at most|no more than|within)\s+(\d+)\s+words\b/);
  if (wordLimit) {
    const n = words(response).length;
    checks.push({ asked: `at most ${wordLimit[1]} words`, met: n <= Number(wordLimit[1]), found: `${n} words` });
  }
  return checks;
}

export function judgeByRequestCoverage(task: JudgeTask): OfflineVerdict {
  const keyTerms = [...new Set(contentTerms(task.input))].slice(0, MAX_KEY_TERMS);
  const responseTerms = new Set(contentTerms(task.response));
  const covered = keyTerms.filter((t) => responseTerms.has(t));
  const missing = keyTerms.filter((t) => !responseTerms.has(t));
  const coverage = keyTerms.length ? covered.length / keyTerms.length : responseTerms.size > 0 ? 1 : 0;

  const checks = requestChecks(task.input, task.response);
  const checkRate = checks.length ? checks.filter((c) => c.met).length / checks.length : undefined;
  const refusal = refusalPhrase(task.response);

  let quality = checkRate === undefined ? coverage : 0.65 * coverage + 0.35 * checkRate;
  if (refusal) quality *= 0.3;
  const score = scoreFromThresholds(quality, [0.2, 0.4, 0.6, 0.8]);

  const parts = [openingLine(task)];
  parts.push(
    keyTerms.length
      ? `The response uses ${covered.length} of the ${keyTerms.length} key words of the request (${percent(coverage)})` +
          (missing.length ? `; not addressed: ${quoteList(missing)}.` : '.')
      : `The request (${words(task.input).length} words) has no distinctive key words to look for.`,
  );
  for (const check of checks) {
    parts.push(`The request asks for ${check.asked}: ${check.met ? 'met' : 'not met'} (${check.found}).`);
  }
  if (refusal) {
    const at = words(task.response.slice(0, task.response.indexOf(refusal))).length + 1;
    parts.push(`The response reads as a refusal ("${refusal}", from word ${at} of ${words(task.response).length}), which I penalise heavily.`);
  }
  parts.push(closingLine(score, task.rubric));
  return { score, critique: parts.join(' ') };
}
