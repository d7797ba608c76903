import { buildAlbEvent } from '../../engine/alb/event';
import { parseRawHttpRequest } from '../../engine/http';
import type { Scenario, ScenarioNode } from '../../engine/model';
import { createRunEnvironment } from '../../engine/run/environment';
import { buildSqsEvent } from '../../engine/sqs';
import { DEFAULT_TEST_EVENT } from './entry';
import { defaultHttpDraft, draftMessage } from './http-draft';

// Fixed, so the template reads the same on every load: 2024-01-01T00:00:00Z.
const TEMPLATE_TIME_MS = 1_704_067_200_000;

function sqsTemplate(scenario: Scenario, queue: ScenarioNode): unknown {
  const config = queue.config as { QueueName?: string; FifoQueue?: boolean };
  const fifo = config.FifoQueue === true;
  const env = createRunEnvironment({ seed: scenario.settings.seed, startMs: TEMPLATE_TIME_MS });

  return buildSqsEvent(
    [{ body: 'Hello from SQS!', messageGroupId: fifo ? 'group-1' : undefined }],
    {
      region: scenario.settings.region,
      accountId: scenario.settings.accountId,
      queueName: config.QueueName ?? (fifo ? `${queue.id}.fifo` : queue.id),
      fifo,
      now: env.now(),
      random: env.random,
    },
  );
}

function albTemplate(scenario: Scenario, alb: ScenarioNode): unknown {
  const parsed = parseRawHttpRequest(draftMessage(defaultHttpDraft(scenario, alb)));
  if (!parsed.ok) {
    return undefined;
  }
  const config = alb.config as { Protocol?: 'HTTP' | 'HTTPS'; Port?: number };

  return buildAlbEvent(parsed.value, {
    listenerProtocol: config.Protocol,
    listenerPort: config.Port,
    env: createRunEnvironment({ seed: scenario.settings.seed, startMs: TEMPLATE_TIME_MS }),
  });
}

/**
 * Returns the test event a function's composer starts with. Like the Lambda
 * console's templates, it has the shape of the function's trigger: an SQS
 * batch for a queue, an ALB request behind a load balancer, else hello-world.
 * https://docs.aws.amazon.com/lambda/latest/dg/testing-functions.html
 */
export function defaultTestEvent(scenario: Scenario, functionNode: ScenarioNode): string {
  const sources = scenario.edges
    .filter((edge) => edge.target === functionNode.id)
    .map((edge) => scenario.nodes.find((node) => node.id === edge.source))
    .filter((node): node is ScenarioNode => node !== undefined);
  // An ALB reaches a function through its target group node.
  const albSource = (node: ScenarioNode): ScenarioNode | undefined =>
    node.type === 'alb'
      ? node
      : scenario.nodes.find(
          (item) =>
            item.type === 'alb' &&
            scenario.edges.some((edge) => edge.source === item.id && edge.target === node.id),
        );
  let event: unknown;
  const queue = sources.find((node) => node.type === 'sqs');
  if (queue) {
    event = sqsTemplate(scenario, queue);
  } else {
    const alb = sources.map(albSource).find((node) => node !== undefined);
    event = alb ? albTemplate(scenario, alb) : undefined;
  }

  return event === undefined ? DEFAULT_TEST_EVENT : `${JSON.stringify(event, null, 2)}\n`;
}
