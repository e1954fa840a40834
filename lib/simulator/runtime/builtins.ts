// The builtins namespace (CPython's Python/bltinmodule.c): functions such as print, len, sorted, min,
// the builtin types and the exception classes. Results that are containers report their construction
// path to the size model (`sorted(x)` = `[].extend(x)` then sort, `list(map(...))` has no length hint).

import * as P from "../pylib";
import { nativeStep, pyErr, typeError, valueError } from "./exceptions";
import { msg } from "./messages";
import {
  call,
  callSpecial,
  contains,
  getAttr,
  getAttrOrUndefined,
  getIter,
  indexValue,
  lenOf,
  lessThan,
  noAttribute,
  objectId,
  setAttr,
  delAttr,
  special,
  toArray,
  truthy,
  type Kwargs,
} from "./ops";
import { binaryOp } from "./arith";
import { formatValue, reprOf, strOf } from "./repr";
import { rt } from "./state";
import * as S from "./sizes";
import { hashOf } from "./hash";
import {
  Ellipsis,
  False,
  None,
  NotImplemented,
  True,
  boolType,
  bytearrayType,
  bytesType,
  classmethodType,
  complexType,
  dictType,
  exceptionTypes,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  propertyType,
  pyBool,
  pyInt,
  pyIntN,
  pyStr,
  rangeType,
  setType,
  sliceType,
  staticmethodType,
  strType,
  superType,
  tupleType,
  typeType,
} from "./types";
import {
  PyBoundMethod,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
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
  PyObject,
  PyRange,
  PySet,
  PyStr,
  PyTuple,
  PyType,
  type NativeFn,
} from "./values";

export const builtins = new Map<string, PyObject>();

export function fn(name: string, f: NativeFn): PyBuiltinFunction {
  const b = new PyBuiltinFunction(name, f);
  builtins.set(name, b);
  return b;
}

/** Checks the positional count of a builtin (CPython's "takes exactly one argument" family). */
export function arity(name: string, args: PyObject[], min: number, max: number): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    throw typeError(msg.expected(name, "", min, n));
  }
  if (n < min) throw typeError(msg.expected(name, "at least ", min, n));
  throw typeError(msg.expected(name, "at most ", max, n));
}

export function noKwargs(name: string, kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`${name}() takes no keyword arguments`);
}

function kwOnly(name: string, kw: Kwargs, allowed: string[]): Map<string, PyObject> {
  const m = new Map<string, PyObject>();
  if (kw === null) return m;
  for (const [k, v] of kw) {
    if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    m.set(k, v);
  }
  return m;
}

// ## Output

fn("print", (args, kw) => {
  const opts = kwOnly("print", kw, ["sep", "end", "file", "flush"]);
  const sepO = opts.get("sep") ?? None;
  const endO = opts.get("end") ?? None;
  if (sepO !== None && !(sepO instanceof PyStr)) throw typeError(`sep must be None or a string, not ${sepO.cls.name}`);
  if (endO !== None && !(endO instanceof PyStr)) throw typeError(`end must be None or a string, not ${endO.cls.name}`);
  const sep = sepO instanceof PyStr ? sepO.v : " ";
  const end = endO instanceof PyStr ? endO.v : "\n";
  const file = opts.get("file") ?? None;
  if (file !== None && file !== stdoutStream) {
    // sys.stderr is not part of a run's result; any other file gets CPython's write() calls, one per piece.
    if (file === stderrStream) return None;
    const write = getAttr(file, "write");
    for (let i = 0; i < args.length; i++) {
      if (i > 0) call(write, [pyStr(sep)]);
      call(write, [pyStr(strOf(args[i]))]);
    }
    call(write, [pyStr(end)]);
    return None;
  }
  let s = "";
  for (let i = 0; i < args.length; i++) {
    if (i > 0) s += sep;
    s += strOf(args[i]);
  }
  writeStdout(s + end);
  return None;
});

function writeStdout(s: string): void {
  rt.out.push(s);
  rt.outLen += s.length;
  if (rt.outLen > rt.maxOutput) throw pyErr("MemoryError", "the simulator's output budget was exceeded");
}

