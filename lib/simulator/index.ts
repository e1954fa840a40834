// The simulator's one public entry: run a Python program of the supported subset under a modelled
// CPython version and get back what CPython would print, the uncaught exception, and one observation
// (value + byte-by-byte explanation) per `sys.getsizeof` / `__sizeof__` call.
// Everything else in lib/simulator is internal; outside code imports only from here.

import { resolveVersion, SUPPORTED_VERSIONS } from "./versions";
import type { Profile } from "./versions";
import type { SizeExplanation } from "./objects";
import { runModuleSource } from "./runtime/run";

export { resolveVersion, SUPPORTED_VERSIONS };
export type { Profile, SizeExplanation };

/** One `sys.getsizeof(obj)` or `obj.__sizeof__()` call the program made, in execution order. */
export interface Observation {
  /** 1-based source line of the call. */
  line: number;
  /** Source text of the measured expression (the first argument of getsizeof, or the receiver of __sizeof__). */
  expression: string;
  /** The number the call returned (what CPython prints). */
  value: number;
  /** Named parts that sum exactly to `value` (for `__sizeof__`, the parts without the GC header / pre-header). */
  explanation: SizeExplanation;
  /** Python type name of the measured object (`list`, `dict`, `Point`, …). */
  typeName: string;
}

/** Result of one program run. Never thrown: every failure is reported in `error`. */
export interface RunResult {
  /** Everything the program printed, exactly as CPython would. */
  stdout: string;
  /** `null` on success, else the uncaught exception as CPython's last traceback line: `"ClassName: message"` (or just `"ClassName"` when the message is empty). */
  error: string | null;
  /** 1-based line where the uncaught exception was raised (absent on success). */
  errorLine?: number;
  /** One entry per `sys.getsizeof` / `__sizeof__` call, in execution order. */
  observations: Observation[];
}

/** Options of {@link runProgram}. */
export interface RunOptions {
  /** CPython version to model: `"3.6"` … `"3.13"` (newest modelled patch) or a full patch version such as `"3.13.0"`. */
  python: string;
  /**
   * Step budget (statements plus loop iterations and calls). Default 10,000,000. When exceeded the run ends
   * with `TimeoutError: program exceeded the simulator's step budget (N steps)`.
   */
  maxSteps?: number;
  /**
   * Allocation budget in bytes (default 256 MiB), deterministic: the CPython capacity of the lists, dicts, sets
   * and bytearrays the program holds live (measured by a walk from the interpreter's roots once their growth
   * passes the budget), plus each large single allocation checked before it happens. `[0] * 10**9` raises
   * `MemoryError: the simulator's allocation budget (N bytes) would be exceeded`; an endless
   * `l.append([0] * 1000)` loop ends with `MemoryError: program exceeded the simulator's allocation budget
   * (N bytes)` (not catchable, like the step budget). See lib/simulator/README.md, "Budgets".
   */
  maxAllocatedBytes?: number;
}

/**
 * Runs `source` as a `__main__` module under the CPython version named by `options.python`.
 *
 * Never throws: syntax errors become `SyntaxError: …`, unsupported constructs `NotImplementedError: …`,
 * uncaught Python exceptions `"ClassName: message"`, an unknown version `ValueError: unsupported Python version …`,
 * and any internal bug `SystemError: internal simulator error: …`. Deterministic: the same source and
 * version always give the same result.
 */
export function runProgram(source: string, options: RunOptions): RunResult {
  return runModuleSource(source, options);
}
