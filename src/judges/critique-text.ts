// Where a judge's critique is in its answer, for every format: a JSON object's feedback field, or the prose around
// the marker that gave the verdict (a likert "Score: 4", a "[RESULT] pass"). Pure.

/** JSON keys a judge's critique may come under. */
export const FEEDBACK_KEYS = ['feedback', 'Feedback', 'critique', 'Critique', 'reasoning', 'explanation'];

/** The critique a JSON object carries, trimmed; '' when it has none. */
export function feedbackOf(object: Record<string, unknown>): string {
  const key = FEEDBACK_KEYS.find((k) => typeof object[k] === 'string');
  return key ? (object[key] as string).trim() : '';
}

/**
 * The prose before the marker (else after it), without a leading "Feedback:" label or the marker's own leftover
 * punctuation (a "(", "-", ":" or the "**" of "**Score:**").
 */
export function critiqueAround(answer: string, marker: { index: number; length: number }): string {
  const before = answer.slice(0, marker.index).trim();
  const after = answer.slice(marker.index + marker.length).trim();
  let critique = before || after;
  const labelled = critique.match(/(?:^|\n)\s*\**(?:feedback|explanation|reasoning)\**\s*:\**\s*([\s\S]*)$/i);
  if (labelled) critique = labelled[1];
  return critique.replace(/[\s(\-–—:*#]+$/, '').trim();
}
