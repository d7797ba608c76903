/**
 * EventBridge buses on the simulator: PutEvents loads and schedules put
 * events on a bus, rules match them, and each target function gets the
 * event through Lambda's asynchronous queue. Deliveries Lambda refuses are
 * retried with backoff and then sent to the rule's dead-letter queue.
 */
import type { AsyncInvokeSim } from '../../lambda/async/sim-async';
import type { AsyncSimHost } from '../../lambda/async/sim-host';
import { destinationEvent, type DestinationRecord } from '../../lambda/async/records';
import { nodeArn } from '../../lambda/async/resources';
import { functionDefinition } from '../../lambda/definition';
import type { ScenarioLoad } from '../../model/load';
import type { EventBridgeEvent } from '../event-types';
import { buildEventBridgeEvent, type PutEventsEntry } from '../put-events';
import { buildScheduledEvent } from '../scheduled-event';
import { nextFirings } from '../schedule';
import { busNodes, DEFAULT_BUS_NAME, type ResolvedBus } from './bus';
import { deliveryErrorMessage, NOT_RETRIED, ruleDeadLetterMessage, type DeliveryErrorCode } from './dead-letter';
import { nextDelivery } from './delivery-policy';
import { applyInputTransformer } from './input-transformer';
import { busRules, matchingRules, type ResolvedRule } from './resolve';

/** Entry a bus load sends when it names none. */
const DEFAULT_ENTRY: PutEventsEntry = { Source: 'playground.load', DetailType: 'Load event', Detail: '{}' };
/** Maximum stretch of a steady load sent as one arrival, as for queues. */
const SLICE_MS = 100;
/** How long schedules fire when the run has no end time: one day. */
export const DEFAULT_SCHEDULE_HORIZON_MS = 86_400_000;

interface BusLoad {
  load: ScenarioLoad;
  bus: ResolvedBus;
  sent: number;
  intervalMs: number;
}

/** The buses of the world and their rules. */
export class EventBridgeSim {
  private readonly rules = new Map<string, ResolvedRule[]>();
  private readonly buses = new Map<string, ResolvedBus>();

  constructor(
    private readonly host: AsyncSimHost,
    private readonly lambda: AsyncInvokeSim,
    private readonly horizonMs: number,
  ) {
    for (const bus of busNodes(host.scenario)) {
      this.buses.set(bus.node.id, bus);
      this.rules.set(bus.node.id, busRules(host.scenario, bus));
    }
    lambda.busSink = (busId, record, functionArn, depth) => this.putRecord(busId, record, functionArn, depth);
  }

  /** True when the scenario has a bus; otherwise nothing here runs. */
  get active(): boolean {
    return this.buses.size > 0;
  }

  /** Starts the loads that target a bus and the schedule rules. */
  start(loads: readonly ScenarioLoad[]): void {
    for (const load of loads) {
      const bus = this.buses.get(load.target);
      if (bus) {
        const runtime = { load, bus, sent: 0, intervalMs: load.ratePerSecond ? 1000 / load.ratePerSecond : 0 };
        this.host.at(load.startSeconds * 1000, () => this.arrive(runtime));
      }
    }
    for (const rules of this.rules.values()) {
      for (const rule of rules) {
        if (rule.schedule && rule.config.State === 'ENABLED' && !rule.pattern && rule.bus.name === DEFAULT_BUS_NAME) {
          this.scheduleNext(rule, this.host.epochMs);
        }
      }
    }
  }

  private arrive(runtime: BusLoad): void {
    const { load } = runtime;
    const start = load.startSeconds * 1000;
    let end = load.count;
    if (runtime.intervalMs > 0) {
      const due = Math.floor((this.host.now - start) / runtime.intervalMs + 1e-9) + 1;
      end = Math.min(end, Math.max(runtime.sent + 1, due));
    }
    const entry = (load.entry ?? DEFAULT_ENTRY) as PutEventsEntry;
    for (; runtime.sent < end; runtime.sent += 1) {
      const sentAt = start + runtime.sent * runtime.intervalMs;
      const built = buildEventBridgeEvent(entry, {
        region: runtime.bus.region,
        accountId: runtime.bus.accountId,
        now: () => this.host.epochMs + sentAt,
        random: this.host.random,
      });
      if (built.ok) {
        this.put(runtime.bus, built.value, 0);
      } else {
        this.host.asyncCounters.eventsRejected += 1;
      }
    }
    if (runtime.sent < load.count) {
      this.host.at(Math.max(this.host.now + SLICE_MS, start + runtime.sent * runtime.intervalMs), () => this.arrive(runtime));
    }
  }

