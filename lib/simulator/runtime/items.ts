// Subscription: `o[key]`, `o[key] = v`, `del o[key]` for sequences, mappings and user classes
// (`__getitem__`, `__setitem__`, `__delitem__`, `__missing__` of dict subclasses). List slice
// assignment and deletion go through list_ass_slice's resize, reported to the size model.

import { indexError, keyError, pyErr, typeError } from "./exceptions";
import { asIndex, callSpecial, mapKey, sliceIndices, special, toArray } from "./ops";
import { checkAlloc } from "./arith";
import * as S from "./sizes";
import { dictDeleteOrRaise, dictSet } from "./containers";
import { pyInt, pyIntN, pyStr } from "./types";
import { rt } from "./state";
import {
  PyByteArray,
  PyBytes,
  PyDict,
  PyList,
  PyObject,
  PyRange,
  PySlice,
  PyStr,
  PyTuple,
  PyType,
  PyInt,
  PySet,
} from "./values";

function normIndex(i: number, n: number, what: string): number {
  if (i < 0) i += n;
  if (i < 0 || i >= n) throw indexError(what === "" ? "index out of range" : `${what} index out of range`);
  return i;
}

function sliceItems<T>(arr: T[] | Uint8Array, s: PySlice): T[] {
  const [start, , step, len] = sliceIndices(s, arr.length);
  const out: T[] = new Array(len);
  for (let i = 0, j = start; i < len; i++, j += step) out[i] = arr[j] as T;
  return out;
}

/** A str built by an extended slice: a new object even for one Latin-1 character (no 3.12+ singleton). */
function steppedStr(s: string): PyStr {
  if (s.length > 2) return new PyStr(s);
  const o = new PyStr(s);
  o.fresh = true;
  return o;
}

export function getItem(o: PyObject, key: PyObject): PyObject {
  if (!o.cls.builtin && !(o instanceof PyType)) {
    const m = special(o, "__getitem__");
    if (m !== undefined) return callSpecial(m, o, [key]);
  }
  return getItemBuiltin(o, key);
}

