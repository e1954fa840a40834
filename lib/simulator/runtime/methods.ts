// Methods of the builtin types (list, tuple, dict, set/frozenset, str, bytes, bytearray, int, float),
// registered as method descriptors in each type's namespace so that `x.append`, `list.append(x, v)` and
// `super().append(v)` all find them. Mutations report CPython's operation to the size model through
// containers.ts / sizes.ts; text algorithms come from pylib.

import * as P from "../pylib";
import { indexError, keyError, pyErr, typeError, valueError } from "./exceptions";
import {
  call,
  eq,
  getAttr,
  getIter,
  indexValue,
  lenOf,
  mapKey,
  richCompare,
  toArray,
  truthy,
  type Kwargs,
} from "./ops";
import { checkAlloc, inplaceHooks, repeat, setOp } from "./arith";
import { formatValue, reprBuiltin, reprOf, strOf } from "./repr";
import { rt } from "./state";
import { msg } from "./messages";
import * as S from "./sizes";
import * as T from "./types";
import { False, None, True, pyBool, pyInt, pyIntN, pyStr } from "./types";
import {
  dictClear,
  dictDelete,
  dictGet,
  dictItems,
  dictMergeFrom,
  dictSet,
  setAdd,
  setClear,
  setDiscard,
  setHas,
  setMergeFrom,
} from "./containers";
import { delItemBuiltin, getItemBuiltin, setItemBuiltin, getItem } from "./items";
import { dictUpdateFrom, listExtend, setUpdateFrom } from "./interpreter";
import { BUILTIN_INIT } from "./classes";
import { sortItems } from "./builtins";
import {
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyClassMethod,
  PyDict,
  PyDictView,
  PyException,
  PyFloat,
  PyInt,
  PyRange,
  PyList,
  PyObject,
  PySet,
  PyStr,
  PyTuple,
  PyType,
} from "./values";

type M = (self: PyObject, args: PyObject[], kw: Kwargs) => PyObject;

function def(t: PyType, name: string, f: M, since = 0): void {
  const b = new PyBuiltinFunction(
      name,
      (args, kw) => {
        if (args.length === 0) throw typeError(msg.descriptorNeedsArg(t.name, name));
        const self = args[0];
        if (!self.cls.isSubtypeOf(t))
          throw typeError(`descriptor '${name}' for '${t.name}' objects doesn't apply to a '${self.cls.name}' object`);
        return f(self, args.slice(1), kw);
      },
      true,
      t.name,
    );
  b.since = since;
  t.ns.set(name, b);
}

function noKw(t: string, name: string, kw: Kwargs): void {
  if (kw !== null && kw.size > 0) throw typeError(`${t}.${name}() takes no keyword arguments`);
}

/** @cpython Argument Clinic method names: "list.append()" from 3.9, bare "append()" before. */
function mname(t: string, name: string): string {
  return rt.minor >= 9 ? `${t}.${name}` : name;
}

function args0(t: string, name: string, a: PyObject[], kw: Kwargs): void {
  noKw(t, name, kw);
  if (a.length) throw typeError(`${mname(t, name)}() takes no arguments (${a.length} given)`);
}

function args1(t: string, name: string, a: PyObject[], kw: Kwargs): PyObject {
  noKw(t, name, kw);
  if (a.length !== 1) throw typeError(`${mname(t, name)}() takes exactly one argument (${a.length} given)`);
  return a[0];
}

/** "get expected at least 1 argument, got 0" (3.6/3.7 said "1 arguments"). */
function atLeast(name: string, n: number, got: number): never {
  throw typeError(msg.expected(name, "at least ", n, got));
}

/**
 * Checks a method's positional argument count. `clinicFrom`: the first minor version where the method
 * uses Argument Clinic (`_PyArg_CheckPositional`: "name expected at least N argument(s), got G");
 * before it, PyArg_ParseTuple's "name() takes at least N argument(s) (G given)" (@cpython Python/getargs.c
 * vgetargs1_impl). Each method's version was measured on 3.6.15 … 3.13.0.
 */
function nargs(name: string, got: number, min: number, max: number, clinicFrom: number): void {
  if (got >= min && got <= max) return;
  const few = got < min;
  const n = few ? min : max;
  if (rt.minor >= clinicFrom) throw typeError(msg.expected(name, few ? "at least " : "at most ", n, got));
  throw typeError(`${name}() takes ${few ? "at least" : "at most"} ${n} argument${n === 1 ? "" : "s"} (${got} given)`);
}

function optIndex(o: PyObject | undefined): number | null {
  if (o === undefined || o === None) return null;
  const v = indexValue(o, "slice indices must be integers or None or have an __index__ method");
  return v > 9007199254740991n ? 9007199254740991 : v < -9007199254740991n ? -9007199254740991 : Number(v);
}

// ## list

const L = T.listType;
function lst(o: PyObject): PyList {
  return o as PyList;
}