/** `sys.stdout` / `sys.stderr`: write() and flush(); what goes to stderr is dropped (a run's result is stdout only). */
const textIOType = namedBuiltinType("TextIOWrapper");
export const stdoutStream = new PyInstance();
export const stderrStream = new PyInstance();
stdoutStream.cls = textIOType;
stderrStream.cls = textIOType;
textIOType.ns.set(
  "write",
  new PyBuiltinFunction("write", (args) => {
    arity("write", args, 2, 2);
    const s = args[1];
    if (!(s instanceof PyStr)) throw typeError(`write() argument must be str, not ${s.cls.name}`);
    if (args[0] === stdoutStream) writeStdout(s.v);
    return pyIntN(P.cpLength(s.v));
  }, true, "TextIOWrapper"),
);
textIOType.ns.set("flush", new PyBuiltinFunction("flush", () => None, true, "TextIOWrapper"));

// ## Introspection

fn("len", (args, kw) => {
  noKwargs("len", kw);
  arity("len", args, 1, 1);
  return pyIntN(lenOf(args[0]));
});
fn("repr", (args, kw) => {
  noKwargs("repr", kw);
  arity("repr", args, 1, 1);
  return pyStr(reprOf(args[0]));
});
fn("ascii", (args) => {
  arity("ascii", args, 1, 1);
  return pyStr(P.asciiEscape(reprOf(args[0])));
});
fn("format", (args) => {
  arity("format", args, 1, 2);
  const spec = args[1] ?? pyStr("");
  if (!(spec instanceof PyStr)) throw typeError(`format() argument 2 must be str, not ${spec.cls.name}`);
  return pyStr(formatValue(args[0], spec.v));
});
fn("callable", (args) => {
  arity("callable", args, 1, 1);
  const o = args[0];
  return pyBool(
    o instanceof PyFunction || o instanceof PyBuiltinFunction || o instanceof PyBoundMethod || o instanceof PyType || o.cls === builtinsBoundMethodType() ||
      (!o.cls.builtin && o.cls.lookup("__call__") !== undefined),
  );
});
function builtinsBoundMethodType(): PyType {
  return (builtins.get("len") as PyObject).cls === objectType ? objectType : methodTypeRef;
}
let methodTypeRef: PyType = objectType;
export function setMethodType(t: PyType): void {
  methodTypeRef = t;
}

fn("id", (args) => {
  arity("id", args, 1, 1);
  return pyInt(140000000000000n + BigInt(objectId(args[0])) * 64n);
});

fn("hash", (args) => {
  arity("hash", args, 1, 1);
  return pyInt(hashOf(args[0]));
});

fn("isinstance", (args) => {
  arity("isinstance", args, 2, 2);
  return pyBool(isInstance(args[0], args[1], "isinstance"));
});
fn("issubclass", (args) => {
  arity("issubclass", args, 2, 2);
  const c = args[0];
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  return pyBool(isSubclass(c, args[1]));
});

export function isInstance(o: PyObject, t: PyObject, fnName: "isinstance" | "issubclass" = "isinstance"): boolean {
  if (t instanceof PyType) return o.cls.isSubtypeOf(t);
  if (t instanceof PyTuple) return t.items.some((x) => isInstance(o, x, fnName));
  throw typeError(msg.isinstanceArg2(fnName));
}
function isSubclass(c: PyType, t: PyObject): boolean {
  if (t instanceof PyType) return c.isSubtypeOf(t);
  if (t instanceof PyTuple) return t.items.some((x) => isSubclass(c, x));
  throw typeError(msg.isinstanceArg2("issubclass"));
}

fn("getattr", (args) => {
  arity("getattr", args, 2, 3);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(rt.minor >= 10 ? `attribute name must be string, not '${name.cls.name}'` : "getattr(): attribute name must be string");
  if (args.length === 3) {
    try {
      return getAttr(args[0], name.v);
    } catch (e) {
      if (e instanceof PyException && e.cls.name === "AttributeError") return args[2];
      throw e;
    }
  }
  return getAttr(args[0], name.v);
});
fn("setattr", (args) => {
  arity("setattr", args, 3, 3);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(rt.minor >= 10 ? `attribute name must be string, not '${name.cls.name}'` : "attribute name must be string");
  setAttr(args[0], name.v, args[2]);
  return None;
});
fn("delattr", (args) => {
  arity("delattr", args, 2, 2);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError("attribute name must be string");
  delAttr(args[0], name.v);
  return None;
});
fn("hasattr", (args) => {
  arity("hasattr", args, 2, 2);
  const name = args[1];
  if (!(name instanceof PyStr)) throw typeError(rt.minor >= 10 ? `attribute name must be string, not '${name.cls.name}'` : "hasattr(): attribute name must be string");
  try {
    getAttr(args[0], name.v);
    return True;
  } catch (e) {
    if (e instanceof PyException && e.cls.name === "AttributeError") return False;
    throw e;
  }
});
fn("vars", (args) => {
  arity("vars", args, 1, 1);
  const d = getAttrOrUndefined(args[0], "__dict__");
  if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
  return d;
});

