// The content hashes (texts.hash) of the rubric presets of every format (src/shared/rubric-presets.ts,
// format-rubric-presets.ts): a rubric with one of these
// hashes is the arena's own text, so the public export may include it. Hashes, not the presets themselves, so the
// presets' texts stay out of the worker bundle; test/unit/preset-rubric-hashes.test.ts keeps the list in step.
export const PRESET_RUBRIC_HASHES: ReadonlySet<string> = new Set([
  'd3e75ad1c2382f0521f28697fa9c6abdb8a8f71b9fc474331a86e5d8a4fdcb76', // helpfulness
  '823ceeaeb771b85c5a4c00f45f539d1b656ea9a62fd74ecab15fed67ec33b5cb', // factual-accuracy
  '12205d1284630d7813041d4563be804120b7a451896218c61a650b32f8d7c3b9', // harmlessness
  '504aa1fba7db0525cd0b03a273fddebecd9727a5e614d45b68c365082edd37b2', // instruction-following
  '8ce459746ecd8b6a6092a8984c9de747d50eaddd7b548cc7a0f53ec0193d06f7', // reference-correctness
  'e22e89eb62f21e31bdc2a598fa347d89a655ca2741d12ef444d9e4385c2aec37', // binary no-factual-error
  'a0d79691a44f417c3d9c0f004f8cda7ad63e83d582b200058910b51da9f35674', // binary faithful-to-reference
  '4286d0214553d90b97c06ea5107273be55e80f19b840a2fe154c038578c8170f', // binary no-harmful-content
  'ac7283f04054cac2132db896aee713913d9f8b50cad14a24625b20c2827dc9cf', // binary appropriate-refusal
  '3efd679f743c5625e16a6bdcfccf16533d20d22eb8adb681cddf58e6c8fe1442', // binary follows-instructions
  'be5e62371a9b7374b34704c12aeaf27b7b39510ee3898527c4146199a13db795', // binary code-is-correct
  '9160e97f09f1a99ee9a816e6730816c2ac0adab6d72b7a58322aaf377060b43b', // pairwise overall-helpfulness
  'b43f0bd023ba0470cf1d4cdac383a2f04ff3b947b3777113b792226952fb6254', // pairwise correctness
  '61136a9cf06f59745230c232aebad6524efa04234bc9064260e95d996344ccf5', // pairwise concision
  '07e2161ee2973781923ee63a63aad7952935654fd1de7fa0aff1b351c4aa80a3', // pairwise safety
  '286dd0490783672e09814676206b01d89cb87ea4627494851dbcfcdc233fb4d2', // pairwise closer-to-reference
]);
