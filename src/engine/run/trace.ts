import type { TraceSpan } from './types';

/** Collects trace spans with sequential ids. */
export class TraceRecorder {
  /** `spans` continues an existing trace; ids stay unique while spans are only added. */
  constructor(readonly spans: TraceSpan[] = []) {}

  /** Adds a span and returns its id. */
  add(span: Omit<TraceSpan, 'id'>): string {
    const id = `span-${this.spans.length + 1}`;
    this.spans.push({ id, ...span });

    return id;
  }

  /**
   * Adds a span right after `after` and its earlier children, as a child of
   * it, so that what an invocation did reads beneath the invocation.
   */
  addChild(after: TraceSpan, span: Omit<TraceSpan, 'id' | 'parentId'>): string {
    const id = `span-${this.spans.length + 1}`;
    let index = this.spans.indexOf(after) + 1;
    while (this.spans[index]?.parentId === after.id) {
      index += 1;
    }
    this.spans.splice(index, 0, { id, parentId: after.id, ...span });

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
