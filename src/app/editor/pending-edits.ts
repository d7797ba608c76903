/** Editors with typed text not yet written to the store, by node id. */
const flushers = new Map<string, () => void>();

/** Registers the function that writes a node's pending editor text to the store. */
export function registerPendingEdit(nodeId: string, flush: () => void): () => void {
  flushers.set(nodeId, flush);

  return () => {
    if (flushers.get(nodeId) === flush) {
      flushers.delete(nodeId);
    }
  };
}

/** Writes every editor's pending text to the store, so that a send runs the code on screen. */
export function flushPendingEdits(): void {
  for (const flush of flushers.values()) {
    flush();
  }
}
