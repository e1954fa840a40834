// Python's abstract object protocol for the simulator (CPython's Objects/abstract.c and object.c):
// truth value, equality and ordering, hashing into dict/set keys, attribute access with descriptors,
// calls, iteration, item access and length. User-class dunders (`__eq__`, `__len__`, `__iter__`, …)
// are dispatched here, so every builtin and statement sees the same semantics.

import { attributeError, nativeStep, pyErr, typeError } from "./exceptions";
import { msg } from "./messages";
import { rt } from "./state";
import { liveRoots } from "./live";
import { chargeGrowth } from "../objects/common";
import {
  False,
  None,
  NotImplemented,
  True,
  boolType,
  dictType,
  excType,
  floatType,
  intType,
  objectType,
  pyBool,
  pyInt,
  pyIntN,
  pyStr,
  strType,
  typeType,
  namedBuiltinType,
} from "./types";
import {
  PyBool,
  PyBoundMethod,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyClassMethod,
  PyComplex,
  PyDict,
  PyDictView,
  PyException,
  PyFloat,
  PyFunction,
  PyInstance,
  PyInt,
  PyIterator,
  PyList,
  PyModule,
  PyObject,
  PyProperty,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PyStr,
  PySuper,
  PyTuple,
  PyType,
} from "./values";

export type Kwargs = Map<string, PyObject> | null;

// ## Calls

/** Calls any Python callable with positional and keyword arguments. */
export function call(f: PyObject, args: PyObject[], kwargs: Kwargs = null): PyObject {
  if (f instanceof PyFunction) return rt.callFunction(f, args, kwargs);
  if (f instanceof PyBuiltinFunction) return f.fn(args, kwargs, { node: null });
  if (f instanceof PyBoundMethod) {
    const a = [f.self];
    for (let i = 0; i < args.length; i++) a.push(args[i]);
    return call(f.func, a, kwargs);
  }
  if (f instanceof PyType) return construct(f, args, kwargs);
  const c = f.cls.builtin ? undefined : f.cls.lookup("__call__");
  if (c !== undefined) return call(c, [f, ...args], kwargs);
  throw typeError(`'${f.cls.name}' object is not callable`);
}

/** Hook installed by classes.ts: instance creation for any class. */
export let construct: (t: PyType, args: PyObject[], kwargs: Kwargs) => PyObject = () => None;
export function setConstruct(fn: typeof construct): void {
  construct = fn;
}

/** Looks up a special method on the type (not the instance) of a user-class object. */
export function special(o: PyObject, name: string): PyObject | undefined {
  const c = o.cls;
  if (c.builtin) return undefined;
  return userLookup(c, name);
}

