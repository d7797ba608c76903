import { DEFAULT_CLIENT_IP } from '../alb/event-types';
import type { FunctionInvoker } from '../lambda/invocation';
import type { Scenario } from '../model/scenario';
import { unsupportedRun } from '../run/error-result';
import { runAlbRequest, type RunOptions } from '../run/run-alb';
import type { RunEnvironment, RunResult, TraceSpan } from '../run/types';
import { resolveDnsFailover, type DnsAnswer, type FailoverRecord } from './failover';

const FAILOVER_DOC =
  'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-failover.html';

/** Builds the DNS name of a load balancer in the form AWS gives it. */
export function albDnsName(record: FailoverRecord): string {
  const prefix = record.alb.config.Scheme === 'internal' ? 'internal-' : '';

  return `${prefix}${record.alb.name}-123456789.${record.region}.elb.amazonaws.com`;
}

function describeRecord(record: FailoverRecord) {
  return {
    SetIdentifier: record.setIdentifier,
    Failover: record.config.Failover,
    AliasTarget: {
      DNSName: albDnsName(record),
      EvaluateTargetHealth: record.config.AliasTarget.EvaluateTargetHealth,
    },
    healthy: record.health.healthy,
    health: record.health.reason,
  };
}

/** Prefixes the ALB trace with the DNS lookup; span ids are renumbered to stay unique. */
function withDnsSpans(answer: DnsAnswer, nodeId: string, albRun: RunResult): TraceSpan[] {
  const offset = 2;
  const renumber = (id: string) => `span-${Number(id.replace('span-', '')) + offset}`;
  const endMs = Math.max(0, ...albRun.trace.map((span) => span.endMs));
  const failed = albRun.response.statusCode >= 500 || albRun.errorReason !== undefined;
  const records = [answer.primary, answer.secondary].filter(
    (record): record is FailoverRecord => record !== undefined,
  );
  const dnsSpans: TraceSpan[] = [
    {
      id: 'span-1',
      nodeId,
      label: `Client → Route 53 ${answer.name}`,
      startMs: 0,
      endMs,
      status: failed ? 'error' : 'ok',
    },
    {
      id: 'span-2',
      parentId: 'span-1',
      nodeId,
      edgeId: answer.record.edge.id,
      label: `DNS: ${answer.explanation}`,
      startMs: 0,
      endMs: 0,
      status: 'ok',
      payload: {
        question: { name: answer.name, type: answer.type },
        answer: describeRecord(answer.record),
        records: records.map(describeRecord),
      },
      detail: `${answer.type} ${answer.name} → ${albDnsName(answer.record)} (${answer.record.region}). Failover routing answers with the primary record while it is healthy (${FAILOVER_DOC}).`,
    },
  ];
  const albSpans = albRun.trace.map((span, index) => ({
    ...span,
    id: renumber(span.id),
    ...(index === 0 ? { parentId: 'span-1' } : span.parentId ? { parentId: renumber(span.parentId) } : {}),
  }));

  return [...dnsSpans, ...albSpans];
}

/**
 * Resolves the Route 53 node's name by failover routing, then sends the
 * request to the load balancer DNS answered with. The trace starts with the
 * DNS answer and the reason for it.
 */
export async function runRoute53Request(
  scenario: Scenario,
  nodeId: string,
  input: { raw: string | Uint8Array; sourceIp?: string },
  invoker: FunctionInvoker,
  env: RunEnvironment,
  options: RunOptions,
): Promise<RunResult> {
  const answer = resolveDnsFailover(scenario, nodeId, options.targetHealth);
  if (!answer.ok) {
    return unsupportedRun(nodeId, 503, answer.error);
  }
  const albRun = await runAlbRequest({
    scenario,
    alb: answer.value.record.alb,
    raw: input.raw,
    sourceIp: input.sourceIp ?? DEFAULT_CLIENT_IP,
    invoker,
    env,
    options,
  });

  return {
    ...albRun,
    entryNodeId: nodeId,
    trace: withDnsSpans(answer.value, nodeId, albRun),
  };
}
