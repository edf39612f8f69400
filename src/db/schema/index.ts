// The single source of the D1 tables, one file per aggregate. `npm run db:generate` (drizzle.config.ts points at
// this folder) turns changes here into SQL in migrations/.
export * from './content';
export * from './battles';
export * from './votes';
export * from './vote-counts';
export * from './judges';
export * from './budget';
export * from './samples';
export * from './leaderboard';
export * from './known-answers';
