/*
 * struct.calcsize-style helpers so layout formulas read like CPython's Lib/test/test_sys.py SizeofTest
 * (`vsize("nP") + gc_header_size`). Native alignment on x86-64 Linux, like `struct.calcsize('@…')`.
 *
 * Format characters: x pad(1) c b B ?(1) h H(2) i I f(4) l L q Q n N P d(8). A decimal count may prefix a
 * character ("2P" = two pointers). `e` (half float) is 2 bytes.
 */

const CHAR_SIZES: Readonly<Record<string, number>> = {
  x: 1, c: 1, b: 1, B: 1, "?": 1,
  h: 2, H: 2, e: 2,
  i: 4, I: 4, f: 4,
  l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, P: 8, d: 8,
};

/** struct.calcsize(fmt) with native alignment (no trailing padding, like CPython's calcsize). */
export function calcsize(fmt: string): number {
  let offset = 0;
  let i = 0;
  while (i < fmt.length) {
    let count = "";
    while (i < fmt.length && /[0-9]/.test(fmt[i]!)) count += fmt[i++];
    const ch = fmt[i++];
    if (ch === undefined) throw new Error(`calcsize: dangling count in ${JSON.stringify(fmt)}`);
    if (ch === " " || ch === "@") continue;
    const size = CHAR_SIZES[ch];
    if (size === undefined) throw new Error(`calcsize: unknown format character ${JSON.stringify(ch)}`);
    const n = count === "" ? 1 : Number(count);
    if (ch !== "x" && n > 0) offset = Math.ceil(offset / size) * size;
    offset += size * n;
  }
  return offset;
}

/** PyObject_HEAD: ob_refcnt + ob_type. @cpython Include/object.h */
export const OBJECT_HEAD = "nP";
/** PyObject_VAR_HEAD: PyObject_HEAD + ob_size. @cpython Include/object.h */
export const VAR_OBJECT_HEAD = "nPn";

/** test_sys.py `size(fmt)`: calcsize(PyObject_HEAD + fmt). */
export function size(fmt: string): number {
  return calcsize(OBJECT_HEAD + fmt);
}

/** test_sys.py `vsize(fmt)`: calcsize(PyObject_VAR_HEAD + fmt). */
export function vsize(fmt: string): number {
  return calcsize(VAR_OBJECT_HEAD + fmt);
}

/** Pointer size on the modelled platform (x86-64). */
export const POINTER_SIZE = 8;
