import type { ChannelFactory, GuestEvents, GuestMessage } from '../shared/protocol';
import { CONNECT_MESSAGE } from './relay-source';
import { buildSandboxDocument } from './sandbox-document';

/** How long the sandbox may take to say hello after it loads. */
export const HELLO_TIMEOUT_MS = 1_000;
/**
 * Interval of watchdog pings. The sandbox fails when nothing at all (no pong,
 * no environment message) arrives between two pings.
 */
export const PING_INTERVAL_MS = 1_000;

type RelayMessage =
  | { type: 'hello' }
  | { type: 'pong'; seq: number }
  | { type: 'message'; envId: string; message: GuestMessage }
  | { type: 'exit'; envId: string; reason: string };

/** Error raised when the sandbox iframe cannot start. */
export class SandboxStartError extends Error {
  override name = 'SandboxStartError';
}

/**
 * One sandbox iframe (opaque origin, strict CSP) and its port. Handler code
 * never runs in this page: only in workers the iframe's relay starts.
 */
export class Sandbox {
  private readonly environments = new Map<string, GuestEvents>();
  private nextEnvId = 1;
  private seq = 0;
  private awaitingPong = false;
  private watchdog: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  private constructor(
    private readonly iframe: HTMLIFrameElement,
    private readonly port: MessagePort,
    private readonly onFailure: (reason: string) => void,
  ) {
    port.onmessage = (event: MessageEvent<RelayMessage>) => this.onRelayMessage(event.data);
    this.watchdog = setInterval(() => this.ping(), PING_INTERVAL_MS);
  }

  /** Boots an iframe and waits for the relay's hello. */
  static async boot(container: HTMLElement, onFailure: (reason: string) => void): Promise<Sandbox> {
    const iframe = document.createElement('iframe');
    iframe.setAttribute('sandbox', 'allow-scripts');
    iframe.setAttribute('aria-hidden', 'true');
    iframe.title = 'Lambda code sandbox';
    iframe.style.display = 'none';
    iframe.srcdoc = await buildSandboxDocument();
    const channel = new MessageChannel();
    const hello = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new SandboxStartError(
            `The code sandbox did not respond within ${HELLO_TIMEOUT_MS} ms after loading. ` +
              'Check that the page does not block srcdoc iframes, inline scripts by hash, ' +
              'blob: scripts or data: workers in its own Content-Security-Policy, then reload.',
          ),
        );
      }, HELLO_TIMEOUT_MS);
      channel.port1.onmessage = (event: MessageEvent<RelayMessage>) => {
        if (event.data?.type !== 'hello') return;
        clearTimeout(timer);
        resolve();
      };
    });
    iframe.addEventListener(
      'load',
      () => iframe.contentWindow?.postMessage(CONNECT_MESSAGE, '*', [channel.port2]),
      { once: true },
    );
    container.appendChild(iframe);
    try {
      await hello;
    } catch (error) {
      iframe.remove();
      throw error;
    }

    return new Sandbox(iframe, channel.port1, onFailure);
  }

  /** Channel factory that starts environments in this sandbox. */
  readonly channelFactory: ChannelFactory = (events) => {
    const envId = String(this.nextEnvId++);
    this.environments.set(envId, events);
    if (!this.closed) this.port.postMessage({ type: 'create', envId });

    return {
      send: (message) => {
        if (!this.closed && this.environments.has(envId)) {
          this.port.postMessage({ type: 'send', envId, message });
        }
      },
      terminate: () => {
        if (!this.environments.delete(envId) || this.closed) return;
        this.port.postMessage({ type: 'terminate', envId });
      },
    };
  };

  /** Removes the iframe; every environment in it stops. */
  close(reason?: string): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.watchdog);
    this.port.close();
    this.iframe.remove();
    const environments = [...this.environments.values()];
    this.environments.clear();
    for (const events of environments) events.exit(undefined, reason ?? 'sandbox closed');
  }

  private ping(): void {
    if (this.awaitingPong) {
      this.onFailure('The code sandbox stopped answering (a handler may have exhausted memory).');

      return;
    }
    this.awaitingPong = true;
    this.port.postMessage({ type: 'ping', seq: ++this.seq });
  }

  private onRelayMessage(message: RelayMessage): void {
    // Any message proves the relay runs: a pong can queue behind a burst of
    // log messages, and that backlog is no hang.
    this.awaitingPong = false;
    if (message.type === 'message') {
      this.environments.get(message.envId)?.message(message.message);
    } else if (message.type === 'exit') {
      const events = this.environments.get(message.envId);
      this.environments.delete(message.envId);
      events?.exit(undefined, message.reason);
    }
  }
}
