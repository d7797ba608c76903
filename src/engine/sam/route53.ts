/**
 * Route 53 nodes → a hosted zone parameter; Route 53→ALB edges → one
 * failover alias record each (AWS::Route53::RecordSet) pointing at the load
 * balancer, or at parameters when it sits in another Region.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-route53-recordset.html
 * https://docs.aws.amazon.com/Route53/latest/APIReference/API_AliasTarget.html
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-failover.html
 */
import { edgeConfig, edgeKind, nodeConfig } from '../model/resolve';
import type { ScenarioEdge, ScenarioNode } from '../model/scenario';
import type { SamContext } from './context';
import { getAtt, ref, type YamlValue } from './yaml';

type AlbNode = ScenarioNode & { type: 'alb' };

/**
 * Returns the alias target's DNS name and hosted zone id: attributes of the
 * load balancer in this template, or parameters for one in another Region,
 * because a stack cannot reference resources outside its own Region.
 */
function aliasTarget(ctx: SamContext, edge: ScenarioEdge, alb: AlbNode): { dnsName: YamlValue; hostedZoneId: YamlValue } {
  const { region } = edgeConfig('dns-alias', edge);
  const albRegion = region ?? nodeConfig(alb).region ?? ctx.scenario.settings.region;
  const albId = ctx.nodeId(alb.id);
  if (albRegion === ctx.scenario.settings.region) {
    return { dnsName: getAtt(albId, 'DNSName'), hostedZoneId: getAtt(albId, 'CanonicalHostedZoneID') };
  }
  const dnsParameter = `${ctx.derivedId(edge.id, 'Record')}TargetDNSName`;
  const zoneParameter = `${ctx.derivedId(edge.id, 'Record')}TargetHostedZoneId`;
  ctx.addParameter(dnsParameter, {
    Type: 'String',
    Description: `DNSName of load balancer ${alb.id} in ${albRegion}.`,
  });
  ctx.addParameter(zoneParameter, {
    Type: 'String',
    Description: `CanonicalHostedZoneID of load balancer ${alb.id} in ${albRegion}.`,
  });
  ctx.warn(
    `Edge ${edge.id}: load balancer ${alb.id} is in ${albRegion} and this stack in ${ctx.scenario.settings.region}, and a template cannot reference another Region. ` +
      `Deploy ${alb.id}'s stack in ${albRegion} separately, then pass its DNSName and CanonicalHostedZoneID as ${dnsParameter} and ${zoneParameter}.`,
  );

  return { dnsName: ref(dnsParameter), hostedZoneId: ref(zoneParameter) };
}

function exportRecord(ctx: SamContext, node: ScenarioNode & { type: 'route53' }, edge: ScenarioEdge, zoneParameter: string): void {
  const alb = ctx.node(edge.target) as AlbNode | undefined;
  if (!alb) return;
  const config = nodeConfig(node);
  const alias = edgeConfig('dns-alias', edge);
  const target = aliasTarget(ctx, edge, alb);
  ctx.addResource(ctx.derivedId(edge.id, 'Record'), [edge.id], {
    Type: 'AWS::Route53::RecordSet',
    Properties: {
      HostedZoneId: ref(zoneParameter),
      Name: config.Name,
      Type: config.Type,
      Failover: alias.Failover,
      SetIdentifier: alias.SetIdentifier ?? edge.id,
      AliasTarget: {
        DNSName: target.dnsName,
        HostedZoneId: target.hostedZoneId,
        EvaluateTargetHealth: alias.AliasTarget.EvaluateTargetHealth,
      },
    },
  });
}

/** Adds the hosted zone parameter of every Route 53 node and a record per edge. */
export function exportRecords(ctx: SamContext): void {
  for (const node of ctx.scenario.nodes) {
    if (node.type !== 'route53') continue;
    const dns = node as ScenarioNode & { type: 'route53' };
    const edges = ctx.scenario.edges.filter((edge) => edge.source === node.id && edgeKind(ctx.scenario, edge) === 'dns-alias');
    if (edges.length === 0) {
      ctx.warn(`Route 53 ${node.id} has no alias records and was left out; connect it to a load balancer.`);
      continue;
    }
    const zoneParameter = `${ctx.nodeId(node.id)}HostedZoneId`;
    ctx.addParameter(zoneParameter, {
      Type: 'AWS::Route53::HostedZone::Id',
      Description: `Hosted zone that contains ${nodeConfig(dns).Name}.`,
    });
    for (const edge of edges) exportRecord(ctx, dns, edge, zoneParameter);
  }
}
