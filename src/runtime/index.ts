/** Node-safe public surface of the Lambda runtime. */
export {
  createNodeExecutor,
  NODE_BUILTINS,
  type NodeExecutor,
  type NodeExecutorOptions,
} from './node/node-executor';
export {
  createScenarioHost,
  type ScenarioHost,
  type ScenarioHostOptions,
} from './database';
export type { EnvironmentInfo, PoolOptions } from './shared/environment-pool';
export { HostCallError, disconnectedHost, type HostCall, type HostServices } from './shared/host-calls';
export { STAND_IN_PACKAGES, type StandInPackage } from './shared/module-registry';
export type { ErrorPayload } from './shared/error-payloads';
