// A likert judgment's score, for tests that read one (throws for a verdict of another format).
import type { Judgment } from '../../src/judges/types';

export function scoreOf(judgment: Pick<Judgment, 'verdict'>): number {
  if (judgment.verdict.format !== 'likert') throw new Error(`expected a likert score, got ${JSON.stringify(judgment.verdict)}`);
  return judgment.verdict.score;
}
