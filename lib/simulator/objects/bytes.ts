/*
 * The layout models of `bytes` and `bytearray`. Mirrors Include/cpython/bytesobject.h,
 * Include/cpython/bytearrayobject.h, Objects/bytearrayobject.c PyByteArray_Resize, CPython 3.6 – 3.13.
 *
 * PyBytesObject (64-bit)            PyByteArrayObject (64-bit)
 *   | ob_refcnt, ob_type | 16         | ob_refcnt, ob_type | 16
 *   | ob_size            |  8         | ob_size            |  8
 *   | ob_shash           |  8         | ob_alloc           |  8   bytes allocated in ob_bytes
 *   | ob_sval[n + 1]     | n+1        | ob_bytes           |  8   -> buffer
 *   +--------------------+ 33 + n     | ob_start           |  8   logical start inside the buffer
 *                                     | ob_exports         |  8 (int + padding)
 *                                     +--------------------+ 56 = tp_basicsize
 * bytes: __sizeof__ = 33 + len (PyBytesObject_SIZE + len). Not GC.
 * bytearray: __sizeof__ = 56 + ob_alloc. Not GC.
 *
 * PyByteArray_Resize(size), with offset = ob_start - ob_bytes:
 *   size + offset + 1 <= alloc:  size < alloc/2 → alloc = size + 1, else only ob_size changes
 *   otherwise (grow):            size <= alloc * 1.125 → alloc = size + (size >> 3) + (size < 9 ? 3 : 6)
 *                                else alloc = size + 1
 * Deleting at the front (`del b[:k]`) only advances ob_start (bytearray_setslice_linear), then resizes.
 * Check: append sequence 1→58, 2–4→61, 5–7→64, 8–11→68 (§3.5).
 */

import type { Profile } from "../versions";
import type { SizePart } from "../memory/explain";
import { vsize } from "../memory/struct";
import { Layout, chargeGrowth, type IterSource } from "./common";

/** A bytes object of `length` bytes. */
export class BytesLayout extends Layout {
  readonly typeName = "bytes";
  private constructor(
    profile: Profile,
    readonly length: number,
  ) {
    super(profile);
  }

  /** Any bytes value of this length (literal, encode, bytes(x), +, *, slicing, %-formatting). */
  static of(profile: Profile, length: number): BytesLayout {
    return new BytesLayout(profile, length);
  }

  sizeofParts(): SizePart[] {
    return [
      { label: "bytes object header", bytes: vsize("n"), cpython: "PyBytesObject (ob_refcnt, ob_type, ob_size, ob_shash)" },
      { label: "bytes incl. NUL", bytes: this.length + 1, count: this.length + 1, each: 1, cpython: "ob_sval[len + 1]" },
    ];
  }
  isGc(): boolean {
    return false;
  }
  state(): Record<string, number | string | boolean> {
    return { ob_size: this.length };
  }
}

/** Buffer bookkeeping of one bytearray. */
export class ByteArrayLayout extends Layout {
  readonly typeName = "bytearray";
  ob_size = 0;
  private alloc = 0;
  /** ob_alloc: bytes allocated (0 for a never-allocated bytearray); growth is reported to the allocation meter */
  get ob_alloc(): number {
    return this.alloc;
  }
  set ob_alloc(n: number) {
    const old = this.alloc;
    this.alloc = n;
    if (n > old) chargeGrowth(n - old, n);
  }
  /** ob_start - ob_bytes */
  offset = 0;

  private constructor(profile: Profile) {
    super(profile);
  }

  // ## Construction paths

  /** `bytearray()`, `bytearray(b'')`. */
  static empty(profile: Profile): ByteArrayLayout {
    return new ByteArrayLayout(profile);
  }

  /**
   * A bytearray with an exact buffer for n bytes (alloc = n + 1; n = 0 → no buffer):
   * `bytearray(b'abc')` / any buffer object, `bytearray(n)`, `bytearray(s, enc)`, `ba + x`, `ba * k`,
   * slicing, `ba.copy()`. @cpython PyByteArray_FromStringAndSize / PyByteArray_Resize from empty.
   */
  static exact(profile: Profile, n: number): ByteArrayLayout {
    const b = new ByteArrayLayout(profile);
    if (n > 0) {
      b.ob_size = n;
      b.ob_alloc = n + 1;
    }
    return b;
  }

