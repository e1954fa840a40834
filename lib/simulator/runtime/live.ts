// What a run holds live, measured deterministically: a walk from the interpreter's roots (module globals,
// the scopes of the active calls, the closures and classes they reach, the containers still under
// construction) summing the container capacity bytes the layout models charge to the allocation meter
// (objects/common.ts growthMeter). The meter's cumulative count is only a cheap trigger; when it passes
// its threshold this walk decides whether the program really holds more than the budget. Nothing here
// looks at the JS heap, the clock or the garbage collector, so the same program always ends the same way.
//
// The walk under-counts what it cannot see (objects held only by a JS iterator's closure or a JS local of
// the operation running), never over-counts: a legitimate program is never stopped because of it.

import type { Scope } from "./interpreter";
import type { ByteArrayLayout } from "../objects/bytes";
import { POINTER_SIZE } from "../memory/struct";
import type { Layout } from "../objects/common";
import {
  Cell,
  PyBoundMethod,
  PyByteArray,
  PyClassMethod,
  PyDict,
  PyDictView,
  PyException,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyList,
  PyModule,
  PyNoneType,
  PyObject,
  PyProperty,
  PySet,
  PyStr,
  PyStaticMethod,
  PySuper,
  PyTuple,
  PyType,
} from "./values";

/** The walk's roots, maintained by the interpreter (reset per run in run.ts). */
export const liveRoots = {
  /** Module scope first, then one entry per active Python call (pushed and popped by callFunction). */
  scopes: [] as Scope[],
  /**
   * Containers being built, not yet bound to any name: comprehension results, and the JS arrays builtins
   * collect an iterable into (`list(gen)`, `tuple(gen)`, `sorted(gen)` …, ops.ts toArray).
   */
  building: [] as (PyObject | PyObject[])[],
};

export function resetLiveRoots(): void {
  liveRoots.scopes.length = 0;
  liveRoots.building.length = 0;
}

/** Capacity bytes of one container, by the formulas its layout model charges (objects/*.ts setters). */
export function chargedBytes(o: PyObject): number {
  if (o instanceof PyList) return o.m !== null ? o.m.allocated * POINTER_SIZE : 0;
  if (o instanceof PyDict) {
    const l = o.m !== null ? o.m.dk_log2_size : 0;
    return l > 0 ? (2 ** l - 1) * 24 : 0;
  }
  if (o instanceof PySet) {
    const mask = o.m !== null ? o.m.mask : 7;
    return mask > 7 ? (mask - 7) * 16 : 0;
  }
  if (o instanceof PyByteArray) return o.m !== null ? (o.m as ByteArrayLayout).ob_alloc : 0;
  return 0;
}

/** Walks of this run so far (for tests and the README's measurements). */
export const liveStats = { walks: 0, peak: 0, objects: 0 };

let epoch = 0;

/** Sums the charged capacity of every container reachable from the roots, each object once. */
export function measureLive(): number {
  const mark = ++epoch;
  // Containers with a layout model are marked on it; other objects with children go through `seen`.
  const seen = new Set<object>();
  const todo: PyObject[] = [];
  let total = 0;
  let visited = 0;
  const push = (v: PyObject | null | undefined): void => {
    if (v === null || v === undefined || v instanceof PyInt || v instanceof PyStr) return;
    if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyByteArray) {
      const m = v.m as Layout | null;
      if (m !== null) {
        if (m.walkMark === mark) return;
        m.walkMark = mark;
      } else {
        if (seen.has(v)) return;
        seen.add(v);
      }
      visited++;
      total += chargedBytes(v);
      if (v instanceof PyByteArray) return;
      todo.push(v);
      return;
    }
    if (v instanceof PyTuple) {
      // A tuple of leaves is walked again where it is shared (cheap); one holding containers only once.
      const items = v.items;
      let inner = false;
      for (let i = 0; i < items.length; i++) {
        const x = items[i];
        if (!(x instanceof PyInt || x instanceof PyStr || x instanceof PyFloat || x instanceof PyNoneType)) inner = true;
      }
      if (!inner && v.attrs === null) return;
    } else if (v.attrs === null && !hasChildren(v)) return;
    if (seen.has(v)) return;
    seen.add(v);
    visited++;
    todo.push(v);
  };
  const pushMap = (m: Map<unknown, PyObject> | null | undefined): void => {
    if (m) for (const v of m.values()) push(v);
  };
  const pushScope = (s0: Scope | null): void => {
    for (let s = s0; s !== null; s = s.parent) {
      if (seen.has(s)) return;
      seen.add(s);
      pushMap(s.vars);
      pushMap(s.globals);
    }
  };
  const pushCells = (cells: Map<string, Cell> | null): void => {
    if (cells) for (const c of cells.values()) push(c.v);
  };

  for (const s of liveRoots.scopes) pushScope(s);
  for (const b of liveRoots.building) {
    if (!Array.isArray(b)) push(b);
    else {
      // the items collected so far, and the pointer array the result will need
      total += b.length * POINTER_SIZE;
      for (let i = 0; i < b.length; i++) push(b[i]);
    }
  }

  while (todo.length > 0) {
    const o = todo.pop()!;
    if (o.attrs !== null) push(o.attrs);
    if (o instanceof PyList || o instanceof PyTuple) {
      const items = o.items;
      for (let i = 0; i < items.length; i++) push(items[i]);
    } else if (o instanceof PyDict) {
      const entries = o.entries;
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        if (e.key === null) continue;
        push(e.key);
        push(e.value);
      }
    } else if (o instanceof PySet) {
      for (const k of o.map.values()) push(k);
    } else if (o instanceof PyInstance || o instanceof PyException) {
      pushMap(o.slotValues);
      if (o instanceof PyException) {
        for (const a of o.args) push(a);
        push(o.cause);
        push(o.context);
      }
    } else if (o instanceof PyFunction) {
      for (const d of o.defaults) push(d);
      pushMap(o.kwdefaults);
      pushCells(o.closure);
      pushMap(o.globals);
      pushScope((o as PyFunction & { scope?: Scope | null }).scope ?? null);
    } else if (o instanceof PyType) {
      if (!o.builtin) pushMap(o.ns);
    } else if (o instanceof PyModule) {
      pushMap(o.ns);
    } else if (o instanceof PyBoundMethod) {
      push(o.self);
      push(o.func);
    } else if (o instanceof PyStaticMethod || o instanceof PyClassMethod) {
      push(o.func);
    } else if (o instanceof PyProperty) {
      push(o.fget);
      push(o.fset);
      push(o.fdel);
    } else if (o instanceof PyDictView) {
      push(o.dict);
    } else if (o instanceof PySuper) {
      push(o.obj);
    }
  }
  liveStats.walks++;
  liveStats.objects = visited;
  if (total > liveStats.peak) liveStats.peak = total;
  return total;
}

function hasChildren(v: PyObject): boolean {
  return (
    v instanceof PyInstance ||
    v instanceof PyException ||
    v instanceof PyFunction ||
    (v instanceof PyType && !v.builtin) ||
    v instanceof PyModule ||
    v instanceof PyBoundMethod ||
    v instanceof PyStaticMethod ||
    v instanceof PyClassMethod ||
    v instanceof PyProperty ||
    v instanceof PyDictView ||
    v instanceof PySuper
  );
}
