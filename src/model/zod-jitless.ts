import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may. Its probe for that breaks the
// CSP (script-src without 'unsafe-eval'): the browser reports a violation even though zod catches
// the error. Schemas read this setting when they are built, so this module must be evaluated
// before any schema module: explain-corpus.ts imports it first.
z.config({ jitless: true });
