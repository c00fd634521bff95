// Runs every workspace's tests through turbo, then prints one plain line
// "N passed, N failed" as the last line of output (CI reads it; Vitest's own
// summary is per workspace and not recognised).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const resultsDir = join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const workspaces = ['packages', 'apps'].flatMap((group) => {
  const dir = join(root, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => join(dir, name, 'package.json'))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')))
    .filter((pkg) => pkg.scripts?.test)
    .map((pkg) => ({ name: pkg.name, result: pkg.name.split('/').pop() }));
});

const run = spawnSync('npx', ['turbo', 'run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
});

let passed = 0;
let failed = 0;
const problems = [];
for (const workspace of workspaces) {
  const file = join(resultsDir, `${workspace.result}.json`);
  if (!existsSync(file)) {
    failed += 1;
    problems.push(`${workspace.name}: no test results (its build or test run failed before reporting)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  for (const suite of report.testResults ?? []) {
    const failedInSuite = (suite.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (suite.status === 'failed' && failedInSuite === 0) {
      failed += 1;
      problems.push(`${workspace.name}: ${suite.name} failed to run: ${(suite.message ?? '').split('\n')[0]}`);
    }
  }
}
if (run.status !== 0 && failed === 0) {
  failed += 1;
  problems.push(`turbo exited with status ${run.status}`);
}
for (const problem of problems) console.log(`! ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);
