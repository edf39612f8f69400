// The position-bias figure of a pairwise slice's table row: the share at a glance, its meaning in words for a
// screen reader and on hover. Wide screens give it a column; narrow ones a line under the judge's name.
import { formatCount } from './format';
import { positionBiasFigure, positionBiasSentence, readPositionBias, type PositionBias } from './position-bias';

export function PositionBiasCell({ bias, inline = false }: { bias: PositionBias | null | undefined; inline?: boolean }) {
  const reading = readPositionBias(bias);
  const sentence = positionBiasSentence(reading);
  const n = reading.kind === 'measured' || reading.kind === 'too-few' ? `n=${formatCount(reading.decisive)}` : null;
  const lean = reading.kind === 'measured' && reading.favours ? 'bias-lean' : undefined;
  if (inline) {
    return (
      <span class="narrow-only bias-inline">
        <span aria-hidden="true" title={sentence}>
          Position bias: <span class={lean}>{positionBiasFigure(reading)}</span>
          {n && ` (${n})`}
        </span>
        <span class="sr-only">{sentence}</span>
      </span>
    );
  }
  return (
    <>
      <span aria-hidden="true" title={sentence} class={lean}>
        {positionBiasFigure(reading)}
        {n && <span class="bias-n">{n}</span>}
      </span>
      <span class="sr-only">{sentence}</span>
    </>
  );
}
