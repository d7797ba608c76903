import type { Scenario } from '../model/scenario';
import { DOWNSTREAM_HANDLER } from './downstream-handler';
import { sampleSettings } from './settings';

/**
 * An ALB with health checks on, in front of a function whose downstream
 * dependency is down: two failed checks make the target unhealthy, and the
 * target group then fails open.
 */
export const ALB_HEALTH_CHECKS_SAMPLE: Scenario = {
  version: 1,
  name: 'ALB health checks: a failing downstream',
  description:
    'An Application Load Balancer checks its Lambda target every 10 seconds. The function answers 503 because DOWNSTREAM_UP is false, so after 2 failed checks the target is unhealthy. Run health checks from the Request tab, then send a request: with no healthy target the target group fails open.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'alb',
      type: 'alb',
      position: { x: 0, y: 80 },
      config: { Name: 'shop-alb' },
    },
    {
      id: 'shop',
      type: 'lambda',
      position: { x: 380, y: 80 },
      config: {
        FunctionName: 'shop',
        Environment: { Variables: { DOWNSTREAM_UP: 'false' } },
        code: DOWNSTREAM_HANDLER,
      },
    },
  ],
  edges: [
    {
      id: 'alb-shop',
      source: 'alb',
      target: 'shop',
      config: {
        Name: 'shop-targets',
        HealthCheckEnabled: true,
        HealthCheckPath: '/health',
        HealthCheckIntervalSeconds: 10,
        // Below the interval, as Elastic Load Balancing requires; the Lambda default is 30 s.
        HealthCheckTimeoutSeconds: 5,
        UnhealthyThresholdCount: 2,
      },
    },
  ],
  loads: [],
};
