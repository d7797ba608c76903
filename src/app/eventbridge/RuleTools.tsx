import type { ReactNode } from 'react';
import type { Scenario, ScenarioEdge } from '../../engine/model';
import { PatternTester } from './PatternTester';
import { SchedulePreview } from './SchedulePreview';
import './eventbridge.css';

/** Returns what the rule form shows right below a field: the schedule's next firings. */
export function ruleFieldExtras(edge: ScenarioEdge): Record<string, ReactNode> {
  const schedule = edge.config.ScheduleExpression;

  return typeof schedule === 'string' && schedule !== ''
    ? { ScheduleExpression: <SchedulePreview expression={schedule} /> }
    : {};
}

/** Renders the inspector's pattern tester for a rule edge (bus → function). */
export function RuleTools({ edge, scenario }: { edge: ScenarioEdge; scenario: Scenario }) {
  const bus = scenario.nodes.find((node) => node.id === edge.source);

  return bus ? <PatternTester key={edge.id} edge={edge} scenario={scenario} bus={bus} /> : null;
}
