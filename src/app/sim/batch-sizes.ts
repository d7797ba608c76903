import type { Scenario, ScenarioEdge } from '../../engine/model';
import {
  BATCH_SIZE_WITHOUT_WINDOW,
  MAX_BATCH_SIZE_FIFO,
} from '../../engine/model/configs/sqs-esm';

/** One variant of a scenario with another BatchSize on its mapping. */
export interface BatchVariant {
  batchSize: number;
  windowSeconds: number;
  scenario: Scenario;
}

const STANDARD_SIZES = [1, 10, 100, 1000];
const FIFO_SIZES = [1, 5, MAX_BATCH_SIZE_FIFO];

/** Finds the event source mapping that reads the queue the first load sends to. */
export function loadMapping(scenario: Scenario): ScenarioEdge | undefined {
  const target = scenario.loads[0]?.target;
  const lambdaIds = new Set(
    scenario.nodes.filter((node) => node.type === 'lambda').map((node) => node.id),
  );

  return scenario.edges.find((edge) => edge.source === target && lambdaIds.has(edge.target));
}

/**
 * Builds one scenario per batch size valid for the queue type (1, 10, 100,
 * 1000 for a standard queue; 1, 5, 10 for FIFO). Above 10 messages AWS
 * requires a batching window, so it is raised to at least 1 s there.
 * https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html
 */
export function batchSizeVariants(scenario: Scenario): BatchVariant[] | { error: string } {
  const mapping = loadMapping(scenario);
  if (!mapping) {
    return {
      error:
        'Compare needs a load sent to a queue that a function reads; connect the queue to a function or add a load.',
    };
  }
  const queue = scenario.nodes.find((node) => node.id === mapping.source);
  const fifo = queue?.config.FifoQueue === true;
  const currentWindow = Number(mapping.config.MaximumBatchingWindowInSeconds ?? 0);

  return (fifo ? FIFO_SIZES : STANDARD_SIZES).map((batchSize) => {
    const windowSeconds =
      batchSize > BATCH_SIZE_WITHOUT_WINDOW ? Math.max(1, currentWindow) : fifo ? 0 : currentWindow;
    const edges = scenario.edges.map((edge) =>
      edge.id === mapping.id
        ? {
            ...edge,
            config: {
              ...edge.config,
              BatchSize: batchSize,
              MaximumBatchingWindowInSeconds: windowSeconds,
            },
          }
        : edge,
    );

    return { batchSize, windowSeconds, scenario: { ...scenario, edges } };
  });
}
