/*
 * The layout model of `tuple` (and namedtuple / typing.NamedTuple instances, which are tuples with
 * `__slots__ = ()`). Mirrors Include/cpython/tupleobject.h, Objects/tupleobject.c, CPython 3.6 – 3.13.
 *
 * PyTupleObject (64-bit)
 *
 *   +------------+ off size
 *   | ob_refcnt  |   0   8
 *   | ob_type    |   8   8
 *   | ob_size    |  16   8   len(tuple)
 *   | ob_item[]  |  24   8n  inline item pointers
 *   +------------+  24 = tp_basicsize = vsize(""), tp_itemsize 8
 *
 * __sizeof__ = 24 + 8*len (tuple___sizeof__: basicsize + itemsize*len); getsizeof adds the GC header even
 * when the collector has untracked the tuple. Always exact: literal, tuple(iterable) (even from a
 * generator: the temporary over-allocation is trimmed by _PyTuple_Resize), +, slicing, `*` (§4).
 * `()` is a shared singleton with the same formula.
 * 3.14 (not modelled) adds an 8-byte cached hash.
 */

import type { Profile } from "../versions";
import { repeated, type SizePart } from "../memory/explain";
import { vsize, POINTER_SIZE } from "../memory/struct";
import { Layout } from "./common";

/** A tuple of `length` items: every construction path gives exactly this. */
export class TupleLayout extends Layout {
  typeName = "tuple";
  private constructor(
    profile: Profile,
    /** len(tuple) */
    readonly ob_size: number,
  ) {
    super(profile);
  }

  /** Any tuple of `length` items (display, tuple(x), +, *, slice, namedtuple instance). */
  static of(profile: Profile, length: number): TupleLayout {
    return new TupleLayout(profile, length);
  }

  /** Same as `of`, with a different reported type name (namedtuple class name, for explanations). */
  static named(profile: Profile, length: number, typeName: string): TupleLayout {
    const t = new TupleLayout(profile, length);
    t.typeName = typeName;
    return t;
  }

  sizeofParts(): SizePart[] {
    return [
      { label: "tuple object header", bytes: vsize(""), cpython: "PyTupleObject (ob_refcnt, ob_type, ob_size)" },
      repeated("item pointers", this.ob_size, POINTER_SIZE, "ob_item[len] (inline)"),
    ];
  }

  isGc(): boolean {
    return true;
  }

  state(): Record<string, number | string | boolean> {
    return { ob_size: this.ob_size };
  }
}
