import { resolveBus } from '../eventbridge/rules/bus';
import { asyncRunContext, runBusEntry } from '../eventbridge/rules/run-entry';
import { runDirectAsyncInvoke } from '../lambda/async/run-direct';
import type { FunctionInvoker } from '../lambda/invocation';
import { findNode, isNodeOfType } from '../model/resolve';
import { NODE_TYPE_INFO } from '../model/node-types';
import type { Scenario } from '../model/scenario';
import { runRoute53Request } from '../route53/run-dns';
import { unsupportedRun } from './error-result';
import { runAlbEntry, type RunOptions } from './run-alb';
import { runApiGatewayEntry } from './run-apigateway';
import { runLambdaEvent } from './run-lambda';
import { GraphRun } from './graph-run';
import { TraceRecorder } from './trace';
import { runSqsMessages } from './run-sqs';
import type { RunEnvironment, RunInput, RunResult } from './types';

/**
 * Sends one input into a scenario node and runs the real handler code behind
 * it: a raw HTTP request into an Application Load Balancer, or an event
 * straight into a function, an HTTP request into an API Gateway API,
 * messages into a queue, or a PutEvents entry into an EventBridge bus.
 * While the Run is in progress, `options.serviceCalls` serves the handlers'
 * SendMessage and PutEvents calls, and what they send runs in the same Run.
 * Unsupported input and failures of the runtime come back as a RunResult
 * whose `message` gives the reason.
 */
export async function runRequest(
  scenario: Scenario,
  entryNodeId: string,
  input: RunInput,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  options: RunOptions = {},
): Promise<RunResult> {
  const graph = new GraphRun(scenario, env, invoker);
  const detach = options.serviceCalls?.attach((call, fn) => graph.serve(call, fn));
  try {
    const result = await dispatch(scenario, entryNodeId, input, invoker, env, options, graph);
    return await graph.continueAfter(result);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return unsupportedRun(entryNodeId, 500, `The run failed: ${detail}`);
  } finally {
    detach?.();
  }
}

async function dispatch(
  scenario: Scenario,
  entryNodeId: string,
  input: RunInput,
  invoker: FunctionInvoker,
  env: RunEnvironment,
  options: RunOptions,
  graph: GraphRun,
): Promise<RunResult> {
  const node = findNode(scenario, entryNodeId);
  if (!node) {
    return unsupportedRun(entryNodeId, 400, `No node has the id "${entryNodeId}"; pick a node of the scenario.`);
  }
  if (isNodeOfType(node, 'alb')) {
    if (input.kind !== 'http') {
      return unsupportedRun(entryNodeId, 400, 'A load balancer takes an HTTP request; send a raw HTTP/1.1 request instead of an event.');
    }
    const run = runAlbEntry(scenario, entryNodeId, input, invoker, env, options);
    if (run) {
      return run;
    }
  }
  if (isNodeOfType(node, 'lambda')) {
    if (input.kind !== 'event') {
      return unsupportedRun(entryNodeId, 400, 'A function takes an event; send a JSON event, or send the HTTP request to a load balancer in front of it.');
    }
    if (input.invocationType === 'Event') {
      const context = asyncRunContext(scenario, invoker, env, new TraceRecorder());
      return runDirectAsyncInvoke(context, node, input.event);
    }
    return runLambdaEvent(scenario, node, input.event, invoker, env);
  }
  if (isNodeOfType(node, 'eventbridge')) {
    if (input.kind !== 'entry') {
      return unsupportedRun(entryNodeId, 400, 'An event bus takes a PutEvents entry ({ "Source", "DetailType", "Detail" }); send an entry instead.');
    }
    return runBusEntry(scenario, resolveBus(scenario, node), input.entry, invoker, env);
  }
  if (isNodeOfType(node, 'sqs')) {
    if (input.kind !== 'messages') {
      return unsupportedRun(entryNodeId, 400, 'A queue takes messages; send a JSON array of messages such as [{"body": "hello"}].');
    }
    return runSqsMessages(graph, node, input.messages);
  }
  if (node.type === 'route53') {
    if (input.kind !== 'http') {
      return unsupportedRun(entryNodeId, 400, 'A Route 53 record takes an HTTP request to its name; send a raw HTTP/1.1 request instead.');
    }
    return runRoute53Request(scenario, entryNodeId, input, invoker, env, options);
  }
  if (node.type === 'apigateway') {
    if (input.kind !== 'http') {
      return unsupportedRun(entryNodeId, 400, 'An API takes an HTTP request; send a raw HTTP/1.1 request instead of an event.');
    }
    return runApiGatewayEntry(scenario, entryNodeId, input, invoker, env, options.apiGatewayState);
  }

  return unsupportedRun(
    entryNodeId,
    501,
    `Runs that start at ${NODE_TYPE_INFO[node.type].label} are not supported yet; start at a load balancer or a function.`,
  );
}
