// Below this many counted votes a judge's rating is marked preliminary, unless PRELIMINARY_VOTES says otherwise
// (src/config.ts). The settings, the ranking and the site (for a board written before it carried its threshold)
// share this one default.
export const DEFAULT_PRELIMINARY_VOTES = 300;
