import { findNode } from '../../engine/model';
import { GraphCallRouter, runRequest } from '../../engine/run';
import { graphHost } from '../../runtime/host/graph-host';
import { createNodeExecutor } from '../../runtime/node/node-executor';
import {
  onePositional,
  parseCommandArgs,
  parseSeed,
  requireOption,
} from '../args';
import { createRunEnvironment } from '../environment';
import { inputError } from '../errors';
import { readScenarioFile } from '../files';
import { chooseInputOption, readRunInput } from '../invoke-input';
import { printJson } from '../output';
import { printedRunResult } from '../run-output';

const COMMAND = 'invoke';

/**
 * `invoke SCENARIO --node ID (--request FILE | --event FILE | ...)`: sends
 * the input into a node, runs the real handler code behind it in
 * worker_threads and prints the response and the invocations as JSON.
 */
export async function runInvoke(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(COMMAND, args, {
    node: { type: 'string' },
    request: { type: 'string' },
    event: { type: 'string' },
    messages: { type: 'string' },
    entry: { type: 'string' },
    seed: { type: 'string' },
  });
  const scenarioPath = onePositional(COMMAND, positionals, 'a SCENARIO file');
  const nodeId = requireOption(COMMAND, values.node, '--node ID');
  const { option, path } = chooseInputOption(values);
  const seed = parseSeed(COMMAND, values.seed);

  const scenario = readScenarioFile(scenarioPath);
  const node = findNode(scenario, nodeId);
  if (!node) {
    const known = scenario.nodes.map((candidate) => candidate.id).join(', ');
    throw inputError(
      `Node "${nodeId}" not found in scenario "${scenarioPath}"; its nodes are: ${known || 'none'}.`,
    );
  }
  const input = readRunInput(node, option, path);

  const serviceCalls = new GraphCallRouter();
  // The database host (RDS nodes) has its own clock and randomness from the
  // same seed, so an RDS endpoint does not shift the run's generated ids.
  const executor = createNodeExecutor({
    host: graphHost(serviceCalls),
    scenario,
    clock: createRunEnvironment(seed),
  });
  try {
    const result = await runRequest(
      scenario,
      node.id,
      input,
      executor,
      createRunEnvironment(seed),
      { serviceCalls },
    );
    printJson(printedRunResult(result));
  } finally {
    await executor.dispose();
  }

  return 0;
}