/** Looks `name` up along the MRO, but only in user-defined classes (builtin slots are handled natively). */
export function userLookup(c: PyType, name: string): PyObject | undefined {
  const mro = c.mro;
  for (let i = 0; i < mro.length; i++) {
    const t = mro[i];
    if (t.builtin) continue;
    const v = t.ns.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Calls special method `m` found on type(o) with o bound as self. */
export function callSpecial(m: PyObject, o: PyObject, args: PyObject[]): PyObject {
  if (m instanceof PyStaticMethod) return call(m.func, args);
  if (m instanceof PyClassMethod) return call(m.func, [o.cls, ...args]);
  return call(m, [o, ...args]);
}

// ## Truth, length

export function truthy(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  if (o instanceof PyInt) {
    if (o.cls === intType || o.cls === boolType) return o.v !== 0n;
  }
  if (o.cls.builtin) {
    if (o instanceof PyStr) return o.v.length > 0;
    if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
    if (o instanceof PyDict) return o.map.size > 0;
    if (o instanceof PySet) return o.map.size > 0;
    if (o instanceof PyFloat) return o.v !== 0;
    if (o instanceof PyComplex) return o.re !== 0 || o.im !== 0;
    if (o instanceof PyBytes || o instanceof PyByteArray) return o.v.length > 0;
    if (o instanceof PyRange) return o.len > 0n;
    if (o instanceof PyDictView) return o.dict.map.size > 0;
    return true;
  }
  const b = special(o, "__bool__");
  if (b !== undefined) {
    const r = callSpecial(b, o, []);
    if (!(r instanceof PyBool)) throw typeError(`__bool__ should return bool, returned ${r.cls.name}`);
    return r === True;
  }
  const l = special(o, "__len__");
  if (l !== undefined) return lenOf(o) > 0;
  if (o instanceof PyInt) return o.v !== 0n;
  if (o instanceof PyStr) return o.v.length > 0;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length > 0;
  if (o instanceof PyDict) return o.map.size > 0;
  if (o instanceof PySet) return o.map.size > 0;
  if (o instanceof PyFloat) return o.v !== 0;
  return true;
}

export function lenOf(o: PyObject): number {
  if (!o.cls.builtin) {
    const l = special(o, "__len__");
    if (l !== undefined) {
      const r = callSpecial(l, o, []);
      if (!(r instanceof PyInt)) throw typeError(`'${r.cls.name}' object cannot be interpreted as an integer`);
      if (r.v < 0n) throw pyErr("ValueError", "__len__() should return >= 0");
      return Number(r.v);
    }
  }
  if (o instanceof PyStr) return o.length;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.map.size;
  if (o instanceof PySet) return o.map.size;
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.v.length;
  if (o instanceof PyRange) {
    const n = o.len;
    if (n > 9223372036854775807n) throw pyErr("OverflowError", "Python int too large to convert to C ssize_t");
    return Number(n);
  }
  if (o instanceof PyDictView) return o.dict.map.size;
  throw typeError(`object of type '${o.cls.name}' has no len()`);
}

/** `len(o)` when o defines it, else -1 (for construction-path decisions). */
export function sizedLen(o: PyObject): number {
  if (o instanceof PyStr) return o.length;
  if (o instanceof PyList || o instanceof PyTuple) return o.items.length;
  if (o instanceof PyDict) return o.map.size;
  if (o instanceof PySet) return o.map.size;
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.v.length;
  if (o instanceof PyRange) return Number(o.len);
  if (o instanceof PyDictView) return o.dict.map.size;
  return -1;
}

// ## Hashing: JS map keys with Python equality

const NONE_KEY = { none: true };
const ELLIPSIS_KEY = { ellipsis: true };

/**
 * A JS Map key such that two hashable Python objects are equal iff their keys are SameValueZero-equal:
 * numbers of equal value share a key (`1 == 1.0 == True`), strings are themselves, tuples/bytes/frozensets
 * are tagged strings, objects with identity hashing are the object itself. Throws CPython's
 * "unhashable type" TypeError.
 */
export function hashKey(o: PyObject): unknown {
  if (o instanceof PyStr) {
    if (o.cls === strType) return o.v;
    return userHashKey(o) ?? o.v;
  }
  if (o instanceof PyInt) {
    if (o.cls === intType || o.cls === boolType) return intKey(o.v);
    return userHashKey(o) ?? intKey(o.v);
  }
  if (o instanceof PyFloat) {
    if (o.cls !== floatType) {
      const u = userHashKey(o);
      if (u !== undefined) return u;
    }
    return floatKey(o.v);
  }
  if (o instanceof PyTuple) {
    if (!o.cls.builtin) {
      const u = userHashKey(o);
      if (u !== undefined) return u;
    }
    let s = "\u0001T(";
    for (const it of o.items) s += keyString(hashKey(it)) + ",";
    return s + ")";
  }
  if (o === None) return NONE_KEY;
  if (o instanceof PyBytes) {
    let s = "\u0001B";
    for (const b of o.v) s += String.fromCharCode(b);
    return s;
  }
  if (o instanceof PyComplex) {
    if (o.im === 0) return floatKey(o.re);
    return "\u0001C" + o.re + "," + o.im;
  }
  if (o instanceof PySet) {
    if (!o.frozen) throw typeError(`unhashable type: '${o.cls.name}'`);
    const parts = [...o.map.keys()].map(keyString).sort();
    return "\u0001F{" + parts.join(",") + "}";
  }
  if (o instanceof PyList || o instanceof PyDict || o instanceof PyByteArray || o instanceof PyDictView) {
    if (!o.cls.builtin) {
      const u = userHashKey(o);
      if (u !== undefined) return u;
    }
    throw typeError(`unhashable type: '${o.cls.name}'`);
  }
  if (o.cls.builtin || o instanceof PyType) return o;
  return userHashKey(o) ?? o;
}

function intKey(v: bigint): unknown {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  return v;
}
function floatKey(f: number): unknown {
  if (Number.isInteger(f) && !Number.isSafeInteger(f)) return BigInt(f);
  return f;
}

// Identities are numbered per run, in order of first use (an object kept from an earlier run, such as a
// builtin type, is renumbered when this run first asks), so id(), identity hashes and the set orders that
// follow from them never depend on what ran before in the same process.
let idEpoch = 0;
let uniq = 0;
const objIds = new WeakMap<object, { epoch: number; id: number }>();
/** A small integer per object, stable within a run: id(), identity hashes, composite keys. */
export function objectId(o: object): number {
  const known = objIds.get(o);
  if (known !== undefined && known.epoch === idEpoch) return known.id;
  const id = ++uniq;
  objIds.set(o, { epoch: idEpoch, id });
  return id;
}
/** Starts a run's identity numbering (runtime/run.ts). */
export function resetObjectIds(): void {
  idEpoch++;
  uniq = 0;
}

function keyString(k: unknown): string {
  if (typeof k === "string") return JSON.stringify(k);
  if (typeof k === "number") return Object.is(k, -0) ? "0" : String(k);
  if (typeof k === "bigint") return String(k);
  if (k === NONE_KEY) return "None";
  if (k === ELLIPSIS_KEY) return "...";
  return "#" + objectId(k as object);
}

/** Custom `__hash__`/`__eq__` of a user class: a key bucketed by hash value (or undefined to use the default). */
function userHashKey(o: PyObject): unknown {
  const h = userLookup(o.cls, "__hash__");
  if (h === None) throw typeError(`unhashable type: '${o.cls.name}'`);
  const eqDefined = userLookup(o.cls, "__eq__");
  if (h !== undefined) {
    const r = callSpecial(h, o, []);
    if (!(r instanceof PyInt)) throw typeError("__hash__ method should return an integer");
    return new UserKey(o, r.v);
  }
  if (eqDefined !== undefined && !(eqDefined instanceof PyBuiltinFunction)) {
    // A class defining __eq__ without __hash__ gets __hash__ = None (set at class creation).
    return o;
  }
  return undefined;
}

/** Key for objects with a user `__hash__`: resolved to a canonical instance per (hash, equality) class. */
export class UserKey {
  constructor(
    public obj: PyObject,
    public h: bigint,
  ) {}
}

/**
 * Resolves a key for map lookup: for UserKey, scan the map for an equal key with the same hash
 * (CPython compares by hash, then identity, then `__eq__`).
 */
export function resolveKey(map: Map<unknown, unknown>, k: unknown): unknown {
  if (!(k instanceof UserKey)) return k;
  for (const other of map.keys()) {
    if (other instanceof UserKey && other.h === k.h) {
      if (other.obj === k.obj || eq(other.obj, k.obj)) return other;
    }
  }
  return k;
}

/** Key for a Python object as stored in dict/set maps (hash + user-equality resolution). */
export function mapKey(map: Map<unknown, unknown>, o: PyObject): unknown {
  const k = hashKey(o);
  if (k instanceof UserKey) return resolveKey(map, k);
  return k;
}

// ## Equality and ordering

export function is(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  // Small ints and interned strings are shared in CPython; model the common cases.
  if (a instanceof PyInt && b instanceof PyInt && a.cls === intType && b.cls === intType)
    return a.v === b.v && a.v >= -5n && a.v <= 256n;
  // Empty singletons: @cpython Objects/tupleobject.c (), Objects/bytesobject.c b"", and until 3.9
  // Objects/setobject.c's empty frozenset (3.10 dropped it, bpo-42757), measured on 3.6.15 … 3.13.0.
  if (a.cls !== b.cls || !a.cls.builtin) return false;
  if (a instanceof PyTuple) return a.items.length === 0 && (b as PyTuple).items.length === 0;
  if (a instanceof PyBytes) return a.v.length === 0 && (b as PyBytes).v.length === 0;
  if (a instanceof PySet && a.cls.name === "frozenset") return rt.minor < 10 && a.map.size === 0 && (b as PySet).map.size === 0;
  return false;
}

export function eq(a: PyObject, b: PyObject): boolean {
  if (a === b) {
    if (a instanceof PyFloat && Number.isNaN(a.v)) return true;
    return true;
  }
  const r = richCompare(a, b, "Eq");
  return r === True ? true : r === False ? false : truthy(r);
}

const OP_SYMBOL: Record<string, string> = { Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Eq: "==", NotEq: "!=" };
const SWAP: Record<string, string> = { Lt: "Gt", LtE: "GtE", Gt: "Lt", GtE: "LtE", Eq: "Eq", NotEq: "NotEq" };
const DUNDER: Record<string, string> = {
  Lt: "__lt__",
  LtE: "__le__",
  Gt: "__gt__",
  GtE: "__ge__",
  Eq: "__eq__",
  NotEq: "__ne__",
};

function cmpResult(c: number, op: string): boolean {
  switch (op) {
    case "Lt":
      return c < 0;
    case "LtE":
      return c <= 0;
    case "Gt":
      return c > 0;
    case "GtE":
      return c >= 0;
    case "Eq":
      return c === 0;
    default:
      return c !== 0;
  }
}

function numCompare(a: PyObject, b: PyObject): number | null | undefined {
  // returns -1/0/1, null for unordered (NaN), undefined when not both numbers
  if (a instanceof PyInt) {
    if (b instanceof PyInt) return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
    if (b instanceof PyFloat) return intFloatCmp(a.v, b.v);
    return undefined;
  }
  if (a instanceof PyFloat) {
    if (b instanceof PyFloat) return a.v < b.v ? -1 : a.v > b.v ? 1 : a.v === b.v ? 0 : null;
    if (b instanceof PyInt) {
      const c = intFloatCmp(b.v, a.v);
      return c === null ? null : -c;
    }
  }
  return undefined;
}

function intFloatCmp(i: bigint, f: number): number | null {
  if (Number.isNaN(f)) return null;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  const fl = Math.floor(f);
  const bi = BigInt(fl);
  if (i < bi) return -1;
  if (i > bi) return 1;
  return fl === f ? 0 : -1;
}

function seqCompare(a: PyObject[], b: PyObject[], op: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (!eq(a[i], b[i])) {
      if (op === "Eq") return false;
      if (op === "NotEq") return true;
      return truthy(richCompare(a[i], b[i], op));
    }
  }
  return cmpResult(a.length - b.length, op);
}

function strCompare(a: string, b: string): number {
  // Compare by code point (JS compares UTF-16 units; differs only across the surrogate range).
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
}

/** Builtin comparison of two builtin-layout objects; NotImplemented when the types do not compare. */
function builtinCompare(a: PyObject, b: PyObject, op: string): PyObject {
  const nc = numCompare(a, b);
  if (nc !== undefined) return nc === null ? pyBool(op === "NotEq") : pyBool(cmpResult(nc, op));
  if (a instanceof PyStr && b instanceof PyStr) return pyBool(cmpResult(strCompare(a.v, b.v), op));
  if (a instanceof PyList && b instanceof PyList) return pyBool(seqCompare(a.items, b.items, op));
  if (a instanceof PyTuple && b instanceof PyTuple) return pyBool(seqCompare(a.items, b.items, op));
  if ((a instanceof PyBytes || a instanceof PyByteArray) && (b instanceof PyBytes || b instanceof PyByteArray))
    return pyBool(cmpResult(bytesCompare(a.v, b.v), op));
  if (a instanceof PyComplex || b instanceof PyComplex) {
    if (op !== "Eq" && op !== "NotEq") return NotImplemented;
    const ca = toComplexParts(a);
    const cb = toComplexParts(b);
    if (ca === null || cb === null) return NotImplemented;
    const e = ca[0] === cb[0] && ca[1] === cb[1];
    return pyBool(op === "Eq" ? e : !e);
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op !== "Eq" && op !== "NotEq") return NotImplemented;
    return pyBool(dictEquals(a, b) === (op === "Eq"));
  }
  if (a instanceof PySet && b instanceof PySet) return pyBool(setCompare(a, b, op));
  if (a instanceof PyDictView && b instanceof PyDictView && (a.kind === "values" || b.kind === "values")) {
    if (op !== "Eq" && op !== "NotEq") return NotImplemented;
    return pyBool(op === "NotEq" ? a !== b : a === b);
  }
  // @cpython Objects/dictobject.c dictview_richcompare: a keys/items view against a set, frozenset or
  // keys/items view compares as sets (lengths, then all_contained_in); a set on the left reaches it reflected.
  const setLike = (x: PyObject) => x instanceof PySet || (x instanceof PyDictView && x.kind !== "values");
  if (((a instanceof PyDictView && a.kind !== "values") || (b instanceof PyDictView && b.kind !== "values")) && setLike(a) && setLike(b))
    return pyBool(viewCompare(a, b, op));
  if (a instanceof PyRange && b instanceof PyRange) {
    if (op !== "Eq" && op !== "NotEq") return NotImplemented;
    const la = a.len;
    const lb = b.len;
    let same = la === lb;
    if (same && la > 0n) same = a.start === b.start && (la === 1n || a.step === b.step);
    return pyBool(same === (op === "Eq"));
  }
  if (op === "Eq") return a === b ? True : NotImplemented;
  if (op === "NotEq") return a === b ? False : NotImplemented;
  return NotImplemented;
}

