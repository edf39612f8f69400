// A JSON answer cut off before its end (the token limit, a dropped stream). Such an answer must never be read as
// prose: its feedback may mention a verdict ("…it would pass if…") that is not the judge's. What can be trusted is
// the top-level fields that were written completely, such as a verdict key after the feedback. Pure.
import { scanObjects } from './json-objects';

/** The JSON object still open at the end of the text (from its `{` on), if the text ends inside one. */
export function openObjectAtEnd(text: string): string | undefined {
  const { openStart } = scanObjects(text);
  if (openStart < 0) return undefined;
  const open = text.slice(openStart);
  // Only something that began as a JSON object with a key; a stray "{" in prose is not a cut-off answer.
  return /^\{\s*"/.test(open) ? open : undefined;
}

/** Index just past the JSON string starting at `i` (a `"`), or -1 if it is not closed. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j + 1;
  }
  return -1;
}

/** Index just past the object or array starting at `i`, or -1 if it is not closed. */
function nestedEnd(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const ch = text[j];
    if (ch === '"') {
      j = stringEnd(text, j) - 1;
      if (j < 0) return -1;
    } else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  return -1;
}

const LITERAL = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/;

/** The top-level fields of a cut-off object that were written completely, as parsed values. */
export function completeFields(open: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  let i = 1; // past the opening brace
  const skip = () => {
    while (i < open.length && /[\s,]/.test(open[i])) i++;
  };
  for (;;) {
    skip();
    if (open[i] !== '"') return fields;
    const keyEnd = stringEnd(open, i);
    if (keyEnd < 0) return fields;
    const key = JSON.parse(open.slice(i, keyEnd)) as string;
    i = keyEnd;
    while (/\s/.test(open[i] ?? '')) i++;
    if (open[i] !== ':') return fields;
    i++;
    while (/\s/.test(open[i] ?? '')) i++;
    let valueEnd: number;
    if (open[i] === '"') valueEnd = stringEnd(open, i);
    else if (open[i] === '{' || open[i] === '[') valueEnd = nestedEnd(open, i);
    else {
      const literal = open.slice(i).match(LITERAL);
      valueEnd = literal ? i + literal[0].length : -1;
    }
    if (valueEnd < 0) return fields;
    fields[key] = JSON.parse(open.slice(i, valueEnd));
    i = valueEnd;
  }
}
