// Adds up the unit/component (Vitest) and end-to-end (Playwright) JSON reports into CI's closing line.
// A report that is missing counts as one failure, so a stage that never ran cannot look green.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

const vitest = 'reports/unit.json';
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
} else missing.push(vitest);

const e2e = 'reports/e2e.json';
if (existsSync(e2e)) {
  const r = JSON.parse(readFileSync(e2e, 'utf8'));
  passed += r.stats?.expected ?? 0;
  failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0) + (r.stats?.skipped ?? 0);
} else missing.push(e2e);

for (const m of missing) console.log(`ci: ${m} was not written (its stage did not run)`);
failed += missing.length;
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
