/**
 * Event buses of a scenario and the ARNs EventBridge gives buses and rules.
 * A rule on a custom bus has the bus name in its ARN.
 * https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoneventbridge.html
 */
import { nodeConfig } from '../../model/resolve';
import type { Scenario, ScenarioNode } from '../../model/scenario';

/** The name of the bus that receives AWS service events and schedules. */
export const DEFAULT_BUS_NAME = 'default';

/** A bus node resolved to its name and ARN. */
export interface ResolvedBus {
  node: ScenarioNode & { type: 'eventbridge' };
  name: string;
  arn: string;
  region: string;
  accountId: string;
}

/** Returns the ARN of an event bus. */
export function busArn(region: string, accountId: string, name: string): string {
  return `arn:aws:events:${region}:${accountId}:event-bus/${name}`;
}

/** Returns the ARN of a rule; rules on a custom bus carry the bus name. */
export function ruleArnOnBus(bus: ResolvedBus, ruleName: string): string {
  const prefix = `arn:aws:events:${bus.region}:${bus.accountId}:rule/`;

  return bus.name === DEFAULT_BUS_NAME
    ? `${prefix}${ruleName}`
    : `${prefix}${bus.name}/${ruleName}`;
}

/** Resolves a bus node. */
export function resolveBus(scenario: Scenario, node: ScenarioNode & { type: 'eventbridge' }): ResolvedBus {
  const { region, accountId } = scenario.settings;
  const name = nodeConfig(node).Name;

  return { node, name, arn: busArn(region, accountId, name), region, accountId };
}

/** Lists the bus nodes of a scenario. */
export function busNodes(scenario: Scenario): ResolvedBus[] {
  return scenario.nodes
    .filter((node): node is ScenarioNode & { type: 'eventbridge' } => node.type === 'eventbridge')
    .map((node) => resolveBus(scenario, node));
}
