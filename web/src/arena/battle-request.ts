// The POST /api/battles body for the sample and rubric on the page, in its format's shape (createBattleSchema). Pure.
import type { BattleRequest } from '../api/types';
import type { FormatRubric } from './format-rubrics';
import type { SampleFields } from './input-validation';

/**
 * The battle's format is the rubric's. `sendRubric` false leaves the rubric out, so the server uses the bank
 * sample's own (it is the one on the page, untouched). The reference goes only when switched on and not blank.
 */
export function battleRequest(fields: SampleFields, sampleId: string | undefined, edit: FormatRubric, sendRubric: boolean): BattleRequest {
  const common = {
    sampleId,
    input: fields.input,
    reference: fields.useReference && fields.reference.trim() ? fields.reference : undefined,
  };
  switch (edit.format) {
    case 'likert':
      return { format: 'likert', ...common, response: fields.response, ...(sendRubric ? { rubric: edit.rubric } : {}) };
    case 'binary':
      return { format: 'binary', ...common, response: fields.response, ...(sendRubric ? { rubric: edit.rubric } : {}) };
    case 'pairwise':
      return { format: 'pairwise', ...common, responses: [fields.first, fields.second], ...(sendRubric ? { rubric: edit.rubric } : {}) };
  }
}
