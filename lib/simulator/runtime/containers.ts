// Core dict / set / list mutations shared by the interpreter, builtins and methods. Each mutation
// updates the Python-visible contents AND reports the CPython operation to the size model (sizes.ts),
// so there is exactly one place where, e.g., "a new key was inserted into a dict" is decided.

import { keyError } from "./exceptions";
import { mapKey } from "./ops";
import * as S from "./sizes";
import { PyDict, PyObject, PySet, type DictEntry } from "./values";

// ## dict

export function dictGet(d: PyDict, key: PyObject): PyObject | undefined {
  const e = d.map.get(mapKey(d.map, key));
  return e === undefined ? undefined : e.value;
}

/** `d[key] = value`: a new key is an insert in the model; an existing key only replaces the value. */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const k = mapKey(d.map, key);
  const e = d.map.get(k);
  if (e !== undefined) {
    e.value = value;
    return;
  }
  S.dictInsert(d, key);
  const ne: DictEntry = { key, value, hk: k };
  d.map.set(k, ne);
  d.entries.push(ne);
}

/** Fast path for str keys (instance attributes, kwargs). */
export function dictSetStr(d: PyDict, name: string, key: () => PyObject, value: PyObject): void {
  const e = d.map.get(name);
  if (e !== undefined) {
    e.value = value;
    return;
  }
  const ko = key();
  S.dictInsert(d, ko);
  const ne: DictEntry = { key: ko, value, hk: name };
  d.map.set(name, ne);
  d.entries.push(ne);
}

/** Removes `key`; returns the value or undefined when absent (no model change then). */
export function dictDelete(d: PyDict, key: PyObject): PyObject | undefined {
  const k = mapKey(d.map, key);
  const e = d.map.get(k);
  if (e === undefined) return undefined;
  S.dictDelete(d, e.key!);
  d.map.delete(k);
  e.key = null;
  d.compact();
  return e.value;
}

export function dictDeleteOrRaise(d: PyDict, key: PyObject): PyObject {
  const v = dictDelete(d, key);
  if (v === undefined) throw keyError(key);
  return v;
}

export function dictClear(d: PyDict): void {
  d.map.clear();
  d.entries = [];
  S.dictClear(d);
}

/** Live entries in insertion order. */
export function dictItems(d: PyDict): DictEntry[] {
  const out: DictEntry[] = [];
  for (const e of d.entries) if (e.key !== null) out.push(e);
  return out;
}

/** Inserts all entries of `src` (a dict) into `d` by CPython's dict_merge path (model: merge). */
export function dictMergeFrom(d: PyDict, src: PyDict): void {
  S.dictMerge(d, src);
  for (const e of src.entries) {
    if (e.key === null) continue;
    const k = e.hk;
    const cur = d.map.get(k);
    if (cur !== undefined) cur.value = e.value;
    else {
      const ne: DictEntry = { key: e.key, value: e.value, hk: k };
      d.map.set(k, ne);
      d.entries.push(ne);
    }
  }
  S.dictMergeDone(d);
}

// ## set

export function setAdd(s: PySet, x: PyObject): void {
  const k = mapKey(s.map, x);
  if (s.map.has(k)) return;
  s.map.set(k, x);
  S.setAdd(s, x, k);
}

export function setHas(s: PySet, x: PyObject): boolean {
  return s.map.has(mapKey(s.map, x));
}

export function setDiscard(s: PySet, x: PyObject): boolean {
  const k = mapKey(s.map, x);
  if (!s.map.has(k)) return false;
  s.map.delete(k);
  S.setDiscard(s, x, k);
  return true;
}

export function setClear(s: PySet): void {
  s.map.clear();
  S.setClear(s);
}

/** Adds every member of another set or dict (CPython set_merge path). */
export function setMergeFrom(s: PySet, src: PySet | PyDict): void {
  S.setMerge(s, src);
  if (src instanceof PySet) {
    for (const [k, v] of src.map) {
      if (!s.map.has(k)) {
        s.map.set(k, v);
        S.setMergeAdd(s, v, k);
      }
    }
  } else {
    for (const e of src.entries) {
      if (e.key === null) continue;
      if (!s.map.has(e.hk)) {
        s.map.set(e.hk, e.key);
        S.setMergeAdd(s, e.key, e.hk);
      }
    }
  }
}
