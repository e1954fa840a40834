/*
 * The layout model of `list`: capacity (`allocated`) bookkeeping for every construction path and mutation.
 * Mirrors Include/cpython/listobject.h and Objects/listobject.c (list_resize, list_extend,
 * list_preallocate_exact, list_ass_slice, list_pop_impl), CPython 3.6 – 3.13.
 *
 * PyListObject (64-bit)
 *
 *   +------------+ off size
 *   | ob_refcnt  |   0   8
 *   | ob_type    |   8   8
 *   | ob_size    |  16   8   len(list)
 *   | ob_item    |  24   8   -> PyObject*[allocated]   (NULL: never allocated / cleared)
 *   | allocated  |  32   8
 *   +------------+  40 = tp_basicsize = vsize("Pn")
 *
 * Invariants: 0 <= ob_size <= allocated; ob_item == NULL => ob_size == allocated == 0.
 * (ob_item != NULL with allocated == 0 happens: list_resize(0) reallocates to a 0-byte block.)
 *
 * __sizeof__ = 40 + 8*allocated; getsizeof adds the GC header (32 on 3.6–3.7, 16 on 3.8+).
 *
 * list_resize(newsize):
 *   allocated >= newsize >= allocated/2  -> only ob_size changes
 *   3.6–3.8  newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)
 *   3.9+     (newsize + (newsize >> 3) + 6) & ~3, or (newsize + 3) & ~3 when newsize - ob_size is larger
 *            than the over-allocation ("do not overallocate if the new size is closer to overallocated
 *            size than to the old size")
 *   newsize == 0 -> 0 (pointer stays non-NULL)
 *   Growth pattern 3.6–3.8: 0, 4, 8, 16, 25, 35, 46, 58, 72, 88, …; 3.9+: 0, 4, 8, 16, 24, 32, 40, 52, 64, …
 *
 * Version history (rule book §5): 3.8 list(sized) pre-allocates exactly len; 3.9 new growth formula and
 * constant displays built by LIST_EXTEND; 3.10 exact-even pre-allocation ((n+1) & ~1) when ob_item is NULL,
 * displays over 30 items built by appends; 3.12 pop() of the last item clears the list; 3.13 extend from
 * set/frozenset/dict/dict views goes straight to list_resize.
 *
 * Check: 17 appends -> 272 (3.6/3.7), 256 (3.8), 248 (3.9+).
 */

import type { Profile } from "../versions";
import { repeated, type SizePart } from "../memory/explain";
import { vsize, POINTER_SIZE } from "../memory/struct";
import { Layout, chargeGrowth, lengthHint, sourceHasLen, type IterSource } from "./common";

/** One element of a list/tuple/set display: a plain item, or a starred `*x`. */
export type DisplayElement = { kind: "item"; constant?: boolean } | { kind: "star"; source: IterSource };

/** What ListLayout.fromSplit needs to know about a split call. */
export interface SplitOptions {
  /** number of items in the result */
  resultLength: number;
  /** len() of the string / bytes being split */
  inputLength: number;
  /** len(sep) for split(sep); null/undefined for whitespace splitting (split() / split(None)) */
  sepLength?: number | null;
  /** the maxsplit argument when given and ≥ 0 */
  maxsplit?: number | null;
  /** bytes / bytearray split (never length-derived pre-sizing) */
  bytes?: boolean;
}

/** Options of ListLayout.fromDisplay. */
export interface ListDisplayOptions {
  /**
   * Every element is a compile-time constant after CPython's AST constant folding (number/str/bytes
   * literals, None/True/False/..., unary minus on numbers, constant arithmetic, tuples of constants).
   */
  allConstant: boolean;
}

/** @cpython Objects/listobject.c list_resize: the capacity list_resize picks for `newsize` from `oldsize`. */
export function listOverallocate(profile: Profile, newsize: number, oldsize: number): number {
  if (newsize === 0) return 0;
  if (profile.listGrowth === "classic") {
    // new_allocated = newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)
    return newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6);
  }
  // new_allocated = ((size_t)newsize + (newsize >> 3) + 6) & ~(size_t)3
  let allocated = (newsize + (newsize >> 3) + 6) & ~3;
  // if (newsize - Py_SIZE(self) > (Py_ssize_t)(new_allocated - newsize)) new_allocated = (newsize + 3) & ~3
  if (newsize - oldsize > allocated - newsize) allocated = (newsize + 3) & ~3;
  return allocated;
}

/** @cpython list_preallocate_exact: n (3.8, 3.9) or (n + 1) & ~1 (3.10+). */
function preallocateExact(profile: Profile, n: number): number {
  return profile.listInitFromSized === "exactEven" ? (n + 1) & ~1 : n;
}