// ## Iteration

fn("iter", (args) => {
  arity("iter", args, 1, 2);
  if (args.length === 2) {
    const f = args[0];
    const sentinel = args[1];
    let done = false;
    const ci = new PyIterator(() => {
      if (done) return undefined;
      nativeStep();
      const v = call(f, []);
      if (v === sentinel || (v.cls === sentinel.cls && binaryEq(v, sentinel))) {
        done = true;
        return undefined;
      }
      return v;
    });
    ci.cls = namedBuiltinType("callable_iterator");
    return ci;
  }
  return getIter(args[0]);
});
function binaryEq(a: PyObject, b: PyObject): boolean {
  return truthy(richEq(a, b));
}
import { richCompare } from "./ops";
function richEq(a: PyObject, b: PyObject): PyObject {
  return richCompare(a, b, "Eq");
}

fn("next", (args) => {
  arity("next", args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIterator)) {
    const nx = special(it, "__next__");
    if (nx !== undefined) {
      if (args.length === 2) {
        try {
          return callSpecial(nx, it, []);
        } catch (e) {
          if (e instanceof PyException && e.cls.name === "StopIteration") return args[1];
          throw e;
        }
      }
      return callSpecial(nx, it, []);
    }
    throw typeError(`'${it.cls.name}' object is not an iterator`);
  }
  const v = it.next();
  if (v !== undefined) return v;
  if (args.length === 2) return args[1];
  throw new PyException(exceptionTypes.get("StopIteration")!, []);
});

fn("enumerate", (args, kw) => {
  const opts = kwOnly("enumerate", kw, ["iterable", "start"]);
  const iterable = args[0] ?? opts.get("iterable");
  if (iterable === undefined)
    throw typeError(rt.minor >= 11 ? "enumerate() missing required argument 'iterable'" : rt.minor >= 7 ? "enumerate() missing required argument 'iterable' (pos 1)" : "Required argument 'iterable' (pos 1) not found");
  const startO = args[1] ?? opts.get("start") ?? pyIntN(0);
  let i = indexValue(startO);
  const it = getIter(iterable);
  const e = new PyIterator(() => {
    const v = it.next();
    if (v === undefined) return undefined;
    return new PyTuple([pyInt(i++), v]);
  });
  e.cls = enumerateType;
  return e;
});

fn("zip", (args, kw) => {
  const opts = kwOnly("zip", kw, ["strict"]);
  const strict = opts.has("strict") && truthy(opts.get("strict")!);
  const its = args.map((a, i) => {
    try {
      return getIter(a);
    } catch (e) {
      // @cpython Python/bltinmodule.c zip_new: 3.6-3.7 "zip argument #N must support iteration"; 3.8+ (bpo-33318) the iter() error
      if (e instanceof PyException && e.cls.name === "TypeError" && rt.minor < 8)
        throw typeError(`zip argument #${i + 1} must support iteration`);
      throw e;
    }
  });
  let done = false;
  const z = new PyIterator(() => {
    if (done || its.length === 0) return undefined;
    const vals: PyObject[] = [];
    for (let k = 0; k < its.length; k++) {
      const v = its[k].next();
      if (v === undefined) {
        done = true;
        if (strict) {
          if (k > 0) throw valueError(`zip() argument ${k + 1} is shorter than argument${k > 1 ? "s 1-" + k : " 1"}`);
          for (let j = 1; j < its.length; j++)
            if (its[j].next() !== undefined)
              throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
        }
        return undefined;
      }
      vals.push(v);
    }
    return new PyTuple(vals);
  });
  z.cls = zipType;
  return z;
});

