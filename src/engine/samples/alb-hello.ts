import type { Scenario } from '../model/scenario';
import { sampleSettings } from './settings';

/** Scenario a new visitor starts with: an ALB in front of one function. */
export const ALB_HELLO_SAMPLE: Scenario = {
  version: 1,
  name: 'ALB → Lambda: hello',
  description:
    'An Application Load Balancer forwards HTTP requests to a Lambda function. Send a request and read the event the function received.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'alb',
      type: 'alb',
      position: { x: 0, y: 80 },
      config: { Name: 'web-alb' },
    },
    {
      id: 'hello',
      type: 'lambda',
      position: { x: 360, y: 80 },
      config: {
        FunctionName: 'hello',
        Environment: { Variables: { GREETING: 'Hello' } },
        code: `// Runs for every request the load balancer forwards.
let invocations = 0; // module state survives warm starts

export const handler = async (event, context) => {
  invocations += 1;
  console.log('path', event.path, 'invocation', invocations);
  const name = event.queryStringParameters?.name ?? 'world';
  return {
    statusCode: 200,
    statusDescription: '200 OK',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      message: \`\${process.env.GREETING}, \${decodeURIComponent(name)}!\`,
      requestId: context.awsRequestId,
      invocations,
    }),
    isBase64Encoded: false,
  };
};
`,
      },
    },
  ],
  edges: [
    {
      id: 'alb-hello',
      source: 'alb',
      target: 'hello',
      config: { Name: 'hello-targets' },
    },
  ],
  loads: [],
};
