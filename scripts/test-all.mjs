// Runs every test (unit and CLI with Vitest, browser with Playwright) and
// ends with one plain line, "N passed, N failed", for CI to read.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const RESULTS = 'test-results';
mkdirSync(RESULTS, { recursive: true });

function run(command, args) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });

  return result.status ?? 1;
}

function readJson(file) {
  if (!existsSync(file)) {
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

let passed = 0;
let failed = 0;

// Unit and CLI tests.
const unitFile = `${RESULTS}/unit.json`;
rmSync(unitFile, { force: true });
const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitFile}`,
]);
const unit = readJson(unitFile);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unit || (unitStatus !== 0 && unit.numFailedTests === 0)) {
  console.error('Vitest did not finish its run; counting it as one failure.');
  failed += 1;
}

// Browser tests.
const e2eFile = `${RESULTS}/e2e.json`;
rmSync(e2eFile, { force: true });
let e2eStatus = run('node', ['scripts/ensure-chromium.mjs']);
if (e2eStatus === 0) {
  e2eStatus = run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
if (e2eStatus === 0) {
  e2eStatus = run('npx', ['playwright', 'test']);
}
const e2e = readJson(e2eFile);
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
}
if (!e2e || (e2eStatus !== 0 && e2e.stats.unexpected === 0)) {
  console.error('The browser tests did not finish their run; counting it as one failure.');
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
