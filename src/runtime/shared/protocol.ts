import type { ErrorPayload } from './error-payloads';
import type { ImportSite } from './compile';

/** First message to a new environment: everything its Init phase needs. */
export interface InitMessage {
  type: 'init';
  code: string;
  imports: ImportSite[];
  moduleName: string;
  /** File name in stack traces, such as `index.mjs`. */
  runtimeFileName: string;
  exportPath: string[];
  handlerString: string;
  standIns: Record<string, string>;
  env: Record<string, string>;
  callbackSupported: boolean;
  functionName: string;
  memorySizeMb: number;
  invokedFunctionArn: string;
  logGroupName: string;
  logStreamName: string;
  maxResponseBytes: number;
}

/** Messages from the host to an environment. */
export type HostMessage =
  | InitMessage
  | { type: 'invoke'; requestId: string; event: unknown; timeoutMs: number }
  | {
      type: 'host-reply';
      id: number;
      ok: boolean;
      value?: unknown;
      error?: { name: string; message: string; fields?: Record<string, unknown> };
    };

/** Outcome of an invocation inside the environment. */
export type GuestResult =
  | { ok: true; json: string }
  | { ok: false; payload: ErrorPayload }
  | { ok: false; tooLarge: true; bytes: number };

/** Messages from an environment to the host. */
export type GuestMessage =
  | { type: 'ready' }
  | { type: 'log'; line: string; force?: boolean }
  | { type: 'log-dropped'; count: number }
  | { type: 'init-done'; ok: true; heapUsed?: number }
  | { type: 'init-done'; ok: false; payload: ErrorPayload }
  | ({ type: 'result'; requestId: string; durationMs: number; heapUsed?: number } & GuestResult)
  | { type: 'host-call'; id: number; module: string; operation: string; input: unknown }
  | { type: 'fatal'; requestId: string | null; payload: ErrorPayload }
  | { type: 'exit'; code: number };

/** Callbacks an environment channel reports to. */
export interface GuestEvents {
  message(message: GuestMessage): void;
  /** The environment stopped on its own: `process.exit()` or a crash. */
  exit(code: number | undefined, reason: string): void;
}

/** One running environment (a worker), from the host's side. */
export interface GuestChannel {
  send(message: HostMessage): void;
  /** Stops the environment at once; no events follow. */
  terminate(): void;
}

/** Starts a new environment and connects it to `events`. */
export type ChannelFactory = (events: GuestEvents) => GuestChannel;
