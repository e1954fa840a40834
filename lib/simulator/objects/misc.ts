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

import type { Profile } from "../versions";
import type { SizePart } from "../memory/explain";
import { size } from "../memory/struct";
import { Layout } from "./common";

/** Names of the fixed-size objects this file models. */
export type FixedKind =
  | "NoneType"
  | "ellipsis"
  | "NotImplementedType"
  | "object"
  | "range"
  | "slice"
  | "BaseException"
  | "function"
  | "generator"
  | "list_iterator"
  | "module"
  | "type"
  | "property"
  | "staticmethod";

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
      case "BaseException":
        return [head, { label: "exception fields", bytes: p.baseExceptionBasicsize - size(""), cpython: "PyBaseExceptionObject (dict, args, traceback, context, cause, suppress_context[, notes])" }];
      default: {
        const measured = this.measuredTotal();
        const gc = this.isGc() ? p.gcHeaderSize : 0;
        return [{ label: `${this.kind} object (measured)`, bytes: measured - gc, cpython: `rule book §9 measured getsizeof(${this.kind}) minus GC header` }];
      }
    }
  }

  private measuredTotal(): number {
    const m = this.profile.misc;
    switch (this.kind) {
      case "function":
        return m.function;
      case "generator":
        return m.generator;
      case "list_iterator":
        return m.listIterator;
      case "module":
        return m.module;
      case "type":
        return m.builtinType;
      case "property":
        return m.property;
      case "staticmethod":
        return m.staticmethod;
      default:
        return 0;
    }
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
