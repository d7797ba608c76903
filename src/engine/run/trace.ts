import type { TraceSpan } from './types';

/** Collects trace spans with sequential ids. */
export class TraceRecorder {
  readonly spans: TraceSpan[] = [];

  /** Adds a span and returns its id. */
  add(span: Omit<TraceSpan, 'id'>): string {
    const id = `span-${this.spans.length + 1}`;
    this.spans.push({ id, ...span });

    return id;
  }

  /** Sets the end time and status of the root span. */
  closeRoot(endMs: number, status: TraceSpan['status']): void {
    const root = this.spans[0];
    if (root) {
      root.endMs = endMs;
      root.status = status;
    }
  }
}