  private scheduleNext(rule: ResolvedRule, afterEpochMs: number): void {
    const [next] = nextFirings(rule.schedule as NonNullable<ResolvedRule['schedule']>, afterEpochMs, 1);
    if (next === undefined || next - this.host.epochMs > this.horizonMs) {
      return;
    }
    this.host.at(next - this.host.epochMs, () => {
      const event = buildScheduledEvent(rule.name, next, {
        region: rule.bus.region,
        accountId: rule.bus.accountId,
        now: () => next,
        random: this.host.random,
      });
      this.host.asyncCounters.eventsPut += 1;
      this.host.asyncCounters.eventsMatched += 1;
      this.deliver(rule, event, this.host.now, 0, 0);
      this.scheduleNext(rule, next);
    });
  }

  /** Puts an event on a bus and delivers it to the rules it matches. */
  put(bus: ResolvedBus, event: EventBridgeEvent, depth: number): void {
    this.host.asyncCounters.eventsPut += 1;
    const matched = matchingRules(this.rules.get(bus.node.id) ?? [], event);
    this.host.asyncCounters.eventsMatched += matched.length;
    for (const rule of matched) {
      this.deliver(rule, event, this.host.now, 0, depth);
    }
  }

  private putRecord(busId: string, record: DestinationRecord, functionArn: string, depth: number): void {
    const bus = this.buses.get(busId);
    if (!bus) {
      return;
    }
    const event = destinationEvent(record, { busArn: bus.arn, functionArn, region: bus.region, accountId: bus.accountId }, this.host.random, this.host.epochMs + this.host.now);
    this.put(bus, event, depth);
  }

  private deliver(rule: ResolvedRule, event: EventBridgeEvent, firstTry: number, retries: number, depth: number): void {
    const error = this.deliveryError(rule);
    if (!error) {
      const input = this.targetInput(rule, event);
      if (input !== undefined) {
        this.lambda.enqueue(rule.target.id, input, depth);
      }
      return;
    }
    const step = NOT_RETRIED.has(error)
      ? undefined
      : nextDelivery({ retries, ageMs: this.host.now - firstTry }, rule, this.host.random);
    if (step?.kind === 'retry') {
      this.host.asyncCounters.deliveryRetries += 1;
      this.host.at(this.host.now + step.delayMs, () => this.deliver(rule, event, firstTry, retries + 1, depth));
      return;
    }
    if (!rule.deadLetter?.nodeId) {
      this.host.asyncCounters[rule.deadLetter ? 'ruleDeadLettered' : 'ruleDropped'] += 1;
      return;
    }
    this.host.asyncCounters.ruleDeadLettered += 1;
    const message = ruleDeadLetterMessage({
      event,
      ruleArn: rule.arn,
      targetArn: nodeArn(this.host.scenario, rule.target) ?? rule.target.id,
      errorCode: error,
      errorMessage: deliveryErrorMessage(error, functionDefinition(this.host.scenario, rule.target).functionName),
      retries,
      ...(step ? { exhausted: step.condition } : {}),
    });
    this.host.sendToQueue(rule.deadLetter.nodeId, message.body);
  }

  private deliveryError(rule: ResolvedRule): DeliveryErrorCode | undefined {
    if (!rule.config.invokePermission) {
      return 'NO_PERMISSIONS';
    }
    const rate = rule.config.simulation.deliveryFailureRate;

    return rate > 0 && this.host.random() < rate ? 'THROTTLING' : undefined;
  }

  private targetInput(rule: ResolvedRule, event: EventBridgeEvent): unknown {
    const transformer = rule.config.InputTransformer;
    if (!transformer) {
      return event;
    }
    const result = applyInputTransformer(transformer, event, {
      ruleName: rule.name,
      ruleArn: rule.arn,
      ingestionTime: new Date(this.host.epochMs + this.host.now).toISOString(),
    });

    return result.ok ? result.value : undefined;
  }
}
