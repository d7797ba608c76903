import { lazy, type ReactNode } from 'react';
import type { Scenario, ScenarioEdge } from '../../engine/model';
import { LazyPart } from '../components/LazyPart';
import './eventbridge.css';

// The rule tools carry the pattern matcher and cron parser, so they load
// the first time a rule is inspected.
const PatternTester = lazy(() =>
  import('./PatternTester').then((module) => ({ default: module.PatternTester })),
);
const SchedulePreview = lazy(() =>
  import('./SchedulePreview').then((module) => ({ default: module.SchedulePreview })),
);

/** Returns what the rule form shows right below a field: the schedule's next firings. */
export function ruleFieldExtras(edge: ScenarioEdge): Record<string, ReactNode> {
  const schedule = edge.config.ScheduleExpression;

  return typeof schedule === 'string' && schedule !== ''
    ? {
        ScheduleExpression: (
          <LazyPart name="schedule preview">
            <SchedulePreview expression={schedule} />
          </LazyPart>
        ),
      }
    : {};
}

/** Renders the inspector's pattern tester for a rule edge (bus → function). */
export function RuleTools({ edge, scenario }: { edge: ScenarioEdge; scenario: Scenario }) {
  const bus = scenario.nodes.find((node) => node.id === edge.source);

  return bus ? (
    <LazyPart name="pattern tester">
      <PatternTester key={edge.id} edge={edge} scenario={scenario} bus={bus} />
    </LazyPart>
  ) : null;
}
