// Batch mode plumbing: JSONL line parsing and a watchdog around the simulator worker thread.
//
// Programs run one at a time in a worker thread so that a runaway program (or a simulator bug that loops
// in JavaScript, or exhausts memory) can be stopped from outside: the worker is terminated, the program
// gets an error entry, and a fresh worker takes the rest of the batch.

import { Worker } from "node:worker_threads";

export interface BatchOutput {
  id: unknown;
  stdout: string;
  error: string | null;
}

export type BatchItem = { ok: true; id: unknown; source: string } | { ok: false; output: BatchOutput };

/** Parses one input line: `{"id": ..., "source": "..."}`. Bad lines become an error entry, never an exception. */
export function parseBatchLine(line: string, lineNo: number): BatchItem {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, output: { id: null, stdout: "", error: `ValueError: input line ${lineNo} is not valid JSON: ${reason}` } };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, output: { id: null, stdout: "", error: `ValueError: input line ${lineNo} is not a JSON object` } };
  }
  const rec = value as Record<string, unknown>;
  const id = rec.id === undefined ? null : rec.id;
  if (rec.id === undefined) {
    return { ok: false, output: { id, stdout: "", error: `ValueError: input line ${lineNo} has no "id"` } };
  }
  if (typeof rec.source !== "string") {
    return { ok: false, output: { id, stdout: "", error: `ValueError: input line ${lineNo} has no string "source"` } };
  }
  return { ok: true, id, source: rec.source };
}

export interface WorkerRequest {
  seq: number;
  source: string;
  python: string;
  maxSteps?: number;
  explain: boolean;
}

export interface WorkerReply {
  seq: number;
  stdout: string;
  error: string | null;
  observations?: unknown[];
}

/** Runs programs in a worker thread with a wall-clock budget per program. */
export class SimulatorPool {
  private worker: Worker | null = null;
  private seq = 0;
  private pending: { seq: number; worker: Worker; resolve: (r: WorkerReply) => void } | null = null;

  constructor(
    private readonly script: string,
    private readonly execArgv: string[],
    private readonly timeoutMs: number,
  ) {}

  private start(): Worker {
    const worker = new Worker(this.script, {
      workerData: { role: "pysize-worker" },
      execArgv: this.execArgv,
      // A deep (1000-frame) Python recursion needs more JS stack than the main thread's default.
      resourceLimits: { maxOldGenerationSizeMb: 1536, stackSizeMb: 16 },
      stdout: false,
      stderr: false,
    });
    worker.on("message", (reply: WorkerReply) => {
      if (this.pending && reply.seq === this.pending.seq) {
        const { resolve } = this.pending;
        this.pending = null;
        resolve(reply);
      }
    });
    // Only a failure of the worker serving the pending program concerns it: a worker we terminated on a
    // timeout reports its exit later, while its successor is already busy.
    const fail = (error: string) => {
      if (this.worker === worker) this.worker = null;
      if (this.pending && this.pending.worker === worker) {
        const { seq, resolve } = this.pending;
        this.pending = null;
        resolve({ seq, stdout: "", error });
      }
    };
    worker.on("error", (err: Error & { code?: string }) => {
      fail(
        err.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? "MemoryError: the simulator ran out of memory"
          : `SystemError: simulator worker crashed: ${err.message}`,
      );
    });
    worker.on("exit", (code) => fail(`SystemError: simulator worker exited (status ${code})`));
    worker.unref();
    return worker;
  }

  /** Runs one program; resolves with its result or with an error entry on timeout/crash. */
  run(source: string, python: string, maxSteps: number | undefined, explain = false): Promise<WorkerReply> {
    const worker = this.worker ?? (this.worker = this.start());
    const seq = ++this.seq;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (this.pending?.seq !== seq) return;
        this.pending = null;
        this.worker = null;
        worker.removeAllListeners();
        worker.on("error", () => {});
        void worker.terminate();
        resolve({ seq, stdout: "", error: `TimeoutError: program exceeded the ${this.timeoutMs} ms time budget` });
      }, this.timeoutMs);
      this.pending = {
        seq,
        worker,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const req: WorkerRequest = { seq, source, python, maxSteps, explain };
      worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }
}
