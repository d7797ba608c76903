import { createEngineHost } from './engine-host';
import type { PageToWorker, WorkerToPage } from './protocol';

/** The parts of a dedicated worker's global scope this file uses. */
interface WorkerScope {
  postMessage(message: WorkerToPage): void;
  onmessage: ((event: MessageEvent<PageToWorker>) => void) | null;
}

// The engine runs here so that a long validation or run never blocks the page.
const scope = self as unknown as WorkerScope;
const host = createEngineHost((message) => scope.postMessage(message));

scope.onmessage = (event) => host.handle(event.data);
