/**
 * Error and version types shared by the pylib modules.
 *
 * pylib reports Python-level failures by throwing PyLibError; the runtime turns
 * it into the Python exception `pyType(message)`. Messages are CPython's text.
 */

/** A Python-level error: `pyType` is the CPython exception class name, `message` its exact text. */
export class PyLibError extends Error {
  readonly pyType: string;
  constructor(pyType: string, message: string) {
    super(message);
    this.name = "PyLibError";
    this.pyType = pyType;
  }
}

/** CPython minor version (3.6 → 6 … 3.13 → 13); every version-dependent function takes one, default 13. */
export type PyMinor = 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/** The version used when `minor` is omitted. */
export const DEFAULT_MINOR: PyMinor = 13;

/** Throw PyLibError(pyType, message). */
export function fail(pyType: string, message: string): never {
  throw new PyLibError(pyType, message);
}

/**
 * Longest string pylib builds (code units). Python would allocate gigabytes for
 * `'a'.center(10**9)`; the simulator reports MemoryError instead of exhausting V8.
 */
export const MAX_STR_LEN = 1 << 28;

/** `text.repeat(n)` guarded by MAX_STR_LEN. */
export function rep(text: string, n: number): string {
  if (n <= 0) return "";
  if (n * text.length > MAX_STR_LEN) fail("MemoryError", "");
  return text.repeat(n);
}
