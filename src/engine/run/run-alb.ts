import { albErrorResponse, fixedResponse } from '../alb/error-page';
import { buildAlbEvent } from '../alb/event';
import { DEFAULT_CLIENT_IP } from '../alb/event-types';
import type { TargetHealth } from '../alb/health';
import { checkIncomingRequest, checkLambdaRequest } from '../alb/request-checks';
import { mapAlbResponse } from '../alb/response';
import { routeRequest } from '../alb/rules';
import { albTargetGroups, resolveAlb, type AlbTargetGroup, type ResolvedAlb } from '../alb/target-groups';
import type { ApiGatewayState } from '../apigateway/state';
import { parseRawHttpRequest } from '../http/parse-request';
import { functionDefinition } from '../lambda/definition';
import type { FunctionInvoker, InvocationRecord } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import { randomUuid } from '../util/random';
import type { GraphCallRouter } from './graph-calls';
import { TraceRecorder } from './trace';
import type { ClientResponse, RunEnvironment, RunResult } from './types';

/** Settings of a run that are not part of the scenario. */
export interface RunOptions {
  /** Current health of target groups by edge id, from `checkTargetHealth`. */
  targetHealth?: Record<string, TargetHealth>;
  /** Routes the handlers' SDK calls (SendMessage, …) to this Run; the executor's host serves through it. */
  serviceCalls?: GraphCallRouter;
  /**
   * Throttling buckets and response cache of API Gateway APIs, kept from one
   * request to the next; each request starts with none when absent.
   */
  apiGatewayState?: ApiGatewayState;
}

const FAIL_OPEN_DOC =
  'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/target-group-health-checks.html';

interface AlbRun {
  scenario: Scenario;
  alb: ResolvedAlb;
  raw: string | Uint8Array;
  sourceIp: string;
  invoker: FunctionInvoker;
  env: RunEnvironment;
  options: RunOptions;
}

/** Context shared by the steps of one ALB run. */
class AlbRunState {
  readonly trace = new TraceRecorder();
  readonly invocations: InvocationRecord[] = [];
  readonly rootId: string;
  clockMs = 0;

  constructor(private readonly run: AlbRun) {
    this.rootId = this.trace.add({
      nodeId: run.alb.node.id,
      label: `Client → ${run.alb.name}`,
      startMs: 0,
      endMs: 0,
      status: 'ok',
      payload: typeof run.raw === 'string' ? run.raw : new TextDecoder().decode(run.raw),
    });
  }

  finish(
    response: ClientResponse,
    extra: { errorReason?: string; message?: string } = {},
  ): RunResult {
    const failed = extra.errorReason !== undefined || response.statusCode >= 500;
    this.trace.add({
      parentId: this.rootId,
      nodeId: this.run.alb.node.id,
      label: `Response ${response.statusCode} ${response.statusText} → client`,
      startMs: this.clockMs,
      endMs: this.clockMs,
      status: failed || response.statusCode >= 400 ? 'error' : 'ok',
      payload: response,
      ...(extra.message ? { detail: extra.message } : {}),
    });
    this.trace.closeRoot(this.clockMs, failed ? 'error' : 'ok');

    return {
      entryNodeId: this.run.alb.node.id,
      response,
      invocations: this.invocations,
      trace: this.trace.spans,
      ...(extra.errorReason ? { errorReason: extra.errorReason } : {}),
      ...(extra.message ? { message: extra.message } : {}),
    };
  }

  reject(statusCode: number, message: string, errorReason?: string): RunResult {
    return this.finish(albErrorResponse(statusCode, this.run.env.now()), {
      message,
      ...(errorReason ? { errorReason } : {}),
    });
  }
}

function describeRule(group: AlbTargetGroup, priority: number | 'default'): string {
  return priority === 'default'
    ? `Default action → target group ${group.name}`
    : `Listener rule ${priority} matched → target group ${group.name}`;
}

