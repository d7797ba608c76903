import type { RunEnvironment } from '../run/types';
import { randomHex } from '../util/random';

/** Returns a trace id field value: `1-<8 hex epoch seconds>-<24 hex>`. */
export function newTraceField(env: RunEnvironment): string {
  const seconds = Math.floor(env.now() / 1000)
    .toString(16)
    .padStart(8, '0');

  return `1-${seconds}-${randomHex(env.random, 24)}`;
}

/**
 * Returns the X-Amzn-Trace-Id value the load balancer forwards: a new Root
 * when the client sent none; otherwise the client's fields with a Self field
 * inserted first or updated in place.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-request-tracing.html
 */
export function forwardedTraceId(
  incoming: string | undefined,
  env: RunEnvironment,
): string {
  if (incoming === undefined || !/(^|;)\s*Root=/.test(incoming)) {
    return `Root=${newTraceField(env)}`;
  }
  const self = `Self=${newTraceField(env)}`;
  const fields = incoming.split(';').map((field) => field.trim());
  const selfIndex = fields.findIndex((field) => field.startsWith('Self='));
  if (selfIndex === -1) {
    return [self, ...fields].join(';');
  }
  fields[selfIndex] = self;

  return fields.join(';');
}
