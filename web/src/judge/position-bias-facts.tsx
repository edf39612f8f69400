// A judge's position bias on its page: what the share means, and the counts behind it.
import { formatCount } from '../leaderboard/format';
import { formatShare, positionBiasSentence, readPositionBias, type PositionBias } from '../leaderboard/position-bias';
import { FactList, type Fact } from './fact-list';

export function PositionBiasFacts({ judgeName, bias }: { judgeName: string; bias: PositionBias | null | undefined }) {
  const reading = readPositionBias(bias);
  if (reading.kind === 'not-reported') {
    return (
      <p class="notice notice-info" data-testid="position-bias-empty">
        This leaderboard does not report position bias yet; it appears after the next hourly refresh.
      </p>
    );
  }
  if (!bias || reading.kind === 'none') {
    return (
      <p class="notice notice-info" data-testid="position-bias-empty">
        {judgeName} has no complete pairwise verdict yet, so its position bias is not known.
      </p>
    );
  }
  const facts: Fact[] = [
    ['Pairwise verdicts', formatCount(bias.verdicts)],
    ['Chose the one shown first', formatCount(bias.firstShown)],
    ['Chose the one shown second', formatCount(bias.verdicts - bias.ties - bias.firstShown)],
    ['Ties', formatCount(bias.ties)],
  ];
  if (reading.kind === 'measured') {
    facts.push(['First shown, of decisive verdicts', formatShare(reading.share)]);
    facts.push(['95% interval', reading.interval.map(formatShare).join('–')]);
  }
  const sentence = positionBiasSentence(reading);
  return (
    <>
      <p data-testid="position-bias-sentence">{sentence}</p>
      <FactList facts={facts} testId="position-bias" />
      <p class="method-note">
        In a pairwise round each judge is shown the two responses in its own random order; an unbiased judge chooses
        the one it was shown first in about half of its decisive (non-tie) verdicts. Counted over all its complete
        pairwise judgments, voted on or not.
      </p>
    </>
  );
}
