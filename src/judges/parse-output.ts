// Turns what a judge wrote into a score and critique. Never guesses: a missing score, or one outside 1..5,
// is an error for the caller to report as 'unparseable'.

import { critiqueAround, feedbackOf } from './critique-text';
import { jsonObjectsIn } from './json-objects';

export type ParsedJudgeOutput = { ok: true; score: number; critique: string } | { ok: false; reason: string };

const SCORE_KEYS = ['score', 'Score', 'rating', 'Rating', 'result', 'Result'];

/** Reads a score value: 4, 4.0, "4", "4/5", " 4 ". Returns undefined when it is not a number at all. */
function numericScore(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const match = value.trim().match(/^(-?\d+(?:\.\d+)?)\s*(?:\/\s*5|out of 5)?$/i);
    if (match) return Number(match[1]);
  }
  return undefined;
}

function checkedScore(value: number): { ok: true; score: number } | { ok: false; reason: string } {
  if (!Number.isInteger(value) || value < 1 || value > 5) return { ok: false, reason: `score ${value} is not an integer from 1 to 5` };
  return { ok: true, score: value };
}

// Last "Score: 4", "**Score:** 4/5", "Final score - 4", "[RESULT] 4", or a `"score": 4` in broken JSON wins.
const SCORE_LINE =
  /(?:\[RESULT\]|\b(?:final\s+)?(?:score|rating)\**\s*(?:\(1\s*-\s*5\))?\s*\**\s*(?::|=|\s+-\s+)\s*\**|"score"\s*:)\s*"?\s*(-?\d+(?:\.\d+)?)(?:\s*(?:\/\s*5|out of 5))?/gi;

/** The score from the first JSON object in the text that has one; undefined when none has a score key. */
export function scoreFromJson(text: string): ParsedJudgeOutput | undefined {
  for (const object of jsonObjectsIn(text)) {
    const key = SCORE_KEYS.find((k) => k in object);
    if (!key) continue;
    const score = numericScore(object[key]);
    if (score === undefined) return { ok: false, reason: `score ${JSON.stringify(object[key])} is not a number` };
    const checked = checkedScore(score);
    if (!checked.ok) return checked;
    return { ok: true, score: checked.score, critique: feedbackOf(object) };
  }
  return undefined;
}

function fromScoreLine(text: string): ParsedJudgeOutput | undefined {
  const matches = [...text.matchAll(SCORE_LINE)];
  const last = matches.at(-1);
  if (!last) return undefined;
  const checked = checkedScore(Number(last[1]));
  if (!checked.ok) return checked;
  return { ok: true, score: checked.score, critique: critiqueAround(text, { index: last.index, length: last[0].length }) };
}

export function parseJudgeOutput(text: string): ParsedJudgeOutput {
  if (!text.trim()) return { ok: false, reason: 'empty output' };
  return scoreFromJson(text) ?? fromScoreLine(text) ?? { ok: false, reason: 'no score found in the output' };
}
