import { useAppStore } from '../store';
import { HealthCheckPanel } from '../run/HealthCheckPanel';

/**
 * Health checks of the load balancers a Route 53 node points at, so that a
 * primary can be made unhealthy before a request goes through DNS.
 */
export function DnsHealthPanels({ route53NodeId }: { route53NodeId: string }) {
  const edges = useAppStore((state) => state.scenario.edges);
  const aliases = edges.filter((edge) => edge.source === route53NodeId);

  return (
    <>
      {aliases.map((edge) => (
        <div key={edge.id} className="dns-health" aria-label={`DNS record to ${edge.target}`} role="group">
          <p className="run-muted">
            {typeof edge.config.Failover === 'string' ? edge.config.Failover : 'PRIMARY'} record →{' '}
            {edge.target}
          </p>
          <HealthCheckPanel albNodeId={edge.target} />
        </div>
      ))}
    </>
  );
}
