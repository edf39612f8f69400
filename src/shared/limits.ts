// Input limits shared by the API's validation and the website's inline validation.
export const LIMITS = {
  /** User input, AI response and reference answer, each. */
  maxTextChars: 10_000,
  /** Evaluation criteria and each score description. */
  maxRubricChars: 1_000,
  /** A request body larger than this is refused before parsing (413). */
  maxBodyBytes: 256 * 1024,
} as const;
