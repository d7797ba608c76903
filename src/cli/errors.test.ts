import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../engine/samples/alb-hello';
import {
  CLI_RUNS_TIMEOUT_MS,
  hasStackFrame,
  runCli,
  type CliRun,
} from './run-cli';

const SAMPLE = 'examples/alb-hello.json';
const directory = mkdtempSync(path.join(tmpdir(), 'cli-errors-'));
const file = (name: string) => path.join(directory, name);

const invalidScenario = structuredClone(ALB_HELLO_SAMPLE);
(invalidScenario.nodes[1] as { config: Record<string, unknown> }).config.Timeout = 0;
const queueScenario = {
  version: 1,
  nodes: [{ id: 'orders', type: 'sqs' }],
  edges: [],
};

interface ErrorCase {
  name: string;
  args: string[];
  exitCode: number;
  /** Text the one stderr line must contain. */
  mentions: string;
}

const CASES: ErrorCase[] = [
  { name: 'missing scenario file', args: ['share', 'missing.json'], exitCode: 1, mentions: '"missing.json" not found' },
  { name: 'malformed scenario json', args: ['share', file('broken.json')], exitCode: 1, mentions: 'not valid JSON' },
  { name: 'invalid scenario', args: ['share', file('invalid.json')], exitCode: 1, mentions: 'nodes[1].config.Timeout' },
  { name: 'missing request file', args: ['event', 'alb', '--request', 'missing.http'], exitCode: 1, mentions: '"missing.http" not found' },
  { name: 'malformed http request', args: ['event', 'alb', '--request', file('bad.http')], exitCode: 1, mentions: 'is not a valid HTTP request' },
  { name: 'damaged share url', args: ['share', '--decode', 'http://localhost:5173/#scenario=1.@@@@'], exitCode: 1, mentions: 'damaged' },
  { name: 'unknown node id', args: ['invoke', SAMPLE, '--node', 'nope', '--event', 'examples/event.json'], exitCode: 1, mentions: 'Node "nope" not found' },
  { name: 'wrong node type', args: ['invoke', SAMPLE, '--node', 'hello', '--request', 'examples/get-hello.http'], exitCode: 1, mentions: 'takes --event FILE' },
  { name: 'malformed event json', args: ['invoke', SAMPLE, '--node', 'hello', '--event', file('broken.json')], exitCode: 1, mentions: 'Event file' },
  { name: 'message without body', args: ['invoke', file('queue.json'), '--node', 'orders', '--messages', file('messages.json')], exitCode: 1, mentions: 'Message 0 has no body' },
  { name: 'no input option', args: ['invoke', SAMPLE, '--node', 'hello'], exitCode: 2, mentions: 'needs exactly one of' },
  { name: 'missing scenario argument', args: ['validate'], exitCode: 2, mentions: 'needs a SCENARIO file' },
];

describe('cli invalid input', () => {
  const runs = new Map<string, CliRun>();

  beforeAll(async () => {
    writeFileSync(file('broken.json'), '{ "version": 1,\n  "nodes": [ }');
    writeFileSync(file('invalid.json'), JSON.stringify(invalidScenario));
    writeFileSync(file('bad.http'), 'GET /hello\nHost: example.com\n\n');
    writeFileSync(file('queue.json'), JSON.stringify(queueScenario));
    writeFileSync(file('messages.json'), '[{ "messageAttributes": {} }]');
    // Two at a time: each run is a Node process on a two-core machine.
    for (let index = 0; index < CASES.length; index += 2) {
      const batch = CASES.slice(index, index + 2);
      const results = await Promise.all(batch.map((entry) => runCli(entry.args)));
      batch.forEach((entry, position) => runs.set(entry.name, results[position] as CliRun));
    }
  }, CLI_RUNS_TIMEOUT_MS);

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  for (const entry of CASES) {
    it(`${entry.name} exits ${entry.exitCode}`, () => {
      expect(runs.get(entry.name)?.exitCode).toBe(entry.exitCode);
    });

    it(`${entry.name} prints one line`, () => {
      expect(runs.get(entry.name)?.stderr).toMatch(/^[^\n]+\n$/);
    });

    it(`${entry.name} names the problem`, () => {
      expect(runs.get(entry.name)?.stderr).toContain(entry.mentions);
    });

    it(`${entry.name} has no stack trace`, () => {
      expect(hasStackFrame(runs.get(entry.name)?.stderr ?? '')).toBe(false);
    });

    it(`${entry.name} leaves stdout empty`, () => {
      expect(runs.get(entry.name)?.stdout).toBe('');
    });
  }
});
