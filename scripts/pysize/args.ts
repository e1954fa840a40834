// Command-line parsing for pysize: turns argv into a typed command or a usage error (exit status 2).

export const USAGE = `Usage:
  pysize run [--python X.Y[.Z] | --all] [--explain] [--max-steps N] [FILE | -]
      Run one Python program (FILE, or stdin when FILE is absent or "-") under the simulated CPython.
      Prints exactly what CPython would print; an uncaught exception goes to stderr as its last
      traceback line ("ClassName: message") and the exit status is 1.
      --explain   also print the byte-by-byte breakdown of every sys.getsizeof call
      --all       run under every supported version (3.6 ... 3.13) side by side
  pysize batch --python X.Y[.Z] [--max-steps N] [--timeout-ms N]
      Read JSONL {"id","source"} on stdin, write one JSONL {"id","stdout","error"} per input line,
      in order. A bad line or program yields an error entry; the batch never stops early.
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
  | { kind: "batch"; python: string; maxSteps?: number; timeoutMs: number };

export class UsageError extends Error {}

/** Default wall-clock budget of one batch program, on top of the simulator's own step budget. */
export const DEFAULT_TIMEOUT_MS = 10_000;

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
    return { kind: "batch", python, maxSteps, timeoutMs };
  }
  if (positional.length > 1) throw new UsageError("run takes at most one FILE");
  if (all && python !== null) throw new UsageError("use either --python or --all, not both");
  if (!all && python === null) throw new UsageError("run needs --python X.Y[.Z] (or --all)");
  const file = positional[0] === undefined || positional[0] === "-" ? null : positional[0];
  return { kind: "run", python, all, explain, file, maxSteps };
}