def(L, "append", (self, a, kw) => {
  const x = args1("list", "append", a, kw);
  lst(self).items.push(x);
  S.listAppend(lst(self));
  return None;
});
def(L, "extend", (self, a, kw) => {
  const x = args1("list", "extend", a, kw);
  listExtend(lst(self), x);
  return None;
});
def(L, "insert", (self, a, kw) => {
  noKw("list", "insert", kw);
  if (a.length !== 2) throw typeError(rt.minor >= 8 ? msg.expected("insert", "", 2, a.length) : `insert() takes exactly 2 arguments (${a.length} given)`);
  const l = lst(self);
  const n = l.items.length;
  let i = Number(indexValue(a[0]));
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  l.items.splice(i, 0, a[1]);
  S.listInsert(l);
  return None;
});
def(L, "pop", (self, a, kw) => {
  noKw("list", "pop", kw);
  nargs("pop", a.length, 0, 1, 8);
  const l = lst(self);
  const n = l.items.length;
  if (n === 0) throw indexError("pop from empty list");
  let i = a.length ? Number(indexValue(a[0])) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("pop index out of range");
  const [v] = l.items.splice(i, 1);
  S.listPop(l);
  return v;
});
def(L, "remove", (self, a, kw) => {
  const x = args1("list", "remove", a, kw);
  const l = lst(self);
  for (let i = 0; i < l.items.length; i++) {
    if (l.items[i] === x || eq(l.items[i], x)) {
      l.items.splice(i, 1);
      S.listRemove(l);
      return None;
    }
  }
  throw valueError("list.remove(x): x not in list");
});
def(L, "index", (self, a, kw) => {
  noKw("list", "index", kw);
  nargs("index", a.length, 1, 3, 8);
  const l = lst(self);
  const n = l.items.length;
  let start = optIndex(a[1]) ?? 0;
  let stop = optIndex(a[2]) ?? n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, l.items.length); i++) if (l.items[i] === a[0] || eq(l.items[i], a[0])) return pyIntN(i);
  throw valueError(`${reprOf(a[0])} is not in list`);
});
def(L, "count", (self, a, kw) => {
  const x = args1("list", "count", a, kw);
  let c = 0;
  for (const it of lst(self).items) if (it === x || eq(it, x)) c++;
  return pyIntN(c);
});
def(L, "clear", (self, a, kw) => {
  args0("list", "clear", a, kw);
  lst(self).items = [];
  S.listClear(lst(self));
  return None;
});
def(L, "copy", (self, a, kw) => {
  args0("list", "copy", a, kw);
  const l = new PyList(lst(self).items.slice());
  S.listNewExact(l);
  return l;
});
def(L, "reverse", (self, a, kw) => {
  args0("list", "reverse", a, kw);
  lst(self).items.reverse();
  return None;
});
def(L, "sort", (self, a, kw) => {
  // @cpython 3.6 Objects/listobject.c listsort: "must use keyword argument for key function"; 3.7+ Argument Clinic
  if (a.length) throw typeError(rt.minor >= 7 ? "sort() takes no positional arguments" : "must use keyword argument for key function");
  let key: PyObject = None;
  let reverse = false;
  if (kw) for (const [k, v] of kw) {
    if (k === "key") key = v;
    else if (k === "reverse") reverse = truthy(v);
    else throw typeError(`'${k}' is an invalid keyword argument for sort()`);
  }
  const l = lst(self);
  const items = l.items;
  // While sorting, CPython empties the list (mutations are detected afterwards).
  l.items = [];
  try {
    l.items = sortItems(items, key, reverse);
  } catch (e) {
    l.items = items;
    throw e;
  }
  return None;
});
def(L, "__getitem__", (self, a) => getItemBuiltin(self, a[0]));
def(L, "__setitem__", (self, a) => {
  setItemBuiltin(self, a[0], a[1]);
  return None;
});
def(L, "__delitem__", (self, a) => {
  delItemBuiltin(self, a[0]);
  return None;
});
def(L, "__len__", (self) => pyIntN(lst(self).items.length));
def(L, "__repr__", (self) => pyStr(reprBuiltin(self)));
def(L, "__init__", (self, a, kw) => {
  lst(self).items = [];
  S.listNewEmpty(lst(self));
  BUILTIN_INIT.get(L)!(self, a, kw);
  return None;
});
def(L, "__iter__", (self) => getIter(new PyList(lst(self).items)));
def(L, "__contains__", (self, a) => pyBool(lst(self).items.some((x) => x === a[0] || eq(x, a[0]))));

inplaceHooks.listExtend = (l, b) => listExtend(l, b);
inplaceHooks.listIMul = (l, n) => {
  const k = n > 1n << 40n ? 1 << 30 : Number(n);
  checkAlloc(l.items.length * Math.max(k, 0), 8);
  const src = l.items;
  const out: PyObject[] = [];
  if (k > 0) for (let i = 0; i < k; i++) for (const x of src) out.push(x);
  l.items = out;
  S.listIMul(l, k);
};

// ## range

/** Position of int `v` in range `r`, or -1 (@cpython Objects/rangeobject.c range_index / range_contains_long). */
function rangePos(r: PyRange, v: bigint): bigint {
  if (r.len === 0n) return -1n;
  const off = v - r.start;
  if (off % r.step !== 0n) return -1n;
  const i = off / r.step;
  return i >= 0n && i < r.len ? i : -1n;
}
def(T.rangeType, "index", (self, a, kw) => {
  const x = args1("range", "index", a, kw);
  const r = self as PyRange;
  if (x instanceof PyInt && (x.cls === T.intType || x.cls === T.boolType)) {
    const i = rangePos(r, x.v);
    if (i < 0n) throw valueError(`${reprOf(x)} is not in range`);
    return pyInt(i);
  }
  const items = toArray(r);
  const i = items.findIndex((it) => eq(it, x));
  if (i < 0) throw valueError("sequence.index(x): x not in sequence");
  return pyIntN(i);
});
def(T.rangeType, "count", (self, a, kw) => {
  const x = args1("range", "count", a, kw);
  const r = self as PyRange;
  if (x instanceof PyInt && (x.cls === T.intType || x.cls === T.boolType)) return pyIntN(rangePos(r, x.v) >= 0n ? 1 : 0);
  return pyIntN(toArray(r).filter((it) => eq(it, x)).length);
});

// ## tuple

const TU = T.tupleType;
def(TU, "count", (self, a, kw) => {
  const x = args1("tuple", "count", a, kw);
  let c = 0;
  for (const it of (self as PyTuple).items) if (it === x || eq(it, x)) c++;
  return pyIntN(c);
});
def(TU, "index", (self, a, kw) => {
  noKw("tuple", "index", kw);
  const items = (self as PyTuple).items;
  const n = items.length;
  let start = optIndex(a[1]) ?? 0;
  let stop = optIndex(a[2]) ?? n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < Math.min(stop, n); i++) if (items[i] === a[0] || eq(items[i], a[0])) return pyIntN(i);
  throw valueError("tuple.index(x): x not in tuple");
});
def(TU, "__getitem__", (self, a) => getItemBuiltin(self, a[0]));
def(TU, "__len__", (self) => pyIntN((self as PyTuple).items.length));
def(TU, "__repr__", (self) => pyStr(reprBuiltin(self)));
def(TU, "__iter__", (self) => getIter(new PyTuple((self as PyTuple).items)));
def(TU, "__add__", (self, a) => {
  const o = a[0];
  if (!(o instanceof PyTuple)) return T.NotImplemented;
  return new PyTuple((self as PyTuple).items.concat(o.items));
});

// ## dict

