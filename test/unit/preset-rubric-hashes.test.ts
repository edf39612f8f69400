// The export recognises preset rubrics by hash; the list must be exactly the presets' hashes.
import { expect, it } from 'vitest';
import { rubricJson } from '../../src/battles/prompt-content';
import { sha256Hex } from '../../src/crypto/sha256';
import { PRESET_RUBRIC_HASHES } from '../../src/export/preset-rubric-hashes';
import { BINARY_RUBRIC_PRESETS, PAIRWISE_RUBRIC_PRESETS } from '../../src/shared/format-rubric-presets';
import { RUBRIC_PRESETS } from '../../src/shared/rubric-presets';

it('lists the hash of every rubric preset of every format, and nothing else', async () => {
  const rubrics = [...RUBRIC_PRESETS, ...BINARY_RUBRIC_PRESETS, ...PAIRWISE_RUBRIC_PRESETS].map((p) => p.rubric);
  const hashes = await Promise.all(rubrics.map((rubric) => sha256Hex(rubricJson(rubric))));
  expect(hashes).toHaveLength(16);
  expect(new Set(hashes)).toEqual(PRESET_RUBRIC_HASHES);
});
