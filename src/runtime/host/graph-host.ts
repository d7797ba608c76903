import type { GraphCallRouter } from '../../engine/run/graph-calls';
import { ServiceCallError } from '../../engine/run/graph-calls';
import { disconnectedHost, HostCallError, type HostServices } from '../shared/host-calls';

/**
 * Builds an executor host that serves stand-in calls through the Run in
 * progress (`router`) and passes the calls no Run serves to `fallback`. A
 * service error keeps its name, so the handler sees the SDK's error name.
 */
export function graphHost(
  router: GraphCallRouter,
  fallback: HostServices = disconnectedHost,
): HostServices {
  return async (call, fn) => {
    const served = router.handle(call, fn);
    if (served === undefined) {
      return fallback(call, fn);
    }
    try {
      return await served;
    } catch (error) {
      if (error instanceof ServiceCallError) {
        throw new HostCallError(error.name, error.message);
      }
      throw error;
    }
  };
}
