// Runs every workspace's tests through turbo, then prints one plain line
// "N passed, N failed" as the last line of output (CI reads it; Vitest's own
// summary is per workspace and not recognised).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
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

/** True when something answers PING at host:port. */
function redisAnswers(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(1000, () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Tests need a Redis: REDIS_URL, else 127.0.0.1:6379, else a throw-away redis-server.
let privateRedis;
if (!process.env.REDIS_URL && !(await redisAnswers('127.0.0.1', 6379))) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'tension-test-redis-'));
  privateRedis = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  privateRedis.once('error', () => {
    console.error('No Redis answers on 127.0.0.1:6379 and redis-server is not installed. Install Redis or set REDIS_URL.');
    process.exit(1);
  });
  for (let attempt = 0; attempt < 50 && !(await redisAnswers('127.0.0.1', port)); attempt += 1) await new Promise((r) => setTimeout(r, 100));
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  console.log(`Started a throw-away redis-server for the tests on port ${port}`);
}

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
  if (report.numTotalTests === 0) {
    failed += 1;
    problems.push(`${workspace.name}: ran no tests`);
  }
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
privateRedis?.kill('SIGTERM');
for (const problem of problems) console.log(`! ${problem}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);
