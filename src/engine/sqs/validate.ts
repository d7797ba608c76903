import { nodeConfig } from '../model/resolve';
import type { Scenario } from '../model/scenario';
import type { Diagnostic } from '../validate/diagnostic';
import { BATCH_SIZE_WITHOUT_WINDOW, MAX_BATCH_SIZE_FIFO } from '../model/configs/sqs-esm';
import { mappingEdges, type MappingEdge } from './mappings';
import { queueNodes, resolveDeadLetterQueue } from './resolve';

const CONFIGURE_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html';
const PARAMETERS_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-parameters.html';
const ERROR_HANDLING_DOC = 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html';
const DLQ_DOC =
  'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html';

function mappingRules(mapping: MappingEdge): Diagnostic[] {
  const { edge, config, queue, queueConfig, functionConfig } = mapping;
  const found: Diagnostic[] = [];
  const timeout = functionConfig.Timeout;
  const visibility = queueConfig.VisibilityTimeout;
  const window = config.MaximumBatchingWindowInSeconds;
  if (timeout > visibility) {
    found.push({
      severity: 'error',
      code: 'sqs/function-timeout-exceeds-visibility-timeout',
      edgeId: edge.id,
      nodeId: queue.id,
      field: 'VisibilityTimeout',
      message: `Lambda rejects this event source mapping: the function timeout (${timeout} s) is longer than the queue's visibility timeout (${visibility} s).`,
      fix: `Raise the queue's VisibilityTimeout to at least ${timeout} s (AWS advises ${6 * timeout + window} s), or lower the function's Timeout.`,
      docUrl: CONFIGURE_DOC,
    });
  } else if (visibility < 6 * timeout + window) {
    found.push({
      severity: 'warning',
      code: 'sqs/visibility-timeout-below-advice',
      edgeId: edge.id,
      nodeId: queue.id,
      field: 'VisibilityTimeout',
      message: `The visibility timeout (${visibility} s) is below the ${6 * timeout + window} s AWS advises: 6 times the function timeout (${timeout} s)${window > 0 ? ` plus the batching window (${window} s)` : ''}, so that throttled batches can be retried.`,
      fix: `Set VisibilityTimeout to ${6 * timeout + window} s or more.`,
      docUrl: CONFIGURE_DOC,
    });
  }
  if (config.BatchSize > BATCH_SIZE_WITHOUT_WINDOW && window < 1) {
    found.push({
      severity: 'error',
      code: 'sqs/batching-window-required',
      edgeId: edge.id,
      field: 'MaximumBatchingWindowInSeconds',
      message: `Lambda rejects a BatchSize of ${config.BatchSize} without a batching window: "Maximum batch window in seconds must be greater than 0 if maximum batch size is greater than 10".`,
      fix: 'Set MaximumBatchingWindowInSeconds to 1 or more, or BatchSize to 10 or less.',
      docUrl: PARAMETERS_DOC,
    });
  }
  if (queueConfig.FifoQueue && config.BatchSize > MAX_BATCH_SIZE_FIFO) {
    found.push({
      severity: 'error',
      code: 'sqs/fifo-batch-size',
      edgeId: edge.id,
      field: 'BatchSize',
      message: `BatchSize ${config.BatchSize} is above 10, the maximum for a FIFO queue.`,
      fix: 'Set BatchSize to 10 or less.',
      docUrl: PARAMETERS_DOC,
    });
  }
  if (queueConfig.FifoQueue && window > 0) {
    found.push({
      severity: 'error',
      code: 'sqs/fifo-batching-window',
      edgeId: edge.id,
      field: 'MaximumBatchingWindowInSeconds',
      message: `FIFO queues do not support a batching window, but MaximumBatchingWindowInSeconds is ${window}.`,
      fix: 'Set MaximumBatchingWindowInSeconds to 0.',
      docUrl: PARAMETERS_DOC,
    });
  }
  const maximum = config.ScalingConfig?.MaximumConcurrency;
  const reserved = functionConfig.ReservedConcurrentExecutions;
  if (maximum !== undefined && reserved !== undefined && maximum > reserved) {
    found.push({
      severity: 'warning',
      code: 'sqs/maximum-concurrency-above-reserved',
      edgeId: edge.id,
      field: 'ScalingConfig.MaximumConcurrency',
      message: `MaximumConcurrency (${maximum}) is above the function's reserved concurrency (${reserved}), so batches beyond ${reserved} are throttled and return to the queue.`,
      fix: `Set MaximumConcurrency to ${reserved} or less.`,
      docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
    });
  }
  const redrive = queueConfig.RedrivePolicy;
  if (redrive && redrive.maxReceiveCount < 5) {
    found.push({
      severity: 'warning',
      code: 'sqs/max-receive-count-below-advice',
      nodeId: queue.id,
      field: 'RedrivePolicy.maxReceiveCount',
      message: `maxReceiveCount is ${redrive.maxReceiveCount}; AWS advises at least 5 for a queue a function reads, so that throttled batches are not dead-lettered.`,
      fix: 'Set RedrivePolicy.maxReceiveCount to 5 or more.',
      docUrl: ERROR_HANDLING_DOC,
    });
  }

  return found;
}

