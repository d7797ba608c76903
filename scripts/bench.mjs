// Measures what BENCHMARKS.md records: invocation latency through the ALB in
// Chromium, the first screen's JavaScript, and the simulator's throughput.
// Usage: npm run bench  (builds the app, then rewrites BENCHMARKS.md).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = 4174;
const BASE = `http://127.0.0.1:${PORT}`;
const COLD_RUNS = 20;
const WARM_RUNS = 300;
const REQUEST =
  'GET /hello?name=Ada HTTP/1.1\r\nHost: web-alb-123456789.us-east-1.elb.amazonaws.com\r\nUser-Agent: bench\r\n\r\n';

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);

  return sorted[Math.max(0, index)];
}

function firstScreenSize() {
  const html = readFileSync('dist/index.html', 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1],
  );
  let js = 0;
  let css = 0;
  let hasEditor = false;
  for (const file of files) {
    const content = readFileSync(`dist/${file}`);
    const size = gzipSync(content).length;
    if (file.endsWith('.js')) {
      js += size;
    } else {
      css += size;
    }
    // The lazy chunk's file name appears in the import that loads it, so
    // look for the chunk itself and for Monaco's own module code.
    if (/monaco/i.test(file) || content.includes('codeEditorService')) {
      hasEditor = true;
    }
  }

  return { files, js, css, hasEditor };
}

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      const response = await fetch(`${BASE}/runtime-harness.html`);
      if (response.ok) {
        return;
      }
    } catch {
      // The server is still starting.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not start on port ${PORT} within 20 s`);
}

async function invocationLatency() {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage();
    await page.goto(`${BASE}/runtime-harness.html`);
    await page.locator('#status').filter({ hasText: 'ready' }).waitFor();
    const timings = await page.evaluate(
      async ({ raw, coldRuns, warmRuns }) => {
        const cold = [];
        const warm = [];
        for (let run = 0; run < coldRuns; run += 1) {
          const { elapsedMs, result } = await window.runtimeHarness.albRequest(raw, `cold-${run}`);
          if (result.response.statusCode !== 200 || !result.invocations[0]?.coldStart) {
            throw new Error(`cold run ${run} returned ${result.response.statusCode}`);
          }
          cold.push(elapsedMs);
        }
        // A new code version retires the older environments, so the warm
        // runs start from one cold request of their own that is not counted.
        await window.runtimeHarness.albRequest(raw, 'warm');
        for (let run = 0; run < warmRuns; run += 1) {
          const { elapsedMs, result } = await window.runtimeHarness.albRequest(raw, 'warm');
          if (result.invocations[0]?.coldStart) {
            throw new Error(`warm run ${run} was a cold start`);
          }
          warm.push(elapsedMs);
        }

        return { cold, warm };
      },
      { raw: REQUEST, coldRuns: COLD_RUNS, warmRuns: WARM_RUNS },
    );
    const version = browser.version();
    await browser.close();

    return { ...timings, version };
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
}

function simulatorThroughput() {
  if (!existsSync('src/engine/sim/bench.ts')) {
    return undefined;
  }
  const result = spawnSync('npx', ['tsx', 'scripts/bench-sim.ts'], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`the simulator benchmark failed:\n${result.stderr}`);
  }

  return JSON.parse(result.stdout.trim().split('\n').pop());
}

const format = (ms) => `${ms.toFixed(2)} ms`;

console.log('Building the app...');
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const screen = firstScreenSize();
console.log('Measuring invocations in Chromium...');
const latency = await invocationLatency();
console.log('Measuring the simulator...');
const simulation = simulatorThroughput();

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const machine = `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, Chromium ${latency.version}`;
const date = new Date().toISOString().slice(0, 10);
const lines = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${date}: ${machine}.`,
  '',
  '## Invocations through the ALB in Chromium',
  '',
  'A raw `GET /hello?name=Ada` through the ALB sample: the engine builds the',
  'event, the sandboxed worker runs the handler, the engine maps the response.',
  `Cold runs change the handler's code so that each starts a new execution environment (${COLD_RUNS} runs); warm runs reuse one (${WARM_RUNS} runs).`,
  '',
  '| measure | median | p99 | aim |',
  '| --- | --- | --- | --- |',
  `| warm request | ${format(percentile(latency.warm, 50))} | ${format(percentile(latency.warm, 99))} | median under 2 ms |`,
  `| cold start request | ${format(percentile(latency.cold, 50))} | ${format(percentile(latency.cold, 99))} | under 100 ms |`,
  '',
  `With ${COLD_RUNS} cold runs the p99 is the slowest one; the first cold run of the page took ${format(latency.cold[0])}, and the slowest of the others ${format(Math.max(...latency.cold.slice(1)))}.`,
  '',
  '## First screen',
  '',
  `The JavaScript that \`dist/index.html\` loads before any interaction: ${(screen.js / 1024).toFixed(1)} KB gzip (aim: under 200 KB), plus ${(screen.css / 1024).toFixed(1)} KB of CSS. It ${screen.hasEditor ? 'INCLUDES' : 'does not include'} the Monaco editor, which loads when the code editor first opens.`,
  '',
];
if (simulation) {
  lines.push(
    '## Simulator',
    '',
    `${simulation.messages.toLocaleString('en-US')} messages through an SQS queue and its event source mapping, BatchSize ${simulation.batchSize}, ${simulation.durationMs} ms per invocation, in Node: ${format(simulation.wallMs)} of engine time, ${simulation.peakMemoryMb.toFixed(0)} MB peak memory (aim: under 1 s and under 300 MB), ${simulation.events.toLocaleString('en-US')} simulation events.`,
    '',
  );
}
writeFileSync('BENCHMARKS.md', `${lines.join('\n')}`);
console.log(lines.join('\n'));
