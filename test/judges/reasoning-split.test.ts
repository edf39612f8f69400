import { describe, expect, it } from 'vitest';
import { completeFields, openObjectAtEnd } from '../../src/judges/cut-off-json';
import { parseVerdict } from '../../src/judges/parse-verdict';
import { splitReasoning } from '../../src/judges/reasoning-split';

describe('splitReasoning', () => {
  it('leaves an answer without reasoning as it is', () => {
    expect(splitReasoning('  {"score": 3}  ')).toEqual({ reasoning: '', answer: '{"score": 3}', reasoningUnclosed: false });
  });

  it('sets apart every leading reasoning section, whatever the tag and case', () => {
    expect(splitReasoning('<think> one </think>\n<THINKING>two</THINKING><reasoning>three</reasoning>\nanswer')).toEqual({
      reasoning: 'one\n\ntwo\n\nthree',
      answer: 'answer',
      reasoningUnclosed: false,
    });
  });

  it('keeps a tag mentioned inside reasoning as part of it, closing only on its own tag', () => {
    expect(splitReasoning('<think>should I use <thinking> here? </thinking> no</think>answer')).toEqual({
      reasoning: 'should I use <thinking> here? </thinking> no',
      answer: 'answer',
      reasoningUnclosed: false,
    });
  });

  it('keeps a tag quoted later in the answer as answer text', () => {
    const answer = '{"feedback": "The response leaks a <think> section.", "verdict": "fail"}';
    expect(splitReasoning(`<think>hmm</think>${answer}`)).toEqual({ reasoning: 'hmm', answer, reasoningUnclosed: false });
    expect(splitReasoning(answer)).toEqual({ reasoning: '', answer, reasoningUnclosed: false });
  });

  it('treats everything before a closing tag with no opening one as reasoning', () => {
    expect(splitReasoning('weighing it up\n</think>\n\n[[B]]')).toEqual({ reasoning: 'weighing it up', answer: '[[B]]', reasoningUnclosed: false });
  });

  it('keeps a closing tag inside a JSON answer as answer text, with everything before it', () => {
    const answer = '{"feedback": "The response ends with a stray </think> tag, which the user will see.", "score": 2}';
    expect(splitReasoning(answer)).toEqual({ reasoning: '', answer, reasoningUnclosed: false });
    const parsed = parseVerdict('likert', answer);
    expect(parsed.ok && parsed.verdict).toEqual({ format: 'likert', score: 2 });
    expect(parsed.ok && parsed.critique).toBe('The response ends with a stray </think> tag, which the user will see.');
  });

  it('keeps a quoted closing tag as answer text', () => {
    for (const answer of ['The response prints "</think>" literally. Verdict: FAIL', 'It leaves `</thinking>` in the output. [[B]]']) {
      expect(splitReasoning(answer)).toEqual({ reasoning: '', answer, reasoningUnclosed: false });
    }
  });

  it('ends a template-opened section at the first closing tag that can end it', () => {
    // A verdict weighed and closed in the reasoning does not stop the section; a quoted mention of the tag does not end it.
    expect(splitReasoning('I first thought {"score": 1}, but no.\n</think>\n{"feedback": "Right.", "score": 4}')).toEqual({
      reasoning: 'I first thought {"score": 1}, but no.',
      answer: '{"feedback": "Right.", "score": 4}',
      reasoningUnclosed: false,
    });
    expect(splitReasoning('Never write "</think>" in the answer.\n</think>\n[[B]]')).toEqual({
      reasoning: 'Never write "</think>" in the answer.',
      answer: '[[B]]',
      reasoningUnclosed: false,
    });
    expect(splitReasoning('Drafting {"feedback": "no </think> here"} then.\n</think>\n[[A]]')).toEqual({
      reasoning: 'Drafting {"feedback": "no </think> here"} then.',
      answer: '[[A]]',
      reasoningUnclosed: false,
    });
  });

  it('says when the output stopped inside a reasoning section', () => {
    expect(splitReasoning('<think>still weighing [[A]]')).toEqual({ reasoning: 'still weighing [[A]]', answer: '', reasoningUnclosed: true });
  });
});

describe('openObjectAtEnd', () => {
  it('finds the JSON object still open at the end, after prose or a fence', () => {
    expect(openObjectAtEnd('{"feedback": "cut')).toBe('{"feedback": "cut');
    expect(openObjectAtEnd('Here:\n```json\n{"feedback": "a}", "verdict"')).toBe('{"feedback": "a}", "verdict"');
  });

  it('finds nothing when every object is closed or the brace is prose', () => {
    expect(openObjectAtEnd('{"feedback": "ok", "score": 3}')).toBeUndefined();
    expect(openObjectAtEnd('It writes { instead of [.')).toBeUndefined();
    expect(openObjectAtEnd('no JSON at all')).toBeUndefined();
  });
});

describe('completeFields', () => {
  it('keeps only the top-level fields written in full', () => {
    expect(completeFields('{"feedback": "Fine \\"so\\" far.", "score": 4, "tags": ["a", "b"], "verdict": "pa')).toEqual({
      feedback: 'Fine "so" far.',
      score: 4,
      tags: ['a', 'b'],
    });
    expect(completeFields('{"passes": true, "nested": {"a": 1')).toEqual({ passes: true });
    expect(completeFields('{"feedback": "never closed')).toEqual({});
    expect(completeFields('{"feedback"')).toEqual({});
  });
});