function viewCompare(a: PyObject, b: PyObject, op: string): boolean {
  const la = sizedLen(a);
  const lb = sizedLen(b);
  const within = (x: PyObject, y: PyObject) => toArray(x).every((k) => contains(y, k));
  switch (op) {
    case "Eq":
      return la === lb && within(a, b);
    case "NotEq":
      return !(la === lb && within(a, b));
    case "Lt":
      return la < lb && within(a, b);
    case "LtE":
      return la <= lb && within(a, b);
    case "Gt":
      return la > lb && within(b, a);
    default:
      return la >= lb && within(b, a);
  }
}

export function toComplexParts(o: PyObject): [number, number] | null {
  if (o instanceof PyComplex) return [o.re, o.im];
  if (o instanceof PyFloat) return [o.v, 0];
  if (o instanceof PyInt) return [Number(o.v), 0];
  return null;
}

function dictEquals(a: PyDict, b: PyDict): boolean {
  if (a.map.size !== b.map.size) return false;
  for (const [k, e] of a.map) {
    const o = b.map.get(k instanceof UserKey ? resolveKey(b.map, k) : k);
    if (o === undefined) return false;
    if (o.value !== e.value && !eq(e.value, o.value)) return false;
  }
  return true;
}

function setCompare(a: PySet, b: PySet, op: string): boolean {
  const sub = (x: PySet, y: PySet) => {
    for (const k of x.map.keys()) if (!y.map.has(k instanceof UserKey ? resolveKey(y.map, k) : k)) return false;
    return true;
  };
  switch (op) {
    case "Eq":
      return a.map.size === b.map.size && sub(a, b);
    case "NotEq":
      return !(a.map.size === b.map.size && sub(a, b));
    case "LtE":
      return sub(a, b);
    case "Lt":
      return a.map.size < b.map.size && sub(a, b);
    case "GtE":
      return sub(b, a);
    default:
      return a.map.size > b.map.size && sub(b, a);
  }
}

