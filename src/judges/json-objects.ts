// Finds JSON objects in model output that may wrap them in prose or ``` fences.

function tryParseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One pass over the text, skipping braces inside JSON strings: the balanced {...} substrings at top level, and
 * where the object still open at the end of the text begins (-1 when the text does not end inside one).
 */
export function scanObjects(text: string): { spans: string[]; openStart: number } {
  const spans: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"' && depth > 0) inString = true;
    else if (ch === '{') {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) spans.push(text.slice(start, i + 1));
    }
  }
  return { spans, openStart: depth > 0 ? start : -1 };
}

/** JSON objects found in the text, most likely first: the whole text, fenced blocks, then {...} spans. */
export function jsonObjectsIn(text: string): Record<string, unknown>[] {
  const candidates = [text.trim()];
  for (const match of text.matchAll(/```[a-zA-Z]*\s*\n?([\s\S]*?)```/g)) candidates.push(match[1].trim());
  candidates.push(...scanObjects(text).spans);
  const found: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const value = tryParseObject(candidate);
    if (value) found.push(value);
  }
  return found;
}