fn("map", (args) => {
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  const f = args[0];
  const its = args.slice(1).map(getIter);
  const m = new PyIterator(() => {
    const vals: PyObject[] = [];
    for (const it of its) {
      const v = it.next();
      if (v === undefined) return undefined;
      vals.push(v);
    }
    return call(f, vals);
  });
  m.cls = mapType;
  return m;
});

fn("filter", (args) => {
  arity("filter", args, 2, 2);
  const f = args[0];
  const it = getIter(args[1]);
  const r = new PyIterator(() => {
    for (;;) {
      const v = it.next();
      if (v === undefined) return undefined;
      if (f === None ? truthy(v) : truthy(call(f, [v]))) return v;
    }
  });
  r.cls = filterType;
  return r;
});

fn("reversed", (args) => {
  arity("reversed", args, 1, 1);
  const o = args[0];
  if (!o.cls.builtin) {
    const m = special(o, "__reversed__");
    if (m !== undefined) return callSpecial(m, o, []);
  }
  if (o instanceof PyList) {
    let i = o.items.length - 1;
    const r = new PyIterator(
      () => (i >= 0 && i < o.items.length ? o.items[i--] : ((i = -1), undefined)),
      () => Math.max(0, i + 1),
    );
    r.cls = reversedType("list_reverseiterator");
    return r;
  }
  if (o instanceof PyRange) {
    const n = o.len;
    const start = o.start + (n - 1n) * o.step;
    return getIter(new PyRange(start, start - n * o.step, -o.step));
  }
  if (o instanceof PyDict || o instanceof PySet || o instanceof PyDictView) {
    if (o instanceof PySet || rt.minor < 8) throw typeError(`'${o.cls.name}' object is not reversible`);
    // @cpython Objects/dictobject.c dict___reversed__ / dictkeys_reversed / dictitems_reversed / dictvalues_reversed (3.8+)
    const items = toArray(o);
    let i = items.length - 1;
    const r = new PyIterator(() => (i >= 0 ? items[i--] : undefined), () => Math.max(0, i + 1));
    const kind = o instanceof PyDictView ? o.kind : "keys";
    r.cls = reversedType(`dict_reverse${kind === "keys" ? "key" : kind === "values" ? "value" : "item"}iterator`);
    return r;
  }
  let items: PyObject[];
  if (o instanceof PyTuple) items = o.items;
  else if (o instanceof PyStr) items = o.chars().map(pyStr);
  else if (o instanceof PyDict) items = toArray(o);
  else if (o instanceof PyBytes || o instanceof PyByteArray) items = Array.from(o.v, (b) => pyIntN(b));
  else if (!o.cls.builtin && special(o, "__len__") !== undefined && special(o, "__getitem__") !== undefined) {
    const n = lenOf(o);
    items = [];
    const gi = special(o, "__getitem__")!;
    for (let k = 0; k < n; k++) items.push(callSpecial(gi, o, [pyIntN(k)]));
  } else throw typeError(`'${o.cls.name}' object is not reversible`);
  let i = items.length - 1;
  const r = new PyIterator(() => (i >= 0 ? items[i--] : undefined), () => Math.max(0, i + 1));
  r.cls = reversedType("reversed");
  return r;
});

// ## Aggregates

fn("sum", (args, kw) => {
  const opts = kwOnly("sum", kw, ["start"]);
  if (args.length === 0) throw typeError(rt.minor >= 8 ? "sum() takes at least 1 positional argument (0 given)" : msg.expected("sum", "at least ", 1, 0));
  arity("sum", args, 1, 2);
  let acc: PyObject = args[1] ?? opts.get("start") ?? pyIntN(0);
  if (acc instanceof PyStr) throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (acc instanceof PyBytes) throw typeError("sum() can't sum bytes [use b''.join(seq) instead]");
  if (acc instanceof PyByteArray) throw typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = getIter(args[0]);
  // @cpython Python/bltinmodule.c builtin_sum_impl: exact-float fast path; 3.12+ uses Neumaier
  // compensated summation there (gh-100425), earlier versions plain addition.
  let f = 0;
  let c = 0;
  let inFloat = false;
  for (let v = it.next(); v !== undefined; v = it.next()) {
    if (!inFloat && acc instanceof PyFloat && acc.cls === floatType) {
      inFloat = true;
      f = acc.v;
      c = 0;
    }
    if (inFloat) {
      if (v instanceof PyFloat && v.cls === floatType) {
        const x = v.v;
        if (rt.minor >= 12) {
          const t = f + x;
          if (Math.abs(f) >= Math.abs(x)) c += f - t + x;
          else c += x - t + f;
          f = t;
        } else f += x;
        continue;
      }
      if (v instanceof PyInt && (v.cls === intType || v.cls === boolType) && v.v >= -(2n ** 63n) && v.v < 2n ** 63n) {
        f += Number(v.v);
        continue;
      }
      inFloat = false;
      acc = new PyFloat(c !== 0 && Number.isFinite(c) ? f + c : f);
    }
    acc = binaryOp("Add", acc, v);
  }
  if (inFloat) return new PyFloat(c !== 0 && Number.isFinite(c) ? f + c : f);
  return acc;
});

