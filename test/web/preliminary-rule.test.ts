// The About page's sentence on preliminary judges follows the deployment's threshold.
import { describe, expect, it } from 'vitest';
import { preliminaryRule } from '../../web/src/about/preliminary-rule';

describe('preliminaryRule', () => {
  it("states the deployment's threshold, and no number before it is known", () => {
    expect(preliminaryRule(25)).toBe('Judges with fewer than 25 votes are marked preliminary and hidden unless you ask to see them.');
    expect(preliminaryRule(1)).toContain('fewer than 1 vote are');
    const unknown = preliminaryRule(null);
    expect(unknown).toContain('too few votes so far');
    expect(unknown).not.toMatch(/\d/);
  });
});
