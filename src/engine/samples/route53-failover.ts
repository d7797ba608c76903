import type { Scenario } from '../model/scenario';
import { DOWNSTREAM_HANDLER } from './downstream-handler';
import { sampleSettings } from './settings';

const HEALTH_CHECK = {
  HealthCheckEnabled: true,
  HealthCheckPath: '/health',
  HealthCheckIntervalSeconds: 10,
  // Below the interval, as Elastic Load Balancing requires; the Lambda default is 30 s.
  HealthCheckTimeoutSeconds: 5,
  UnhealthyThresholdCount: 2,
};

/**
 * Route 53 failover between two Regions: api.example.com answers with the
 * us-east-1 load balancer while it is healthy, and with the us-west-2 one
 * once the east function's failed health checks make that ALB unhealthy.
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-failover-alias.html
 */
export const ROUTE53_FAILOVER_SAMPLE: Scenario = {
  version: 1,
  name: 'Route 53 failover between two Regions',
  description:
    'api.example.com has a PRIMARY alias record to alb-east (us-east-1) and a SECONDARY one to alb-west (us-west-2), both evaluating target health. The east function answers 503 because its downstream is down. Run health checks on alb-east until its target is unhealthy, then send a request to Route 53 and read the DNS answer in the trace.',
  settings: sampleSettings(),
  nodes: [
    {
      id: 'dns',
      type: 'route53',
      position: { x: 0, y: 160 },
      config: { Name: 'api.example.com', Type: 'A' },
    },
    {
      id: 'alb-east',
      type: 'alb',
      position: { x: 340, y: 40 },
      config: { Name: 'alb-east', region: 'us-east-1' },
    },
    {
      id: 'alb-west',
      type: 'alb',
      position: { x: 340, y: 280 },
      config: { Name: 'alb-west', region: 'us-west-2' },
    },
    {
      id: 'app-east',
      type: 'lambda',
      position: { x: 700, y: 40 },
      config: {
        FunctionName: 'app-east',
        region: 'us-east-1',
        Environment: { Variables: { DOWNSTREAM_UP: 'false' } },
        code: DOWNSTREAM_HANDLER,
      },
    },
    {
      id: 'app-west',
      type: 'lambda',
      position: { x: 700, y: 280 },
      config: {
        FunctionName: 'app-west',
        region: 'us-west-2',
        Environment: { Variables: { DOWNSTREAM_UP: 'true' } },
        code: DOWNSTREAM_HANDLER,
      },
    },
  ],
  edges: [
    {
      id: 'dns-east',
      source: 'dns',
      target: 'alb-east',
      config: { Failover: 'PRIMARY', SetIdentifier: 'east' },
    },
    {
      id: 'dns-west',
      source: 'dns',
      target: 'alb-west',
      config: { Failover: 'SECONDARY', SetIdentifier: 'west' },
    },
    { id: 'east-app', source: 'alb-east', target: 'app-east', config: { Name: 'east-targets', ...HEALTH_CHECK } },
    { id: 'west-app', source: 'alb-west', target: 'app-west', config: { Name: 'west-targets', ...HEALTH_CHECK } },
  ],
  loads: [],
};
