/*
 * Shared pieces of the layout models: the base class that turns parts into explanations, and the small
 * descriptors the runtime passes in to say what CPython's code path sees (iterable sources, dict keys).
 */

import type { Profile } from "../versions";
import {
  gcHeaderPart,
  makeExplanation,
  preHeaderPart,
  sizeofFromExplanation,
  type SizeExplanation,
  type SizeModel,
  type SizePart,
} from "../memory/explain";

/**
 * What an iterable looks like to CPython's C code (list_extend, set_update_internal, …). The runtime
 * builds one from the Python value being iterated:
 *
 * - `list` / `tuple`: an EXACT list or tuple (not a subclass) → PySequence_Fast path. Also `l.extend(l)`.
 * - `set` / `frozenset` / `dict` / `dict_keys` / `dict_values` / `dict_items`: exact instances of those.
 * - `sized`: anything else with `__len__` (range, str, bytes, bytearray, list/tuple subclasses, …).
 * - `hinted`: no `__len__` but `__length_hint__` (list/tuple/range/str/dict iterators, `reversed(...)`);
 *   `lengthHint` = what `__length_hint__()` returns now, `length` = items it will actually yield.
 * - `unsized`: neither (generators, map, filter, zip, enumerate, iter(callable, …)).
 *
 * `length` is always the number of items the iteration will produce.
 */
export type IterSource =
  | { kind: "list" | "tuple"; length: number }
  | { kind: "set" | "frozenset" | "dict" | "dict_keys" | "dict_values" | "dict_items"; length: number }
  | { kind: "sized"; length: number }
  | { kind: "hinted"; lengthHint: number; length: number }
  | { kind: "unsized"; length: number };

/** `len(x)` is defined for this source (CPython `_PyObject_HasLen`). */
export function sourceHasLen(s: IterSource): boolean {
  return s.kind !== "hinted" && s.kind !== "unsized";
}

/** `PyObject_LengthHint(x, 8)`: len(x), else __length_hint__(), else 8. @cpython Objects/abstract.c */
export function lengthHint(s: IterSource): number {
  if (s.kind === "hinted") return s.lengthHint;
  if (s.kind === "unsized") return 8;
  return s.length;
}

/**
 * A dict key as the dict code sees it.
 * - `str`: present iff the key is an EXACT `str` (not a subclass); its value (needed for instance-dict
 *   key sharing, where the name identifies the shared slot).
 * - `isNew`: the key is not yet in the dict it is being inserted into (the runtime knows equality).
 */
export interface KeyInfo {
  str?: string;
  isNew: boolean;
  /**
   * Optional identity of the key (any value; equal Python keys ⇒ the same id, e.g. the runtime's map
   * key). When given on inserts and deletes, the dict layout knows which entry a deletion frees, so
   * popitem() is exact without passing positions.
   */
  id?: unknown;
}

/** Convenience: a KeyInfo for a non-str key. */
export function otherKey(isNew = true): KeyInfo {
  return { isNew };
}

/** Convenience: a KeyInfo for an exact-str key. */
export function strKey(value: string, isNew = true): KeyInfo {
  return { str: value, isNew };
}

/**
 * The deterministic allocation meter: models report every capacity growth (a list's ob_item, a dict's keys
 * table, a set's table, a bytearray's buffer) in bytes as CPython would allocate them. Growth is cumulative
 * (the simulator does not see objects die), so it is only a trigger: when `grown` passes `next`, `measure`
 * (runtime/live.ts, a walk from the interpreter's roots) replaces it by what is live; only if that is over
 * `limit` does `exceeded` end the run. `runtime/run.ts` installs all of it per run; outside a run nothing is
 * measured or stopped.
 */
export const growthMeter = {
  /** live capacity at the last walk + growth since (an upper bound of what is live, exact after a walk) */
  grown: 0,
  /** the budget */
  limit: Number.POSITIVE_INFINITY,
  /** `grown` at which the next walk happens */
  next: Number.POSITIVE_INFINITY,
  measure: null as (() => number) | null,
  exceeded: (): void => {},
};

/** Reports `bytes` (> 0) of new capacity to the meter; `total` is the growing object's whole capacity now. */
export function chargeGrowth(bytes: number, total = bytes): void {
  if ((growthMeter.grown += bytes) > growthMeter.next) remeasure(total);
}

/**
 * Replaces the cumulative count by what is live (at least `atLeast`: the object growing right now may be
 * under construction where the walk cannot see it) and ends the run if that is over the budget. The next
 * walk comes after another budget's worth of growth (or an eighth of it once live data fills most of the
 * budget), so walks cost O(1) amortized per byte grown and a runaway passes the budget by at most 1/8.
 */
export function remeasure(atLeast = 0): number {
  const m = growthMeter;
  if (m.measure !== null) m.grown = Math.max(m.measure(), atLeast);
  if (m.grown > m.limit) m.exceeded();
  m.next = Math.max(m.limit, m.grown + m.limit / 8);
  return m.grown;
}

/** Errors a layout model reports for conditions CPython raises (the runtime turns them into Python exceptions). */
export class LayoutError extends Error {
  constructor(
    /** Python exception class name, e.g. "TypeError". */
    readonly pyType: string,
    message: string,
  ) {
    super(message);
    this.name = "LayoutError";
  }
}

/**
 * Base of every model: subclasses list their `__sizeof__` parts; this adds the GC header / pre-header
 * parts and derives getsizeof, __sizeof__ and the explanation from the same list.
 */
export abstract class Layout implements SizeModel {
  abstract readonly typeName: string;
  /** The live walk (runtime/live.ts) that last visited this container: marks instead of a Set of millions. */
  walkMark = 0;
  constructor(readonly profile: Profile) {}

  /** Parts making up `__sizeof__` of the exact built-in type, in memory order (no GC header). */
  abstract sizeofParts(): SizePart[];
  /** Whether sys.getsizeof adds the GC header for this (exact built-in) type. */
  abstract isGc(): boolean;
  /** The hidden state to show next to the breakdown. */
  abstract state(): Record<string, number | string | boolean>;

  explain(_profile?: unknown): SizeExplanation {
    const parts = this.sizeofParts();
    if (this.isGc()) parts.push(gcHeaderPart(this.profile.gcHeaderSize));
    return makeExplanation(this.typeName, parts, this.state());
  }

  getsizeof(): number {
    return this.explain().total;
  }

  sizeof(): number {
    return sizeofFromExplanation(this.explain());
  }
}

export { gcHeaderPart, preHeaderPart };