/** The builtin types' own __getitem__ (also reached through `super().__getitem__`). */
export function getItemBuiltin(o: PyObject, key: PyObject): PyObject {
  if (o instanceof PyList) {
    if (key instanceof PySlice) {
      const l = new PyList(sliceItems(o.items, key));
      S.listNewExact(l);
      return l;
    }
    return o.items[normIndex(asIndex(key, "list"), o.items.length, "list")];
  }
  if (o instanceof PyDict) {
    const e = o.map.get(mapKey(o.map, key));
    if (e !== undefined) return e.value;
    if (!o.cls.builtin) {
      const miss = special(o, "__missing__");
      if (miss !== undefined) return callSpecial(miss, o, [key]);
    }
    throw keyError(key);
  }
  if (o instanceof PyTuple) {
    if (key instanceof PySlice) {
      const items = sliceItems(o.items, key);
      // @cpython Objects/tupleobject.c tuplesubscript: only t[:] / t[::1] (start 0, step 1, full length) returns t itself
      if (items.length === o.items.length && o.cls.builtin && sliceIndices(key, o.items.length)[2] === 1) return o;
      return new PyTuple(items);
    }
    return o.items[normIndex(asIndex(key, "tuple"), o.items.length, "tuple")];
  }
  if (o instanceof PyStr) {
    if (key instanceof PySlice) {
      if (!o.hasAstral) {
        const [start, stop, step, len] = sliceIndices(key, o.v.length);
        // @cpython Objects/unicodeobject.c unicode_subscript: s[:] of an exact str is s itself
        if (step === 1 && len === o.v.length && o.cls.builtin) return o;
        if (step === 1) return pyStr(len > 0 ? o.v.slice(start, stop) : "");
        let s = "";
        for (let i = 0, j = start; i < len; i++, j += step) s += o.v[j];
        return steppedStr(s);
      }
      const [, , step, len] = sliceIndices(key, o.length);
      if (step === 1 && len === o.length && o.cls.builtin) return o;
      const r = sliceItems(o.chars(), key).join("");
      return step === 1 ? pyStr(r) : steppedStr(r);
    }
    const i = asIndex(key, "string");
    if (!o.hasAstral) return pyStr(o.v[normIndex(i, o.v.length, "string")]);
    const cs = o.chars();
    return pyStr(cs[normIndex(i, cs.length, "string")]);
  }
  if (o instanceof PyBytes || o instanceof PyByteArray) {
    const what = o instanceof PyBytes ? "" : "bytearray";
    if (key instanceof PySlice) {
      // @cpython Objects/bytesobject.c bytes_subscript: b[:] of an exact bytes is b itself
      if (o instanceof PyBytes && o.cls.builtin) {
        const [, , step, len] = sliceIndices(key, o.v.length);
        if (step === 1 && len === o.v.length) return o;
      }
      const r = Uint8Array.from(sliceItems<number>(o.v, key));
      if (o instanceof PyByteArray) {
        const b = new PyByteArray(r);
        S.bytearrayNew(b, "exact");
        return b;
      }
      return new PyBytes(r);
    }
    const i = asIndex(key, o instanceof PyBytes ? "byte" : "bytearray");
    return pyIntN(o.v[normIndex(i, o.v.length, what)]);
  }
  if (o instanceof PyRange) {
    if (key instanceof PySlice) {
      const n = Number(o.len);
      const [start, stop, step] = sliceIndices(key, n);
      return new PyRange(o.start + BigInt(start) * o.step, o.start + BigInt(stop) * o.step, o.step * BigInt(step));
    }
    let i = BigInt(asIndex(key, "range"));
    const n = o.len;
    if (i < 0n) i += n;
    if (i < 0n || i >= n) throw indexError("range object index out of range");
    return pyInt(o.start + i * o.step);
  }
  if (o instanceof PyType) {
    // @cpython PEP 585: builtin collection types are subscriptable (list[int]) from 3.9.
    if (o.builtin && rt.minor < 9 && o.name !== "type") throw typeError("'type' object is not subscriptable");
    if (o.builtin) return o;
    const cg = o.lookup("__class_getitem__");
    if (cg !== undefined) return callSpecial(cg, o, [key]);
  }
  if (o instanceof PySet && rt.minor < 7) throw typeError(`'${o.cls.name}' object does not support indexing`);
  throw typeError(`'${o.cls.name}' object is not subscriptable`);
}

export function setItem(o: PyObject, key: PyObject, v: PyObject): void {
  if (!o.cls.builtin) {
    const m = special(o, "__setitem__");
    if (m !== undefined) {
      callSpecial(m, o, [key, v]);
      return;
    }
  }
  setItemBuiltin(o, key, v);
}

export function setItemBuiltin(o: PyObject, key: PyObject, v: PyObject): void {
  if (o instanceof PyList) {
    if (key instanceof PySlice) {
      listAssignSlice(o, key, v);
      return;
    }
    o.items[normIndex(asIndex(key, "list"), o.items.length, "list assignment")] = v;
    return;
  }
  if (o instanceof PyDict) {
    dictSet(o, key, v);
    return;
  }
  if (o instanceof PyByteArray) {
    if (key instanceof PySlice) {
      const src = v instanceof PyInt ? null : toArray(v).map((x) => byteValue(x));
      if (src === null) throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
      const arr = Array.from(o.v);
      const [start, stop, step, len] = sliceIndices(key, arr.length);
      if (step === 1) {
        const removed = Math.max(0, stop - start);
        arr.splice(start, removed, ...src);
        o.v = Uint8Array.from(arr);
        S.bytearraySetSlice(o, start, removed, src.length);
        return;
      }
      if (src.length !== len)
        throw pyErr("ValueError", `attempt to assign bytes of size ${src.length} to extended slice of size ${len}`);
      for (let i = 0, j = start; i < len; i++, j += step) o.v[j] = src[i];
      return;
    }
    o.v[normIndex(asIndex(key, "bytearray"), o.v.length, "bytearray")] = byteValue(v);
    return;
  }
  if (o instanceof PyTuple || o instanceof PyStr || o instanceof PyBytes || o instanceof PyRange)
    throw typeError(`'${o.cls.name}' object does not support item assignment`);
  throw typeError(`'${o.cls.name}' object does not support item assignment`);
}

