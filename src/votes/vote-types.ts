export type { Position, VoteChoice } from '../api-types';