/** `a > b` as min_max asks it (the new item on the left): CPython's operand order and TypeError text. */
function greaterThan(a: PyObject, b: PyObject): boolean {
  const r = richCompare(a, b, "Gt");
  return r === True ? true : r === False ? false : truthy(r);
}

function minmax(name: "min" | "max", args: PyObject[], kw: Kwargs): PyObject {
  const opts = kwOnly(name, kw, ["key", "default"]);
  const key = opts.get("key") ?? None;
  const dflt = opts.get("default");
  // @cpython min_max: PyArg_ParseTupleAndKeywords "O|O" until 3.8 ("expected 1 argument"), 3.9+ "at least"
  if (args.length === 0) throw typeError(msg.expected(name, rt.minor >= 9 ? "at least " : "", 1, 0));
  if (args.length > 1 && dflt !== undefined)
    throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  // @cpython min_max streams its iterable: each item is drawn, keyed and compared before the next
  // is drawn (so a generator's and the key's side effects interleave), and nothing is collected.
  let best: PyObject | undefined;
  let bestKey: PyObject = None;
  const consider = (v: PyObject) => {
    const k = key === None ? v : call(key, [v]);
    if (best === undefined || (name === "min" ? lessThan(k, bestKey) : greaterThan(k, bestKey))) {
      best = v;
      bestKey = k;
    }
  };
  if (args.length === 1) {
    const it = getIter(args[0]);
    for (let v = it.next(); v !== undefined; v = it.next()) consider(v);
  } else for (const v of args) consider(v);
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  throw valueError(msg.minMaxEmpty(name));
}
fn("min", (args, kw) => minmax("min", args, kw));
fn("max", (args, kw) => minmax("max", args, kw));

fn("any", (args) => {
  arity("any", args, 1, 1);
  const it = getIter(args[0]);
  for (let v = it.next(); v !== undefined; v = it.next()) if (truthy(v)) return True;
  return False;
});
fn("all", (args) => {
  arity("all", args, 1, 1);
  const it = getIter(args[0]);
  for (let v = it.next(); v !== undefined; v = it.next()) if (!truthy(v)) return False;
  return True;
});

/**
 * Stable sort with Python's `<` (list.sort / sorted). Mirrors listsort's comparison order for short
 * lists (count_run, then binary insertion) so that the first failing comparison, and thus the
 * TypeError text, is CPython's; longer lists use a stable merge sort. `reverse` reverses before and
 * after sorting, as CPython does, which keeps equal items in their original order.
 */