/** Runs one raw HTTP request through an Application Load Balancer. */
export async function runAlbRequest(run: AlbRun): Promise<RunResult> {
  const state = new AlbRunState(run);
  const parsed = parseRawHttpRequest(run.raw);
  if (!parsed.ok) {
    return state.reject(400, parsed.error);
  }
  const request = parsed.value;
  const incoming = checkIncomingRequest(request);
  if (incoming) {
    return state.reject(incoming.statusCode, incoming.message, incoming.errorReason);
  }

  const groups = albTargetGroups(run.scenario, run.alb);
  const decision = routeRequest(groups, { request, sourceIp: run.sourceIp });
  if (decision.kind === 'fixed-response') {
    const config = run.alb.config.FixedResponseConfig;
    state.trace.add({
      parentId: state.rootId,
      nodeId: run.alb.node.id,
      label: `No rule matched → fixed response ${config.StatusCode}`,
      startMs: 0,
      endMs: 0,
      status: 'ok',
      payload: config,
      detail: 'No listener rule matched and no target group is the default action.',
    });
    return state.finish(fixedResponse(config, run.env.now()));
  }

  const group = decision.targetGroup;
  state.trace.add({
    parentId: state.rootId,
    edgeId: group.edge.id,
    label: describeRule(group, decision.priority),
    startMs: 0,
    endMs: 0,
    status: 'ok',
    payload: { priority: decision.priority, conditions: group.config.Conditions },
  });
  const health = run.options.targetHealth?.[group.edge.id];
  if (health && group.config.HealthCheckEnabled) {
    const unhealthy = health.state === 'unhealthy';
    state.trace.add({
      parentId: state.rootId,
      edgeId: group.edge.id,
      label: `Target health: ${health.state}`,
      startMs: 0,
      endMs: 0,
      status: unhealthy ? 'error' : 'ok',
      payload: health,
      detail: unhealthy
        ? `The only target is unhealthy, so the target group fails open and the request is still sent to it (${FAIL_OPEN_DOC}).`
        : health.description ?? '',
    });
  }

  const functionNode = group.functionNode;
  if (!functionNode) {
    return state.reject(503, `Target group ${group.name} has no registered function; connect it to a Lambda function.`);
  }
  const definition = functionDefinition(run.scenario, functionNode);
  if (definition.region !== run.alb.region || definition.accountId !== run.alb.accountId) {
    return state.reject(
      503,
      `Function ${definition.functionName} is in ${definition.accountId}/${definition.region} but the target group is in ${run.alb.accountId}/${run.alb.region}; AWS registers only functions from the same account and Region, so the target group has no target.`,
    );
  }
  const lambdaCheck = checkLambdaRequest(request);
  if (lambdaCheck) {
    return state.reject(lambdaCheck.statusCode, lambdaCheck.message, lambdaCheck.errorReason);
  }
  if (!group.config.invokePermission) {
    // NOTE: AWS names the reason LambdaAccessDenied but not the status code;
    // 502 is assumed, like the other Lambda errors.
    return state.reject(
      502,
      `The load balancer may not invoke ${definition.functionName}: add a resource-based policy allowing elasticloadbalancing.amazonaws.com to call lambda:InvokeFunction with the target group ARN as source.`,
      'LambdaAccessDenied',
    );
  }

  const event = buildAlbEvent(request, {
    targetGroupArn: group.arn,
    multiValueHeaders: group.multiValueHeaders,
    clientIp: run.sourceIp,
    listenerPort: run.alb.config.Port,
    listenerProtocol: run.alb.config.Protocol,
    env: run.env,
  });
  const requestId = randomUuid(run.env.random);
  let record: InvocationRecord;
  try {
    record = await run.invoker.invoke({ function: definition, event, requestId });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    // NOTE: a failure of the runtime itself stands for a Lambda service
    // error; AWS does not document its status code, 502 is assumed.
    return state.reject(502, `The function could not be run: ${detail}`, 'LambdaServiceException');
  }
  state.invocations.push(record);
  addInvocationSpans(state, record, functionNode.id, group.edge.id, event);

  const mapped = mapAlbResponse(record, {
    multiValueHeaders: group.multiValueHeaders,
    nowMs: run.env.now(),
  });
  state.trace.add({
    parentId: state.rootId,
    nodeId: run.alb.node.id,
    label: mapped.errorReason ? `Response rejected: ${mapped.errorReason}` : 'Function response mapped to HTTP',
    startMs: state.clockMs,
    endMs: state.clockMs,
    status: mapped.errorReason ? 'error' : 'ok',
    payload: record.payload,
    ...(mapped.detail ? { detail: mapped.detail } : {}),
  });

  return state.finish(mapped.response, {
    ...(mapped.errorReason ? { errorReason: mapped.errorReason } : {}),
    ...(mapped.detail ? { message: `502 Bad Gateway: ${mapped.detail}.` } : {}),
  });
}

function addInvocationSpans(
  state: AlbRunState,
  record: InvocationRecord,
  functionNodeId: string,
  edgeId: string,
  event: unknown,
): void {
  if (record.initDurationMs !== undefined) {
    state.trace.add({
      parentId: state.rootId,
      nodeId: functionNodeId,
      edgeId,
      label: 'Lambda init (cold start)',
      startMs: state.clockMs,
      endMs: state.clockMs + record.initDurationMs,
      status: 'ok',
    });
    state.clockMs += record.initDurationMs;
  }
  state.trace.add({
    parentId: state.rootId,
    nodeId: functionNodeId,
    edgeId,
    label: `Lambda invoke (${record.outcome})`,
    startMs: state.clockMs,
    endMs: state.clockMs + record.durationMs,
    status: record.outcome === 'success' ? 'ok' : 'error',
    payload: event,
    detail: `Request ${record.requestId}, billed ${record.billedDurationMs} ms`,
  });
  state.clockMs += record.durationMs;
}

/** Resolves the ALB entry and runs the request. */
export function runAlbEntry(
  scenario: Scenario,
  nodeId: string,
  input: { raw: string | Uint8Array; sourceIp?: string },
  invoker: FunctionInvoker,
  env: RunEnvironment,
  options: RunOptions,
): Promise<RunResult> | undefined {
  const alb = resolveAlb(scenario, nodeId);
  if (!alb) {
    return undefined;
  }

  return runAlbRequest({
    scenario,
    alb,
    raw: input.raw,
    sourceIp: input.sourceIp ?? DEFAULT_CLIENT_IP,
    invoker,
    env,
    options,
  });
}