/** Rich comparison with CPython's reflected-operand protocol; raises the ordering TypeError. */
export function richCompare(a: PyObject, b: PyObject, op: string): PyObject {
  const au = !a.cls.builtin;
  const bu = !b.cls.builtin;
  if (au || bu) {
    // Reflected operand first when b's type is a proper subclass of a's type.
    const reflectedFirst = bu && b.cls !== a.cls && b.cls.isSubtypeOf(a.cls);
    if (reflectedFirst) {
      const m = special(b, DUNDER[SWAP[op]]);
      if (m !== undefined) {
        const r = callSpecial(m, b, [a]);
        if (r !== NotImplemented) return r;
      }
    }
    if (au) {
      const m = special(a, DUNDER[op]);
      if (m !== undefined) {
        const r = callSpecial(m, a, [b]);
        if (r !== NotImplemented) return r;
      } else if (op === "NotEq") {
        const e = special(a, "__eq__");
        if (e !== undefined) {
          const r = callSpecial(e, a, [b]);
          if (r !== NotImplemented) return pyBool(!truthy(r));
        }
      }
    }
    if (bu && !reflectedFirst) {
      const m = special(b, DUNDER[SWAP[op]]);
      if (m !== undefined) {
        const r = callSpecial(m, b, [a]);
        if (r !== NotImplemented) return r;
      } else if (op === "NotEq") {
        const e = special(b, "__eq__");
        if (e !== undefined) {
          const r = callSpecial(e, b, [a]);
          if (r !== NotImplemented) return pyBool(!truthy(r));
        }
      }
    }
    if (a instanceof PyInstance || b instanceof PyInstance || a instanceof PyException || b instanceof PyException) {
      if (op === "Eq") return pyBool(a === b);
      if (op === "NotEq") return pyBool(a !== b);
      throw typeError(`'${OP_SYMBOL[op]}' not supported between instances of '${a.cls.name}' and '${b.cls.name}'`);
    }
  }
  const r = builtinCompare(a, b, op);
  if (r !== NotImplemented) return r;
  if (op === "Eq") return pyBool(a === b);
  if (op === "NotEq") return pyBool(a !== b);
  throw typeError(`'${OP_SYMBOL[op]}' not supported between instances of '${a.cls.name}' and '${b.cls.name}'`);
}

