import type { Scenario } from '../model/scenario';
import type { RunInput, RunResult } from '../run/types';
import type { SimulationResult } from '../sim/types';

/**
 * A claim a gallery scenario makes, stated so that a test can check it
 * against the engine. Each `check` returns undefined when the claim holds,
 * or a sentence saying what differed.
 */
export type GalleryExpectation =
  /** The scenario's simulation, run to its end. */
  | {
      kind: 'simulate';
      claim: string;
      check(result: SimulationResult): string | undefined;
    }
  /** The scenario's simulation against the simulation of a changed copy. */
  | {
      kind: 'compare';
      claim: string;
      /** Label of the change in the copy, for example `classic scaling`. */
      variantLabel: string;
      variant(scenario: Scenario): Scenario;
      check(base: SimulationResult, variant: SimulationResult): string | undefined;
    }
  /**
   * One Run, after running `healthChecks` health checks of each listed ALB
   * target group so that their target health applies.
   */
  | {
      kind: 'request';
      claim: string;
      entryNodeId: string;
      input: RunInput;
      healthChecks?: { edgeId: string; checks: number }[];
      check(result: RunResult): string | undefined;
    };

/** One card of the scenario gallery. */
export interface GalleryEntry {
  id: string;
  title: string;
  /** Summary of what the scenario shows, in one or two sentences. */
  summary: string;
  /** One step to try after opening it. */
  tryThis: string;
  scenario: Scenario;
  expectation: GalleryExpectation;
}

/** Returns a copy of a scenario with new values merged into one edge's config. */
export function withEdgeConfig(
  scenario: Scenario,
  edgeId: string,
  config: Record<string, unknown>,
): Scenario {
  return {
    ...scenario,
    edges: scenario.edges.map((edge) =>
      edge.id === edgeId ? { ...edge, config: { ...edge.config, ...config } } : edge,
    ),
  };
}
