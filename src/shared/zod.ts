// zod for the worker and the shared schemas: its small build, zod/mini (the same validation, a functional API:
// `z.optional(z.string().check(z.maxLength(80)))`), which keeps the worker about 19 KB gzip lighter than zod's
// classic build, whose chained methods cannot be tree-shaken. zod/mini loads no messages by itself: the English
// ones are set here once, so an issue zod describes (a union no option matched, say) reads as in zod's docs.
// Import it as a namespace (`import * as z from '../shared/zod'`): exporting zod's namespace as one object
// would bundle every locale.
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
