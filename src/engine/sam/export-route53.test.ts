import { describe, expect, it } from 'vitest';
import { ROUTE53_FAILOVER_SAMPLE } from '../samples/route53-failover';
import { exportParsed } from './export.testing';
import { getAtt, ref } from './yaml';
import { at } from './yaml-parse.testing';

describe('SAM export of the Route 53 failover sample', () => {
  const { result, template } = exportParsed(ROUTE53_FAILOVER_SAMPLE);

  it('maps the primary record', () => {
    expect(at(template, 'Resources.DnsEastRecord')).toEqual({
      Type: 'AWS::Route53::RecordSet',
      Properties: {
        HostedZoneId: ref('DnsHostedZoneId'),
        Name: 'api.example.com',
        Type: 'A',
        Failover: 'PRIMARY',
        SetIdentifier: 'east',
        AliasTarget: {
          DNSName: getAtt('AlbEast', 'DNSName'),
          HostedZoneId: getAtt('AlbEast', 'CanonicalHostedZoneID'),
          EvaluateTargetHealth: true,
        },
      },
    });
  });

  it('points the secondary at parameters', () => {
    expect(at(template, 'Resources.DnsWestRecord.Properties.AliasTarget')).toEqual({
      DNSName: ref('DnsWestRecordTargetDNSName'),
      HostedZoneId: ref('DnsWestRecordTargetHostedZoneId'),
      EvaluateTargetHealth: true,
    });
  });

  it('marks the secondary record', () => {
    expect(at(template, 'Resources.DnsWestRecord.Properties.Failover')).toBe('SECONDARY');
  });

  it('asks for the hosted zone', () => {
    expect(at(template, 'Parameters.DnsHostedZoneId.Type')).toBe('AWS::Route53::HostedZone::Id');
  });

  it('asks for the west DNS name', () => {
    expect(at(template, 'Parameters.DnsWestRecordTargetDNSName.Type')).toBe('String');
  });

  it('asks for the west zone id', () => {
    expect(at(template, 'Parameters.DnsWestRecordTargetHostedZoneId.Type')).toBe('String');
  });

  it('warns to deploy us-west-2 separately', () => {
    expect(result.warnings).toContain(
      "Edge dns-west: load balancer alb-west is in us-west-2 and this stack in us-east-1, and a template cannot reference another Region. Deploy alb-west's stack in us-west-2 separately, then pass its DNSName and CanonicalHostedZoneID as DnsWestRecordTargetDNSName and DnsWestRecordTargetHostedZoneId.",
    );
  });

  it('no longer lists route53 as missing', () => {
    expect(result.warnings.filter((warning) => warning.includes('not exported yet'))).toEqual([]);
  });
});

describe('SAM export of Route 53 edge settings', () => {
  const scenario = structuredClone(ROUTE53_FAILOVER_SAMPLE);
  const east = scenario.edges.find((edge) => edge.id === 'dns-east')!;
  east.config = { Failover: 'PRIMARY', AliasTarget: { EvaluateTargetHealth: false } };
  const west = scenario.edges.find((edge) => edge.id === 'dns-west')!;
  west.config = { Failover: 'SECONDARY', region: 'us-east-1' };
  const { result, template } = exportParsed(scenario);

  it('defaults SetIdentifier to the edge id', () => {
    expect(at(template, 'Resources.DnsEastRecord.Properties.SetIdentifier')).toBe('dns-east');
  });

  it('copies EvaluateTargetHealth', () => {
    expect(at(template, 'Resources.DnsEastRecord.Properties.AliasTarget.EvaluateTargetHealth')).toBe(false);
  });

  it('takes the edge region first', () => {
    expect(at(template, 'Resources.DnsWestRecord.Properties.AliasTarget.DNSName')).toEqual(getAtt('AlbWest', 'DNSName'));
  });

  it('warns about no other Region', () => {
    expect(result.warnings.filter((warning) => warning.includes('another Region'))).toEqual([]);
  });
});

describe('SAM export of Route 53 without records', () => {
  const scenario = structuredClone(ROUTE53_FAILOVER_SAMPLE);
  scenario.edges = scenario.edges.filter((edge) => edge.source !== 'dns');
  const { result, template } = exportParsed(scenario);

  it('asks for no hosted zone', () => {
    expect(at(template, 'Parameters.DnsHostedZoneId')).toBeUndefined();
  });

  it('warns about the missing records', () => {
    expect(result.warnings).toContain(
      'Route 53 dns has no alias records and was left out; connect it to a load balancer.',
    );
  });
});
