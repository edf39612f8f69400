// The content of the sample bank asset (data/sample-bank.json): every bank sample of every format, public fields
// only (the internal quality label and expected verdicts stay in the repository). Built by the site build
// (web/vite.config.ts); the worker never imports this module, it reads the asset (bank-asset.ts).
import { SAMPLE_BANK } from './bank';
import { BINARY_SAMPLES, PAIRWISE_SAMPLES } from './format-bank';
import { publicSample } from './sampling';
import type { PublicSample } from './types';

export function publicBank(): PublicSample[] {
  return [
    ...SAMPLE_BANK.map((sample) => publicSample(sample)),
    ...BINARY_SAMPLES.map((sample) => publicSample({ ...sample, format: 'binary' as const })),
    ...PAIRWISE_SAMPLES.map((sample) => publicSample({ ...sample, format: 'pairwise' as const })),
  ];
}
