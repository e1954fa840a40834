// Set operators on dict views (`d.keys() - x`, `x | d.items()`, …): CPython builds the result with its own
// sequence of set calls (Objects/dictobject.c dictviews_sub / dictviews_or / dictviews_xor /
// _PyDictView_Intersect), and that sequence decides the result's table, so its iteration order and size.

import type * as AST from "../source/ast";
import { dictGet, setAdd, setHas, setMergeFrom } from "./containers";
import { eq, getIter, toArray } from "./ops";
import { rt } from "./state";
import * as S from "./sizes";
import { PyDict, PyDictView, PyObject, PySet, PyTuple } from "./values";

function newSet(): PySet {
  const s = new PySet();
  S.setNew(s);
  return s;
}

/** set_update_internal: sets merge, exact dicts merge their keys, anything else is added item by item. */
function updateInternal(s: PySet, src: PyObject): void {
  if (src instanceof PySet || (src instanceof PyDict && src.cls.builtin)) {
    setMergeFrom(s, src);
    return;
  }
  const it = getIter(src);
  for (let v = it.next(); v !== undefined; v = it.next()) setAdd(s, v);
}

/**
 * dictviews_to_set: `PySet_New(view)`, except that from 3.9 a keys view of an exact dict passes the dict
 * itself (set_update_internal's dict fast path: one up-front resize).
 */
function toSet(o: PyObject): PySet {
  const s = newSet();
  if (o instanceof PyDictView && o.kind === "keys" && o.dict.cls.builtin && rt.minor >= 9) updateInternal(s, o.dict);
  else updateInternal(s, o);
  return s;
}

function viewLen(v: PyDictView): number {
  return v.dict.map.size;
}

/** dictkeys_contains / dictitems_contains */
function viewContains(v: PyDictView, x: PyObject): boolean {
  if (v.kind === "keys") return dictGet(v.dict, x) !== undefined;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const found = dictGet(v.dict, x.items[0]);
  return found !== undefined && eq(found, x.items[1]);
}

/** `a op b` where a or b is a keys/items view (the caller has checked that). */
export function dictViewSetOp(op: AST.Operator, a: PyObject, b: PyObject): PySet {
  if (op === "BitAnd") return intersect(a, b);
  if (op === "BitXor" && rt.minor >= 10 && a instanceof PyDictView && b instanceof PyDictView && a.kind === "items" && b.kind === "items") {
    return itemsXor(a.dict, b.dict);
  }
  const r = toSet(a);
  if (op === "BitOr") {
    updateInternal(r, b);
  } else if (op === "Sub") {
    // result.difference_update(other)
    if (b instanceof PySet) S.setInplace("difference", r, b);
    else S.setInplaceIterable("difference", r, toArray(b));
  } else {
    // result.symmetric_difference_update(other)
    if (b instanceof PySet) S.setInplace("symmetric_difference", r, b);
    else if (b instanceof PyDict && b.cls.builtin) S.setInplaceIterable("symmetric_difference_dict", r, toArray(b));
    else {
      const tmp = newSet();
      updateInternal(tmp, b);
      S.setInplace("symmetric_difference", r, tmp);
    }
  }
  return r;
}

/**
 * 3.6 – 3.8: `PySet_New(self).intersection_update(other)`. 3.9+ (_PyDictView_Intersect): with the view
 * as `self`, an exact set at least as long answers `other.intersection(self)`; a longer view swaps
 * places; otherwise a new set gets the members of `other`, in its iteration order, that `self` contains.
 */
function intersect(a: PyObject, b: PyObject): PySet {
  if (rt.minor < 9) {
    const r = toSet(a);
    if (b instanceof PySet) S.setInplace("intersection", r, b);
    else S.setInplaceIterable("intersection", r, toArray(b));
    return r;
  }
  let self = a;
  let other = b;
  if (!(self instanceof PyDictView)) [self, other] = [other, self];
  const view = self as PyDictView;
  const lenSelf = viewLen(view);
  if (other instanceof PySet && other.cls.builtin && !other.frozen && lenSelf <= other.map.size) {
    return S.setAlgebraIterable("intersection", other, toArray(view), false);
  }
  let small: PyObject = other;
  let big = view;
  if (other instanceof PyDictView && viewLen(other) > lenSelf) {
    small = view;
    big = other;
  }
  const r = newSet();
  const it = getIter(small);
  for (let v = it.next(); v !== undefined; v = it.next()) if (viewContains(big, v)) setAdd(r, v);
  return r;
}

/**
 * 3.10+ `d1.items() ^ d2.items()` (dictitems_xor): d2's pairs that d1 lacks or maps to another value, in
 * d2's order, then d1's pairs whose key d2 did not match, in d1's order.
 */
function itemsXor(d1: PyDict, d2: PyDict): PySet {
  const r = newSet();
  const matched = newSet();
  for (const e of d2.entries) {
    if (e.key === null) continue;
    const v1 = dictGet(d1, e.key);
    if (v1 === undefined || !eq(v1, e.value)) setAdd(r, new PyTuple([e.key, e.value]));
    else setAdd(matched, e.key);
  }
  for (const e of d1.entries) if (e.key !== null && !setHas(matched, e.key)) setAdd(r, new PyTuple([e.key, e.value]));
  return r;
}
