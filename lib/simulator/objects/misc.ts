/*
 * Fixed-size objects: None, Ellipsis, NotImplemented, object(), range, slice, exceptions, and the
 * "measured only" objects of the rule book §9 (function, generator, list_iterator, module, built-in
 * type objects, property, staticmethod). CPython 3.6 – 3.13.
 *
 *   None / Ellipsis / NotImplemented / object()  PyObject_HEAD                           16, not GC
 *   range      PyObject_HEAD + start, stop, step, length (pointers to ints)             48, not GC
 *   slice      PyObject_HEAD + start, stop, step                                         40 + GC header
 *   BaseException  PyObject_HEAD + dict, args, traceback, context, cause,
 *                  suppress_context (+ notes 3.11+)                                     64 / 72 + GC header
 * The §9 objects are measured totals (GC header included); their internal layout is not modelled.
 */

import type { MeasuredKind, Profile } from "../versions";
import type { SizePart } from "../memory/explain";
import { size } from "../memory/struct";
import { Layout } from "./common";

/**
 * Names of the fixed-size objects this file models. "BaseException" covers every built-in exception
 * instance: pass the exception class name as `typeName` (StopIteration, ImportError, OSError, … carry
 * extra fields). "generator" is the rule book's measured value for a small generator function (3.11+
 * generators embed their frame, so real sizes vary with the function).
 */
export type FixedKind = "NoneType" | "ellipsis" | "NotImplementedType" | "object" | "range" | "slice" | "BaseException" | "generator" | MeasuredKind;

/** An object whose size never changes. */
export class FixedLayout extends Layout {
  private constructor(
    profile: Profile,
    readonly typeName: string,
    private readonly kind: FixedKind,
  ) {
    super(profile);
  }

  /**
   * The layout of a fixed-size object. `typeName` overrides the reported type name (e.g. an exception
   * class name such as "ValueError" for kind "BaseException", "builtin_function_or_method", …).
   */
  static of(profile: Profile, kind: FixedKind, typeName?: string): FixedLayout {
    return new FixedLayout(profile, typeName ?? kind, kind);
  }

  sizeofParts(): SizePart[] {
    const p = this.profile;
    const head: SizePart = { label: "object header", bytes: size(""), cpython: "PyObject_HEAD (ob_refcnt, ob_type)" };
    switch (this.kind) {
      case "NoneType":
      case "ellipsis":
      case "NotImplementedType":
      case "object":
        return [head];
      case "range":
        return [head, { label: "start, stop, step, length pointers", bytes: size("4P") - size(""), count: 4, each: 8, cpython: "rangeobject" }];
      case "slice":
        return [head, { label: "start, stop, step pointers", bytes: size("3P") - size(""), count: 3, each: 8, cpython: "PySliceObject" }];
      case "BaseException": {
        const parts: SizePart[] = [
          head,
          { label: "exception fields", bytes: p.baseExceptionBasicsize - size(""), cpython: "PyBaseExceptionObject (dict, args, traceback, context, cause, suppress_context[, notes])" },
        ];
        const extra = p.exceptionExtraBytes[this.typeName] ?? 0;
        if (extra) parts.push({ label: `${this.typeName} fields`, bytes: extra, cpython: `Py${this.typeName}Object extra members` });
        return parts;
      }
      default: {
        const measured = this.measuredTotal();
        const gc = this.isGc() ? p.gcHeaderSize : 0;
        return [{ label: `${this.kind} object (measured)`, bytes: measured - gc, cpython: `measured getsizeof(${this.kind}) minus GC header (rule book §9, scripts/measure-layouts.py)` }];
      }
    }
  }

  private measuredTotal(): number {
    if (this.kind === "generator") return this.profile.misc.generator;
    return this.profile.measured[this.kind as MeasuredKind] ?? 0;
  }

  isGc(): boolean {
    switch (this.kind) {
      case "NoneType":
      case "ellipsis":
      case "NotImplementedType":
      case "object":
      case "range":
      case "type":
        return false;
      default:
        return true;
    }
  }

  state(): Record<string, number | string | boolean> {
    return {};
  }
}
