// Command-line parsing for pysize: turns argv into a typed command or a usage error (exit status 2).

import { availableParallelism } from "node:os";

export const USAGE = `Usage:
  pysize run [--python X.Y[.Z] | --all] [--explain] [--max-steps N] [FILE | -]
      Run one Python program (FILE, or stdin when FILE is absent or "-") under the simulated CPython.
      Prints exactly what CPython would print; an uncaught exception goes to stderr as its last
      traceback line ("ClassName: message") and the exit status is 1.
      --explain   also print the byte-by-byte breakdown of every sys.getsizeof call
      --all       run under every supported version (3.6 ... 3.13) side by side
  pysize batch --python X.Y[.Z] [--max-steps N] [--timeout-ms N] [--jobs N]
      Read JSONL {"id","source"} on stdin, write one JSONL {"id","stdout","error"} per input line,
      in order. A bad line or program yields an error entry; the batch never stops early.
      --timeout-ms  wall-clock budget per program (default 10000)
      --jobs        worker threads (default 1; at most the number of CPUs)
  pysize help
Exit status: 0 ok, 1 the program raised (run), 2 usage error.
`;

export type Command =
  | { kind: "help" }
  | {
      kind: "run";
      python: string | null;
      all: boolean;
      explain: boolean;
      file: string | null;
      maxSteps?: number;
    }
  | { kind: "batch"; python: string; maxSteps?: number; timeoutMs: number; jobs: number };

export class UsageError extends Error {}

/** Default wall-clock budget of one batch program, on top of the simulator's own step budget. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Default number of batch worker threads. One: measured on the 2-core dev machine under load, a second
 * worker made a 4,000-program batch slower (8.0-8.9 s vs 10.6-11.5 s; each worker warms its own JIT).
 * --jobs N is meant for idle multi-core machines, where it was not measured.
 */
export const DEFAULT_JOBS = 1;

/** Upper bound for --jobs. */
export const MAX_JOBS = Math.max(1, availableParallelism());

function positiveInt(flag: string, value: string | undefined): number {
  if (value === undefined || !/^\d+$/.test(value) || Number(value) <= 0) {
    throw new UsageError(`${flag} expects a positive integer`);
  }
  return Number(value);
}

/**
 * Parses pysize's arguments (argv without node and the script).
 * @throws UsageError with a one-line reason.
 */
export function parseArgs(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    if (command === undefined) throw new UsageError("missing command");
    return { kind: "help" };
  }
  if (command !== "run" && command !== "batch") throw new UsageError(`unknown command ${JSON.stringify(command)}`);

  let python: string | null = null;
  let all = false;
  let explain = false;
  let maxSteps: number | undefined;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  let jobs = DEFAULT_JOBS;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string | undefined => (inline !== undefined ? inline : rest[++i]);
    switch (flag) {
      case "--python":
      case "-p": {
        const v = value();
        if (v === undefined || v === "") throw new UsageError("--python expects a version such as 3.12 or 3.13.0");
        python = v;
        break;
      }
      case "--all":
        if (command !== "run") throw new UsageError("--all is only valid with run");
        all = true;
        break;
      case "--explain":
        if (command !== "run") throw new UsageError("--explain is only valid with run");
        explain = true;
        break;
      case "--max-steps":
        maxSteps = positiveInt("--max-steps", value());
        break;
      case "--timeout-ms":
        if (command !== "batch") throw new UsageError("--timeout-ms is only valid with batch");
        timeoutMs = positiveInt("--timeout-ms", value());
        break;
      case "--jobs":
        if (command !== "batch") throw new UsageError("--jobs is only valid with batch");
        jobs = Math.min(MAX_JOBS, positiveInt("--jobs", value()));
        break;
      case "-h":
      case "--help":
        return { kind: "help" };
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }

  if (command === "batch") {
    if (positional.length > 0) throw new UsageError("batch reads its programs from stdin and takes no FILE");
    if (python === null) throw new UsageError("batch needs --python X.Y[.Z]");
    return { kind: "batch", python, maxSteps, timeoutMs, jobs };
  }
  if (positional.length > 1) throw new UsageError("run takes at most one FILE");
  if (all && python !== null) throw new UsageError("use either --python or --all, not both");
  if (!all && python === null) throw new UsageError("run needs --python X.Y[.Z] (or --all)");
  const file = positional[0] === undefined || positional[0] === "-" ? null : positional[0];
  return { kind: "run", python, all, explain, file, maxSteps };
}
