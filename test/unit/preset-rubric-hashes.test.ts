// The export recognises preset rubrics by hash; the list must be exactly the presets' hashes.
import { expect, it } from 'vitest';
import { rubricJson, sha256Hex } from '../../src/battles/prompt-content';
import { PRESET_RUBRIC_HASHES } from '../../src/export/preset-rubric-hashes';
import { RUBRIC_PRESETS } from '../../src/shared/rubric-presets';

it('lists the hash of every rubric preset, and nothing else', async () => {
  const hashes = await Promise.all(RUBRIC_PRESETS.map((p) => sha256Hex(rubricJson(p.rubric))));
  expect(new Set(hashes)).toEqual(PRESET_RUBRIC_HASHES);
});
