// The offline baselines as registry entries plus the function that does the grading for each, in every format.
import type { JudgeModel } from '../judge-model';
import type { JudgeTask } from '../types';
import { judgeByLengthAndStructure } from './length-structure';
import { judgeByReferenceOverlap } from './reference-overlap';
import { judgeByRequestCoverage } from './request-coverage';
import type { OfflineVerdict } from './verdict';

export const OFFLINE_ORGANIZATION = 'Judge Arena (offline baseline)';

function offlineModel(id: string, name: string): JudgeModel {
  return {
    id,
    name,
    organization: OFFLINE_ORGANIZATION,
    license: 'MIT',
    provider: 'offline',
    providerModel: id,
    active: true,
    supportsJsonMode: false,
    supportsStreamUsage: false,
    // Rule-based code in this repository: nothing hidden, no weights, no size, no price (the leaderboard shows cost 0).
    openWeights: true,
    parametersB: null,
    kind: 'offline',
  };
}

export const OFFLINE_JUDGES: readonly { model: JudgeModel; grade: (task: JudgeTask) => OfflineVerdict }[] = [
  { model: offlineModel('offline-reference-overlap', 'Reference Overlap (offline baseline)'), grade: judgeByReferenceOverlap },
  { model: offlineModel('offline-request-coverage', 'Request Coverage (offline baseline)'), grade: judgeByRequestCoverage },
  { model: offlineModel('offline-length-structure', 'Length & Structure (offline baseline)'), grade: judgeByLengthAndStructure },
];

export const OFFLINE_JUDGE_MODELS: readonly JudgeModel[] = OFFLINE_JUDGES.map((j) => j.model);

export function offlineGrader(modelId: string): ((task: JudgeTask) => OfflineVerdict) | undefined {
  return OFFLINE_JUDGES.find((j) => j.model.id === modelId)?.grade;
}