const D = T.dictType;
function dct(o: PyObject): PyDict {
  return o as PyDict;
}
def(D, "keys", (self, a, kw) => {
  args0("dict", "keys", a, kw);
  return new PyDictView(dct(self), "keys");
});
def(D, "values", (self, a, kw) => {
  args0("dict", "values", a, kw);
  return new PyDictView(dct(self), "values");
});
def(D, "items", (self, a, kw) => {
  args0("dict", "items", a, kw);
  return new PyDictView(dct(self), "items");
});
def(D, "get", (self, a, kw) => {
  noKw("dict", "get", kw);
  if (a.length < 1 || a.length > 2) atLeast("get", 1, a.length);
  return dictGet(dct(self), a[0]) ?? a[1] ?? None;
});
def(D, "pop", (self, a, kw) => {
  noKw("dict", "pop", kw);
  if (a.length < 1) atLeast("pop", 1, a.length);
  if (a.length > 2) throw typeError(msg.expected("pop", "at most ", 2, a.length));
  const v = dictDelete(dct(self), a[0]);
  if (v !== undefined) return v;
  if (a.length === 2) return a[1];
  throw keyError(a[0]);
});
def(D, "popitem", (self, a, kw) => {
  args0("dict", "popitem", a, kw);
  const d = dct(self);
  for (let i = d.entries.length - 1; i >= 0; i--) {
    const e = d.entries[i];
    if (e.key === null) continue;
    d.map.delete(e.hk);
    d.entries.length = i;
    S.dictPopitem(d);
    return new PyTuple([e.key, e.value]);
  }
  throw keyError(pyStr("popitem(): dictionary is empty"));
});
def(D, "setdefault", (self, a, kw) => {
  noKw("dict", "setdefault", kw);
  if (a.length < 1 || a.length > 2) atLeast("setdefault", 1, a.length);
  const d = dct(self);
  const cur = dictGet(d, a[0]);
  if (cur !== undefined) return cur;
  const v = a[1] ?? None;
  dictSet(d, a[0], v);
  return v;
});
def(D, "update", (self, a, kw) => {
  if (a.length > 1) throw typeError(`update expected at most 1 argument, got ${a.length}`);
  const d = dct(self);
  if (a.length === 1) dictUpdateFrom(d, a[0]);
  if (kw && kw.size > 0) {
    // @cpython dict_update_common: `PyDict_Merge(self, kwds, 1)` with the keyword dict (a merge, not inserts)
    const kd = new PyDict();
    S.dictNewCCallKwargs(kd, kw.size);
    for (const [k, v] of kw) dictSet(kd, pyStr(k), v);
    dictMergeFrom(d, kd);
  }
  return None;
});
def(D, "clear", (self, a, kw) => {
  args0("dict", "clear", a, kw);
  dictClear(dct(self));
  return None;
});
def(D, "copy", (self, a, kw) => {
  args0("dict", "copy", a, kw);
  return dictCopyOf(dct(self));
});

/** `d.copy()` (PyDict_Copy: clone or merge, decided by the model). */
export function dictCopyOf(src: PyDict): PyDict {
  const d = new PyDict();
  S.dictCopy(d, src);
  for (const e of src.entries) {
    if (e.key === null) continue;
    const ne = { key: e.key, value: e.value, hk: e.hk };
    d.map.set(e.hk, ne);
    d.entries.push(ne);
  }
  return d;
}

D.ns.set(
  "fromkeys",
  new PyClassMethod(
    new PyBuiltinFunction("fromkeys", (args) => {
      const cls = args[0] as PyType;
      if (args.length < 2 || args.length > 3) atLeast("fromkeys", 1, args.length - 1);
      const src = args[1];
      const v = args[2] ?? None;
      const keys = toArray(src);
      if (cls === D) {
        const d = new PyDict();
        S.dictFromKeys(d, src, keys, v);
        return d;
      }
      const d = call(cls, []) as PyDict;
      for (const k of keys) dictSet(d, k, v);
      return d;
    }),
  ),
);
def(D, "__getitem__", (self, a) => getItemBuiltin(self, a[0]));
def(D, "__setitem__", (self, a) => {
  setItemBuiltin(self, a[0], a[1]);
  return None;
});
def(D, "__delitem__", (self, a) => {
  delItemBuiltin(self, a[0]);
  return None;
});
def(D, "__contains__", (self, a) => pyBool(dct(self).map.has(mapKey(dct(self).map, a[0]))));
def(D, "__len__", (self) => pyIntN(dct(self).map.size));
def(D, "__repr__", (self) => pyStr(reprBuiltin(self)));
def(D, "__iter__", (self) => getIter(new PyDictView(dct(self), "keys")));
def(D, "__init__", (self, a, kw) => {
  BUILTIN_INIT.get(D)!(self, a, kw);
  return None;
});

inplaceHooks.dictUpdate = (d, b) => dictUpdateFrom(d, b, true);

// ## set / frozenset

const ST = T.setType;
const FS = T.frozensetType;
function st(o: PyObject): PySet {
  return o as PySet;
}
function asSet(o: PyObject): PySet {
  if (o instanceof PySet) return o;
  const s = new PySet();
  S.setNew(s);
  setUpdateFrom(s, o);
  return s;
}
function newLike(self: PySet): PySet {
  const r = new PySet();
  r.frozen = self.frozen;
  S.setNew(r);
  return r;
}

for (const t of [ST, FS]) {
  const tn = t.name;
  def(t, "copy", (self, a, kw) => {
    args0(tn, "copy", a, kw);
    if (st(self).frozen && self.cls === FS) return self;
    const r = newLike(st(self));
    setMergeFrom(r, st(self));
    return r;
  });
  def(t, "union", (self, a) => {
    const r = newLike(st(self));
    setMergeFrom(r, st(self));
    // @cpython set_union: `if ((PyObject *)so == other) continue;` (s.union(s) is just the copy)
    for (const o of a) if (o !== self) setUpdateFrom(r, o);
    return r;
  });
  def(t, "intersection", (self, a) => {
    let r: PySet = st(self);
    if (a.length === 0) {
      const c = newLike(st(self));
      setMergeFrom(c, st(self));
      return c;
    }
    // a non-set argument is iterated (set_intersection), its order decides the result's table
    for (const o of a) r = o instanceof PySet ? setOp("BitAnd", r, o, st(self)) : S.setAlgebraIterable("intersection", r, toArray(o), st(self).frozen);
    return r;
  });
  def(t, "difference", (self, a) => {
    let r: PySet = st(self);
    if (a.length === 0) {
      const c = newLike(st(self));
      setMergeFrom(c, st(self));
      return c;
    }
    // set_difference_multi: set_difference with the first argument (sets and exact dicts take the
    // size-dependent paths, other iterables copy-and-discard), then difference_update with the others
    const o0 = a[0];
    r = o0 instanceof PySet || (o0 instanceof PyDict && o0.cls.builtin) ? setOp("Sub", r, asSet(o0), st(self)) : S.setAlgebraIterable("difference", r, toArray(o0), st(self).frozen);
    for (const o of a.slice(1)) {
      if (o instanceof PySet) S.setInplace("difference", r, o);
      else S.setInplaceIterable("difference", r, toArray(o));
    }
    return r;
  });
  def(t, "symmetric_difference", (self, a, kw) => {
    // set_symmetric_difference: a new set built from the argument, then updated with self's table
    const o = args1(tn, "symmetric_difference", a, kw);
    if (o instanceof PySet) return setOp("BitXor", st(self), o, st(self));
    const r = newLike(st(self));
    setUpdateFrom(r, o);
    S.setInplace("symmetric_difference", r, st(self));
    return r;
  });
  def(t, "issubset", (self, a, kw) => richCompare(st(self), asSet(args1(tn, "issubset", a, kw)), "LtE"));
  def(t, "issuperset", (self, a, kw) => richCompare(st(self), asSet(args1(tn, "issuperset", a, kw)), "GtE"));
  def(t, "isdisjoint", (self, a, kw) => {
    const o = asSet(args1(tn, "isdisjoint", a, kw));
    for (const k of st(self).map.keys()) if (o.map.has(k)) return False;
    return True;
  });
  def(t, "__contains__", (self, a) => pyBool(setHas(st(self), a[0])));
  def(t, "__len__", (self) => pyIntN(st(self).map.size));
  def(t, "__repr__", (self) => pyStr(reprBuiltin(self)));
  def(t, "__iter__", (self) => getIter(self.cls.builtin ? self : Object.assign(newLike(st(self)), { map: st(self).map })));
}
def(ST, "add", (self, a, kw) => {
  setAdd(st(self), args1("set", "add", a, kw));
  return None;
});
def(ST, "remove", (self, a, kw) => {
  const x = args1("set", "remove", a, kw);
  if (!setDiscard(st(self), x)) throw keyError(x);
  return None;
});
def(ST, "discard", (self, a, kw) => {
  setDiscard(st(self), args1("set", "discard", a, kw));
  return None;
});
def(ST, "pop", (self, a, kw) => {
  args0("set", "pop", a, kw);
  const s = st(self);
  if (s.map.size === 0) throw keyError(pyStr("pop from an empty set"));
  const x = S.setPopCandidate(s);
  if (x === undefined) throw keyError(pyStr("pop from an empty set"));
  return x;
});
def(ST, "clear", (self, a, kw) => {
  args0("set", "clear", a, kw);
  setClear(st(self));
  return None;
});
def(ST, "update", (self, a) => {
  for (const o of a) setUpdateFrom(st(self), o);
  return None;
});
def(ST, "intersection_update", (self, a) => {
  for (const o of a) {
    if (o instanceof PySet) S.setInplace("intersection", st(self), o);
    else S.setInplaceIterable("intersection", st(self), toArray(o));
  }
  return None;
});
def(ST, "difference_update", (self, a) => {
  for (const o of a) {
    if (o instanceof PySet) S.setInplace("difference", st(self), o);
    else S.setInplaceIterable("difference", st(self), toArray(o));
  }
  return None;
});
def(ST, "symmetric_difference_update", (self, a, kw) => {
  const o = args1("set", "symmetric_difference_update", a, kw);
  if (o instanceof PyDict && o.cls.builtin) S.setInplaceIterable("symmetric_difference_dict", st(self), toArray(o));
  else S.setInplace("symmetric_difference", st(self), asSet(o));
  return None;
});
def(ST, "__init__", (self, a, kw) => {
  setClear(st(self));
  BUILTIN_INIT.get(ST)!(self, a, kw);
  return None;
});

