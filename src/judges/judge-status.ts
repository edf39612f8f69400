// The public health picture of each judge for GET /api/status. Pure: rows in, summary out.
// It says how judges are doing, never which judge sat in which battle.

export interface RecentJudgment {
  modelId: string;
  status: 'complete' | 'error';
  latencyMs: number | null;
  cached: boolean;
}

export interface JudgeHealthSummary {
  judgments: number;
  failureRate: number | null;
  medianLatencyMs: number | null;
}

export function summariseRecent(rows: readonly RecentJudgment[]): Map<string, JudgeHealthSummary> {
  const byModel = new Map<string, RecentJudgment[]>();
  for (const row of rows) {
    const list = byModel.get(row.modelId);
    if (list) list.push(row);
    else byModel.set(row.modelId, [row]);
  }
  const out = new Map<string, JudgeHealthSummary>();
  for (const [modelId, list] of byModel) {
    const failures = list.filter((r) => r.status === 'error').length;
    // Cached judgments cost no provider time; they would flatter the latency.
    const latencies = list.filter((r) => r.status === 'complete' && !r.cached && r.latencyMs !== null).map((r) => r.latencyMs!);
    out.set(modelId, {
      judgments: list.length,
      failureRate: list.length ? Math.round((failures / list.length) * 1000) / 1000 : null,
      medianLatencyMs: median(latencies),
    });
  }
  return out;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}
