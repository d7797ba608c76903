import { z } from 'zod';

/** An API Gateway API. Routes and integrations live on its edges. */
export const apiGatewayConfigSchema = z.strictObject({
  Name: z.string().min(1).optional().meta({
    title: 'Name',
    description: 'API name; the node id is used when empty.',
  }),
  ProtocolType: z.enum(['REST', 'HTTP']).default('REST').meta({
    title: 'API type',
    description:
      'REST APIs send payload format 1.0; HTTP APIs send 2.0 by default.',
    docUrl:
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html',
  }),
  StageName: z.string().min(1).default('prod').meta({
    title: 'Stage',
    description: 'Stage the requests are sent to.',
  }),
});

export type ApiGatewayConfig = z.output<typeof apiGatewayConfigSchema>;
