/*
 * Size explanations: the byte-by-byte breakdown behind every sys.getsizeof result.
 *
 * Invariant (tested for every model): the parts sum EXACTLY to `total` (= sys.getsizeof(obj)); the GC
 * header and the 3.11+ pre-header are parts of their own, so `__sizeof__` = total minus those two.
 */

/** One named piece of an object's memory. */
export interface SizePart {
  /** Human label, e.g. "keys-table header", "item pointers". */
  label: string;
  /** Bytes of this part (= count × each when both are given). */
  bytes: number;
  /** Number of repeated units (e.g. 5 entries). */
  count?: number;
  /** Bytes per unit (e.g. 16 per unicode entry). */
  each?: number;
  /** The CPython struct / function / macro this part comes from. */
  cpython: string;
}

/** The breakdown of one sys.getsizeof result. */
export interface SizeExplanation {
  /** Python type name as type(obj).__name__ would print it ("dict", "list", "Point", …). */
  typeName: string;
  /** sys.getsizeof(obj). */
  total: number;
  /** Parts summing exactly to total. */
  parts: SizePart[];
  /** The hidden state behind the number (capacity, used, usable, dummies, …). */
  state: Record<string, number | string | boolean>;
}

/** Labels of the parts that sys.getsizeof adds on top of __sizeof__. */
export const GC_HEADER_LABEL = "GC header";
export const PRE_HEADER_LABEL = "pre-header (managed dict/weakref)";

/** `__sizeof__` of an explanation: total minus the GC header and pre-header parts. */
export function sizeofFromExplanation(e: SizeExplanation): number {
  let extra = 0;
  for (const p of e.parts) if (p.label === GC_HEADER_LABEL || p.label === PRE_HEADER_LABEL) extra += p.bytes;
  return e.total - extra;
}

/** Builds an explanation, computing total as the sum of the parts (so it can never disagree). */
export function makeExplanation(
  typeName: string,
  parts: SizePart[],
  state: Record<string, number | string | boolean>,
): SizeExplanation {
  const kept = parts.filter((p) => p.bytes !== 0 || p.count === 0);
  const total = kept.reduce((sum, p) => sum + p.bytes, 0);
  return { typeName, total, parts: kept, state };
}

/** A repeated part: `count × each`. */
export function repeated(label: string, count: number, each: number, cpython: string): SizePart {
  return { label, bytes: count * each, count, each, cpython };
}

/** The GC header part. @cpython Include/internal/pycore_gc.h PyGC_Head */
export function gcHeaderPart(bytes: number): SizePart {
  return { label: GC_HEADER_LABEL, bytes, cpython: "sizeof(PyGC_Head), added by sys.getsizeof for GC types" };
}

/** The 3.11+ pre-header part. @cpython Objects/typeobject.c _PyType_PreHeaderSize */
export function preHeaderPart(bytes: number): SizePart {
  return { label: PRE_HEADER_LABEL, bytes, cpython: "_PyType_PreHeaderSize (Py_TPFLAGS_MANAGED_DICT / MANAGED_WEAKREF)" };
}

/** One-line rendering: "object header 48 · keys-table header 32 · indices 8 × 1 · GC header 16". */
export function formatExplanation(e: SizeExplanation): string {
  const parts = e.parts.map((p) =>
    p.count !== undefined && p.each !== undefined ? `${p.label} ${p.count} × ${p.each}` : `${p.label} ${p.bytes}`,
  );
  return `${e.typeName} ${e.total} = ${parts.join(" · ")}`;
}

/** Every layout model implements this. */
export interface SizeModel {
  /** type(obj).__name__ of the modelled built-in ("list", "dict", …). */
  readonly typeName: string;
  /** sys.getsizeof(obj). */
  getsizeof(): number;
  /** obj.__sizeof__() (getsizeof minus GC header and pre-header). */
  sizeof(): number;
  /** The breakdown; the optional profile argument is accepted for API symmetry and ignored (models keep their own). */
  explain(profile?: unknown): SizeExplanation;
}
