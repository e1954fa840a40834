// The runtime's adapter to the layout models of `objects/`: every container mutation and construction
// path the interpreter performs is reported here, in CPython's terms (list_extend of a tuple, dict merge,
// set_add_entry, …), and `explainSize` answers `sys.getsizeof` from the object's model. Keeping the calls
// in one file means the interpreter never needs to know a model's method names.

import { rt } from "./state";
import { ListLayout, type DisplayElement } from "../objects/list";
import { ByteArrayLayout, BytesLayout } from "../objects/bytes";
import { IntLayout } from "../objects/int";
import { StrLayout } from "../objects/str";
import { TupleLayout } from "../objects/tuple";
import { FloatLayout, ComplexLayout } from "../objects/float";
import type { IterSource } from "../objects/common";
import type { SizeExplanation } from "../memory/explain";
import * as D from "./sizes-dict";
import {
  PyBool,
  PyByteArray,
  PyBytes,
  PyComplex,
  PyDict,
  PyDictView,
  PyFloat,
  PyInt,
  PyIterator,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyStr,
  PyTuple,
} from "./values";

export * from "./sizes-dict";

// ## Iterable sources (what CPython's C code sees when it iterates x)

/** Describe `x` for a construction path; call BEFORE consuming an iterator (its hint changes). */
export function iterSource(x: PyObject, length = -1): IterSource {
  const exact = x.cls.builtin;
  if (exact) {
    if (x instanceof PyList) return { kind: "list", length: x.items.length };
    if (x instanceof PyTuple) return { kind: "tuple", length: x.items.length };
    if (x instanceof PySet) return { kind: x.frozen ? "frozenset" : "set", length: x.map.size };
    if (x instanceof PyDict) return { kind: "dict", length: x.map.size };
    if (x instanceof PyDictView) return { kind: ("dict_" + x.kind) as "dict_keys", length: x.dict.map.size };
    if (x instanceof PyStr) return { kind: "sized", length: x.length };
    if (x instanceof PyBytes || x instanceof PyByteArray) return { kind: "sized", length: x.v.length };
    if (x instanceof PyRange) return { kind: "sized", length: Number(x.len) };
  }
  if (x instanceof PyIterator) {
    const h = x.hint();
    if (h >= 0) return { kind: "hinted", lengthHint: h, length: length >= 0 ? length : h };
    return { kind: "unsized", length: Math.max(0, length) };
  }
  if (x instanceof PyList || x instanceof PyTuple) return { kind: "sized", length: x.items.length };
  if (x instanceof PyDict || x instanceof PySet) return { kind: "sized", length: x.map.size };
  if (x instanceof PyStr) return { kind: "sized", length: x.length };
  return { kind: "unsized", length: Math.max(0, length) };
}

/** Completes a source description once the number of produced items is known. */
export function withLength(s: IterSource, n: number): IterSource {
  return { ...s, length: n } as IterSource;
}

// ## list

function lm(l: PyList): ListLayout {
  if (l.m === null) l.m = ListLayout.exact(rt.profile, l.items.length);
  return l.m as ListLayout;
}

export function listNewEmpty(l: PyList): void {
  l.m = ListLayout.empty(rt.profile);
}
/** PyList_New(n) with exactly len(items) slots: `l1 + l2`, `[x] * n`, slices, copies, BUILD_LIST n. */
export function listNewExact(l: PyList): void {
  l.m = ListLayout.exact(rt.profile, l.items.length);
}
/** A display without starred items. */
export function listDisplay(l: PyList, allConstant: boolean): void {
  l.m = ListLayout.fromDisplay(rt.profile, l.items.length, { allConstant });
}
export function listStarredDisplay(l: PyList, elements: DisplayElement[]): void {
  l.m = ListLayout.fromStarredDisplay(rt.profile, elements);
}
/** `list(x)`; `source` described before iterating, with its final length. */
export function listFromIterable(l: PyList, source: IterSource): void {
  l.m = ListLayout.fromIterable(rt.profile, source);
}
export function listFromSorted(l: PyList, source: IterSource): void {
  l.m = ListLayout.fromSorted(rt.profile, source);
}
/** `first, *rest = it`: PySequence_List of the remaining iterator, then the tail is cut without a resize. */
export function listFromUnpack(l: PyList, source: IterSource, after: number): void {
  const m = ListLayout.empty(rt.profile);
  m.extend(source);
  m.ob_size -= after;
  l.m = m;
}
export function listAppend(l: PyList): void {
  lm(l).append();
}
export function listInsert(l: PyList): void {
  lm(l).insert();
}
export function listExtend(l: PyList, source: IterSource): void {
  lm(l).extend(source);
}
export function listPop(l: PyList): void {
  lm(l).pop();
}
export function listRemove(l: PyList): void {
  lm(l).remove();
}
/** `del l[i]` (byIndex) or `del l[a:b(:c)]`. */
export function listDeleteItems(l: PyList, removed: number, contiguous: boolean, byIndex: boolean): void {
  if (byIndex) lm(l).delItem();
  else lm(l).delSlice(removed, { extended: !contiguous });
}
export function listAssignSlice(l: PyList, removed: number, inserted: number): void {
  lm(l).setSlice(removed, inserted);
}
export function listClear(l: PyList): void {
  lm(l).clear();
}
export function listIMul(l: PyList, k: number): void {
  lm(l).imul(k);
}

