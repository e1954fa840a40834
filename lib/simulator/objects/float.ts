/*
 * The layout models of `float` and `complex`. Mirrors Include/floatobject.h, Include/complexobject.h,
 * CPython 3.6 – 3.13: fixed size, not GC, no __sizeof__ of their own (object.__sizeof__ = tp_basicsize).
 *
 * PyFloatObject                 PyComplexObject
 *   | ob_refcnt |  0  8           | ob_refcnt |  0  8
 *   | ob_type   |  8  8           | ob_type   |  8  8
 *   | ob_fval   | 16  8 double    | cval.real | 16  8
 *   +-----------+ 24              | cval.imag | 24  8
 *                                 +-----------+ 32
 */

import type { Profile } from "../versions";
import type { SizePart } from "../memory/explain";
import { size } from "../memory/struct";
import { Layout } from "./common";

/** A float: always 24 bytes. */
export class FloatLayout extends Layout {
  readonly typeName = "float";
  static of(profile: Profile): FloatLayout {
    return new FloatLayout(profile);
  }
  sizeofParts(): SizePart[] {
    return [
      { label: "object header", bytes: size(""), cpython: "PyObject_HEAD (ob_refcnt, ob_type)" },
      { label: "double value", bytes: size("d") - size(""), cpython: "PyFloatObject.ob_fval" },
    ];
  }
  isGc(): boolean {
    return false;
  }
  state(): Record<string, number | string | boolean> {
    return {};
  }
}

/** A complex: always 32 bytes. */
export class ComplexLayout extends Layout {
  readonly typeName = "complex";
  static of(profile: Profile): ComplexLayout {
    return new ComplexLayout(profile);
  }
  sizeofParts(): SizePart[] {
    return [
      { label: "object header", bytes: size(""), cpython: "PyObject_HEAD (ob_refcnt, ob_type)" },
      { label: "real and imaginary doubles", bytes: size("2d") - size(""), count: 2, each: 8, cpython: "PyComplexObject.cval (Py_complex)" },
    ];
  }
  isGc(): boolean {
    return false;
  }
  state(): Record<string, number | string | boolean> {
    return {};
  }
}
