// Prints "N passed, N failed" over Vitest's and Playwright's JSON reports. A report that is
// missing (the runner crashed) counts as one failure, so a run that executed nothing never looks green.
import { readFileSync } from 'node:fs';

const [unitPath, e2ePath] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    console.error(`no test report at ${path}`);
    failed += 1;
    return null;
  }
}

const unit = read(unitPath);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  // A test file that fails to load has no failed test, only an unsuccessful run.
  if (unit.success === false && !unit.numFailedTests) failed += Math.max(1, unit.numFailedTestSuites ?? 0);
}
const e2e = read(e2ePath);
if (e2e) {
  passed += (e2e.stats?.expected ?? 0) + (e2e.stats?.flaky ?? 0);
  failed += e2e.stats?.unexpected ?? 0;
  if (e2e.errors?.length) failed += e2e.errors.length;
}
if (process.env.TYPECHECK_FAILED === '1') {
  console.error('type check failed (tsc --noEmit)');
  failed += 1;
}
if (process.env.LINT_FAILED === '1') {
  console.error('lint failed (npm run lint)');
  failed += 1;
}
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
