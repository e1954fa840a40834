// Runs the simulator off the main thread: typing stays smooth, and a runaway program can be
// stopped by terminating the worker.
import { runProgram, SUPPORTED_VERSIONS, type RunResult } from "@/lib/simulator";

export interface SimulatorRequest {
  id: number;
  source: string;
}

export interface SimulatorResponse {
  id: number;
  results: ({ version: string } & RunResult)[];
  ms: number;
}

// Two million steps per version keeps a keystroke's run well under a second on slow machines.
const MAX_STEPS = 2_000_000;

self.onmessage = (event: MessageEvent<SimulatorRequest>) => {
  const started = performance.now();
  const results = SUPPORTED_VERSIONS.map((version) => ({ version, ...runProgram(event.data.source, { python: version, maxSteps: MAX_STEPS }) }));
  const response: SimulatorResponse = { id: event.data.id, results, ms: performance.now() - started };
  self.postMessage(response);
};
