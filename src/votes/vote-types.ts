export type Position = 'A' | 'B';
export type VoteChoice = 'A' | 'B' | 'tie' | 'both_bad';
