import type {
  FunctionInvoker,
  InvocationRecord,
  InvocationRequest,
} from '../engine/lambda/invocation';
import type { WorkerToPage } from './protocol';

interface PendingInvoke {
  runId: number;
  resolve(record: InvocationRecord): void;
  reject(error: Error): void;
}

/**
 * Forwards the engine's invocations to the page, which runs handler code in
 * its sandbox, and settles them when the page posts `invoke-result`.
 */
export class RemoteInvokers {
  private nextId = 1;
  private readonly pending = new Map<number, PendingInvoke>();

  constructor(private readonly post: (message: WorkerToPage) => void) {}

  /** Returns the invoker the engine uses for run `runId`. */
  forRun(runId: number): FunctionInvoker {
    return {
      invoke: (request: InvocationRequest) =>
        new Promise<InvocationRecord>((resolve, reject) => {
          const id = this.nextId++;
          this.pending.set(id, { runId, resolve, reject });
          this.post({ type: 'invoke', id, runId, request });
        }),
    };
  }

  /** Settles invocation `id` with the page's response. */
  settle(id: number, record: InvocationRecord | undefined, error?: string): void {
    const pending = this.pending.get(id);
    if (!pending) {
      return;
    }
    this.pending.delete(id);
    if (record) {
      pending.resolve(record);
    } else {
      pending.reject(new Error(error ?? 'The sandbox returned no invocation record.'));
    }
  }

  /** Fails every invocation still pending for run `runId`. */
  cancelRun(runId: number, reason: string): void {
    for (const [id, pending] of this.pending) {
      if (pending.runId === runId) {
        this.pending.delete(id);
        pending.reject(new Error(reason));
      }
    }
  }
}
