import { describe, expect, it } from 'vitest';
import { createFeedbackStream } from '../../src/judges/feedback-stream';
import { streamInChunks } from './fixtures';

const FEEDBACK = 'Line one says "hi".\nCafé — naïve 😀 \\ done';
const JSON_OUTPUT = JSON.stringify({ feedback: FEEDBACK, score: 4 });
// Same value written with \u escapes for every non-ASCII char (including a surrogate pair for the emoji).
const ESCAPED_OUTPUT = JSON_OUTPUT.replace(/[\u0080-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

function extract(text: string, size: number): string {
  return streamInChunks(createFeedbackStream(), text, size).join('');
}

describe('createFeedbackStream', () => {
  it('streams exactly the unescaped feedback value, whatever the chunk size', () => {
    expect(ESCAPED_OUTPUT).toContain('\\u00e9');
    expect(ESCAPED_OUTPUT).toContain('\\ud83d');
    for (const output of [JSON_OUTPUT, ESCAPED_OUTPUT]) {
      for (let size = 1; size <= output.length; size++) expect(extract(output, size)).toBe(FEEDBACK);
    }
  });

  it('never emits half of a surrogate pair in a chunk', () => {
    const pieces = streamInChunks(createFeedbackStream(), ESCAPED_OUTPUT, 1);
    for (const piece of pieces) expect(piece).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('streams the feedback while it is being written, before the JSON is complete', () => {
    const stream = createFeedbackStream();
    expect(stream.push('{"feedback": "The ans')).toBe('The ans');
    expect(stream.push('wer is')).toBe('wer is');
    expect(stream.push(' right", "score": 5}')).toBe(' right');
    expect(stream.end()).toBe('');
  });

  it('finds feedback after other keys, including nested objects and strings with quotes', () => {
    const output = '{"meta": {"feedback": "nested, not this"}, "note": "a \\"feedback\\" word", "score": 2, "feedback": "This one."}';
    for (const size of [1, 3, 7, 100]) expect(extract(output, size)).toBe('This one.');
  });

  it('handles JSON inside a code fence', () => {
    const output = '```json\n{"feedback": "Fenced critique.", "score": 3}\n```';
    for (const size of [1, 2, 5, 50]) expect(extract(output, size)).toBe('Fenced critique.');
  });

  it('falls back to the raw text when the output is not JSON', () => {
    const output = 'Feedback: solid answer.\n[RESULT] 4';
    for (const size of [1, 4, 100]) expect(extract(output, size)).toBe(output);
    expect(extract('  `inline` code first. Score: 3', 2)).toBe('`inline` code first. Score: 3');
  });

  it('shows nothing for JSON without a feedback field, and the raw text for broken JSON without one', () => {
    expect(extract('{"score": 4}', 3)).toBe('');
    expect(extract('{"score": ', 3)).toBe('{"score":');
  });

  it('accepts the critique key used by some judges', () => {
    expect(extract('{"critique": "Short.", "score": 1}', 4)).toBe('Short.');
  });
});
