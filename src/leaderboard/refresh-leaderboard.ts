// The hourly job: read the running pair counts per slice and style moments (bounded by judges², never the vote
// table), rank (plain and style-controlled) the overall board and each slice (slice-boards.ts), write KV, then
// one document per judge from those boards (judge-documents.ts).
import { readSettings, type Settings } from '../config';
import { database } from '../db/client';
import { allJudgeModels } from '../judges/registry';
import { MAX_BOOTSTRAP_ROUNDS, rankJudges } from '../ranking/leaderboard';
import type { RankingOptions } from '../ranking/types';
import type { Leaderboard } from '../shared/api-types';
import { readRankingCounts, readStyleSums } from '../votes/vote-store';
import { readPerformanceReport } from './judge-performance-report';
import { keepHistory } from './keep-history';
import { buildJudgeDocuments } from './judge-documents';
import { writeJudgeDocuments } from './judge-document-store';
import { buildLeaderboard, buildPairsDocument, LEADERBOARD_KEY, PAIRS_KEY } from './leaderboard-json';
import { styleControlOrNull, withStyleControl } from './style-control-json';
import { writeSliceBoards } from './slice-boards';
import { countsOfSlice, OVERALL_SLICE, totalVotes } from './slice-counts';
import { positionBiasByJudge, readPairwiseVerdictCounts, withPositionBias } from './position-bias-report';

export async function refreshLeaderboard(env: Env, now = new Date()): Promise<Leaderboard> {
  const [{ pairCounts: sliceCounts, onlineElo }, styleSums, pairwiseVerdicts] = await Promise.all([
    readRankingCounts(env.DB),
    readStyleSums(env.DB),
    readPairwiseVerdictCounts(env.DB),
  ]);
  const pairCounts = countsOfSlice(sliceCounts, OVERALL_SLICE);
  const models = allJudgeModels(env);
  // Every judge that ever got a counted vote is ranked, even if it has since been removed from the registry.
  const ids = [...new Set([...models.map((m) => m.id), ...pairCounts.flatMap((p) => [p.lo, p.hi])])];

  const options = rankingOptions(readSettings(env));
  const started = performance.now();
  const ranking = rankJudges(ids, pairCounts, { ...options, onlineElo });
  const style = styleControlOrNull(ids, styleSums, options);
  const computeMs = performance.now() - started;

  const votes = totalVotes(pairCounts);
  const judgePerformance = await readPerformanceReport(env, models, now);
  const board = withStyleControl(buildLeaderboard(ranking, models, votes, now, computeMs, judgePerformance), style);
  const leaderboard = { ...withPositionBias(board, positionBiasByJudge(pairwiseVerdicts, null)), slice: OVERALL_SLICE };
  const pairs = { ...buildPairsDocument(ranking, models, now), slice: OVERALL_SLICE };
  const [, , , sliceDocuments] = await Promise.all([
    env.LEADERBOARD_KV.put(LEADERBOARD_KEY, JSON.stringify(leaderboard)),
    env.LEADERBOARD_KV.put(PAIRS_KEY, JSON.stringify(pairs)),
    keepHistory(database(env.DB), leaderboard, now),
    writeSliceBoards(env.LEADERBOARD_KV, sliceCounts, ids, models, options, now, pairwiseVerdicts, judgePerformance),
  ]);
  const judgeDocuments = await writeJudgeDocuments(env.LEADERBOARD_KV, buildJudgeDocuments(leaderboard, pairs, sliceDocuments));
  const slices = sliceDocuments.length;
  console.log('leaderboard refreshed', { judges: leaderboard.models.length, totalVotes: votes, computeMs: leaderboard.computeMs, slices, judgeDocuments });
  return leaderboard;
}

export function rankingOptions(settings: Settings): RankingOptions {
  const options: RankingOptions = {
    ci: settings.RANKING_CI,
    bootstrapRounds: Math.min(settings.BOOTSTRAP_ROUNDS, MAX_BOOTSTRAP_ROUNDS),
    seed: settings.BOOTSTRAP_SEED,
    preliminaryThreshold: settings.PRELIMINARY_VOTES,
  };
  const prior = settings.RANKING_PRIOR?.trim();
  if (prior === 'none') options.prior = { kind: 'none' };
  else if (prior?.startsWith('l2:') && Number(prior.slice(3)) > 0) options.prior = { kind: 'l2', strength: Number(prior.slice(3)) };
  const anchor = settings.RANKING_ANCHOR?.match(/^(.+):(-?\d+(?:\.\d+)?)$/);
  if (anchor) options.anchor = { id: anchor[1], rating: Number(anchor[2]) };
  return options;
}
