// EXTRA_JUDGES: operator-defined judges as a JSON array of registry entries. A bad entry is logged and skipped;
// it never throws, so a typo in a setting cannot take the worker down.
import * as z from '../shared/zod';
import { LlmJudgeEntrySchema, type JudgeModel } from './judge-model';

export interface ExtraJudgesResult {
  judges: JudgeModel[];
  /** One line per problem, e.g. 'EXTRA_JUDGES[2] ("my-judge"): providerModel: ...'. */
  errors: string[];
}

/** Parses and validates; `takenIds` are ids already used (built-in and offline judges), which an extra may not reuse. */
export function parseExtraJudges(raw: string | undefined, takenIds: ReadonlySet<string>): ExtraJudgesResult {
  if (!raw?.trim()) return { judges: [], errors: [] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { judges: [], errors: [`EXTRA_JUDGES is not valid JSON (${(err as Error).message}); no extra judges loaded`] };
  }
  if (!Array.isArray(value)) return { judges: [], errors: ['EXTRA_JUDGES must be a JSON array of judge entries; no extra judges loaded'] };

  const judges: JudgeModel[] = [];
  const errors: string[] = [];
  const seen = new Set(takenIds);
  value.forEach((entry, index) => {
    const label = `EXTRA_JUDGES[${index}]${typeof entry?.id === 'string' ? ` ("${entry.id}")` : ''}`;
    const parsed = LlmJudgeEntrySchema.safeParse(entry);
    if (!parsed.success) {
      errors.push(`${label} skipped: ${z.prettifyError(parsed.error).replace(/\n+/g, '; ')}`);
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push(`${label} skipped: id "${parsed.data.id}" is already used by another judge`);
      return;
    }
    seen.add(parsed.data.id);
    judges.push({ ...parsed.data, kind: 'llm' });
  });
  return { judges, errors };
}
