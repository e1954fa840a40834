// Per-run state shared by the runtime modules. Runs are synchronous and never nested, so one mutable
// record (reset by run.ts at the start of every run) avoids threading a context through every call.

import type { Profile } from "../versions";
import type { PyFunction, PyObject } from "./values";

export interface Runtime {
  /** CPython minor version (6 … 13) for message tables; size rules read `profile`. */
  minor: number;
  profile: Profile;
  /** Calls a user-defined function (implemented by the interpreter). */
  callFunction: (f: PyFunction, args: PyObject[], kwargs: Map<string, PyObject> | null) => PyObject;
  /** Counts one step; throws BudgetExceeded when over budget. */
  steps: number;
  maxSteps: number;
  allocated: number;
  maxAllocated: number;
  out: string[];
  /** Characters printed so far, and the cap (an endless print loop must not exhaust memory). */
  outLen: number;
  maxOutput: number;
  /** Line of the statement being executed (for observations and error lines). */
  line: number;
}

export const rt: Runtime = {
  minor: 13,
  profile: null as unknown as Profile,
  callFunction: () => {
    throw new Error("runtime not initialised");
  },
  steps: 0,
  maxSteps: 10_000_000,
  allocated: 0,
  maxAllocated: 256 * 1024 * 1024,
  out: [],
  outLen: 0,
  maxOutput: 16 * 1024 * 1024,
  line: 0,
};
