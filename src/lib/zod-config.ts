/**
 * Zod settings that must apply before the first schema is built: every module that builds schemas
 * (contract.ts, runtime-config.ts) imports this first.
 *
 * The app uses `zod/mini`: classic zod's chainable schemas cost ~3× more to build (the contract's were
 * most of a 110 ms start-up task on a phone at 4× CPU) and ~17 KB more gzip. The two share one core,
 * so validation is the same.
 * - jitless: zod otherwise probes `new Function("")` to compile fast parsers; under our strict CSP
 *   (no 'unsafe-eval') the probe is blocked and reported as a CSP violation on every page load.
 * - English messages ("Too small: expected number to be >=5"): zod/mini loads no locale of its own and
 *   says only "Invalid input"; the config error page and the API's schema errors quote them.
 */
import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config({ jitless: true, ...en() });