export function sortItems(items: PyObject[], key: PyObject, reverse: boolean): PyObject[] {
  const n = items.length;
  const keys = key === None ? items.slice() : items.map((x) => call(key, [x]));
  let idx = items.map((_, i) => i);
  if (reverse) idx.reverse();
  const lt = (a: number, b: number): boolean => lessThan(keys[a], keys[b]);
  if (n < 64) {
    if (n > 1) {
      // count_run
      let run = 2;
      if (lt(idx[1], idx[0])) {
        while (run < n && lt(idx[run], idx[run - 1])) run++;
        const head = idx.slice(0, run).reverse();
        idx = head.concat(idx.slice(run));
      } else {
        while (run < n && !lt(idx[run], idx[run - 1])) run++;
      }
      // binarysort
      for (let start = run; start < n; start++) {
        const pivot = idx[start];
        let l = 0;
        let r = start;
        while (l < r) {
          const m = l + ((r - l) >> 1);
          if (lt(pivot, idx[m])) r = m;
          else l = m + 1;
        }
        for (let k = start; k > l; k--) idx[k] = idx[k - 1];
        idx[l] = pivot;
      }
    }
  } else {
    const tmp = new Array<number>(n);
    const merge = (lo: number, mid: number, hi: number) => {
      let i = lo, j = mid, k = lo;
      while (i < mid && j < hi) tmp[k++] = lt(idx[j], idx[i]) ? idx[j++] : idx[i++];
      while (i < mid) tmp[k++] = idx[i++];
      while (j < hi) tmp[k++] = idx[j++];
      for (let q = lo; q < hi; q++) idx[q] = tmp[q];
    };
    for (let width = 1; width < n; width *= 2)
      for (let lo = 0; lo < n - width; lo += 2 * width) merge(lo, lo + width, Math.min(lo + 2 * width, n));
  }
  if (reverse) idx.reverse();
  return idx.map((i) => items[i]);
}

fn("sorted", (args, kw) => {
  const opts = kwOnly("sorted", kw, ["key", "reverse"]);
  if (args.length !== 1)
    // @cpython 3.6 Python/bltinmodule.c builtin_sorted: a 2nd positional argument (the Python 2 cmp) gets its own message
    throw typeError(
      rt.minor >= 7
        ? msg.expected("sorted", "", 1, args.length)
        : args.length > 1
          ? "must use keyword argument for key function"
          : `Function takes at least 1 positional arguments (${args.length} given)`,
    );
  const src = args[0];
  const source = S.iterSource(src);
  const items = toArray(src);
  const l = new PyList(sortItems(items, opts.get("key") ?? None, truthy(opts.get("reverse") ?? False)));
  S.listFromSorted(l, S.withLength(source, items.length));
  return l;
});

// ## Numbers

fn("abs", (args) => {
  arity("abs", args, 1, 1);
  const o = args[0];
  if (!o.cls.builtin) {
    const m = special(o, "__abs__");
    if (m !== undefined) return callSpecial(m, o, []);
  }
  if (o instanceof PyInt) return pyInt(o.v < 0n ? -o.v : o.v);
  if (o instanceof PyFloat) return new PyFloat(Math.abs(o.v));
  if (o instanceof PyComplex) return new PyFloat(P.complexAbs({ re: o.re, im: o.im }));
  throw typeError(`bad operand type for abs(): '${o.cls.name}'`);
});

