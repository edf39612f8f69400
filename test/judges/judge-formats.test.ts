import { describe, expect, it } from 'vitest';
import { formatTaskTexts } from '../../src/judges/judge-formats';
import { FRANCE_TASK, HELPFULNESS } from './fixtures';

describe('formatTaskTexts', () => {
  it('lists every text of a task in each format, so none escapes redaction or the cache key', () => {
    expect(formatTaskTexts({ ...FRANCE_TASK, reference: 'R' }).sort()).toEqual(
      [FRANCE_TASK.input, 'R', HELPFULNESS.criteria, FRANCE_TASK.response, ...HELPFULNESS.scores].sort(),
    );
    expect(
      formatTaskTexts({ format: 'binary', input: 'I', response: 'S', rubric: { criteria: 'C', pass: 'P', fail: 'F' } }).filter(Boolean).sort(),
    ).toEqual(['C', 'F', 'I', 'P', 'S']);
    expect(
      formatTaskTexts({ format: 'pairwise', input: 'I', responses: ['one', 'two'], reference: 'R', rubric: { criteria: 'C' } }).sort(),
    ).toEqual(['C', 'I', 'R', 'one', 'two']);
  });
});
