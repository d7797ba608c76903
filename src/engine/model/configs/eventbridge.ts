import { z } from 'zod';

/** An EventBridge event bus. Rules live on its edges. */
export const eventBridgeConfigSchema = z.strictObject({
  Name: z.string().min(1).default('default').meta({
    title: 'Bus name',
    description: 'The default bus receives events from AWS services.',
    docUrl:
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus.html',
  }),
});

export type EventBridgeConfig = z.output<typeof eventBridgeConfigSchema>;
