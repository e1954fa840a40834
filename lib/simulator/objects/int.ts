/*
 * The layout model of `int` and `bool`. Mirrors Include/cpython/longintrepr.h, Objects/longobject.c
 * int___sizeof___impl, CPython 3.6 – 3.13.
 *
 * PyLongObject (64-bit)
 *
 *   +-------------+ off size
 *   | ob_refcnt   |   0   8
 *   | ob_type     |   8   8
 *   | ob_size     |  16   8   sign * ndigits  (3.12+: lv_tag = ndigits << 3 | sign bits)
 *   | ob_digit[]  |  24   4n  30-bit digits in uint32
 *   +-------------+  24 = offsetof(PyLongObject, ob_digit)
 *
 * ndigits(x) = ceil(bit_length(|x|) / 30), ndigits(0) = 0.
 * __sizeof__ = 24 + 4*ndigits            (3.6 – 3.11.1)
 *            = 24 + 4*max(1, ndigits)     (3.11.2+, gh-100637: one digit is always allocated)
 * Not GC. bool is an int subclass sized the same way: True 28; False 24 (≤3.11.1) / 28.
 * Check: 2**30 → 32, 2**60 → 36, 10**100 → 72, 2**1000 → 160 (all versions).
 */

import type { Profile } from "../versions";
import { repeated, type SizePart } from "../memory/explain";
import { vsize } from "../memory/struct";
import { Layout } from "./common";

/** @cpython PyLong_SHIFT */
export const PYLONG_SHIFT = 30;
/** sizeof(digit) */
export const DIGIT_SIZE = 4;

/** Number of 30-bit digits CPython stores for |value| (0 for 0). */
export function intDigits(value: bigint): number {
  let v = value < 0n ? -value : value;
  let n = 0;
  while (v > 0n) {
    v >>= 30n;
    n++;
  }
  return n;
}

/** The size state of one int (or bool). */
export class IntLayout extends Layout {
  readonly typeName: string;
  /** abs(ob_size): significant digits of the value */
  readonly ndigits: number;

  private constructor(profile: Profile, value: bigint, typeName: string) {
    super(profile);
    this.typeName = typeName;
    this.ndigits = intDigits(value);
  }

  /** Any int value (however computed: literal, arithmetic, int(x)). */
  static of(profile: Profile, value: bigint | number): IntLayout {
    return new IntLayout(profile, BigInt(value), "int");
  }

  /** `True` / `False`. */
  static ofBool(profile: Profile, value: boolean): IntLayout {
    return new IntLayout(profile, value ? 1n : 0n, "bool");
  }

  /** Digits int.__sizeof__ counts: max(1, ndigits) from 3.11.2 on. */
  get countedDigits(): number {
    return this.profile.intZeroHasDigit ? Math.max(1, this.ndigits) : this.ndigits;
  }

  sizeofParts(): SizePart[] {
    return [
      { label: "int object header", bytes: vsize(""), cpython: "offsetof(PyLongObject, ob_digit): ob_refcnt, ob_type, ob_size" },
      repeated("30-bit digits", this.countedDigits, DIGIT_SIZE, "ob_digit[] (int___sizeof___impl)"),
    ];
  }

  isGc(): boolean {
    return false;
  }

  state(): Record<string, number | string | boolean> {
    return { ndigits: this.ndigits, counted_digits: this.countedDigits };
  }
}
