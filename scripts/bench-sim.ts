// Prints, as one JSON line, the simulator benchmark that BENCHMARKS.md
// records: one million messages, BatchSize 10, 100 ms per invocation.
import { performance } from 'node:perf_hooks';
import { runSimulationBench } from '../src/engine/sim/bench';

const result = runSimulationBench({
  messages: 1_000_000,
  now: () => performance.now(),
  memoryBytes: () => process.memoryUsage().rss,
});
console.log(
  JSON.stringify({
    messages: result.messages,
    batchSize: 10,
    durationMs: 100,
    wallMs: result.wallMs,
    peakMemoryMb: (result.peakMemoryBytes ?? 0) / 2 ** 20,
    events: result.events,
  }),
);
