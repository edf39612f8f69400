// The position-bias figure of a pairwise slice's table row: the share at a glance, its meaning in words for a
// screen reader and on hover.
import { formatCount } from './format';
import { positionBiasFigure, positionBiasSentence, readPositionBias, type PositionBias } from './position-bias';

export function PositionBiasCell({ bias }: { bias: PositionBias | null | undefined }) {
  const reading = readPositionBias(bias);
  const sentence = positionBiasSentence(reading);
  return (
    <>
      <span aria-hidden="true" title={sentence} class={reading.kind === 'measured' && reading.favours ? 'bias-lean' : undefined}>
        {positionBiasFigure(reading)}
        {(reading.kind === 'measured' || reading.kind === 'too-few') && (
          <span class="bias-n">n={formatCount(reading.decisive)}</span>
        )}
      </span>
      <span class="sr-only">{sentence}</span>
    </>
  );
}