fn("round", (args, kw) => {
  const opts = kwOnly("round", kw, ["number", "ndigits"]);
  const x = args[0] ?? opts.get("number");
  if (x === undefined) throw typeError("round() missing required argument 'number' (pos 1)");
  const nd = args[1] ?? opts.get("ndigits") ?? None;
  if (!x.cls.builtin) {
    const m = special(x, "__round__");
    if (m !== undefined) return callSpecial(m, x, nd === None ? [] : [nd]);
  }
  if (x instanceof PyInt) {
    if (nd === None) return pyInt(x.v);
    return pyInt(P.roundInt(x.v, indexValue(nd)));
  }
  if (x instanceof PyFloat) {
    if (nd === None) {
      if (!Number.isFinite(x.v))
        throw pyErr(Number.isNaN(x.v) ? "ValueError" : "OverflowError", Number.isNaN(x.v) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
      return pyInt(P.roundFloatToInt(x.v));
    }
    return new PyFloat(P.roundFloat(x.v, indexValue(nd)));
  }
  throw typeError(`type ${x.cls.name} doesn't define __round__ method`);
});

fn("divmod", (args) => {
  arity("divmod", args, 2, 2);
  const [a, b] = args;
  if (a instanceof PyInt && b instanceof PyInt && a.cls.builtin && b.cls.builtin) {
    const [q, r] = P.intDivmod(a.v, b.v);
    return new PyTuple([pyInt(q), pyInt(r)]);
  }
  if ((a instanceof PyInt || a instanceof PyFloat) && (b instanceof PyInt || b instanceof PyFloat) && a.cls.builtin && b.cls.builtin) {
    const x = a instanceof PyInt ? P.intToFloat(a.v) : a.v;
    const y = b instanceof PyInt ? P.intToFloat(b.v) : b.v;
    const [q, r] = P.floatDivmod(x, y);
    return new PyTuple([new PyFloat(q), new PyFloat(r)]);
  }
  if (rt.minor <= 9 && (a instanceof PyComplex || b instanceof PyComplex)) throw typeError("can't take floor or mod of complex number.");
  const m = special(a, "__divmod__");
  if (m !== undefined) return callSpecial(m, a, [b]);
  throw typeError(`unsupported operand type(s) for divmod(): '${a.cls.name}' and '${b.cls.name}'`);
});

fn("pow", (args, kw) => {
  const opts = kwOnly("pow", kw, ["base", "exp", "mod"]);
  const base = args[0] ?? opts.get("base");
  const exp = args[1] ?? opts.get("exp");
  const mod = args[2] ?? opts.get("mod") ?? None;
  if (base === undefined || exp === undefined)
    throw typeError(rt.minor >= 8 ? "pow() missing required argument 'exp' (pos 2)" : msg.expected("pow", "at least ", 2, args.length));
  if (mod === None) return binaryOp("Pow", base, exp);
  if (base instanceof PyInt && exp instanceof PyInt && mod instanceof PyInt)
    return pyInt(P.intPowMod(base.v, exp.v, mod.v, rt.minor as P.PyMinor));
  throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
});

fn("chr", (args) => {
  arity("chr", args, 1, 1);
  const o = args[0];
  if (o instanceof PyFloat) throw typeError(rt.minor >= 10 ? "'float' object cannot be interpreted as an integer" : "integer argument expected, got float");
  const v = indexValue(o, rt.minor >= 10 ? `'${o.cls.name}' object cannot be interpreted as an integer` : `an integer is required (got type ${o.cls.name})`);
  if (v < 0n || v > 0x10ffffn) throw valueError("chr() arg not in range(0x110000)");
  return pyStr(String.fromCodePoint(Number(v)));
});
fn("ord", (args) => {
  arity("ord", args, 1, 1);
  const o = args[0];
  if (o instanceof PyStr) {
    if (o.length !== 1) throw typeError(`ord() expected a character, but string of length ${o.length} found`);
    return pyIntN(o.v.codePointAt(0)!);
  }
  if (o instanceof PyBytes || o instanceof PyByteArray) {
    if (o.v.length !== 1) throw typeError(`ord() expected a character, but string of length ${o.v.length} found`);
    return pyIntN(o.v[0]);
  }
  throw typeError(`ord() expected string of length 1, but ${o.cls.name} found`);
});
for (const [name, base] of [
  ["bin", 2],
  ["oct", 8],
  ["hex", 16],
] as const) {
  fn(name, (args) => {
    arity(name, args, 1, 1);
    const o = args[0];
    const v = indexValue(o, `'${o.cls.name}' object cannot be interpreted as an integer`);
    return pyStr(P.intToPrefixedBase(v, base));
  });
}

// ## Types and constants

for (const t of [
  objectType,
  typeType,
  intType,
  boolType,
  floatType,
  complexType,
  strType,
  bytesType,
  bytearrayType,
  tupleType,
  listType,
  dictType,
  setType,
  frozensetType,
  rangeType,
  sliceType,
  propertyType,
  staticmethodType,
  classmethodType,
  superType,
])
  builtins.set(t.name, t);
for (const [name, t] of exceptionTypes) builtins.set(name, t);
builtins.set("None", None);
builtins.set("True", True);
builtins.set("False", False);
builtins.set("Ellipsis", Ellipsis);
builtins.set("NotImplemented", NotImplemented);
builtins.set("__name__", pyStr("builtins"));

import { iteratorType, namedBuiltinType } from "./types";
import { setDunderBuiltins } from "./dunders";
function iterType(name: string): PyType {
  return namedBuiltinType(name);
}
const enumerateType = iterType("enumerate");
const zipType = iterType("zip");
const mapType = iterType("map");
const filterType = iterType("filter");
const revTypes = new Map<string, PyType>();
function reversedType(name: string): PyType {
  let t = revTypes.get(name);
  if (!t) {
    t = iterType(name);
    revTypes.set(name, t);
  }
  return t;
}
builtins.set("enumerate_type_marker", None);
builtins.delete("enumerate_type_marker");
void iteratorType;
void contains;
void noAttribute;
void PyDict;
void PySet;

setDunderBuiltins(builtins);