/** Capacity state of one list object. */
export class ListLayout extends Layout {
  readonly typeName = "list";
  /** len(list) */
  ob_size = 0;
  private cap = 0;
  /** capacity of ob_item (growth is reported to the allocation meter) */
  get allocated(): number {
    return this.cap;
  }
  set allocated(n: number) {
    const old = this.cap;
    this.cap = n;
    if (n > old) chargeGrowth((n - old) * POINTER_SIZE, n * POINTER_SIZE);
  }
  /** ob_item == NULL (never allocated, or cleared) — decides exact-even pre-allocation in 3.10+. */
  itemsNull = true;

  private constructor(profile: Profile) {
    super(profile);
  }

  // ## Construction paths

  /** `[]`, `list()`, and the start of a list comprehension (then call append per item). */
  static empty(profile: Profile): ListLayout {
    return new ListLayout(profile);
  }

  /**
   * A list created with exactly `n` slots (PyList_New(n) / list_new_prealloc): `[x]*k` and `l*k`
   * (n = len·k), slicing `l[a:b:c]`, `l.copy()`, `copy.copy(l)`, `l1 + l2`, display with non-constant
   * items (use fromDisplay for displays).
   */
  static exact(profile: Profile, n: number): ListLayout {
    const l = new ListLayout(profile);
    l.ob_size = n;
    l.allocated = n;
    l.itemsNull = n === 0;
    return l;
  }

  /** `[x] * k`, `l * k`: pass the result length. */
  static fromRepeat(profile: Profile, resultLength: number): ListLayout {
    return ListLayout.exact(profile, resultLength);
  }

  /** `l[a:b]`, `l[a:b:c]`: pass the slice length. */
  static fromSlice(profile: Profile, resultLength: number): ListLayout {
    return ListLayout.exact(profile, resultLength);
  }

  /** `l.copy()`, `copy.copy(l)`: pass len(l). */
  static fromCopy(profile: Profile, length: number): ListLayout {
    return ListLayout.exact(profile, length);
  }

  /** `l1 + l2`: pass len(l1) + len(l2). */
  static fromConcat(profile: Profile, resultLength: number): ListLayout {
    return ListLayout.exact(profile, resultLength);
  }

  /**
   * A list display without starred items, `[a, b, c]` (n = number of elements).
   * @cpython Python/compile.c starunpack_helper: 3.9+ n ≥ 3 all-constant → BUILD_LIST 0 + LIST_EXTEND
   * tuple; 3.10+ n > 30 → BUILD_LIST 0 + LIST_APPEND each; otherwise BUILD_LIST n (exact).
   */
  static fromDisplay(profile: Profile, n: number, opts: ListDisplayOptions): ListLayout {
    if (profile.constantDisplayFolding && opts.allConstant && n > 2) {
      const l = ListLayout.empty(profile);
      l.extend({ kind: "tuple", length: n });
      return l;
    }
    if (profile.displayStackLimit !== null && n > profile.displayStackLimit) {
      const l = ListLayout.empty(profile);
      for (let i = 0; i < n; i++) l.append();
      return l;
    }
    return ListLayout.exact(profile, n);
  }

  /**
   * A list display that may contain starred items, `[0, *a, b, *c]`, in source order.
   * Without any star this is fromDisplay with allConstant = every item's `constant` flag.
   * @cpython 3.6–3.8 BUILD_LIST_UNPACK: PyList_New(0) extended by each part (runs of plain items become
   * a tuple); 3.9+ BUILD_LIST of the leading plain items, then LIST_EXTEND / LIST_APPEND (3.10+: a
   * display over 30 elements starts from an empty list).
   */
  static fromStarredDisplay(profile: Profile, elements: readonly DisplayElement[]): ListLayout {
    const n = elements.length;
    if (!elements.some((e) => e.kind === "star")) {
      return ListLayout.fromDisplay(profile, n, {
        allConstant: elements.every((e) => e.kind === "item" && e.constant === true),
      });
    }
    if (!profile.starredDisplayViaExtend) {
      const l = ListLayout.empty(profile);
      let run = 0;
      for (const e of elements) {
        if (e.kind === "star") {
          if (run > 0) l.extend({ kind: "tuple", length: run });
          run = 0;
          l.extend(e.source);
        } else {
          run++;
        }
      }
      if (run > 0) l.extend({ kind: "tuple", length: run });
      return l;
    }
    const big = profile.displayStackLimit !== null && n > profile.displayStackLimit;
    let l: ListLayout | null = big ? ListLayout.empty(profile) : null;
    elements.forEach((e, i) => {
      if (e.kind === "star") {
        l ??= ListLayout.exact(profile, i);
        l.extend(e.source);
      } else if (l) {
        l.append();
      }
    });
    return l ?? ListLayout.exact(profile, n);
  }

