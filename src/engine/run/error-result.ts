import { statusText } from '../http/status';
import type { RunResult } from './types';

/** Builds a RunResult for input the engine cannot run, without throwing. */
export function unsupportedRun(
  entryNodeId: string,
  statusCode: number,
  message: string,
): RunResult {
  return {
    entryNodeId,
    response: {
      statusCode,
      statusText: statusText(statusCode),
      headers: [['Content-Type', 'text/plain; charset=utf-8']],
      body: message,
    },
    invocations: [],
    trace: [
      {
        id: 'span-1',
        nodeId: entryNodeId,
        label: 'Run rejected',
        startMs: 0,
        endMs: 0,
        status: 'error',
        detail: message,
      },
    ],
    message,
  };
}
