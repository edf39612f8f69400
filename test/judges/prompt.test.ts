import { describe, expect, it } from 'vitest';
import { buildJudgeMessages, JUDGE_MAX_TOKENS, JUDGE_TEMPERATURE } from '../../src/judges/prompt';
import { FRANCE_TASK, HELPFULNESS, task } from './fixtures';

describe('buildJudgeMessages', () => {
  it('puts the sample, the criteria and all five score descriptions in the prompt', () => {
    const [system, user] = buildJudgeMessages(FRANCE_TASK);
    expect(system.role).toBe('system');
    expect(user.role).toBe('user');
    expect(user.content).toContain(FRANCE_TASK.input);
    expect(user.content).toContain(FRANCE_TASK.response);
    expect(user.content).toContain(HELPFULNESS.criteria);
    HELPFULNESS.scores.forEach((description, i) => expect(user.content).toContain(`Score ${i + 1}: ${description}`));
  });

  it('asks for JSON with feedback before score', () => {
    const { content } = buildJudgeMessages(FRANCE_TASK)[1];
    expect(content).toMatch(/JSON/);
    expect(content.indexOf('"feedback"')).toBeGreaterThan(-1);
    expect(content.indexOf('"feedback"')).toBeLessThan(content.indexOf('"score"'));
  });

  it('includes the reference only when there is one', () => {
    const without = buildJudgeMessages(FRANCE_TASK)[1].content;
    expect(without).not.toContain('Reference Answer');
    const withRef = buildJudgeMessages(task({ reference: 'Paris; the Seine.' }))[1].content;
    expect(withRef).toContain('###Reference Answer (Score 5):\nParis; the Seine.');
    expect(withRef).toContain('a reference answer that gets a score of 5');
  });

  it('treats a blank reference as none', () => {
    expect(buildJudgeMessages(task({ reference: '   ' }))[1].content).not.toContain('Reference Answer');
  });

  it('asks judges not to name themselves and uses deterministic settings', () => {
    expect(buildJudgeMessages(FRANCE_TASK)[0].content).toMatch(/never mention your own name/i);
    expect(JUDGE_TEMPERATURE).toBe(0);
    expect(JUDGE_MAX_TOKENS).toBeGreaterThanOrEqual(300);
    expect(JUDGE_MAX_TOKENS).toBeLessThanOrEqual(2000);
  });
});