// ## bytearray

function bm(b: PyByteArray): ByteArrayLayout {
  if (b.m === null) b.m = ByteArrayLayout.exact(rt.profile, b.v.length);
  return b.m as ByteArrayLayout;
}
export function bytearrayNew(b: PyByteArray, how: "exact" | "empty"): void {
  b.m = how === "empty" && b.v.length === 0 ? ByteArrayLayout.empty(rt.profile) : ByteArrayLayout.exact(rt.profile, b.v.length);
}
export function bytearrayFromIterable(b: PyByteArray, source: IterSource): void {
  b.m = ByteArrayLayout.fromIterable(rt.profile, source);
}
export function bytearrayAppend(b: PyByteArray): void {
  bm(b).append();
}
export function bytearrayInsert(b: PyByteArray): void {
  bm(b).insert();
}
export function bytearrayExtend(b: PyByteArray, added: number): void {
  bm(b).extend(added);
}
export function bytearrayPop(b: PyByteArray): void {
  bm(b).pop();
}
export function bytearraySetSlice(b: PyByteArray, lo: number, removed: number, inserted: number): void {
  if (inserted === 0) bm(b).delSlice(lo, removed);
  else bm(b).setSlice(lo, removed, inserted);
}
export function bytearrayClear(b: PyByteArray): void {
  bm(b).clear();
}
export function bytearrayIMul(b: PyByteArray, k: number): void {
  bm(b).imul(k);
}
/** Fallback for paths that only know the new length. */
export function bytearrayResize(b: PyByteArray, newLen: number): void {
  bm(b).resize(newLen);
}

// ## getsizeof

/** The explanation of `sys.getsizeof(o)` from o's model (scalars are stateless and modelled on demand). */
export function explainSize(o: PyObject): SizeExplanation {
  const p = rt.profile;
  if (!o.cls.builtin) return D.explainInstance(o);
  if (o instanceof PyBool) return IntLayout.ofBool(p, o.v !== 0n).explain();
  if (o instanceof PyInt) return IntLayout.of(p, o.v).explain();
  if (o instanceof PyStr) {
    const l = StrLayout.fromString(p, o.v);
    if (o.fresh) l.utf8Cached = 0;
    return l.explain();
  }
  if (o instanceof PyList) return lm(o).explain();
  if (o instanceof PyTuple) return TupleLayout.of(p, o.items.length).explain();
  if (o instanceof PyFloat) return FloatLayout.of(p).explain();
  if (o instanceof PyComplex) return ComplexLayout.of(p).explain();
  if (o instanceof PyBytes) return BytesLayout.of(p, o.v.length).explain();
  if (o instanceof PyByteArray) return bm(o).explain();
  return D.explainOther(o);
}

export { getsizeof, sizeofMethod } from "./getsizeof";

/** What a split-like method saw: the text length, separator length (0 = whitespace) and maxsplit. */
export type SplitShape =
  | { kind: "str" | "bytes"; len: number; sepLen: number; maxsplit: number }
  | { kind: "lines" };

/** @cpython Objects/stringlib/split.h MAX_PREALLOC */
const MAX_PREALLOC = 12;

/**
 * Result lists of str/bytes split and rsplit: PyList_New(PREALLOC_SIZE(maxcount)) filled in place, then
 * PyList_Append past MAX_PREALLOC items, and the size fixed at the end without a resize.
 * @cpython Objects/stringlib/split.h PREALLOC_SIZE(maxsplit) = maxsplit >= 12 ? 12 : maxsplit + 1.
 * @cpython Objects/unicodeobject.c split (3.12+): maxcount is first clamped to what the text can hold,
 * (len - 1) / 2 + 1 for whitespace and len / len(sep) + 1 with a separator (measured on 3.12.1 / 3.13.0).
 * A str shorter than its separator returns a 1-item list. splitlines appends from an empty list.
 */
export function listFromSplit(l: PyList, how: SplitShape): void {
  const p = rt.profile;
  const n = l.items.length;
  if (how.kind === "lines") {
    const m = ListLayout.empty(p);
    for (let i = 0; i < n; i++) m.append();
    l.m = m;
    return;
  }
  if (how.kind === "str" && how.sepLen > 0 && how.len < how.sepLen) {
    l.m = ListLayout.exact(p, n);
    return;
  }
  let maxcount = how.maxsplit < 0 ? Number.MAX_SAFE_INTEGER : how.maxsplit;
  if (how.kind === "str" && p.minor >= 12) {
    const cap = how.sepLen === 0 ? Math.trunc((how.len - 1) / 2) + 1 : Math.floor(how.len / how.sepLen) + 1;
    if (maxcount > cap) maxcount = cap;
  }
  const prealloc = maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1;
  const m = ListLayout.exact(p, prealloc);
  m.ob_size = Math.min(n, prealloc);
  for (let i = prealloc; i < n; i++) m.append();
  m.ob_size = n;
  l.m = m;
}