  /**
   * `list(x)`.
   * @cpython list___init___impl: 3.8+ pre-allocate exactly (3.10+: exact-even) when x has __len__,
   * then list_extend(x). 3.13: sets/dicts/dict views skip the pre-allocation (list_extend_set/dict).
   */
  static fromIterable(profile: Profile, source: IterSource): ListLayout {
    const l = ListLayout.empty(profile);
    const setLike = isSetOrDictLike(source);
    if (
      profile.listInitFromSized !== "none" &&
      sourceHasLen(source) &&
      source.length > 0 &&
      !(profile.listExtendSetDictViaResize && setLike)
    ) {
      l.allocated = preallocateExact(profile, source.length);
      l.itemsNull = false;
    }
    l.extend(source);
    return l;
  }

  /**
   * The list returned by `str.split` / `str.rsplit` / `bytes.split` / `bytes.rsplit` (and bytearray).
   * @cpython Objects/stringlib/split.h: PyList_New(PREALLOC_SIZE(maxcount)) with MAX_PREALLOC = 12, items
   * past 12 appended, then ob_size = count (no trim). Without maxsplit maxcount is unbounded (≤3.11, bytes)
   * or derived from the str length (3.12+). A str separator longer than the string gives PyList_New(1).
   */
  static fromSplit(profile: Profile, opts: SplitOptions): ListLayout {
    const MAX_PREALLOC = 12;
    const { resultLength, inputLength } = opts;
    const sepLength = opts.sepLength ?? null;
    // unicodeobject.c split(): a str shorter than its separator is returned in a 1-item list (not bytes)
    if (!opts.bytes && sepLength !== null && inputLength < sepLength) return ListLayout.exact(profile, 1);
    let maxcount = opts.maxsplit ?? -1;
    if (maxcount < 0) {
      if (profile.strSplitPreallocByLength && !opts.bytes) {
        // C division truncates toward zero: (0 - 1) / 2 == 0
        maxcount = sepLength === null ? Math.trunc((inputLength - 1) / 2) + 1 : Math.trunc(inputLength / sepLength) + 1;
      } else {
        maxcount = Number.MAX_SAFE_INTEGER;
      }
    }
    const prealloc = maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1;
    const l = ListLayout.exact(profile, prealloc);
    for (let count = MAX_PREALLOC; count < resultLength; count++) l.append();
    l.ob_size = resultLength;
    return l;
  }

  /** `s.splitlines()`: PyList_New(0) plus one PyList_Append per line. */
  static fromSplitlines(profile: Profile, resultLength: number): ListLayout {
    const l = ListLayout.empty(profile);
    for (let i = 0; i < resultLength; i++) l.append();
    return l;
  }

  /** `sorted(x)`: PySequence_List = `[].extend(x)`, then an in-place sort (no size change). */
  static fromSorted(profile: Profile, source: IterSource): ListLayout {
    const l = ListLayout.empty(profile);
    l.extend(source);
    return l;
  }

  // ## Mutations

  /** @cpython list_resize(self, newsize) */
  resize(newsize: number): void {
    const allocated = this.allocated;
    if (allocated >= newsize && newsize >= allocated >> 1) {
      this.ob_size = newsize;
      return;
    }
    this.allocated = listOverallocate(this.profile, newsize, this.ob_size);
    this.itemsNull = false;
    this.ob_size = newsize;
  }

  /** @cpython _list_clear: ob_item = NULL, allocated = 0. */
  private clearArray(): void {
    this.ob_size = 0;
    this.allocated = 0;
    this.itemsNull = true;
  }

  /**
   * `l.append(x)`, and each item of a list comprehension.
   * @cpython app1 → list_resize(n + 1); 3.11+ _PyList_AppendTakeRef fills spare room without resizing
   * (only visible after a 3.13 `del l[i]`, which shrinks ob_size without list_resize).
   */
  append(): void {
    if (this.profile.listAppendFastPath && this.ob_size < this.allocated) this.ob_size++;
    else this.resize(this.ob_size + 1);
  }

  /** `l.insert(i, x)` (any index). @cpython ins1 → list_resize(n + 1) */
  insert(): void {
    this.resize(this.ob_size + 1);
  }