/** a < b as a JS boolean (sorting, min/max). */
export function lessThan(a: PyObject, b: PyObject): boolean {
  if (a instanceof PyInt && b instanceof PyInt && a.cls.builtin && b.cls.builtin) return a.v < b.v;
  if (a instanceof PyStr && b instanceof PyStr && a.cls.builtin && b.cls.builtin) return strCompare(a.v, b.v) < 0;
  const r = richCompare(a, b, "Lt");
  return r === True ? true : r === False ? false : truthy(r);
}

/** `x in container`. */
export function contains(container: PyObject, x: PyObject): boolean {
  if (!container.cls.builtin) {
    const m = special(container, "__contains__");
    if (m !== undefined) return truthy(callSpecial(m, container, [x]));
  }
  if (container instanceof PyDict) return container.map.has(mapKey(container.map, x));
  if (container instanceof PySet) return container.map.has(mapKey(container.map, x));
  if (container instanceof PyStr) {
    if (!(x instanceof PyStr))
      throw typeError(`'in <string>' requires string as left operand, not ${x.cls.name}`);
    return container.v.includes(x.v);
  }
  if (container instanceof PyList || container instanceof PyTuple) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (items[i] === x || eq(items[i], x)) return true;
    return false;
  }
  if (container instanceof PyRange) {
    if (x instanceof PyInt && x.cls.builtin) {
      const v = x.v;
      const { start, stop, step } = container;
      if (step > 0n ? v < start || v >= stop : v > start || v <= stop) return false;
      return (v - start) % step === 0n;
    }
  }
  if (container instanceof PyBytes || container instanceof PyByteArray) {
    if (x instanceof PyInt) {
      if (x.v < 0n || x.v > 255n) throw pyErr("ValueError", "byte must be in range(0, 256)");
      return container.v.includes(Number(x.v));
    }
    if (x instanceof PyBytes || x instanceof PyByteArray) {
      const s = latin1(container.v);
      return s.includes(latin1(x.v));
    }
    throw typeError(`a bytes-like object is required, not '${x.cls.name}'`);
  }
  if (container instanceof PyDictView) {
    if (container.kind === "keys") return container.dict.map.has(mapKey(container.dict.map, x));
    if (container.kind === "values") {
      for (const e of container.dict.entries) if (e.key !== null && (e.value === x || eq(e.value, x))) return true;
      return false;
    }
    if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
    const e = container.dict.map.get(mapKey(container.dict.map, x.items[0]));
    return e !== undefined && (e.value === x.items[1] || eq(e.value, x.items[1]));
  }
  let it: PyIterator;
  try {
    it = getIter(container);
  } catch (e) {
    if (e instanceof PyException && e.cls.name === "TypeError" && !(container instanceof PyIterator))
      throw typeError(`argument of type '${container.cls.name}' is not iterable`);
    throw e;
  }
  for (let v = it.next(); v !== undefined; v = it.next()) if (v === x || eq(v, x)) return true;
  return false;
}

export function latin1(v: Uint8Array): string {
  let s = "";
  for (let i = 0; i < v.length; i++) s += String.fromCharCode(v[i]);
  return s;
}

// ## Iteration

export function seqIter(items: PyObject[]): PyIterator {
  let i = 0;
  return new PyIterator(
    () => (i < items.length ? items[i++] : undefined),
    () => Math.max(0, items.length - i),
  );
}

