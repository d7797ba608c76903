import { describe, expect, it } from 'vitest';
import { ALB_HELLO_SAMPLE } from '../samples/alb-hello';
import type { Scenario } from '../model/scenario';
import { exportParsed, fileContent } from './export.testing';
import { getAtt, ref, sub } from './yaml';
import { at } from './yaml-parse.testing';

describe('SAM export of the ALB sample', () => {
  const { result, template } = exportParsed(ALB_HELLO_SAMPLE);
  const resources = at(template, 'Resources') as Record<string, unknown>;

  it('uses the SAM transform', () => {
    expect(at(template, 'Transform')).toBe('AWS::Serverless-2016-10-31');
  });

  it('keeps the format version a string', () => {
    expect(at(template, 'AWSTemplateFormatVersion')).toBe('2010-09-09');
  });

  it('writes exactly the expected resources', () => {
    expect(Object.keys(resources)).toEqual([
      'Hello',
      'Alb',
      'AlbHelloPermission',
      'AlbHelloTargetGroup',
      'AlbListener',
    ]);
  });

  it('maps the function properties', () => {
    expect(at(template, 'Resources.Hello.Properties')).toEqual({
      FunctionName: 'hello',
      CodeUri: 'src/hello/',
      Handler: 'index.handler',
      Runtime: 'nodejs22.x',
      Timeout: 3,
      MemorySize: 128,
      Environment: { Variables: { GREETING: 'Hello' } },
    });
  });

  it('writes the handler source unchanged', () => {
    const code = (ALB_HELLO_SAMPLE.nodes[1]?.config as { code: string }).code;
    expect(fileContent(result, 'src/hello/index.mjs')).toBe(code);
  });

  it('maps the load balancer', () => {
    expect(at(template, 'Resources.Alb')).toEqual({
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: {
        Name: 'web-alb',
        Type: 'application',
        Scheme: 'internet-facing',
        Subnets: ref('LoadBalancerSubnetIds'),
        SecurityGroups: ref('LoadBalancerSecurityGroupIds'),
      },
    });
  });

  it('makes subnets a parameter', () => {
    expect(at(template, 'Parameters.LoadBalancerSubnetIds.Type')).toBe('List<AWS::EC2::Subnet::Id>');
  });

  it('lets the load balancer invoke', () => {
    expect(at(template, 'Resources.AlbHelloPermission.Properties')).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: getAtt('Hello', 'Arn'),
      Principal: 'elasticloadbalancing.amazonaws.com',
      SourceAccount: ref('AWS::AccountId'),
    });
  });

  it('registers the function after the permission', () => {
    expect(at(template, 'Resources.AlbHelloTargetGroup.DependsOn')).toBe('AlbHelloPermission');
  });

  it('maps the target group', () => {
    expect(at(template, 'Resources.AlbHelloTargetGroup.Properties')).toEqual({
      Name: 'hello-targets',
      TargetType: 'lambda',
      Targets: [{ Id: getAtt('Hello', 'Arn') }],
      HealthCheckEnabled: false,
    });
  });

  it('forwards by default to the target group', () => {
    expect(at(template, 'Resources.AlbListener.Properties')).toEqual({
      LoadBalancerArn: ref('Alb'),
      Port: 80,
      Protocol: 'HTTP',
      DefaultActions: [{ Type: 'forward', TargetGroupArn: ref('AlbHelloTargetGroup') }],
    });
  });

  it('outputs the load balancer URL', () => {
    expect(at(template, 'Outputs.AlbUrl.Value')).toEqual(sub('http://${Alb.DNSName}:80/'));
  });

  it('has no warnings', () => {
    expect(result.warnings).toEqual([]);
  });
});

function withRuleEdge(): Scenario {
  const scenario = structuredClone(ALB_HELLO_SAMPLE);
  scenario.nodes[0]!.config = { Name: 'web-alb', Protocol: 'HTTPS', Port: 443 };
  scenario.edges[0]!.config = {
    Priority: 10,
    Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/hello*'] } }],
    HealthCheckEnabled: true,
    TargetGroupAttributes: [{ Key: 'lambda.multi_value_headers.enabled', Value: 'true' }],
    invokePermission: false,
  };

  return scenario;
}

describe('SAM export of ALB rules', () => {
  const { result, template } = exportParsed(withRuleEdge());

  it('keeps the fixed response default', () => {
    expect(at(template, 'Resources.AlbListener.Properties.DefaultActions')).toEqual([
      {
        Type: 'fixed-response',
        FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not Found' },
      },
    ]);
  });

  it('writes the listener rule', () => {
    expect(at(template, 'Resources.AlbHelloListenerRule.Properties')).toEqual({
      ListenerArn: ref('AlbListener'),
      Priority: 10,
      Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: ['/hello*'] } }],
      Actions: [{ Type: 'forward', TargetGroupArn: ref('AlbHelloTargetGroup') }],
    });
  });

  it('asks for the HTTPS certificate', () => {
    expect(at(template, 'Resources.AlbListener.Properties.Certificates')).toEqual([
      { CertificateArn: ref('AlbCertificateArn') },
    ]);
  });

  it('writes the health check defaults', () => {
    expect(at(template, 'Resources.AlbHelloTargetGroup.Properties.HealthCheckIntervalSeconds')).toBe(35);
  });

  it('keeps target group attributes', () => {
    expect(at(template, 'Resources.AlbHelloTargetGroup.Properties.TargetGroupAttributes')).toEqual([
      { Key: 'lambda.multi_value_headers.enabled', Value: 'true' },
    ]);
  });

  it('warns about invokePermission false', () => {
    expect(result.warnings.some((warning) => warning.includes('invokePermission is false'))).toBe(true);
  });
});

function withHealthCheck(timeout: number, interval: number): Scenario {
  const scenario = structuredClone(ALB_HELLO_SAMPLE);
  scenario.edges[0]!.config = {
    Name: 'hello-targets',
    HealthCheckEnabled: true,
    HealthCheckTimeoutSeconds: timeout,
    HealthCheckIntervalSeconds: interval,
  };

  return scenario;
}

// CreateTargetGroup rejects a timeout that is not below the interval:
// https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html
describe('SAM export health check timeout', () => {
  const timeoutWarnings = (timeout: number, interval: number): string[] =>
    exportParsed(withHealthCheck(timeout, interval)).result.warnings.filter(
      (warning) => warning.includes('HealthCheckTimeoutSeconds'),
    );

  it('warns when timeout exceeds interval', () => {
    expect(timeoutWarnings(30, 10)).toEqual([
      'Edge alb-hello: target group hello-targets has HealthCheckTimeoutSeconds 30, not below HealthCheckIntervalSeconds 10, so Elastic Load Balancing rejects it and the stack fails to deploy; set a timeout below the interval.',
    ]);
  });

  it('warns when timeout equals interval', () => {
    expect(timeoutWarnings(10, 10)).toHaveLength(1);
  });

  it('stays quiet when timeout is below', () => {
    expect(timeoutWarnings(5, 10)).toEqual([]);
  });
});
