/**
 * Delivers one event to the targets of the rules it matches, in a Run: the
 * input transformer, EventBridge's delivery retries and dead-letter queue,
 * then Lambda's asynchronous invocation with the real handler.
 */
import { functionDefinition } from '../../lambda/definition';
import { runAsyncInvocation, type AsyncRunContext } from '../../lambda/async/run-async';
import type { EventBridgeEvent } from '../event-types';
import type { ResolvedBus } from './bus';
import { deliveryErrorMessage, NOT_RETRIED, ruleDeadLetterMessage, type DeliveryErrorCode } from './dead-letter';
import { nextDelivery, type ExhaustedCondition } from './delivery-policy';
import { applyInputTransformer } from './input-transformer';
import { busRules, matchingRules, type ResolvedRule } from './resolve';
import { nodeArn } from '../../lambda/async/resources';

/** Matches an event against a bus's rules and delivers it to each target. */
export async function routeEvent(
  context: AsyncRunContext,
  bus: ResolvedBus,
  event: EventBridgeEvent,
  startMs: number,
  parentId: string,
  depth: number,
): Promise<number> {
  const rules = busRules(context.scenario, bus);
  const matched = matchingRules(rules, event);
  if (matched.length === 0) {
    context.trace.add({
      parentId,
      nodeId: bus.node.id,
      label: `No rule on ${bus.name} matched`,
      startMs,
      endMs: startMs,
      status: 'ok',
      payload: event,
      detail: `${rules.length} rule${rules.length === 1 ? '' : 's'} checked; the event is dropped.`,
    });
    return startMs;
  }
  let endMs = startMs;
  for (const rule of matched) {
    endMs = Math.max(endMs, await deliverToRule(context, rule, event, startMs, parentId, depth));
  }

  return endMs;
}

function targetInput(rule: ResolvedRule, event: EventBridgeEvent, epochMs: number) {
  const transformer = rule.config.InputTransformer;
  if (!transformer) {
    return { ok: true as const, value: event as unknown };
  }

  return applyInputTransformer(transformer, event, {
    ruleName: rule.name,
    ruleArn: rule.arn,
    ingestionTime: new Date(epochMs).toISOString(),
  });
}

async function deliverToRule(
  context: AsyncRunContext,
  rule: ResolvedRule,
  event: EventBridgeEvent,
  startMs: number,
  parentId: string,
  depth: number,
): Promise<number> {
  const { trace } = context;
  const ruleSpan = trace.add({
    parentId,
    edgeId: rule.edge.id,
    label: `Rule ${rule.name} matched → ${rule.target.id}`,
    startMs,
    endMs: startMs,
    status: 'ok',
    payload: rule.config.EventPattern,
  });
  const input = targetInput(rule, event, context.epochMs + startMs);
  if (!input.ok) {
    trace.add({ parentId: ruleSpan, edgeId: rule.edge.id, label: 'Input transformer failed', startMs, endMs: startMs, status: 'error', payload: input.text, detail: input.reason });
    return startMs;
  }
  if (rule.config.InputTransformer) {
    trace.add({ parentId: ruleSpan, edgeId: rule.edge.id, label: 'Input transformed', startMs, endMs: startMs, status: 'ok', payload: input.value });
  }
  const functionName = functionDefinition(context.scenario, rule.target).functionName;
  let clock = startMs;
  for (let retries = 0; ; retries += 1) {
    const error = deliveryError(rule, context.env.random);
    if (!error) {
      trace.add({
        parentId: ruleSpan,
        edgeId: rule.edge.id,
        label: `Delivery ${retries + 1}: Invoke (Event) → 202 Accepted`,
        startMs: clock,
        endMs: clock,
        status: 'ok',
        detail: 'Lambda queued the event for asynchronous invocation.',
      });
      const outcome = await runAsyncInvocation(context, { node: rule.target, event: input.value, startMs: clock, parentId: ruleSpan, edgeId: rule.edge.id, depth });
      return outcome.endMs;
    }
    const message = deliveryErrorMessage(error, functionName);
    trace.add({ parentId: ruleSpan, edgeId: rule.edge.id, label: `Delivery ${retries + 1}: ${error}`, startMs: clock, endMs: clock, status: 'error', detail: message });
    const step = NOT_RETRIED.has(error)
      ? undefined
      : nextDelivery({ retries, ageMs: clock - startMs }, rule, context.env.random);
    if (step?.kind === 'retry') {
      trace.add({ parentId: ruleSpan, edgeId: rule.edge.id, label: `Wait ${(step.delayMs / 1000).toFixed(1)} s before delivery retry ${retries + 1}`, startMs: clock, endMs: clock + step.delayMs, status: 'ok', detail: 'Virtual wait: exponential backoff with jitter.' });
      clock += step.delayMs;
      continue;
    }
    failDelivery(context, rule, event, { error, message, retries, atMs: clock, parentId: ruleSpan, ...(step ? { exhausted: step.condition } : {}) });
    return clock;
  }
}

function deliveryError(rule: ResolvedRule, random: () => number): DeliveryErrorCode | undefined {
  if (!rule.config.invokePermission) {
    return 'NO_PERMISSIONS';
  }
  const rate = rule.config.simulation.deliveryFailureRate;

  return rate > 0 && random() < rate ? 'THROTTLING' : undefined;
}

function failDelivery(
  context: AsyncRunContext,
  rule: ResolvedRule,
  event: EventBridgeEvent,
  failure: { error: DeliveryErrorCode; message: string; retries: number; atMs: number; parentId: string; exhausted?: ExhaustedCondition },
): void {
  const reason = failure.exhausted ? `${failure.exhausted} reached after ${failure.retries} retries` : `${failure.error} is not retried`;
  if (!rule.deadLetter) {
    context.trace.add({ parentId: failure.parentId, edgeId: rule.edge.id, label: 'Event dropped: no dead-letter queue', startMs: failure.atMs, endMs: failure.atMs, status: 'error', detail: `${reason}; set DeadLetterConfig on the rule to keep such events.` });
    return;
  }
  const message = ruleDeadLetterMessage({
    event,
    ruleArn: rule.arn,
    targetArn: nodeArn(context.scenario, rule.target) ?? rule.target.id,
    errorCode: failure.error,
    errorMessage: failure.message,
    retries: failure.retries,
    ...(failure.exhausted ? { exhausted: failure.exhausted } : {}),
  });
  context.deliveries.push({ kind: 'rule-dead-letter', target: rule.deadLetter, atMs: failure.atMs, message });
  context.trace.add({
    parentId: failure.parentId,
    ...(rule.deadLetter.nodeId ? { nodeId: rule.deadLetter.nodeId } : {}),
    label: `Rule dead-letter queue ${rule.deadLetter.ref} ← event`,
    startMs: failure.atMs,
    endMs: failure.atMs,
    status: 'ok',
    payload: message,
    detail: reason,
  });
}