  /**
   * `bytearray(iterable_of_ints)` for a non-buffer iterable.
   * @cpython bytearray___init__: 3.11+ exact list/tuple → resize(n); otherwise append one at a time.
   */
  static fromIterable(profile: Profile, source: IterSource): ByteArrayLayout {
    if (profile.bytearrayExactFromListTuple && (source.kind === "list" || source.kind === "tuple")) {
      return ByteArrayLayout.exact(profile, source.length);
    }
    const b = new ByteArrayLayout(profile);
    for (let i = 0; i < source.length; i++) {
      // if (Py_SIZE(self) + 1 < self->ob_alloc) Py_SET_SIZE(...) else PyByteArray_Resize(self, Py_SIZE(self)+1)
      if (b.ob_size + 1 < b.ob_alloc) b.ob_size++;
      else b.resize(b.ob_size + 1);
    }
    return b;
  }

  // ## Mutations

  /** @cpython PyByteArray_Resize(self, size) */
  resize(newSize: number): void {
    if (newSize === this.ob_size) return;
    let alloc = this.ob_alloc;
    if (newSize + this.offset + 1 <= alloc) {
      if (newSize < Math.floor(alloc / 2)) {
        alloc = newSize + 1;
      } else {
        this.ob_size = newSize;
        return;
      }
    } else if (newSize <= alloc * 1.125) {
      alloc = newSize + (newSize >> 3) + (newSize < 9 ? 3 : 6);
    } else {
      alloc = newSize + 1;
    }
    this.ob_alloc = alloc;
    this.offset = 0;
    this.ob_size = newSize;
  }

  /** `ba.append(x)`, `ba.insert(i, x)`. */
  append(): void {
    this.resize(this.ob_size + 1);
  }

  /** `ba.insert(i, x)`. */
  insert(): void {
    this.resize(this.ob_size + 1);
  }

  /**
   * `ba.extend(x)` / `ba += x` adding `added` bytes (buffer objects and iterables alike end in one
   * setslice at the end → resize(len + added)). @cpython bytearray_extend / bytearray_iconcat
   */
  extend(added: number): void {
    if (added > 0) this.resize(this.ob_size + added);
  }

  /** Same as extend, taking an IterSource. */
  extendFrom(source: IterSource): void {
    this.extend(source.length);
  }

  /** `ba.pop()` / `ba.pop(i)` / `ba.remove(x)` / `del ba[i]` with i > 0: resize(len - 1). Use delSlice(0, 1) for index 0. */
  pop(): void {
    this.resize(this.ob_size - 1);
  }

  /**
   * `del ba[lo:lo+removed]` (step 1) or replacing that slice by `inserted` bytes.
   * @cpython bytearray_setslice_linear: deleting at lo == 0 advances ob_start instead of moving bytes.
   */
  setSlice(lo: number, removed: number, inserted = 0): void {
    const growth = inserted - removed;
    if (growth < 0) {
      if (lo === 0) this.offset += -growth;
      this.resize(this.ob_size + growth);
    } else if (growth > 0) {
      this.resize(this.ob_size + growth);
    }
  }

  /** `del ba[lo:hi]`. */
  delSlice(lo: number, removed: number): void {
    this.setSlice(lo, removed, 0);
  }

  /** `ba.clear()`: bytearray_clear → PyByteArray_Resize(self, 0). */
  clear(): void {
    this.resize(0);
  }

  /** `ba *= k`: PyByteArray_Resize(self, len * k) (k ≤ 0 → 0). */
  imul(k: number): void {
    this.resize(k <= 0 ? 0 : this.ob_size * k);
  }

  sizeofParts(): SizePart[] {
    return [
      { label: "bytearray object header", bytes: vsize("nPPn") /* ob_exports: int padded to 8 */, cpython: "PyByteArrayObject (ob_refcnt, ob_type, ob_size, ob_alloc, ob_bytes, ob_start, ob_exports)" },
      { label: "allocated buffer", bytes: this.ob_alloc, count: this.ob_alloc, each: 1, cpython: "ob_bytes[ob_alloc], PyByteArray_Resize" },
    ];
  }
  isGc(): boolean {
    return false;
  }
  state(): Record<string, number | string | boolean> {
    return { ob_size: this.ob_size, ob_alloc: this.ob_alloc, ob_start_offset: this.offset };
  }
}
