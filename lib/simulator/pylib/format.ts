/**
 * Python's formatting: the format-spec mini-language (`format(x, spec)`, f-string
 * `{x:spec}`) for int, bool, float and str, and printf-style `%` formatting of
 * str and bytes.
 *
 * Mirrors Python/formatter_unicode.c, Objects/unicodeobject.c PyUnicode_Format,
 * Objects/bytesobject.c _PyBytes_FormatEx, Python/pystrtod.c PyOS_double_to_string
 * for CPython 3.6–3.13.
 */

import { DEFAULT_MINOR, fail, type PyMinor } from "./errors";

/** `format(n, spec)` for an int (typeName "int"; subclasses pass their name for messages). */
export function formatInt(n: bigint, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "int"): string {
  void n; void spec; void minor; void typeName;
  return fail("NotImplementedError", "pylib formatInt");
}

/** `format(b, spec)` for a bool: "True"/"False" for an empty spec, else formatted as the int 1/0. */
export function formatBool(b: boolean, spec: string, minor: PyMinor = DEFAULT_MINOR): string {
  if (spec === "") return b ? "True" : "False";
  return formatInt(b ? 1n : 0n, spec, minor, "bool");
}

/** `format(x, spec)` for a float. */
export function formatFloat(x: number, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "float"): string {
  void x; void spec; void minor; void typeName;
  return fail("NotImplementedError", "pylib formatFloat");
}

/** `format(s, spec)` for a str. */
export function formatStr(s: string, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "str"): string {
  void s; void spec; void minor; void typeName;
  return fail("NotImplementedError", "pylib formatStr");
}

/**
 * What `%`-formatting needs to know about one operand. Classify bool as
 * `{ kind: "int", typeName: "bool" }`; an object usable as a number (`__index__`
 * → int, `__float__` → float) may be classified as such; everything else "other".
 */
export type PyScalar =
  | { kind: "int"; value: bigint; typeName: string }
  | { kind: "float"; value: number; typeName: string }
  | { kind: "str"; value: string; typeName: string }
  | { kind: "bytes"; value: Uint8Array; typeName: string }
  | { kind: "other"; typeName: string };

/** Callbacks through which `%`-formatting reaches arbitrary Python objects. */
export interface PercentHooks<T> {
  /** Scalar view of a value (see PyScalar). */
  classify(v: T): PyScalar;
  /** `str(v)`. */
  str(v: T): string;
  /** `repr(v)`. */
  repr(v: T): string;
  /** `ascii(v)`; defaults to repr with non-ASCII escaped. */
  ascii?(v: T): string;
  /** For bytes `%s`/`%b`: the buffer or `__bytes__` of v, undefined if it has neither. */
  bytes?(v: T): Uint8Array | undefined;
  /** `mapping[key]` for `%(key)s`; key is a str (str formatting) or bytes (bytes formatting). Throws KeyError itself. */
  getItem(mapping: T, key: string | Uint8Array): T;
}

/**
 * The right operand of `%`: a tuple's items, or a single value. `isMapping` mirrors
 * CPython's test (has `__getitem__` and is not a tuple or str): dict, list, bytes…
 */
export type PercentArgs<T> =
  | { kind: "tuple"; items: readonly T[] }
  | { kind: "single"; value: T; isMapping: boolean };

/** `fmt % args` for str (@cpython Objects/unicodeobject.c PyUnicode_Format). */
export function percentFormat<T>(fmt: string, args: PercentArgs<T>, hooks: PercentHooks<T>, minor: PyMinor = DEFAULT_MINOR): string {
  void fmt; void args; void hooks; void minor;
  return fail("NotImplementedError", "pylib percentFormat");
}

/** `fmt % args` for bytes/bytearray (@cpython Objects/bytesobject.c _PyBytes_FormatEx, 3.5+). */
export function percentFormatBytes<T>(fmt: Uint8Array, args: PercentArgs<T>, hooks: PercentHooks<T>, minor: PyMinor = DEFAULT_MINOR): Uint8Array {
  void fmt; void args; void hooks; void minor;
  return fail("NotImplementedError", "pylib percentFormatBytes");
}
