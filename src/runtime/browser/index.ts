/** Browser public surface of the Lambda runtime. */
export {
  createBrowserExecutor,
  type BrowserExecutor,
  type BrowserExecutorOptions,
} from './browser-executor';
export { SandboxStartError } from './sandbox';
export { sandboxPolicy } from './sandbox-document';
