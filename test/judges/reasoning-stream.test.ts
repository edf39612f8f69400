import { describe, expect, it } from 'vitest';
import { splitReasoning } from '../../src/judges/reasoning-split';
import { createReasoningStream } from '../../src/judges/reasoning-stream';

/** Streams `text` in chunks of `size` and returns all reasoning and all answer text emitted. */
function streamed(text: string, size: number, options?: { startsInReasoning?: boolean }) {
  const stream = createReasoningStream(options);
  let reasoning = '';
  let answer = '';
  for (let i = 0; i < text.length; i += size) {
    const delta = stream.push(text.slice(i, i + size));
    reasoning += delta.reasoning;
    answer += delta.answer;
  }
  const last = stream.end();
  return { reasoning: reasoning + last.reasoning, answer: answer + last.answer };
}

const SIZES = [1, 2, 3, 5, 8, 1000];

describe('createReasoningStream', () => {
  it.each([
    ['one section', '<think>\nFirst I thought [[A]]; no.\n</think>\n\n{"feedback": "x", "verdict": "second"}'],
    ['upper-case tag', '  <THINKING>maybe FAIL</THINKING>{"verdict": "pass"}'],
    ['no reasoning', '{"feedback": "A <think> tag quoted.", "score": 3}'],
    ['prose answer starting with "<"', '<b>bold</b> Verdict: PASS'],
    ['two sections', '<think>a</think>\n<reasoning>b</reasoning>answer'],
  ])('splits %s as splitReasoning does, however it is chunked', (_label, text) => {
    const whole = splitReasoning(text);
    for (const size of SIZES) {
      const { reasoning, answer } = streamed(text, size);
      expect(answer.trim()).toBe(whole.answer);
      expect(reasoning.replace(/\s+/g, '')).toBe(whole.reasoning.replace(/\s+/g, ''));
    }
  });

  it('streams reasoning as it comes, holding back only what may be a closing tag', () => {
    const stream = createReasoningStream();
    expect(stream.push('<thi')).toEqual({ reasoning: '', answer: '' });
    expect(stream.push('nk>Weighing it')).toEqual({ reasoning: 'Weighing it', answer: '' });
    expect(stream.push(' up </th')).toEqual({ reasoning: ' up ', answer: '' });
    expect(stream.push('ink> {"score"')).toEqual({ reasoning: '', answer: '{"score"' });
    expect(stream.end()).toEqual({ reasoning: '', answer: '' });
  });

  it('keeps unclosed reasoning as reasoning at the end', () => {
    expect(streamed('<think>still going </thi', 3)).toEqual({ reasoning: 'still going </thi', answer: '' });
  });

  it('gives a short answer that looked like the start of a tag as answer at the end', () => {
    expect(streamed('<th', 1)).toEqual({ reasoning: '', answer: '<th' });
  });

  it.each([
    ['a quoted mention of the tag', 'Never write "</think>" in the answer.\n</think>\n[[B]]'],
    ['a tag inside a drafted JSON object', 'Drafting {"feedback": "no </think> here"} then.\n</think>\n[[A]]'],
    ['a rejected verdict', 'I first thought {"score": 1}, but no.\n</thinking>\n{"feedback": "Right.", "score": 4}'],
  ])('ends a template-opened section where splitReasoning does, past %s, however it is chunked', (_label, text) => {
    const whole = splitReasoning(text);
    for (const size of SIZES) {
      const { reasoning, answer } = streamed(text, size, { startsInReasoning: true });
      expect(answer.trim()).toBe(whole.answer);
      expect(reasoning.trim()).toBe(whole.reasoning);
    }
  });

  it('can start inside a section the chat template opened', () => {
    for (const size of SIZES) {
      expect(streamed('Let me weigh [[A]].\n</think>\n[[B]]', size, { startsInReasoning: true })).toEqual({
        reasoning: 'Let me weigh [[A]].\n',
        answer: '[[B]]',
      });
    }
  });
});