function queueRules(scenario: Scenario): Diagnostic[] {
  const found: Diagnostic[] = [];
  const queues = queueNodes(scenario);
  for (const { node, config } of queues) {
    if (config.FifoQueue && config.QueueName && !config.QueueName.endsWith('.fifo')) {
      found.push({
        severity: 'error',
        code: 'sqs/fifo-queue-name',
        nodeId: node.id,
        field: 'QueueName',
        message: `The FIFO queue name "${config.QueueName}" does not end in .fifo.`,
        fix: `Rename it to "${config.QueueName}.fifo".`,
        docUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html',
      });
    }
    const target = config.RedrivePolicy?.deadLetterTargetArn;
    if (target === undefined) {
      continue;
    }
    const dlqId = resolveDeadLetterQueue(scenario, target);
    const dlq = queues.find((queue) => queue.node.id === dlqId);
    if (!dlq) {
      found.push({
        severity: 'warning',
        code: 'sqs/dead-letter-queue-not-found',
        nodeId: node.id,
        field: 'RedrivePolicy.deadLetterTargetArn',
        message: `The dead-letter queue "${target}" is not a queue in this scenario; the simulation counts messages moved there but cannot show them.`,
        fix: 'Add the queue to the canvas and give its node id or ARN.',
        docUrl: DLQ_DOC,
      });
    } else if (dlq.config.FifoQueue !== config.FifoQueue) {
      found.push({
        severity: 'error',
        code: 'sqs/dead-letter-queue-type',
        nodeId: node.id,
        field: 'RedrivePolicy.deadLetterTargetArn',
        message: `The dead-letter queue "${dlq.node.id}" is ${dlq.config.FifoQueue ? 'a FIFO' : 'a standard'} queue, but "${node.id}" is ${config.FifoQueue ? 'a FIFO' : 'a standard'} queue; SQS requires the same type.`,
        fix: `Use a ${config.FifoQueue ? 'FIFO' : 'standard'} queue as the dead-letter queue.`,
        docUrl: DLQ_DOC,
      });
    }
  }

  return found;
}

function loadRules(scenario: Scenario): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const [index, load] of scenario.loads.entries()) {
    const node = scenario.nodes.find((candidate) => candidate.id === load.target);
    if (node?.type !== 'sqs' && node?.type !== 'eventbridge') {
      found.push({
        severity: 'error',
        code: 'load/target-not-queue',
        nodeId: node?.id,
        field: `loads[${index}].target`,
        message: node
          ? `Load ${index} sends messages to "${load.target}", a ${node.type} node; the simulator sends loads to SQS queues and EventBridge buses only.`
          : `Load ${index} sends messages to "${load.target}", but no node has that id.`,
        fix: 'Set the load target to the node id of an SQS queue or an EventBridge bus.',
      });
    }
  }

  return found;
}

function concurrencyRules(scenario: Scenario): Diagnostic[] {
  let reservedTotal = 0;
  for (const node of scenario.nodes) {
    if (node.type === 'lambda') {
      reservedTotal += nodeConfig(node as typeof node & { type: 'lambda' }).ReservedConcurrentExecutions ?? 0;
    }
  }
  const limit = scenario.settings.accountConcurrency;
  if (reservedTotal <= limit - 100) {
    return [];
  }

  return [
    {
      severity: 'error',
      code: 'lambda/reserved-concurrency-above-account',
      field: 'ReservedConcurrentExecutions',
      message: `Functions reserve ${reservedTotal} concurrent executions in total, but Lambda keeps 100 of the account's ${limit} unreserved, so at most ${limit - 100} can be reserved.`,
      fix: 'Lower ReservedConcurrentExecutions, or raise settings.accountConcurrency.',
      docUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
    },
  ];
}

/**
 * Checks queues, event source mappings and loads against the rules Lambda
 * and SQS enforce (errors) and the settings AWS advises (warnings).
 */
export function validateSqs(scenario: Scenario): Diagnostic[] {
  return [
    ...queueRules(scenario),
    ...mappingEdges(scenario).flatMap(mappingRules),
    ...loadRules(scenario),
    ...concurrencyRules(scenario),
  ];
}
