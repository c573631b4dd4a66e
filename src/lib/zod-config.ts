/**
 * Zod settings that must apply before the first schema is built: every module that builds schemas
 * (contract.ts, runtime-config.ts) imports this first.
 * jitless: zod 4 otherwise probes `new Function("")` to compile fast parsers; under our strict CSP
 * (no 'unsafe-eval') the probe is blocked and reported as a CSP violation on every page load.
 * Validation works the same without it, only a little slower on very large responses.
 */
import { z } from 'zod';

z.config({ jitless: true });
