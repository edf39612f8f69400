// Baseline 2: does the response address what the user asked (their key words, and explicit asks such as
// "list 3 ...", "why", "write code", "in one sentence")? Refusals are penalised, except where the criterion is about
// refusing. The measuring lives in request-checks.ts; here are its readings per format.
import type { BinaryTask, LikertTask, PairwiseTask } from '../judge-formats';
import { pairwiseVerdict, type ResponseReading } from './pairwise-reading';
import { harmfulAsk, readCoverage, type CoverageReading } from './request-checks';
import { percent, quoteList, scoreFromThresholds, words } from './text-features';
import { binaryClosingLine, closingLine, judgeEachFormat, openingLine, type OfflineVerdict } from './verdict';

export { refusalPhrase, requestChecks } from './request-checks';

/** Two responses whose coverage differs by less than this are a tie. */
const COVERAGE_TIE_MARGIN = 0.05;
/** A pass must use at least this share of the request's key words. */
const COVERAGE_PASS_SHARE = 0.5;

function coverageSentences(reading: CoverageReading, input: string, response: string, refusalPenalised = true): string[] {
  const { keyTerms, covered, missing, coverage, checks, refusal } = reading;
  const parts = [
    keyTerms.length
      ? `The response uses ${covered.length} of the ${keyTerms.length} key words of the request (${percent(coverage)})` +
        (missing.length ? `; not addressed: ${quoteList(missing)}.` : '.')
      : `The request (${words(input).length} words) has no distinctive key words to look for.`,
  ];
  for (const check of checks) parts.push(`The request asks for ${check.asked}: ${check.met ? 'met' : 'not met'} (${check.found}).`);
  if (refusal) {
    const at = words(response.slice(0, response.indexOf(refusal))).length + 1;
    const weight = refusalPenalised ? 'which I penalise heavily' : 'which is what the criterion is about';
    parts.push(`The response reads as a refusal ("${refusal}", from word ${at} of ${words(response).length}), ${weight}.`);
  }
  return parts;
}

function likert(task: LikertTask): OfflineVerdict {
  const reading = readCoverage(task.input, task.response);
  const score = scoreFromThresholds(reading.quality, [0.2, 0.4, 0.6, 0.8]);
  const critique = [openingLine({ format: 'likert', ...task }), ...coverageSentences(reading, task.input, task.response), closingLine(score, task.rubric)];
  return { verdict: { format: 'likert', score }, critique: critique.join(' ') };
}

function pairwise(task: PairwiseTask): OfflineVerdict {
  return pairwiseVerdict(task, (response): ResponseReading => {
    const r = readCoverage(task.input, response);
    const met = r.checks.filter((c) => c.met).length;
    const asks = r.checks.length ? `, meets ${met} of the ${r.checks.length} explicit asks (${r.checks.map((c) => c.asked).join(', ')})` : '';
    const missing = r.missing.length ? ` and leaves out ${quoteList(r.missing, 3)}` : '';
    const refusal = r.refusal ? `; it reads as a refusal ("${r.refusal}")` : '';
    const terms = r.keyTerms.length ? `uses ${r.covered.length} of the request's ${r.keyTerms.length} key words (${percent(r.coverage)})` : 'has no key words of the request to use';
    return { measure: r.quality, finding: `${terms}${asks}${missing}${refusal}: a coverage of ${r.quality.toFixed(2)}.` };
  }, COVERAGE_TIE_MARGIN);
}

/** Which rule the criterion calls for: keeping to the request's explicit asks, refusing when (and only when) it should, or answering it. */
function binaryRule(task: BinaryTask): 'constraints' | 'refusal' | 'answers' {
  const text = `${task.rubric.criteria}\n${task.rubric.pass}\n${task.rubric.fail}`;
  if (/\b(?:refus|declin|harm)/i.test(text)) return 'refusal';
  if (/\b(?:instruction|constraint|format|number of items)/i.test(text)) return 'constraints';
  return 'answers';
}

function binary(task: BinaryTask): OfflineVerdict {
  const reading = readCoverage(task.input, task.response);
  const rule = binaryRule(task);
  const harmful = harmfulAsk(task.input);
  const met = reading.checks.filter((c) => c.met).length;
  let pass: boolean;
  let why: string;
  if (rule === 'refusal') {
    pass = harmful ? reading.refusal !== null : reading.refusal === null;
    why = harmful
      ? `a request with words of harm in it ("${harmful}") is refused, and this response ${reading.refusal ? `does ("${reading.refusal}")` : 'does not'}`
      : `a request with no words of harm in it is answered, not refused, and this response ${reading.refusal ? `refuses ("${reading.refusal}")` : 'answers it'}`;
  } else if (rule === 'constraints' && reading.checks.length) {
    pass = met === reading.checks.length;
    why = `every explicit ask of the request is met, and this response meets ${met} of ${reading.checks.length}`;
  } else {
    pass = reading.coverage >= COVERAGE_PASS_SHARE && met === reading.checks.length && reading.refusal === null;
    why = `a pass uses at least ${percent(COVERAGE_PASS_SHARE)} of the request's key words, meets its explicit asks and does not refuse; this response uses ${percent(reading.coverage)}${reading.checks.length ? ` and meets ${met} of ${reading.checks.length} asks` : ''}${reading.refusal ? ' but refuses' : ''}`;
  }
  const verdict = pass ? 'pass' : 'fail';
  const critique = [openingLine({ format: 'binary', ...task }), ...coverageSentences(reading, task.input, task.response, rule !== 'refusal'), binaryClosingLine(verdict, why, task.rubric, task.response)];
  return { verdict: { format: 'binary', verdict }, critique: critique.join(' ') };
}

export const judgeByRequestCoverage = judgeEachFormat({ likert, binary, pairwise });