/** `iter(o)` as a JS-driven iterator. */
export function getIter(o: PyObject): PyIterator {
  if (o instanceof PyIterator) return o;
  if (o.cls.builtin) {
    if (o instanceof PyList) {
      const items = o;
      let i = 0;
      return tagIter(new PyIterator(
        () => (i < items.items.length ? items.items[i++] : undefined),
        () => Math.max(0, items.items.length - i),
      ), "list_iterator");
    }
    if (o instanceof PyTuple) return tagIter(seqIter(o.items), "tuple_iterator");
  }
  if (!o.cls.builtin) {
    const m = special(o, "__iter__");
    if (m !== undefined) {
      const it = callSpecial(m, o, []);
      if (it instanceof PyIterator) return it;
      const nx = special(it, "__next__");
      if (nx === undefined) throw typeError(`iter() returned non-iterator of type '${it.cls.name}'`);
      return new PyIterator(() => {
        try {
          return callSpecial(nx, it, []);
        } catch (e) {
          if (e instanceof PyException && e.cls.isSubtypeOf(excType("StopIteration"))) return undefined;
          throw e;
        }
      });
    }
    const gi = special(o, "__getitem__");
    if (gi !== undefined) {
      let i = 0;
      return new PyIterator(() => {
        try {
          return callSpecial(gi, o, [pyIntN(i++)]);
        } catch (e) {
          if (e instanceof PyException && (e.cls.isSubtypeOf(excType("IndexError")) || e.cls.isSubtypeOf(excType("StopIteration"))))
            return undefined;
          throw e;
        }
      });
    }
  }
  if (o instanceof PyList) {
    let i = 0;
    return new PyIterator(
      () => (i < o.items.length ? o.items[i++] : undefined),
      () => Math.max(0, o.items.length - i),
    );
  }
  if (o instanceof PyTuple) return tagIter(seqIter(o.items), "tuple_iterator");
  if (o instanceof PyStr) {
    // @cpython 3.11 gave ASCII strings their own iterator type (str_ascii_iterator, measured on 3.11.7)
    const kind = rt.minor >= 11 && /^[\x00-\x7f]*$/.test(o.v) ? "str_ascii_iterator" : "str_iterator";
    if (!o.hasAstral) {
      const s = o.v;
      let i = 0;
      return tagIter(new PyIterator(() => (i < s.length ? pyStr(s[i++]) : undefined), () => Math.max(0, s.length - i)), kind);
    }
    return tagIter(seqIter(o.chars().map(pyStr)), kind);
  }
  if (o instanceof PyDict) return tagIter(dictKeyIter(o), "dict_keyiterator");
  if (o instanceof PySet) return tagIter(setIter(o), "set_iterator");
  if (o instanceof PyRange) {
    let cur = o.start;
    const { stop, step } = o;
    const up = step > 0n;
    const big = (x: bigint) => x > 9223372036854775807n || x < -9223372036854775808n;
    const rkind = big(o.start) || big(o.stop) || big(o.step) || big(o.len) ? "longrange_iterator" : "range_iterator";
    return tagIter(new PyIterator(
      () => {
        if (up ? cur >= stop : cur <= stop) return undefined;
        nativeStep();
        const v = cur;
        cur += step;
        return pyInt(v);
      },
      () => {
        const r = up ? (cur < stop ? (stop - cur - 1n) / step + 1n : 0n) : cur > stop ? (cur - stop - 1n) / -step + 1n : 0n;
        return Number(r);
      },
    ), rkind);
  }
  if (o instanceof PyBytes || o instanceof PyByteArray) {
    const v = o.v;
    let i = 0;
    return tagIter(new PyIterator(() => (i < v.length ? pyIntN(v[i++]) : undefined), () => Math.max(0, v.length - i)), o instanceof PyBytes ? "bytes_iterator" : "bytearray_iterator");
  }
  if (o instanceof PyDictView) {
    const d = o.dict;
    if (o.kind === "keys") return tagIter(dictKeyIter(d), "dict_keyiterator");
    let i = 0;
    const kind = o.kind;
    const size0 = d.map.size;
    return tagIter(new PyIterator(
      () => {
        if (d.map.size !== size0) throw pyErr("RuntimeError", "dictionary changed size during iteration");
        while (i < d.entries.length) {
          const e = d.entries[i++];
          if (e.key === null) continue;
          return kind === "values" ? e.value : new PyTuple([e.key, e.value]);
        }
        return undefined;
      },
      () => d.map.size,
    ), kind === "values" ? "dict_valueiterator" : "dict_itemiterator");
  }
  throw typeError(`'${o.cls.name}' object is not iterable`);
}

/** Gives a builtin iterator its CPython type (type(it).__name__, and its size). */
export function tagIter(it: PyIterator, kind: string): PyIterator {
  it.cls = namedBuiltinType(kind);
  return it;
}

function dictKeyIter(d: PyDict): PyIterator {
  let i = 0;
  const size0 = d.map.size;
  return new PyIterator(
    () => {
      if (d.map.size !== size0) throw pyErr("RuntimeError", "dictionary changed size during iteration");
      while (i < d.entries.length) {
        const e = d.entries[i++];
        if (e.key !== null) return e.key;
      }
      return undefined;
    },
    () => d.map.size,
  );
}

/** Set members in CPython's iteration order (hash-table order from the set model when known). */
export let setOrder: (s: PySet) => PyObject[] = (s) => [...s.map.values()];
export function setSetOrder(fn: typeof setOrder): void {
  setOrder = fn;
}

function setIter(s: PySet): PyIterator {
  const items = setOrder(s);
  const size0 = s.map.size;
  let i = 0;
  return new PyIterator(
    () => {
      if (s.map.size !== size0) throw pyErr("RuntimeError", "Set changed size during iteration");
      return i < items.length ? items[i++] : undefined;
    },
    () => Math.max(0, items.length - i),
  );
}

/** Materializes any iterable into a JS array. */
export function toArray(o: PyObject): PyObject[] {
  if (o.cls.builtin) {
    if (o instanceof PyList || o instanceof PyTuple) return o.items.slice();
  }
  const it = getIter(o);
  const out: PyObject[] = [];
  // The items collected so far are live (runtime/live.ts) and their pointers metered like a list's growth.
  const building = liveRoots.building;
  building.push(out);
  try {
    for (let v = it.next(); v !== undefined; v = it.next()) {
      out.push(v);
      if ((out.length & 0xffff) === 0) {
        tick(out.length);
        chargeGrowth(0x10000 * 8);
      }
    }
  } finally {
    building.pop();
  }
  return out;
}

/** Accounts for work done inside builtins (long iterations) against the step budget. */
export let tick: (n: number) => void = () => {};
export function setTick(fn: typeof tick): void {
  tick = fn;
}

// ## Attributes

