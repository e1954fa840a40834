// Raising Python exceptions from the runtime: `throw pyErr("TypeError", msg)` creates an instance of
// the builtin exception class with CPython's message text. Budget overruns use a separate JS class
// that user `try/except` cannot catch, so a runaway program cannot swallow its own timeout.

import { rt } from "./state";
import { excType, pyStr } from "./types";
import { PyException, type PyObject } from "./values";

/** A Python exception instance of builtin class `name` with one str argument (or none). */
export function pyErr(name: string, message?: string): PyException {
  return new PyException(excType(name), message === undefined ? [] : [pyStr(message)]);
}

export function typeError(message: string): PyException {
  return pyErr("TypeError", message);
}
export function valueError(message: string): PyException {
  return pyErr("ValueError", message);
}
export function indexError(message: string): PyException {
  return pyErr("IndexError", message);
}
export function attributeError(message: string): PyException {
  return pyErr("AttributeError", message);
}

/** KeyError carries the key object itself (its str() is repr(key)). */
export function keyError(key: PyObject): PyException {
  return new PyException(excType("KeyError"), [key]);
}

/** The step or allocation budget ran out: ends the run, not catchable by the program. */
export class BudgetExceeded {
  constructor(
    public pyType: string,
    public message: string,
  ) {}
}

/** Raised by the budgets to end the run. */
export function stepBudgetExceeded(steps: number): BudgetExceeded {
  return new BudgetExceeded("TimeoutError", `program exceeded the simulator's step budget (${steps} steps)`);
}

/** Container growth over the run passed the allocation budget (see objects/common.ts growthMeter). */
export function allocationBudgetExceeded(bytes: number): BudgetExceeded {
  return new BudgetExceeded("MemoryError", `program exceeded the simulator's allocation budget (${bytes} bytes)`);
}

/**
 * One step of a loop that runs inside a builtin (an item drawn from a range, a call of iter(f, sentinel)'s
 * callable): `sum(range(10**12))` or `list(iter(int, 1))` would otherwise never reach a statement.
 */
export function nativeStep(): void {
  if (++rt.steps > rt.maxSteps) throw stepBudgetExceeded(rt.maxSteps);
}
