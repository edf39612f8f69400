// What the request-coverage baseline measures in a response: the request's key words it uses, the explicit asks it
// meets ("list 3 ...", "why", "write code", "in one sentence", "under 50 words"), and whether it reads as a refusal.
// Pure.
import { contentTerms, listItemCount, sentences, words } from './text-features';

const MAX_KEY_TERMS = 30;
const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const COUNTABLE = 'ways|examples|reasons|tips|steps|ideas|things|items|points|questions|benefits|facts|options|names|sentences|bullet points|bullets';

/** A line that reads as code. */
const CODE = /\bdef |\bfunction\b|=>|;\s*$|\breturn\b|\bSELECT\b/;

export interface Check {
  asked: string;
  met: boolean;
  found: string;
}

const REFUSAL = /\b(?:I\s+(?:can(?:no|')t|am\s+(?:not\s+able|unable)|won't)\s+(?:help|assist|provide|do\s+that|answer)|I'm\s+(?:sorry|unable)|as\s+an\s+AI\b)/i;

/** The words that make the response read as a refusal, or null. */
export function refusalPhrase(response: string): string | null {
  return REFUSAL.exec(response)?.[0] ?? null;
}

/** Words that mark a request for serious harm; crude on purpose, and the critique quotes the one it found. */
const HARM =
  /\b(?:bomb|explosive|weapon|gun|poison|kill|murder|malware|ransomware|keylogger|phishing|hack(?:ing)?\s+into|steal|stalk|track\s+(?:my|her|his|someone)|without\s+(?:them|her|him)\s+knowing|meth|overdose|launder|counterfeit|self-harm|hurt\s+myself)\b/i;

/** The word of harm in a request, or null. */
export function harmfulAsk(input: string): string | null {
  return HARM.exec(input)?.[0] ?? null;
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
    const lines = response.split('\n').filter((l) => l.trim()).length;
    checks.push({ asked: 'a list', met: items >= 2, found: items >= 2 ? `${items} list items` : `no list in ${lines} lines, ${words(response).length} words` });
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
    const codeLine = response.split('\n').find((l) => CODE.test(l) && !/^\s*```/.test(l))?.trim();
    const code = codeLine !== undefined || /```/.test(response);
    const lines = response.split('\n').filter((l) => l.trim()).length;
    const shown = codeLine ? ` ("${codeLine.slice(0, 40)}")` : '';
    checks.push({ asked: 'code', met: code, found: code ? `contains code${shown}, ${lines} lines` : `no code in ${lines} lines` });
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

export interface CoverageReading {
  keyTerms: string[];
  covered: string[];
  missing: string[];
  /** Share of the request's key words the response uses. */
  coverage: number;
  checks: Check[];
  refusal: string | null;
  /** Coverage and met asks combined, refusals penalised: in [0, 1]. */
  quality: number;
}

export function readCoverage(input: string, response: string): CoverageReading {
  const keyTerms = [...new Set(contentTerms(input))].slice(0, MAX_KEY_TERMS);
  const responseTerms = new Set(contentTerms(response));
  const covered = keyTerms.filter((t) => responseTerms.has(t));
  const missing = keyTerms.filter((t) => !responseTerms.has(t));
  const coverage = keyTerms.length ? covered.length / keyTerms.length : responseTerms.size > 0 ? 1 : 0;

  const checks = requestChecks(input, response);
  const checkRate = checks.length ? checks.filter((c) => c.met).length / checks.length : undefined;
  const refusal = refusalPhrase(response);

  let quality = checkRate === undefined ? coverage : 0.65 * coverage + 0.35 * checkRate;
  if (refusal) quality *= 0.3;
  return { keyTerms, covered, missing, coverage, checks, refusal, quality };
}