function bindDescriptor(v: PyObject, obj: PyObject, cls: PyType): PyObject {
  if (v instanceof PyFunction) return new PyBoundMethod(obj, v);
  if (v instanceof PyBuiltinFunction && v.isMethod) return new PyBoundMethod(obj, v);
  if (v instanceof PyStaticMethod) return v.func;
  if (v instanceof PyClassMethod) return new PyBoundMethod(cls, v.func);
  if (v instanceof PyProperty) {
    if (v.fget === null) throw attributeError(rt.minor >= 11 ? `property of '${cls.name}' object has no getter` : "unreadable attribute");
    return call(v.fget, [obj]);
  }
  return v;
}

/** Hook for type-specific attributes (`__dict__`, `__name__`, namedtuple fields, …); undefined = not special. */
export let specialAttr: (o: PyObject, name: string) => PyObject | undefined = () => undefined;
export function setSpecialAttr(fn: typeof specialAttr): void {
  specialAttr = fn;
}

/** `getattr(o, name)`; throws AttributeError with CPython's message. */
export function getAttr(o: PyObject, name: string): PyObject {
  const r = getAttrOrUndefined(o, name);
  if (r !== undefined) return r;
  if (!(o instanceof PyType) && !o.cls.builtin) {
    const ga = o.cls.lookup("__getattr__");
    if (ga !== undefined) return callSpecial(ga, o, [pyStr(name)]);
  }
  throw noAttribute(o, name);
}

export function noAttribute(o: PyObject, name: string): PyException {
  if (o instanceof PyType) return attributeError(`type object '${o.name}' has no attribute '${name}'`);
  // @cpython Objects/descrobject.c member_get: an empty __slots__ member raised AttributeError(name) until 3.10
  if (rt.minor < 10 && o.cls.allSlots.includes(name)) return attributeError(name);
  if (o instanceof PyModule) return attributeError(`module '${o.name}' has no attribute '${name}'`);
  return attributeError(`'${o.cls.name}' object has no attribute '${name}'`);
}

/** Hooks installed by dunders.ts: dunder attributes of built-in values and types (slot wrappers, builtin methods). */
let instanceDunder: (o: PyObject, name: string, existing: PyObject | undefined) => PyObject | undefined = () => undefined;
let typeDunder: (t: PyType, name: string, existing: PyObject | undefined) => PyObject | undefined = () => undefined;
export function setDunderHooks(inst: typeof instanceDunder, type: typeof typeDunder): void {
  instanceDunder = inst;
  typeDunder = type;
}

export function getAttrOrUndefined(o: PyObject, name: string): PyObject | undefined {
  if (o instanceof PyType) return typeGetAttr(o, name);
  if (o instanceof PyModule) return o.ns.get(name) ?? specialAttr(o, name);
  if (o instanceof PySuper) return superGetAttr(o, name);
  const cls = o.cls;
  let cv = cls.lookup(name);
  if (cv instanceof PyBuiltinFunction && cv.since > rt.minor) cv = undefined;
  if (cv instanceof PyProperty) return bindDescriptor(cv, o, cls);
  if (o.attrs !== null) {
    const e = o.attrs.map.get(name);
    if (e !== undefined) return e.value;
  }
  const sv = (o as PyInstance).slotValues;
  if (sv != null) {
    const v = sv.get(name);
    if (v !== undefined) return v;
  }
  if (name.startsWith("__")) {
    const w = instanceDunder(o, name, cv);
    if (w !== undefined) return w;
  }
  if (cv !== undefined) return bindDescriptor(cv, o, cls);
  return specialAttr(o, name);
}

function typeGetAttr(t: PyType, name: string): PyObject | undefined {
  for (const c of t.mro) {
    const v = c.ns.get(name);
    if (v !== undefined) {
      if (c.builtin && name.startsWith("__")) {
        const w = typeDunder(t, name, v);
        if (w !== undefined) return w;
      }
      if (v instanceof PyBuiltinFunction && v.since > rt.minor) return undefined;
      if (v instanceof PyStaticMethod) return v.func;
      if (v instanceof PyClassMethod) return new PyBoundMethod(t, v.func);
      return v;
    }
  }
  const s = specialAttr(t, name);
  if (s !== undefined) return s;
  if (name.startsWith("__")) return typeDunder(t, name, undefined);
  // Methods defined on `type` itself (mro(), __subclasses__ …) are not modelled.
  return undefined;
}

function superGetAttr(s: PySuper, name: string): PyObject | undefined {
  const objType = s.obj instanceof PyType && s.obj.isSubtypeOf(s.thisType) ? s.obj : s.obj.cls;
  const mro = objType.mro;
  let i = mro.indexOf(s.thisType);
  for (i = i + 1; i < mro.length; i++) {
    const v = mro[i].ns.get(name);
    if (v !== undefined) {
      if (s.obj instanceof PyType && s.obj === objType) {
        if (v instanceof PyClassMethod) return new PyBoundMethod(s.obj, v.func);
        if (v instanceof PyStaticMethod) return v.func;
        return v;
      }
      return bindDescriptor(v, s.obj, objType);
    }
  }
  return undefined;
}

/** Hook for instance attribute stores (classes.ts drives the instance-dict size model). */
export let storeInstanceAttr: (o: PyObject, name: string, v: PyObject) => void = () => {};
export let deleteInstanceAttr: (o: PyObject, name: string) => boolean = () => false;
export function setAttrHooks(store: typeof storeInstanceAttr, del: typeof deleteInstanceAttr): void {
  storeInstanceAttr = store;
  deleteInstanceAttr = del;
}