function byteValue(x: PyObject): number {
  if (!(x instanceof PyInt)) throw typeError(`'${x.cls.name}' object cannot be interpreted as an integer`);
  if (x.v < 0n || x.v > 255n) throw pyErr("ValueError", "byte must be in range(0, 256)");
  return Number(x.v);
}

/** `l[a:b] = iterable` (list_ass_slice: one resize to the new length) or extended-slice assignment. */
function listAssignSlice(l: PyList, s: PySlice, v: PyObject): void {
  const src = v === l ? l.items.slice() : toArrayOrTypeError(v);
  const [start, stop, step, len] = sliceIndices(s, l.items.length);
  if (step === 1) {
    const hi = Math.max(start, stop);
    checkAlloc(l.items.length - (hi - start) + src.length, 8);
    l.items.splice(start, hi - start, ...src);
    S.listAssignSlice(l, hi - start, src.length);
    return;
  }
  if (src.length !== len)
    throw pyErr("ValueError", `attempt to assign sequence of size ${src.length} to extended slice of size ${len}`);
  for (let i = 0, j = start; i < len; i++, j += step) l.items[j] = src[i];
}

function toArrayOrTypeError(v: PyObject): PyObject[] {
  try {
    return toArray(v);
  } catch (e) {
    if (e instanceof Error) throw e;
    const pe = e as { cls?: { name: string } };
    if (pe.cls && pe.cls.name === "TypeError") throw typeError(rt.minor >= 13 ? "must assign iterable to extended slice" : "can only assign an iterable");
    throw e;
  }
}

export function delItem(o: PyObject, key: PyObject): void {
  if (!o.cls.builtin) {
    const m = special(o, "__delitem__");
    if (m !== undefined) {
      callSpecial(m, o, [key]);
      return;
    }
  }
  delItemBuiltin(o, key);
}

export function delItemBuiltin(o: PyObject, key: PyObject): void {
  if (o instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step, len] = sliceIndices(key, o.items.length);
      if (len === 0) return;
      if (step === 1) o.items.splice(start, stop - start);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
        o.items = o.items.filter((_, i) => !drop.has(i));
      }
      S.listDeleteItems(o, len, step === 1, false);
      return;
    }
    const i = normIndex(asIndex(key, "list"), o.items.length, "list assignment");
    o.items.splice(i, 1);
    S.listDeleteItems(o, 1, true, true);
    return;
  }
  if (o instanceof PyDict) {
    dictDeleteOrRaise(o, key);
    return;
  }
  if (o instanceof PyByteArray) {
    if (key instanceof PySlice) {
      const [start, stop, step, len] = sliceIndices(key, o.v.length);
      if (len === 0) return;
      const arr = Array.from(o.v);
      if (step === 1) arr.splice(start, stop - start);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < len; i++, j += step) drop.add(j);
        o.v = Uint8Array.from(arr.filter((_, i) => !drop.has(i)));
        S.bytearrayResize(o, o.v.length);
        return;
      }
      o.v = Uint8Array.from(arr);
      S.bytearraySetSlice(o, start, stop - start, 0);
      return;
    }
    const i = normIndex(asIndex(key, "bytearray"), o.v.length, "bytearray");
    const arr = Array.from(o.v);
    arr.splice(i, 1);
    o.v = Uint8Array.from(arr);
    S.bytearraySetSlice(o, i, 1, 0);
    return;
  }
  throw typeError(`'${o.cls.name}' object doesn't support item deletion`);
}