inplaceHooks.setInplace = (op, a, b) => {
  S.setInplace(op === "Sub" ? "difference" : op === "BitAnd" ? "intersection" : "symmetric_difference", a, b);
};

// ## dict views

for (const t of [T.dictKeysType, T.dictItemsType, T.dictValuesType]) {
  def(t, "__len__", (self) => pyIntN((self as PyDictView).dict.map.size));
}
def(T.dictKeysType, "isdisjoint", (self, a) => {
  const other = toArray(a[0]);
  const d = (self as PyDictView).dict;
  return pyBool(!other.some((x) => d.map.has(mapKey(d.map, x))));
});

// ## str

const STR = T.strType;
function sv(o: PyObject): string {
  return (o as PyStr).v;
}
function strArg(o: PyObject | undefined, what: string): string {
  if (o === undefined) return "";
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${o.cls.name}`);
  return o.v;
}
function optStrArg(o: PyObject | undefined, fname: string): string | null {
  if (o === undefined || o === None) return null;
  void fname;
  if (!(o instanceof PyStr)) throw typeError(`must be str or None, not ${o.cls.name}`);
  return o.v;
}
function minor(): P.PyMinor {
  return rt.minor as P.PyMinor;
}
function subArg(o: PyObject | undefined, meth: string): string {
  if (!(o instanceof PyStr)) throw typeError(rt.minor >= 10 ? `must be str, not ${o ? o.cls.name : "NoneType"}` : `must be str, not ${o ? o.cls.name : "NoneType"}`);
  void meth;
  return o.v;
}

/** Result lists of split-like methods: CPython builds them in C with its own pre-allocation. */
function strList(parts: PyObject[], how: S.SplitShape): PyList {
  const l = new PyList(parts);
  S.listFromSplit(l, how);
  return l;
}

for (const [name, f] of [
  ["find", P.strFind],
  ["rfind", P.strRfind],
  ["index", P.strIndex],
  ["rindex", P.strRindex],
  ["count", P.strCount],
] as const) {
  def(STR, name, (self, a, kw) => {
    noKw("str", name, kw);
    nargs(name, a.length, 1, 3, 13);
    return pyIntN(f(sv(self), subArg(a[0], name), optIndex(a[1]), optIndex(a[2])));
  });
}
for (const [name, f] of [
  ["startswith", P.strStartswith],
  ["endswith", P.strEndswith],
] as const) {
  def(STR, name, (self, a, kw) => {
    noKw("str", name, kw);
    nargs(name, a.length, 1, 3, 13);
    const p = a[0];
    let pref: string | string[];
    if (p instanceof PyTuple) pref = p.items.map((x) => strArg(x, "tuple for " + name));
    else if (p instanceof PyStr) pref = p.v;
    else throw typeError(`${name} first arg must be str or a tuple of str, not ${p ? p.cls.name : "NoneType"}`);
    return pyBool(f(sv(self), pref, optIndex(a[1]), optIndex(a[2])));
  });
}
def(STR, "replace", (self, a, kw) => {
  noKw("str", "replace", kw);
  // @cpython 3.13 Objects/unicodeobject.c unicode_replace: Argument Clinic with a `count` keyword
  if (rt.minor >= 13 && a.length < 2) throw typeError(`replace() takes at least 2 positional arguments (${a.length} given)`);
  if (rt.minor >= 13 && a.length > 3) throw typeError(`replace() takes at most 3 arguments (${a.length} given)`);
  nargs("replace", a.length, 2, 3, 8);
  const count = a[2] ? Number(indexValue(a[2])) : -1;
  const r = P.strReplace(sv(self), subArg(a[0], "replace"), subArg(a[1], "replace"), count);
  checkAlloc(r.length, 1);
  return r === sv(self) ? self : freshStr(r);
});
for (const [name, f] of [
  ["split", P.strSplit],
  ["rsplit", P.strRsplit],
] as const) {
  def(STR, name, (self, a, kw) => {
    let sep: PyObject | undefined = a[0];
    let maxO: PyObject | undefined = a[1];
    if (kw) for (const [k, v] of kw) {
      if (k === "sep") sep = v;
      else if (k === "maxsplit") maxO = v;
      else throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
    }
    const s = optStrArg(sep, name);
    if (s === "") throw valueError("empty separator");
    const maxsplit = maxO === undefined ? -1 : Number(indexValue(maxO));
    const parts = f(sv(self), s, maxsplit);
    return strList(parts.map(pyStr), { kind: "str", len: (self as PyStr).length, sepLen: s === null ? 0 : new PyStr(s).length, maxsplit });
  });
}
def(STR, "splitlines", (self, a, kw) => {
  const keep = a[0] ?? kw?.get("keepends") ?? False;
  return strList(P.strSplitlines(sv(self), truthy(keep)).map(pyStr), { kind: "lines" });
});
def(STR, "join", (self, a, kw) => {
  const x = args1("str", "join", a, kw);
  const items = toArray(x);
  const parts = items.map((it, i) => {
    if (!(it instanceof PyStr)) throw typeError(`sequence item ${i}: expected str instance, ${it.cls.name} found`);
    return it.v;
  });
  const r = P.strJoin(sv(self), parts);
  checkAlloc(r.length, 1);
  if (items.length === 1 && items[0].cls === STR) return items[0];
  return items.length > 1 ? freshStr(r) : pyStr(r);
});
for (const [name, f] of [
  ["strip", P.strStrip],
  ["lstrip", P.strLstrip],
  ["rstrip", P.strRstrip],
] as const) {
  def(STR, name, (self, a, kw) => {
    noKw("str", name, kw);
    nargs(name, a.length, 0, 1, 7);
    // @cpython Objects/unicodeobject.c do_argstrip: "%s arg must be None or str"
    if (a[0] !== undefined && a[0] !== None && !(a[0] instanceof PyStr)) throw typeError(`${name} arg must be None or str`);
    return pyStr(f(sv(self), optStrArg(a[0], name)));
  });
}
for (const [name, f] of [
  ["partition", P.strPartition],
  ["rpartition", P.strRpartition],
] as const) {
  def(STR, name, (self, a, kw) => {
    const s = subArg(args1("str", name, a, kw), name);
    if (s === "") throw valueError("empty separator");
    return new PyTuple(f(sv(self), s).map(pyStr));
  });
}
for (const [name, f] of [
  ["center", P.strCenter],
  ["ljust", P.strLjust],
  ["rjust", P.strRjust],
] as const) {
  def(STR, name, (self, a, kw) => {
    noKw("str", name, kw);
    nargs(name, a.length, 1, 2, 8);
    const w = Number(indexValue(a[0]));
    checkAlloc(w, 1);
    let fill = " ";
    if (a[1] !== undefined) {
      const fo = a[1];
      if (!(fo instanceof PyStr) || fo.length !== 1) throw typeError("The fill character must be exactly one character long");
      fill = fo.v;
    }
    return pyStr(f(sv(self), w, fill));
  });
}
def(STR, "zfill", (self, a, kw) => {
  const w = Number(indexValue(args1("str", "zfill", a, kw)));
  checkAlloc(w, 1);
  return pyStr(P.strZfill(sv(self), w));
});
def(STR, "expandtabs", (self, a, kw) => pyStr(P.strExpandtabs(sv(self), Number(indexValue(a[0] ?? kw?.get("tabsize") ?? pyIntN(8))))));
for (const [name, f] of [
  ["lower", P.strLower],
  ["upper", P.strUpper],
  ["casefold", P.strCasefold],
  ["swapcase", P.strSwapcase],
  ["title", P.strTitle],
  ["capitalize", P.strCapitalize],
] as const) {
  def(STR, name, (self, a, kw) => {
    args0("str", name, a, kw);
    return freshStr(f(sv(self), minor()));
  });
}

/** A str CPython allocates anew (never the Latin-1 singleton): case conversions, replace, join of parts. */
function freshStr(v: string): PyStr {
  const o = new PyStr(v);
  o.fresh = true;
  return o;
}
for (const [name, f] of [
  ["isdigit", P.strIsdigit],
  ["isdecimal", P.strIsdecimal],
  ["isnumeric", P.strIsnumeric],
  ["isalpha", P.strIsalpha],
  ["isalnum", P.strIsalnum],
  ["isprintable", P.strIsprintable],
  ["islower", P.strIslower],
  ["isupper", P.strIsupper],
  ["istitle", P.strIstitle],
  ["isidentifier", P.strIsidentifier],
] as const) {
  def(STR, name, (self, a, kw) => {
    args0("str", name, a, kw);
    return pyBool(f(sv(self), minor()));
  });
}
def(STR, "isspace", (self, a, kw) => {
  args0("str", "isspace", a, kw);
  return pyBool(P.strIsspace(sv(self)));
});
def(STR, "isascii", (self, a, kw) => {
  args0("str", "isascii", a, kw);
  return pyBool(P.strIsascii(sv(self)));
});
def(STR, "encode", (self, a, kw) => {
  const enc = a[0] ?? kw?.get("encoding") ?? pyStr("utf-8");
  const errors = a[1] ?? kw?.get("errors") ?? pyStr("strict");
  return new PyBytes(P.strEncode(sv(self), strArg(enc, rt.minor >= 8 ? "encode() argument 'encoding'" : "encode() argument 1"), strArg(errors, rt.minor >= 8 ? "encode() argument 'errors'" : "encode() argument 2")));
});
def(STR, "removeprefix", (self, a, kw) => {
  const p = subArg(args1("str", "removeprefix", a, kw), "removeprefix");
  const s = sv(self);
  return s.startsWith(p) && p.length ? pyStr(s.slice(p.length)) : self.cls.builtin ? self : pyStr(s);
});
def(STR, "removesuffix", (self, a, kw) => {
  const p = subArg(args1("str", "removesuffix", a, kw), "removesuffix");
  const s = sv(self);
  return s.endsWith(p) && p.length ? pyStr(s.slice(0, s.length - p.length)) : self.cls.builtin ? self : pyStr(s);
});
def(STR, "format", (self, a, kw) => pyStr(strFormat(sv(self), a, kw)));
def(STR, "format_map", (self, a) => pyStr(strFormat(sv(self), [], null, a[0])));
def(STR, "__len__", (self) => pyIntN((self as PyStr).length));
def(STR, "__repr__", (self) => pyStr(reprBuiltin(self)));
def(STR, "__str__", (self) => pyStr(sv(self)));
def(STR, "__getitem__", (self, a) => getItemBuiltin(self, a[0]));
def(STR, "__add__", (self, a) => (a[0] instanceof PyStr ? pyStr(sv(self) + a[0].v) : T.NotImplemented));
def(STR, "__mul__", (self, a) => (a[0] instanceof PyInt ? repeat(pyStr(sv(self)), a[0].v) : T.NotImplemented));
def(STR, "__contains__", (self, a) => pyBool(sv(self).includes(subArg(a[0], "in"))));
def(STR, "__format__", (self, a) => pyStr(P.formatStr(sv(self), strArg(a[0], "format_spec"), minor())));
def(STR, "__hash__", (self) => {
  void self;
  return pyIntN(0);
});

/** Methods added after 3.6: invisible (AttributeError, hasattr False) on older versions. */
for (const [t, name, since] of [
  [STR, "removeprefix", 9],
  [STR, "removesuffix", 9],
  [STR, "isascii", 7],
  [T.bytesType, "isascii", 7],
  [T.bytearrayType, "isascii", 7],
  [T.intType, "bit_count", 10],
  [T.intType, "as_integer_ratio", 8],
] as const) {
  const f = t.ns.get(name);
  if (f instanceof PyBuiltinFunction) f.since = since;
}

/** `str.format` (PEP 3101): auto/manual field numbering, `.attr` / `[key]` access, conversions, nested specs. */
export function strFormat(fmt: string, args: PyObject[], kw: Kwargs, mapping?: PyObject): string {
  let out = "";
  let auto = 0;
  let mode: "auto" | "manual" | null = null;
  let i = 0;
  const n = fmt.length;
  const lookup = (field: string): PyObject => {
    const m = /^([^.[]*)(.*)$/s.exec(field)!;
    let first = m[1];
    let rest = m[2];
    let obj: PyObject;
    if (first === "") {
      if (mode === "manual") throw valueError("cannot switch from manual field specification to automatic field numbering");
      mode = "auto";
      const idx = auto++;
      if (idx >= args.length) throw indexError(rt.minor >= 8 ? `Replacement index ${idx} out of range for positional args tuple` : "tuple index out of range");
      obj = args[idx];
    } else if (/^\d+$/.test(first)) {
      if (mode === "auto") throw valueError("cannot switch from automatic field numbering to manual field specification");
      mode = "manual";
      const idx = Number(first);
      if (idx >= args.length) throw indexError(rt.minor >= 8 ? `Replacement index ${idx} out of range for positional args tuple` : "tuple index out of range");
      obj = args[idx];
    } else {
      if (mapping !== undefined) obj = getItem(mapping, pyStr(first));
      else {
        const v = kw?.get(first);
        if (v === undefined) throw keyError(pyStr(first));
        obj = v;
      }
    }
    while (rest.length) {
      if (rest[0] === ".") {
        const mm = /^\.([^.[]*)(.*)$/s.exec(rest)!;
        obj = getAttr(obj, mm[1]);
        rest = mm[2];
      } else {
        const close = rest.indexOf("]");
        if (close < 0) throw valueError("Missing ']' in format string");
        const key = rest.slice(1, close);
        obj = getItem(obj, /^\d+$/.test(key) ? pyIntN(Number(key)) : pyStr(key));
        rest = rest.slice(close + 1);
      }
    }
    void first;
    first = "";
    return obj;
  };
  const render = (inner: string): string => {
    // inner = field_name[!conv][:spec]
    let depth = 0;
    let j = 0;
    let fieldEnd = -1;
    let convAt = -1;
    for (; j < inner.length; j++) {
      const c = inner[j];
      if (c === "[") depth++;
      else if (c === "]") depth--;
      else if (depth === 0 && (c === "!" || c === ":")) {
        fieldEnd = j;
        if (c === "!") convAt = j;
        break;
      }
    }
    const field = fieldEnd < 0 ? inner : inner.slice(0, fieldEnd);
    let conv = "";
    let spec = "";
    if (fieldEnd >= 0) {
      if (convAt >= 0) {
        conv = inner[convAt + 1] ?? "";
        const after = inner.slice(convAt + 2);
        if (after.length && after[0] !== ":") throw valueError("expected ':' after conversion specifier");
        spec = after.slice(1);
      } else spec = inner.slice(fieldEnd + 1);
    }
    let v = lookup(field);
    if (conv === "r") v = pyStr(reprOf(v));
    else if (conv === "s") v = pyStr(strOf(v));
    else if (conv === "a") v = pyStr(P.asciiEscape(reprOf(v)));
    else if (conv !== "") throw valueError(`Unknown conversion specifier ${conv}`);
    if (spec.includes("{")) spec = strFormatInner(spec);
    return formatValue(v, spec);
  };
  const strFormatInner = (s: string): string => {
    let r = "";
    let k = 0;
    while (k < s.length) {
      const c = s[k];
      if (c === "{") {
        const end = s.indexOf("}", k);
        r += render(s.slice(k + 1, end));
        k = end + 1;
      } else {
        r += c;
        k++;
      }
    }
    return r;
  };
  while (i < n) {
    const c = fmt[i];
    if (c === "{") {
      if (fmt[i + 1] === "{") {
        out += "{";
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      for (; j < n; j++) {
        if (fmt[j] === "{") depth++;
        else if (fmt[j] === "}") {
          depth--;
          if (depth === 0) break;
        }
      }
      if (j >= n) throw valueError(depth > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
      out += render(fmt.slice(i + 1, j));
      i = j + 1;
    } else if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw valueError("Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// ## bytes / bytearray

function bv(o: PyObject): Uint8Array {
  return (o as PyBytes).v;
}
function bytesArg(o: PyObject | undefined): Uint8Array {
  if (o instanceof PyBytes || o instanceof PyByteArray) return o.v;
  throw typeError(`a bytes-like object is required, not '${o ? o.cls.name : "NoneType"}'`);
}
function subBytes(o: PyObject | undefined): Uint8Array | number {
  if (o instanceof PyInt) return Number(o.v);
  return bytesArg(o);
}
function mkLike(self: PyObject, v: Uint8Array): PyObject {
  if (self instanceof PyByteArray) {
    const b = new PyByteArray(v);
    S.bytearrayNew(b, "exact");
    return b;
  }
  return new PyBytes(v);
}

for (const t of [T.bytesType, T.bytearrayType]) {
  const tn = t.name;
  for (const [name, f] of [
    ["find", P.bytesFind],
    ["rfind", P.bytesRfind],
    ["index", P.bytesIndex],
    ["rindex", P.bytesRindex],
    ["count", P.bytesCount],
  ] as const) {
    def(t, name, (self, a) => {
      nargs(name, a.length, 1, 3, 13);
      return pyIntN(f(bv(self), subBytes(a[0]), optIndex(a[1]), optIndex(a[2])));
    });
  }
  for (const [name, f] of [
    ["startswith", P.bytesStartswith],
    ["endswith", P.bytesEndswith],
  ] as const) {
    def(t, name, (self, a) => {
      nargs(name, a.length, 1, 3, 13);
      const p = a[0];
      const pref = p instanceof PyTuple ? p.items.map(bytesArg) : bytesArg(p);
      return pyBool(f(bv(self), pref, optIndex(a[1]), optIndex(a[2])));
    });
  }
  def(t, "replace", (self, a) => {
    nargs("replace", a.length, 2, 3, 8);
    return mkLike(self, P.bytesReplace(bv(self), bytesArg(a[0]), bytesArg(a[1]), a[2] ? Number(indexValue(a[2])) : -1));
  });
  for (const [name, f] of [
    ["split", P.bytesSplit],
    ["rsplit", P.bytesRsplit],
  ] as const) {
    def(t, name, (self, a, kw) => {
      const sep = a[0] ?? kw?.get("sep") ?? None;
      const mx = a[1] ?? kw?.get("maxsplit");
      const maxsplit = mx ? Number(indexValue(mx)) : -1;
      const parts = f(bv(self), sep === None ? null : bytesArg(sep), maxsplit);
      return strList(parts.map((p) => mkLike(self, p)), { kind: "bytes", len: bv(self).length, sepLen: sep === None ? 0 : bytesArg(sep).length, maxsplit });
    });
  }
  def(t, "splitlines", (self, a, kw) => strList(P.bytesSplitlines(bv(self), truthy(a[0] ?? kw?.get("keepends") ?? False)).map((p) => mkLike(self, p)), { kind: "lines" }));
  def(t, "join", (self, a) => {
    const parts = toArray(a[0]).map((x, i) => {
      if (!(x instanceof PyBytes || x instanceof PyByteArray))
        throw typeError(`sequence item ${i}: expected a bytes-like object, ${x.cls.name} found`);
      return x.v;
    });
    return mkLike(self, P.bytesJoin(bv(self), parts));
  });
  for (const [name, f] of [
    ["strip", P.bytesStrip],
    ["lstrip", P.bytesLstrip],
    ["rstrip", P.bytesRstrip],
  ] as const) {
    def(t, name, (self, a) => mkLike(self, f(bv(self), a[0] === undefined || a[0] === None ? null : bytesArg(a[0]))));
  }
  for (const [name, f] of [
    ["partition", P.bytesPartition],
    ["rpartition", P.bytesRpartition],
  ] as const) {
    def(t, name, (self, a) => new PyTuple(f(bv(self), bytesArg(a[0])).map((p) => mkLike(self, p))));
  }
  for (const [name, f] of [
    ["center", P.bytesCenter],
    ["ljust", P.bytesLjust],
    ["rjust", P.bytesRjust],
  ] as const) {
    def(t, name, (self, a) => mkLike(self, a[1] ? f(bv(self), Number(indexValue(a[0])), bytesArg(a[1])) : f(bv(self), Number(indexValue(a[0])))));
  }
  def(t, "zfill", (self, a) => mkLike(self, P.bytesZfill(bv(self), Number(indexValue(a[0])))));
  for (const [name, f] of [
    ["upper", P.bytesUpper],
    ["lower", P.bytesLower],
    ["swapcase", P.bytesSwapcase],
    ["title", P.bytesTitle],
    ["capitalize", P.bytesCapitalize],
  ] as const) {
    def(t, name, (self) => mkLike(self, f(bv(self))));
  }
  for (const [name, f] of [
    ["isdigit", P.bytesIsdigit],
    ["isalpha", P.bytesIsalpha],
    ["isalnum", P.bytesIsalnum],
    ["isspace", P.bytesIsspace],
    ["isascii", P.bytesIsascii],
    ["islower", P.bytesIslower],
    ["isupper", P.bytesIsupper],
    ["istitle", P.bytesIstitle],
  ] as const) {
    def(t, name, (self) => pyBool(f(bv(self))));
  }
  def(t, "decode", (self, a, kw) => {
    const enc = a[0] ?? kw?.get("encoding") ?? pyStr("utf-8");
    const errors = a[1] ?? kw?.get("errors") ?? pyStr("strict");
    return pyStr(P.bytesDecode(bv(self), strArg(enc, "decode() argument 'encoding'"), strArg(errors, "decode() argument 'errors'")));
  });
  def(t, "hex", (self, a) => pyStr(P.bytesHex(bv(self), a[0] instanceof PyStr ? a[0].v : null, a[1] ? Number(indexValue(a[1])) : 1)));
  def(t, "__len__", (self) => pyIntN(bv(self).length));
  def(t, "__repr__", (self) => pyStr(reprBuiltin(self)));
  def(t, "__getitem__", (self, a) => getItemBuiltin(self, a[0]));
  void tn;
}
T.bytesType.ns.set("fromhex", new PyClassMethod(new PyBuiltinFunction("fromhex", (args) => new PyBytes(P.bytesFromhex(strArg(args[1], "fromhex() argument"), minor())))));

const BA = T.bytearrayType;
function ba(o: PyObject): PyByteArray {
  return o as PyByteArray;
}
function byteOf(o: PyObject): number {
  if (!(o instanceof PyInt)) throw typeError(`'${o.cls.name}' object cannot be interpreted as an integer`);
  if (o.v < 0n || o.v > 255n) throw valueError("byte must be in range(0, 256)");
  return Number(o.v);
}
def(BA, "append", (self, a, kw) => {
  const x = byteOf(args1("bytearray", "append", a, kw));
  const b = ba(self);
  const nv = new Uint8Array(b.v.length + 1);
  nv.set(b.v);
  nv[b.v.length] = x;
  b.v = nv;
  S.bytearrayAppend(b);
  return None;
});
def(BA, "extend", (self, a, kw) => {
  const x = args1("bytearray", "extend", a, kw);
  const add = x instanceof PyBytes || x instanceof PyByteArray ? x.v.slice() : Uint8Array.from(toArray(x).map(byteOf));
  inplaceHooks.bytearrayExtend(ba(self), add);
  return None;
});
/** The last buffer view each bytearray got from an extend (capacity beyond its length is spare room). */
const extendViews = new WeakMap<PyByteArray, Uint8Array>();
inplaceHooks.bytearrayExtend = (b, add) => {
  // Amortised growth (doubling JS buffer) so an extend loop stays linear; the view is only reused while
  // b.v is still the exact view this hook created (any other code that replaced b.v gets a fresh copy).
  const n = b.v.length;
  const m = add.length;
  let nv: Uint8Array;
  if (extendViews.get(b) === b.v && b.v.byteOffset === 0 && b.v.buffer.byteLength >= n + m) {
    nv = new Uint8Array(b.v.buffer, 0, n + m);
    nv.set(add, n);
  } else {
    const buf = new ArrayBuffer(Math.max(n + m, Math.min(2 * (n + m), n + m + (1 << 26))));
    nv = new Uint8Array(buf, 0, n + m);
    nv.set(b.v);
    nv.set(add, n);
  }
  b.v = nv;
  extendViews.set(b, nv);
  S.bytearrayExtend(b, m);
};
def(BA, "pop", (self, a) => {
  const b = ba(self);
  const n = b.v.length;
  if (n === 0) throw indexError("pop from empty bytearray");
  let i = a.length ? Number(indexValue(a[0])) : n - 1;
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError("pop index out of range");
  const v = b.v[i];
  const arr = Array.from(b.v);
  arr.splice(i, 1);
  b.v = Uint8Array.from(arr);
  S.bytearrayPop(b);
  return pyIntN(v);
});
def(BA, "insert", (self, a) => {
  const b = ba(self);
  const n = b.v.length;
  let i = Number(indexValue(a[0]));
  if (i < 0) i = Math.max(0, i + n);
  if (i > n) i = n;
  const arr = Array.from(b.v);
  arr.splice(i, 0, byteOf(a[1]));
  b.v = Uint8Array.from(arr);
  S.bytearrayInsert(b);
  return None;
});
def(BA, "remove", (self, a) => {
  const b = ba(self);
  const x = byteOf(a[0]);
  const i = b.v.indexOf(x);
  if (i < 0) throw valueError("value not found in bytearray");
  const arr = Array.from(b.v);
  arr.splice(i, 1);
  b.v = Uint8Array.from(arr);
  S.bytearraySetSlice(b, i, 1, 0);
  return None;
});
def(BA, "clear", (self) => {
  ba(self).v = new Uint8Array(0);
  S.bytearrayClear(ba(self));
  return None;
});
def(BA, "copy", (self) => mkLike(self, ba(self).v.slice()));
def(BA, "reverse", (self) => {
  ba(self).v.reverse();
  return None;
});

// ## int / float / complex

const I = T.intType;
def(I, "bit_length", (self) => pyInt(P.intBitLength((self as PyInt).v)));
def(I, "conjugate", (self) => pyInt((self as PyInt).v));
def(I, "as_integer_ratio", (self) => new PyTuple([pyInt((self as PyInt).v), pyIntN(1)]));
def(I, "__index__", (self) => pyInt((self as PyInt).v));
def(I, "__int__", (self) => pyInt((self as PyInt).v));
def(I, "__repr__", (self) => pyStr(P.intToStr((self as PyInt).v, minor())));
def(I, "__format__", (self, a) => pyStr(P.formatInt((self as PyInt).v, strArg(a[0], "format_spec"), minor())));
def(I, "bit_count", (self) => {
  let v = (self as PyInt).v;
  if (v < 0n) v = -v;
  let c = 0;
  while (v > 0n) {
    c += Number(v & 1n);
    v >>= 1n;
  }
  return pyIntN(c);
});
def(I, "to_bytes", (self, a, kw) => {
  const len = Number(indexValue(a[0] ?? kw?.get("length") ?? pyIntN(1)));
  const order = strArg(a[1] ?? kw?.get("byteorder") ?? pyStr("big"), "byteorder");
  const signed = truthy(kw?.get("signed") ?? False);
  let v = (self as PyInt).v;
  if (v < 0n && !signed) throw pyErr("OverflowError", "can't convert negative int to unsigned");
  if (v < 0n) v += 1n << BigInt(8 * len);
  const out = new Uint8Array(len);
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(v & 255n);
    v >>= 8n;
  }
  if (v !== 0n) throw pyErr("OverflowError", "int too big to convert");
  if (order === "little") out.reverse();
  return new PyBytes(out);
});
I.ns.set("from_bytes", new PyClassMethod(new PyBuiltinFunction("from_bytes", (args, kw) => {
  const b = bytesArg(args[1]);
  const order = strArg(args[2] ?? kw?.get("byteorder") ?? pyStr("big"), "byteorder");
  const bytes = order === "little" ? Array.from(b).reverse() : Array.from(b);
  let v = 0n;
  for (const x of bytes) v = (v << 8n) | BigInt(x);
  if (truthy(kw?.get("signed") ?? False) && bytes.length && bytes[0] >= 128) v -= 1n << BigInt(8 * bytes.length);
  return pyInt(v);
})));

const F = T.floatType;
def(F, "is_integer", (self) => pyBool(Number.isInteger((self as PyFloat).v)));
def(F, "conjugate", (self) => self);
def(F, "__repr__", (self) => pyStr(P.floatRepr((self as PyFloat).v)));
def(F, "__format__", (self, a) => pyStr(P.formatFloat((self as PyFloat).v, strArg(a[0], "format_spec"), minor())));
def(F, "as_integer_ratio", (self) => {
  const x = (self as PyFloat).v;
  if (!Number.isFinite(x)) throw pyErr(Number.isNaN(x) ? "ValueError" : "OverflowError", Number.isNaN(x) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
  const d = P.exactDecimal(x);
  let num = BigInt(d.digits || "0");
  let den = 1n;
  if (d.exp10 >= 0) num *= 10n ** BigInt(d.exp10);
  else den = 10n ** BigInt(-d.exp10);
  const g = gcd(num, den);
  return new PyTuple([pyInt((d.negative ? -num : num) / g), pyInt(den / g)]);
});
function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}

const C = T.complexType;
def(C, "conjugate", (self) => {
  const c = self as unknown as { re: number; im: number };
  return new (self.constructor as new (re: number, im: number) => PyObject)(c.re, -c.im);
});

void lenOf;
void dictItems;
void dictMergeFrom;
void PyException;
void reprOf;

// ## str.translate / str.maketrans

def(STR, "translate", (self, a, kw) => {
  const table = args1("str", "translate", a, kw);
  let out = "";
  for (const ch of sv(self)) {
    const cp = ch.codePointAt(0)!;
    let r: PyObject;
    try {
      r = getItem(table, pyIntN(cp));
    } catch (e) {
      if (e instanceof PyException && e.cls.isSubtypeOf(T.excType("LookupError"))) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (r === None) continue;
    if (r instanceof PyInt) {
      if (r.v < 0n || r.v > 0x10ffffn) throw valueError("character mapping must be in range(0x110000)");
      out += String.fromCodePoint(Number(r.v));
    } else if (r instanceof PyStr) out += r.v;
    else throw typeError("character mapping must return integer, None or str");
  }
  return pyStr(out);
});
STR.ns.set(
  "maketrans",
  new PyStaticMethodCtor(
    new PyBuiltinFunction("maketrans", (args) => {
      const d = new PyDict();
      S.dictNewEmpty(d, "literal-empty");
      if (args.length === 1) {
        const m = args[0];
        if (!(m instanceof PyDict)) throw typeError("if you give only one argument to maketrans it must be a dict");
        for (const e of m.entries) {
          if (e.key === null) continue;
          let k = e.key;
          if (k instanceof PyStr) {
            if (k.length !== 1) throw valueError("string keys in translate table must be of length 1");
            k = pyIntN(k.v.codePointAt(0)!);
          }
          dictSet(d, k, e.value);
        }
        return d;
      }
      const [x, y, z] = args;
      const xs = [...(x as PyStr).v];
      const ys = [...(y as PyStr).v];
      if (xs.length !== ys.length) throw valueError("the first two maketrans arguments must have equal length");
      xs.forEach((c, i) => dictSet(d, pyIntN(c.codePointAt(0)!), pyIntN(ys[i].codePointAt(0)!)));
      if (z !== undefined) for (const c of (z as PyStr).v) dictSet(d, pyIntN(c.codePointAt(0)!), None);
      return d;
    }),
  ),
);
import { PyStaticMethod as PyStaticMethodCtor } from "./values";