export function setAttr(o: PyObject, name: string, v: PyObject): void {
  if (o instanceof PyType) {
    if (o.builtin)
      throw typeError(
        rt.minor >= 10
          ? `cannot set '${name}' attribute of immutable type '${o.name}'`
          : `can't set attributes of built-in/extension type '${o.name}'`,
      );
    o.ns.set(name, v);
    return;
  }
  const cls = o.cls;
  if (!cls.builtin) {
    const sa = userLookup(cls, "__setattr__");
    if (sa !== undefined) {
      callSpecial(sa, o, [pyStr(name), v]);
      return;
    }
    const cv = cls.lookup(name);
    if (cv instanceof PyProperty) {
      if (cv.fset === null)
        throw attributeError(msg.readOnlyAttr("set", name, cls.name, isTupleField(cv)));
      call(cv.fset, [o, v]);
      return;
    }
    storeInstanceAttr(o, name, v);
    return;
  }
  if (o instanceof PyModule) {
    o.ns.set(name, v);
    return;
  }
  if (o instanceof PyFunction) {
    throw attributeError(`'function' object attribute '${name}' is read-only`);
  }
  if (o instanceof PyException) {
    storeInstanceAttr(o, name, v);
    return;
  }
  if (cls.lookup(name) !== undefined)
    throw attributeError(`'${cls.name}' object attribute '${name}' is read-only`);
  throw attributeError(msg.noAttrSet(cls.name, name));
}

export function delAttr(o: PyObject, name: string): void {
  if (o instanceof PyType && !o.builtin) {
    if (!o.ns.delete(name)) throw attributeError(name);
    return;
  }
  if (!o.cls.builtin || o instanceof PyException) {
    const da = o.cls.builtin ? undefined : userLookup(o.cls, "__delattr__");
    if (da !== undefined) {
      callSpecial(da, o, [pyStr(name)]);
      return;
    }
    const cv = o.cls.lookup(name);
    if (cv instanceof PyProperty) {
      if (cv.fdel === null)
        throw attributeError(msg.readOnlyAttr("delete", name, o.cls.name, isTupleField(cv)));
      call(cv.fdel, [o]);
      return;
    }
    if (deleteInstanceAttr(o, name)) return;
    if (o.attrs === null && (o as PyInstance).slotValues == null) throw noAttribute(o, name);
    throw attributeError(rt.minor >= 13 && o.attrs === null ? name : name);
  }
  throw noAttribute(o, name);
}

// ## Numbers helpers

export function isIntLike(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

/** Converts an index-like object (int, bool, `__index__`) to a bigint, or throws CPython's TypeError. */
export function indexValue(o: PyObject, what?: string): bigint {
  if (o instanceof PyInt) return o.v;
  const m = special(o, "__index__");
  if (m !== undefined) {
    const r = callSpecial(m, o, []);
    if (r instanceof PyInt) return r.v;
  }
  throw typeError(what ?? `'${o.cls.name}' object cannot be interpreted as an integer`);
}

export function asIndex(o: PyObject, seqName: string): number {
  if (o instanceof PyInt) {
    const v = o.v;
    if (v > 9223372036854775807n || v < -9223372036854775808n)
      throw pyErr("IndexError", `cannot fit 'int' into an index-sized integer`);
    return Number(v);
  }
  const m = special(o, "__index__");
  if (m !== undefined) {
    const r = callSpecial(m, o, []);
    if (r instanceof PyInt) return Number(r.v);
  }
  throw typeError(`${seqName} indices must be integers or slices, not ${o.cls.name}`);
}

/** Normalizes a slice against length n (CPython PySlice_AdjustIndices). */
export function sliceIndices(s: PySlice, n: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = Number(sliceArg(s.step));
    if (step === 0) throw pyErr("ValueError", "slice step cannot be zero");
  }
  let start: number;
  let stop: number;
  if (s.start === None) start = step < 0 ? n - 1 : 0;
  else {
    start = clampBig(sliceArg(s.start));
    if (start < 0) {
      start += n;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= n) start = step < 0 ? n - 1 : n;
  }
  if (s.stop === None) stop = step < 0 ? -1 : n;
  else {
    stop = clampBig(sliceArg(s.stop));
    if (stop < 0) {
      stop += n;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= n) stop = step < 0 ? n - 1 : n;
  }
  let len = 0;
  if (step < 0) {
    if (stop < start) len = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) len = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, len];
}

function clampBig(v: bigint): number {
  if (v > 9007199254740991n) return 9007199254740991;
  if (v < -9007199254740991n) return -9007199254740991;
  return Number(v);
}

function sliceArg(o: PyObject): bigint {
  if (o instanceof PyInt) return o.v;
  const m = special(o, "__index__");
  if (m !== undefined) {
    const r = callSpecial(m, o, []);
    if (r instanceof PyInt) return r.v;
  }
  throw typeError("slice indices must be integers or None or have an __index__ method");
}

export { False, True, None, objectType, typeType, dictType };

/** A namedtuple field accessor (modules.ts marks its getter `ntField`): read-only, CPython's `_tuplegetter`. */
function isTupleField(p: PyProperty): boolean {
  return (p.fget as { ntField?: boolean } | null)?.ntField === true;
}
