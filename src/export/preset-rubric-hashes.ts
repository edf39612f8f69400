// The content hashes (texts.hash) of the rubric presets (src/shared/rubric-presets.ts): a rubric with one of these
// hashes is the arena's own text, so the public export may include it. Hashes, not the presets themselves, so the
// presets' texts stay out of the worker bundle; test/unit/preset-rubric-hashes.test.ts keeps the list in step.
export const PRESET_RUBRIC_HASHES: ReadonlySet<string> = new Set([
  'd3e75ad1c2382f0521f28697fa9c6abdb8a8f71b9fc474331a86e5d8a4fdcb76', // helpfulness
  '823ceeaeb771b85c5a4c00f45f539d1b656ea9a62fd74ecab15fed67ec33b5cb', // factual-accuracy
  '12205d1284630d7813041d4563be804120b7a451896218c61a650b32f8d7c3b9', // harmlessness
  '504aa1fba7db0525cd0b03a273fddebecd9727a5e614d45b68c365082edd37b2', // instruction-following
  '8ce459746ecd8b6a6092a8984c9de747d50eaddd7b548cc7a0f53ec0193d06f7', // reference-correctness
]);
