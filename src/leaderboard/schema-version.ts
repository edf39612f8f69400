// The version of the leaderboard documents' shape (`schemaVersion`, README "Leaderboard fields").
// 1: the documents before it had a version. 2: performance, openWeights, parametersB, performanceWindow, history.
// A field never changes its meaning within a version; adding fields bumps it so clients can tell what to expect.
export const LEADERBOARD_SCHEMA_VERSION = 2;