  /**
   * `l.extend(x)`, `l += x`; `source` describes x (pass {kind: "list", length: len(l)} for l.extend(l)).
   * @cpython list_extend: list/tuple → resize(m + n) (3.10+: exact-even when ob_item is NULL);
   * 3.13 set/dict/views → resize(m + n); otherwise the length-hint iterator path.
   */
  extend(source: IterSource): void {
    const p = this.profile;
    const m = this.ob_size;
    if (source.kind === "list" || source.kind === "tuple") {
      const n = source.length;
      if (n === 0) return;
      if (this.itemsNull && p.listExtendPreallocatesWhenNull) {
        this.allocated = preallocateExact(p, n);
        this.itemsNull = false;
        this.ob_size = n;
      } else {
        this.resize(m + n);
      }
      return;
    }
    if (p.listExtendSetDictViaResize && isSetOrDictLike(source)) {
      this.resize(m + source.length);
      return;
    }
    // Iterator path: guess a size, fill, then cut back.
    const n = lengthHint(source);
    if (this.itemsNull && p.listExtendPreallocatesWhenNull) {
      if (n > 0) {
        this.allocated = preallocateExact(p, n);
        this.itemsNull = false;
      }
    } else {
      this.resize(m + n);
      this.ob_size = m;
    }
    for (let i = 0; i < source.length; i++) {
      if (this.ob_size < this.allocated) this.ob_size++;
      else this.resize(this.ob_size + 1);
    }
    if (this.ob_size < this.allocated) this.resize(this.ob_size);
  }

  /** `l += x` (list_inplace_concat = list_extend). */
  iadd(source: IterSource): void {
    this.extend(source);
  }

  /**
   * `l.pop()` / `l.pop(i)` of an existing item (the index does not matter for the size).
   * @cpython list_pop_impl: resize(n - 1); 3.12+ popping the only item clears the list.
   */
  pop(): void {
    const newlen = this.ob_size - 1;
    if (newlen === 0 && this.profile.listPopLastClears) this.clearArray();
    else this.resize(newlen);
  }

  /** `l.remove(x)` of an existing item. @cpython list_remove → list_ass_slice(i, i+1, NULL) */
  remove(): void {
    this.setSlice(1, 0);
  }

  /**
   * `del l[i]` of an existing index.
   * @cpython list_ass_item: ≤3.12 list_ass_slice(i, i+1, NULL) (clears when nothing remains);
   * 3.13+ shifts the items and decrements ob_size without any reallocation.
   */
  delItem(): void {
    if (this.profile.listDelItemKeepsCapacity) this.ob_size--;
    else this.remove();
  }

  /**
   * `del l[a:b]` / `del l[a:b:c]` removing `removed` items. `extended` = the normalized |step| > 1
   * (`l[::-1]` is a step-1 slice for CPython).
   * @cpython list_ass_slice (clears when nothing remains) / list_ass_subscript (resize only)
   */
  delSlice(removed: number, opts: { extended?: boolean } = {}): void {
    if (opts.extended) {
      if (removed > 0) this.resize(this.ob_size - removed);
      return;
    }
    this.setSlice(removed, 0);
  }

  /**
   * `l[a:b] = x`: replace `removed` items by `inserted` items (step-1 slices; an extended slice
   * assignment never changes the size — don't call for those).
   * @cpython list_ass_slice: d = inserted - removed; len + d == 0 → _list_clear; d ≠ 0 → list_resize(len + d)
   */
  setSlice(removed: number, inserted: number): void {
    const d = inserted - removed;
    if (this.ob_size + d === 0) {
      this.clearArray();
      return;
    }
    if (d !== 0) this.resize(this.ob_size + d);
  }

  /** `l.clear()`, `del l[:]` (setSlice(len, 0) does the same). */
  clear(): void {
    this.clearArray();
  }

  /** `l *= k`. @cpython list_inplace_repeat: len 0 or k == 1 → nothing; k < 1 → clear; else resize(len·k) */
  imul(k: number): void {
    const size = this.ob_size;
    if (size === 0 || k === 1) return;
    if (k < 1) {
      this.clearArray();
      return;
    }
    this.resize(size * k);
  }

  /** `l.sort()`, `l.reverse()`, `l[i] = x`: no size change (provided so the runtime can call uniformly). */
  sort(): void {}

  // ## Explanation

  sizeofParts(): SizePart[] {
    return [
      { label: "list object header", bytes: vsize("Pn"), cpython: "PyListObject (ob_refcnt, ob_type, ob_size, ob_item, allocated)" },
      repeated("item pointers (capacity)", this.allocated, POINTER_SIZE, "ob_item[allocated], list_resize"),
    ];
  }

  isGc(): boolean {
    return true;
  }

  state(): Record<string, number | string | boolean> {
    return { ob_size: this.ob_size, allocated: this.allocated, ob_item_null: this.itemsNull };
  }
}

function isSetOrDictLike(s: IterSource): boolean {
  return (
    s.kind === "set" ||
    s.kind === "frozenset" ||
    s.kind === "dict" ||
    s.kind === "dict_keys" ||
    s.kind === "dict_values" ||
    s.kind === "dict_items"
  );
}
