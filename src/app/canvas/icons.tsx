import type { NodeType } from '../../engine/model';

/** Accent colour of each service, close to AWS's architecture icon colours. */
export const SERVICE_COLORS: Record<NodeType, string> = {
  alb: '#8c4fff',
  apigateway: '#e7157b',
  sqs: '#e7157b',
  eventbridge: '#e7157b',
  rds: '#3b48cc',
  rdsproxy: '#3b48cc',
  lambda: '#ed7100',
  route53: '#8c4fff',
};

const PATHS: Record<NodeType, string> = {
  // Balancer: one input fanning out to three targets.
  alb: 'M4 12h5M9 12l6-6M9 12h6M9 12l6 6M15 6h4M15 12h4M15 18h4',
  // API: brackets around a slash.
  apigateway: 'M8 5L4 12l4 7M16 5l4 7-4 7M13.5 6l-3 12',
  // Queue: three stacked messages.
  sqs: 'M4 6h16v4H4zM4 14h16v4H4zM8 10v4M16 10v4',
  // Bus: a line with events branching off.
  eventbridge: 'M3 12h18M7 12V6M12 12v6M17 12V6M7 6h0M17 6h0',
  // Database: a cylinder.
  rds: 'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3zM5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  // Proxy: many lines funnelling into a small cylinder.
  rdsproxy:
    'M3 5l6 5M3 12h6M3 19l6-5M12 9c0-1.1 2-2 4.5-2S21 7.9 21 9s-2 2-4.5 2S12 10.1 12 9zM12 9v6c0 1.1 2 2 4.5 2s4.5-.9 4.5-2V9',
  // Lambda: the Greek letter.
  lambda: 'M6 4h4l8 16M12 10l-6 10',
  // DNS: a globe with a meridian and an equator.
  route53: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18M3 12h18M12 3c-3 3.5-3 14.5 0 18M12 3c3 3.5 3 14.5 0 18',
};

/** Renders the icon of a service type, drawn inline so that it needs no network. */
export function ServiceIcon({ type, size = 20 }: { type: NodeType; size?: number }) {
  return (
    <svg
      className="service-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      style={{ color: SERVICE_COLORS[type] }}
    >
      <path
        d={PATHS[type]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
