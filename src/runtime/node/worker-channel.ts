import { Worker } from 'node:worker_threads';
import { NODE_GUEST_SOURCE } from '../shared/guest-platforms';
import type { ChannelFactory, GuestMessage, HostMessage } from '../shared/protocol';

/**
 * Starts an environment as a `worker_threads` worker. The worker's own
 * `process.env` comes from the init message, so the host's variables never
 * reach handler code; its stdout and stderr become log lines.
 */
export const workerChannelFactory: ChannelFactory = (events) => {
  let worker: Worker | undefined;
  let stopped = false;
  const pending: HostMessage[] = [];

  const start = (env: Record<string, string>): Worker => {
    const started = new Worker(NODE_GUEST_SOURCE, { eval: true, env, stdout: true, stderr: true });
    started.unref();
    started.on('message', (message: GuestMessage) => {
      if (!stopped) events.message(message);
    });
    started.on('error', (error) => {
      if (!stopped) events.exit(undefined, error.message);
    });
    started.on('exit', (code) => {
      if (!stopped) events.exit(code, `worker exited with code ${code}`);
    });
    const forward = (chunk: Buffer): void => {
      if (stopped) return;
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line !== '') events.message({ type: 'log', line });
      }
    };
    started.stdout.on('data', forward);
    started.stderr.on('data', forward);

    return started;
  };

  return {
    send(message) {
      if (stopped) return;
      if (!worker && message.type === 'init') {
        worker = start(message.env);
        for (const queued of pending.splice(0)) worker.postMessage(queued);
      }
      if (worker) worker.postMessage(message);
      else pending.push(message);
    },
    terminate() {
      stopped = true;
      void worker?.terminate();
    },
  };
};
