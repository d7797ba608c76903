import { describe, expect, it } from 'vitest';
import { edgeKind, type Scenario, type ScenarioEdge } from '../../engine/model';
import { ALB_HELLO_SAMPLE } from '../../engine/samples/alb-hello';
import { APIGW_PROXY_CUSTOM_SAMPLE } from '../../engine/samples/apigw-proxy-custom';
import { EVENTBRIDGE_RETRIES_SAMPLE } from '../../engine/samples/eventbridge-retries';
import { ROUTE53_FAILOVER_SAMPLE } from '../../engine/samples/route53-failover';
import { SQS_BATCH_WINDOW_SAMPLE } from '../../engine/samples/sqs-batch-window';
import { edgeAriaLabel, edgeLabelParts, edgeLabelText } from './edge-labels';

function partsOf(scenario: Scenario, id: string): string[] {
  const edge = scenario.edges.find((item) => item.id === id) as ScenarioEdge;

  return edgeLabelParts(edgeKind(scenario, edge), edge);
}

describe('edge label parts', () => {
  it('alb edge without priority', () => {
    expect(partsOf(ALB_HELLO_SAMPLE, 'alb-hello')).toEqual(['default']);
  });

  it('api proxy route', () => {
    expect(partsOf(APIGW_PROXY_CUSTOM_SAMPLE, 'api-items')).toEqual([
      'GET /items/{id}',
      'proxy',
    ]);
  });

  it('api custom route', () => {
    expect(partsOf(APIGW_PROXY_CUSTOM_SAMPLE, 'api-legacy-items')).toEqual([
      'GET /legacy/items/{id}',
      'custom',
    ]);
  });

  it('api route defaults', () => {
    const scenario = {
      ...APIGW_PROXY_CUSTOM_SAMPLE,
      edges: [{ id: 'e', source: 'api', target: 'items', config: {} }],
    };
    expect(partsOf(scenario, 'e')).toEqual(['ANY /{proxy+}', 'proxy']);
  });

  it('http api route key wins', () => {
    const scenario = {
      ...APIGW_PROXY_CUSTOM_SAMPLE,
      edges: [
        { id: 'e', source: 'api', target: 'items', config: { RouteKey: '$default' } },
      ],
    };
    expect(partsOf(scenario, 'e')[0]).toBe('$default');
  });

  it('sqs batch size', () => {
    expect(partsOf(SQS_BATCH_WINDOW_SAMPLE, SQS_BATCH_WINDOW_SAMPLE.edges[0]?.id ?? '')).toEqual([
      'batch 200',
    ]);
  });

  it('eventbridge pattern rule', () => {
    expect(partsOf(EVENTBRIDGE_RETRIES_SAMPLE, 'orders-rule')).toEqual(['pattern']);
  });

  it('eventbridge schedule rule', () => {
    expect(partsOf(EVENTBRIDGE_RETRIES_SAMPLE, 'heartbeat-schedule')).toEqual([
      'rate(5 minutes)',
    ]);
  });

  it('route 53 secondary record', () => {
    expect(partsOf(ROUTE53_FAILOVER_SAMPLE, 'dns-west')).toEqual(['SECONDARY']);
  });
});

describe('edge label text', () => {
  const edge = APIGW_PROXY_CUSTOM_SAMPLE.edges[0] as ScenarioEdge;

  it('canvas label joins parts', () => {
    expect(edgeLabelText(['GET /items/{id}', 'proxy'])).toBe('GET /items/{id} · proxy');
  });

  it('no parts, no label', () => {
    expect(edgeLabelText([])).toBeUndefined();
  });

  it('aria label names route', () => {
    expect(edgeAriaLabel(edge, ['GET /items/{id}', 'proxy'])).toBe(
      'Connection from api to items: GET /items/{id}, proxy',
    );
  });

  it('aria label without parts', () => {
    expect(edgeAriaLabel(edge, [])).toBe('Connection from api to items');
  });
});
