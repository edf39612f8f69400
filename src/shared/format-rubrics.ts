// The rubrics of the binary and pairwise judging formats (issue 10). The likert rubric (criteria + five score
// descriptions) is rubricSchema in request-schemas.ts. Types only, no runtime code: shared by the worker and the
// site. When the API accepts these formats, their zod schemas should live in request-schemas.ts and these types be
// inferred from them (z.output), replacing this file.

/** A pass/fail check: what is checked, and what a pass and a fail look like. */
export interface BinaryRubric {
  criteria: string;
  pass: string;
  fail: string;
}

/** A pairwise comparison: what makes one of two responses better than the other. */
export interface PairwiseRubric {
  criteria: string;
}
