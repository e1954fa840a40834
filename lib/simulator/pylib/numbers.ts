/**
 * Python int/float/complex semantics on JS primitives: bigint is Python int,
 * number is Python float, `{ re, im }` is Python complex.
 *
 * Mirrors Objects/longobject.c, Objects/floatobject.c, Objects/complexobject.c,
 * Python/pystrtod.c and Python/pyhash.c for CPython 3.6–3.13. Version-dependent
 * messages take a `minor` (6 … 13) and cite the version range they were checked on.
 */

import { DEFAULT_MINOR, fail, MAX_STR_LEN, rep, type PyMinor } from "./errors";
import { atan2CR, cosCR, expCR, logCR, sinCR } from "./exact-math";
import { glibcHypot, glibcPow } from "./libm";
import { bytesToLatin1, reprBytes, reprStr } from "./text";
import { decimalValueOf, isPySpace } from "./unicode";

// ## Float → text

/**
 * Exact decimal expansion of a finite double: value = digits × 10^exp10,
 * `digits` without leading zeros ("0" for zero), sign separate.
 */
export function exactDecimal(x: number): { negative: boolean; digits: string; exp10: number } {
  const negative = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (a === 0) return { negative, digits: "0", exp10: 0 };
  const { mant, exp2 } = decompose(a);
  if (exp2 >= 0) return { negative, digits: (mant << BigInt(exp2)).toString(), exp10: 0 };
  // m / 2^k == m * 5^k / 10^k
  const k = -exp2;
  return { negative, digits: (mant * 5n ** BigInt(k)).toString(), exp10: -k };
}

/** a = mant * 2^exp2 with integer mant (finite a >= 0). */
function decompose(a: number): { mant: bigint; exp2: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, a);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (bexp === 0) return { mant, exp2: -1074 };
  mant |= 1n << 52n;
  return { mant, exp2: bexp - 1075 };
}

/**
 * Round the exact value of |x| to `ndigits` significant digits (mode "sig") or to
 * `ndigits` digits after the point (mode "fixed"), half-even on the exact value
 * (@cpython Python/dtoa.c _Py_dg_dtoa modes 2/3).
 * Returns digits (no leading zeros, may be "" when everything rounds away) and
 * decpt: the value is 0.digits × 10^decpt.
 */
export function roundDecimal(
  x: number,
  mode: "sig" | "fixed",
  ndigits: number,
): { negative: boolean; digits: string; decpt: number } {
  const e = exactDecimal(x);
  if (e.digits === "0") return { negative: e.negative, digits: "", decpt: mode === "sig" ? 1 : -ndigits };
  const decpt = e.digits.length + e.exp10;
  const keep = mode === "sig" ? ndigits : decpt + ndigits;
  if (keep >= e.digits.length) return { negative: e.negative, digits: stripZeros(e.digits), decpt };
  if (keep < 0) return { negative: e.negative, digits: "", decpt };
  let head = e.digits.slice(0, keep);
  const rest = e.digits.slice(keep);
  const first = rest.charCodeAt(0) - 48;
  let up = false;
  if (first > 5) up = true;
  else if (first === 5) {
    const tailNonZero = /[1-9]/.test(rest.slice(1));
    const lastOdd = head.length > 0 && (head.charCodeAt(head.length - 1) - 48) % 2 === 1;
    up = tailNonZero || lastOdd;
  }
  let dp = decpt;
  if (up) {
    const bumped = (head.length ? BigInt(head) + 1n : 1n).toString();
    if (bumped.length > head.length) dp += 1;
    head = bumped;
  }
  return { negative: e.negative, digits: stripZeros(head), decpt: dp };
}

function stripZeros(d: string): string {
  return d.replace(/0+$/, "");
}

/** Shortest round-trip digits of finite |x| (x != 0): 0.digits × 10^decpt. */
export function shortestDigits(x: number): { digits: string; decpt: number } {
  // JS Number::toString picks the shortest correctly rounded digit string, as
  // @cpython Python/dtoa.c mode 0 does.
  const s = Math.abs(x).toExponential();
  const [mant, ex] = s.split("e");
  const digits = mant!.replace(".", "");
  return { digits, decpt: Number(ex) + 1 };
}

/**
 * `repr(x)` / `str(x)` of a float: shortest round-trip digits, exponent form when
 * decpt > 16 or decpt < -3 (@cpython Python/pystrtod.c format_float_short, mode 'r').
 */
export function floatRepr(x: number): string {
  // Fast path: in [1e-4, 1e16) JS and Python both print fixed notation with the same shortest digits.
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    const t = String(x);
    return t.includes(".") ? t : t + ".0";
  }
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const { digits, decpt } = shortestDigits(x);
  const sign = x < 0 ? "-" : "";
  if (decpt > 16 || decpt < -3) return sign + expForm(digits, decpt - 1, false);
  return sign + fixedForm(digits, decpt, 0, true);
}

/** d.ddde±XX with at least two exponent digits. */
export function expForm(digits: string, exp: number, forceDot: boolean): string {
  let m = digits[0]!;
  if (digits.length > 1) m += "." + digits.slice(1);
  else if (forceDot) m += ".";
  const ae = Math.abs(exp);
  return m + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
}

/**
 * Fixed notation of 0.digits × 10^decpt with at least `minFrac` fractional digits;
 * `dot0` appends ".0" to integers.
 */
export function fixedForm(digits: string, decpt: number, minFrac: number, dot0: boolean): string {
  let intPart: string;
  let frac: string;
  if (decpt <= 0) {
    intPart = "0";
    frac = rep("0", -decpt) + digits;
  } else if (decpt >= digits.length) {
    intPart = digits + rep("0", decpt - digits.length);
    frac = "";
  } else {
    intPart = digits.slice(0, decpt);
    frac = digits.slice(decpt);
  }
  if (intPart === "") intPart = "0";
  if (frac.length < minFrac) frac += rep("0", minFrac - frac.length);
  if (frac === "") return dot0 ? intPart + ".0" : intPart;
  return intPart + "." + frac;
}

// ## Complex

/** A Python complex value. */
export interface PyComplex {
  re: number;
  im: number;
}

/** `repr(complex)`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)` (@cpython Objects/complexobject.c complex_repr). */
export function complexRepr(re: number, im: number): string {
  const imText = floatReprNoDot(im);
  if (re === 0 && !Object.is(re, -0)) return imText + "j";
  const reText = floatReprNoDot(re);
  const imSigned = imText.startsWith("-") ? imText : "+" + imText;
  return "(" + reText + imSigned + "j)";
}

/** Mode 'r' without Py_DTSF_ADD_DOT_0: 1.0 → "1". */
function floatReprNoDot(x: number): string {
  const r = floatRepr(x);
  return r.endsWith(".0") ? r.slice(0, -2) : r;
}

/** `a + b` for complex. */
export function complexAdd(a: PyComplex, b: PyComplex): PyComplex {
  return { re: a.re + b.re, im: a.im + b.im };
}
/** `a - b` for complex. */
export function complexSub(a: PyComplex, b: PyComplex): PyComplex {
  return { re: a.re - b.re, im: a.im - b.im };
}
/** @cpython Objects/complexobject.c _Py_c_prod (3.6–3.13 textbook formula). */
export function complexMul(a: PyComplex, b: PyComplex): PyComplex {
  return { re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re };
}

/** @cpython Objects/complexobject.c _Py_c_quot (Smith's method); b == 0 → ZeroDivisionError. */
export function complexDiv(a: PyComplex, b: PyComplex): PyComplex {
  const absBr = Math.abs(b.re);
  const absBi = Math.abs(b.im);
  if (absBr >= absBi) {
    if (absBr === 0) fail("ZeroDivisionError", "complex division by zero");
    const ratio = b.im / b.re;
    const denom = b.re + b.im * ratio;
    return { re: (a.re + a.im * ratio) / denom, im: (a.im - a.re * ratio) / denom };
  }
  if (absBi >= absBr) {
    const ratio = b.re / b.im;
    const denom = b.re * ratio + b.im;
    return { re: (a.re * ratio + a.im) / denom, im: (a.im * ratio - a.re) / denom };
  }
  return { re: NaN, im: NaN };
}

/** `a ** b` for complex (@cpython Objects/complexobject.c complex_pow, c_powi for small int exponents). */
export function complexPow(a: PyComplex, b: PyComplex): PyComplex {
  let r: PyComplex;
  if (b.im === 0 && b.re === Math.trunc(b.re) && Math.abs(b.re) <= 100) {
    r = complexPowi(a, b.re);
  } else {
    r = complexPowGeneral(a, b);
  }
  if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) {
    if (!(Number.isNaN(r.re) || Number.isNaN(r.im)) || false) {
      if (Number.isFinite(a.re) && Number.isFinite(a.im) && Number.isFinite(b.re) && Number.isFinite(b.im))
        fail("OverflowError", "complex exponentiation");
    }
  }
  return r;
}

function complexPowGeneral(a: PyComplex, b: PyComplex): PyComplex {
  if (b.re === 0 && b.im === 0) return { re: 1, im: 0 };
  if (a.re === 0 && a.im === 0) {
    if (b.im !== 0 || b.re < 0) fail("ZeroDivisionError", "0.0 to a negative or complex power");
    return { re: 0, im: 0 };
  }
  // pow and hypot are glibc's own algorithms (libm.ts); atan2, exp, log, cos and sin go through
  // correctly rounded versions (exact-math.ts), which glibc's match on ~99.9% of inputs
  const vabs = glibcHypot(a.re, a.im);
  let len = glibcPow(vabs, b.re);
  const at = atan2CR(a.im, a.re);
  let phase = at * b.re;
  if (b.im !== 0) {
    len /= expCR(at * b.im);
    phase += b.im * logCR(vabs);
  }
  return { re: len * cosCR(phase), im: len * sinCR(phase) };
}

function complexPowu(x: PyComplex, n: number): PyComplex {
  let r: PyComplex = { re: 1, im: 0 };
  let p = x;
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = complexMul(r, p);
    mask <<= 1;
    p = complexMul(p, p);
  }
  return r;
}

function complexPowi(x: PyComplex, n: number): PyComplex {
  if (n > 0) return complexPowu(x, n);
  if (n === 0) return complexPowGeneral(x, { re: 0, im: 0 });
  if (x.re === 0 && x.im === 0) fail("ZeroDivisionError", "0.0 to a negative or complex power");
  return complexDiv({ re: 1, im: 0 }, complexPowu(x, -n));
}

/**
 * complex `//`, `%`, `divmod` (either operand complex): 3.6–3.9 define them only to raise
 * these TypeErrors; 3.10+ removed the slots, so this returns and the caller raises the
 * generic "unsupported operand type(s)" error.
 * @cpython Objects/complexobject.c complex_int_div / complex_remainder / complex_divmod (≤3.9)
 */
export function complexFloorOpCheck(op: "//" | "%" | "divmod", minor: PyMinor = DEFAULT_MINOR): void {
  if (minor >= 10) return;
  if (op === "//") fail("TypeError", "can't take floor of complex number.");
  if (op === "%") fail("TypeError", "can't mod complex numbers.");
  fail("TypeError", "can't take floor or mod of complex number.");
}

/** `abs(z)`: hypot, OverflowError "absolute value too large" on overflow. */
export function complexAbs(z: PyComplex): number {
  const r = glibcHypot(z.re, z.im);
  if (r === Infinity && Number.isFinite(z.re) && Number.isFinite(z.im))
    fail("OverflowError", "absolute value too large");
  return r;
}

// ## Int → text and text → int

/** Digits limit for int↔str in base 10 (@cpython Include/internal/pycore_long.h _PY_LONG_DEFAULT_MAX_STR_DIGITS). */
export const INT_MAX_STR_DIGITS = 4300;

/**
 * `str(n)` / `repr(n)`. From 3.7 (3.7.14+, 3.8.14+, 3.9.14+, 3.10.7+, all 3.11+)
 * more than 4300 digits raise ValueError; 3.6 has no limit.
 * @cpython Objects/longobject.c long_to_decimal_string_internal
 */
export function intToStr(n: bigint, minor: PyMinor = DEFAULT_MINOR): string {
  if (n < 0x20000000000000n && n > -0x20000000000000n) return n.toString();
  if (minor >= 7) {
    // Quick bound before building the string: 4300 digits < 14285 bits.
    const bits = bitLengthNumber(n);
    if (bits > 14284) {
      // 2^(bits-1) <= |n|: beyond 14287 bits the digit count exceeds 4300 without converting.
      const over = bits - 1 > 14286 || (n < 0n ? -n : n).toString().length > INT_MAX_STR_DIGITS;
      if (over) {
        // 3.7–3.10 print "limit (4300)", 3.11+ "limit (4300 digits)".
        const lim = minor >= 11 ? `${INT_MAX_STR_DIGITS} digits` : `${INT_MAX_STR_DIGITS}`;
        fail(
          "ValueError",
          `Exceeds the limit (${lim}) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
        );
      }
    }
  }
  return n.toString();
}

/** `bin(n)`, `oct(n)`, `hex(n)`: `-0b101`, `0o17`, `0xff`. */
export function intToPrefixedBase(n: bigint, base: 2 | 8 | 16): string {
  const prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  return n < 0n ? "-" + prefix + (-n).toString(base) : prefix + n.toString(base);
}

/**
 * `int(text, base)` for a str argument (base 0 or 2..36), CPython's grammar:
 * surrounding whitespace, sign, optional 0x/0o/0b prefix matching base, single
 * underscores between digits (after a prefix too), Unicode decimal digits.
 * @cpython Objects/longobject.c PyLong_FromUnicodeObject / PyLong_FromString
 */
export function parseIntLiteral(text: string | Uint8Array, base: number | bigint = 10, minor: PyMinor = DEFAULT_MINOR): bigint {
  const b = Number(base);
  if ((b !== 0 && b < 2) || b > 36) fail("ValueError", "int() base must be >= 2 and <= 36, or 0");
  // bytes: ASCII whitespace only, no Unicode digits; the message shows the first 200 bytes' repr
  const isBytes = text instanceof Uint8Array;
  const err = (): never =>
    fail(
      "ValueError",
      `invalid literal for int() with base ${b}: ${isBytes ? truncRepr(reprBytes(text), true) : truncRepr(text)}`,
    );
  const s = isBytes ? stripAsciiSpace(bytesToLatin1(text)) : stripPySpace(toAsciiDigits(text));
  let i = 0;
  let neg = false;
  if (s[i] === "+" || s[i] === "-") {
    neg = s[i] === "-";
    i++;
  }
  let radix = b;
  const p = s.slice(i, i + 2).toLowerCase();
  const prefixRadix = p === "0x" ? 16 : p === "0o" ? 8 : p === "0b" ? 2 : 0;
  let afterPrefix = false;
  if (prefixRadix && (b === 0 || b === prefixRadix)) {
    radix = prefixRadix;
    i += 2;
    afterPrefix = true;
  } else if (b === 0) {
    radix = 10;
  }
  let body = s.slice(i);
  if (afterPrefix && body.startsWith("_")) body = body.slice(1);
  if (body === "" || body.startsWith("_") || body.endsWith("_") || body.includes("__")) err();
  const digits = body.replace(/_/g, "");
  for (const ch of digits) {
    const d = digitValue(ch);
    if (d < 0 || d >= radix) err();
  }
  // Base 0 forbids leading zeros on non-zero decimals ("010").
  if (b === 0 && radix === 10 && !afterPrefix && digits.length > 1 && digits[0] === "0" && /[1-9]/.test(digits)) err();
  if (minor >= 7 && (radix & (radix - 1)) !== 0 && digits.length > INT_MAX_STR_DIGITS) {
    const lim = minor >= 11 ? `${INT_MAX_STR_DIGITS} digits` : `${INT_MAX_STR_DIGITS}`;
    fail(
      "ValueError",
      `Exceeds the limit (${lim}) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  let v: bigint;
  if (radix === 10) v = BigInt(digits);
  else if (radix === 16 || radix === 8 || radix === 2) v = BigInt((radix === 16 ? "0x" : radix === 8 ? "0o" : "0b") + digits);
  else {
    v = 0n;
    const R = BigInt(radix);
    for (const ch of digits) v = v * R + BigInt(digitValue(ch));
  }
  return neg ? -v : v;
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return -1;
}

/** repr truncated like CPython's `%.200R`. */
function truncRepr(text: string, isRepr: boolean = false): string {
  const r = isRepr ? text : reprForMessage(text);
  const cps = Array.from(r);
  return cps.length > 200 ? cps.slice(0, 200).join("") : r;
}

function reprForMessage(s: string): string {
  return reprStr(s);
}

/** Replace Unicode decimal digits by ASCII ones, as CPython does before parsing numbers. */
function toAsciiDigits(s: string): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else {
      const d = decimalValueOf(cp);
      if (d >= 0) out += String.fromCharCode(48 + d);
      else if (isPySpace(cp)) out += " ";
      else out += ch;
    }
  }
  return out;
}

function stripAsciiSpace(s: string): string {
  return s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, "");
}

function stripPySpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isPySpace(s.charCodeAt(a))) a++;
  while (b > a && isPySpace(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/**
 * `float(text)` for a str argument: whitespace, sign, digits with single
 * underscores between digits, `inf`/`infinity`/`nan` in any case.
 * @cpython Objects/floatobject.c PyFloat_FromString, Python/pystrtod.c _Py_string_to_number_with_underscores
 * Blank input: see emptyFloatError (message differs in 3.6–3.7, 3.8–3.9, 3.10+).
 */
export function parseFloatLiteral(text: string | Uint8Array, minor: PyMinor = DEFAULT_MINOR): number {
  if (text instanceof Uint8Array) {
    const t = stripAsciiSpace(bytesToLatin1(text));
    if (t === "") emptyFloatError(reprBytes(text), minor);
    if (!/^[\x00-\x7f]*$/.test(t) || /\s/.test(t.replace(/^\s+|\s+$/g, "")))
      fail("ValueError", `could not convert string to float: ${reprBytes(text)}`);
    try {
      return parseFloatLiteral(t, minor);
    } catch {
      return fail("ValueError", `could not convert string to float: ${reprBytes(text)}`);
    }
  }
  const s = stripPySpace(toAsciiDigits(text));
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(s);
  if (m) {
    const v = m[2]!.toLowerCase() === "nan" ? NaN : Infinity;
    return m[1] === "-" ? -v : v;
  }
  const num = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
  if (!num.test(s)) {
    if (s === "") emptyFloatError(reprForMessage(text), minor);
    fail("ValueError", `could not convert string to float: ${reprForMessage(text)}`);
  }
  return Number(s.replace(/_/g, ""));
}

/** Blank input: 3.6–3.7 print nothing, 3.8–3.9 print '', 3.10+ the argument's repr. */
function emptyFloatError(repr: string, minor: PyMinor): never {
  const shown = minor <= 7 ? "" : minor <= 9 ? "''" : repr;
  return fail("ValueError", `could not convert string to float: ${shown}`);
}

// ## Int arithmetic

/** `a // b` (floor division). */
export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) fail("ZeroDivisionError", "integer division or modulo by zero");
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** `a % b` (result has the divisor's sign). 3.11+ says "integer modulo by zero", earlier "integer division or modulo by zero". */
export function intMod(a: bigint, b: bigint, minor: PyMinor = DEFAULT_MINOR): bigint {
  if (b === 0n)
    fail("ZeroDivisionError", minor >= 11 ? "integer modulo by zero" : "integer division or modulo by zero");
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** `divmod(a, b)` for ints. */
export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) fail("ZeroDivisionError", "integer division or modulo by zero");
  const q = intFloorDiv(a, b);
  return [q, a - q * b];
}

/** Guard against building astronomically large ints (bits). The runtime may lower its own budget. */
export const MAX_INT_BITS = 1 << 23;

/**
 * `a ** b` for ints: bigint for b >= 0, float for b < 0 (@cpython Objects/longobject.c long_pow
 * delegates to float pow when the exponent is negative).
 */
export function intPow(a: bigint, b: bigint): bigint | number {
  if (b < 0n) return floatPow(intToFloat(a), intToFloat(b)) as number;
  if (a === 0n || a === 1n) return b === 0n ? 1n : a;
  if (a === -1n) return b % 2n === 0n ? 1n : -1n;
  if (BigInt(bitLengthNumber(a)) * b > BigInt(MAX_INT_BITS)) fail("MemoryError", "");
  return a ** b;
}

/**
 * `pow(a, b, m)`. 3.8+ accepts b < 0 (modular inverse); 3.6–3.7 reject it.
 * @cpython Objects/longobject.c long_pow (3.8+ long_invmod)
 */
export function intPowMod(a: bigint, b: bigint, m: bigint, minor: PyMinor = DEFAULT_MINOR): bigint {
  if (m === 0n) fail("ValueError", "pow() 3rd argument cannot be 0");
  if (b < 0n) {
    if (minor < 8) fail("ValueError", "pow() 2nd argument cannot be negative when 3rd argument specified");
    const inv = modInverse(a, m);
    if (inv === null) fail("ValueError", "base is not invertible for the given modulus");
    a = inv;
    b = -b;
  }
  const am = m < 0n ? -m : m;
  let base = ((a % am) + am) % am;
  let r = 1n % am;
  let e = b;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % am;
    base = (base * base) % am;
    e >>= 1n;
  }
  // Result takes the modulus' sign, like %.
  if (m < 0n && r !== 0n) r += m;
  return r;
}

function modInverse(a: bigint, m: bigint): bigint | null {
  const am = m < 0n ? -m : m;
  let [r0, r1] = [((a % am) + am) % am, am];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) return am === 1n ? 0n : null;
  return ((s0 % am) + am) % am;
}

/** `a << b`: negative count → ValueError "negative shift count". */
export function intLshift(a: bigint, b: bigint): bigint {
  if (b < 0n) fail("ValueError", "negative shift count");
  if (a === 0n) return 0n;
  if (BigInt(bitLengthNumber(a)) + b > BigInt(MAX_INT_BITS)) fail("MemoryError", "");
  return a << b;
}

/**
 * `a >> b` (arithmetic, floors): negative count → ValueError. 3.6 rejects counts
 * beyond a C ssize_t (@cpython Objects/longobject.c long_rshift, 3.6 PyLong_AsSsize_t).
 */
export function intRshift(a: bigint, b: bigint, minor: PyMinor = DEFAULT_MINOR): bigint {
  if (b < 0n) fail("ValueError", "negative shift count");
  if (minor <= 6 && b > 0x7fffffffffffffffn) fail("OverflowError", "Python int too large to convert to C ssize_t");
  if (b > BigInt(bitLengthNumber(a))) return a < 0n ? -1n : 0n;
  return a >> b;
}

/** `int.bit_length()`. */
export function intBitLength(n: bigint): bigint {
  return BigInt(bitLengthNumber(n));
}

function bitLengthNumber(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * `a / b` for ints, correctly rounded (@cpython Objects/longobject.c long_true_divide).
 */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) fail("ZeroDivisionError", "division by zero");
  const TWO53 = 1n << 53n;
  const neg = (a < 0n) !== (b < 0n);
  const x = a < 0n ? -a : a;
  const y = b < 0n ? -b : b;
  if (x < TWO53 && y < TWO53) return Number(a) / Number(b);
  if (x === 0n) return neg ? -0 : 0;
  const r = ratioToFloat(x, y);
  if (r === Infinity) fail("OverflowError", "integer division result too large for a float");
  return neg ? -r : r;
}

/** Correctly rounded float of x / y × 2^k (x, y > 0), half-even, with subnormals. */
function ratioToFloat(x: bigint, y: bigint, k: number = 0): number {
  const nx = bitLengthNumber(x);
  const ny = bitLengthNumber(y);
  // LSB of the quotient weighs 2^(shift+k); keep >= 55 bits and never finer than 2^-1076.
  const shift = Math.max(nx - ny - 55, -1076 - k);
  let q: bigint;
  let rem: bigint;
  if (shift >= 0) {
    const d = y << BigInt(shift);
    q = x / d;
    rem = x % d;
  } else {
    const n = x << BigInt(-shift);
    q = n / y;
    rem = n % y;
  }
  if (rem !== 0n) q |= 1n;
  return scaleRound(q, shift + k);
}

/** Round q × 2^shift (q > 0, low bit sticky) to the nearest double, half-even. */
function scaleRound(q: bigint, shift: number): number {
  const qb = bitLengthNumber(q);
  const topExp = qb - 1 + shift; // exponent of the leading bit
  if (topExp > 1023) return Infinity;
  // Bits of precision available at this magnitude.
  const prec = topExp >= -1022 ? 53 : 53 - (-1022 - topExp);
  const drop = qb - prec;
  if (drop > 0) {
    const dropped = q & ((1n << BigInt(drop)) - 1n);
    const half = 1n << BigInt(drop - 1);
    q >>= BigInt(drop);
    if (dropped > half || (dropped === half && (q & 1n) === 1n)) q += 1n;
    shift += drop;
  }
  return ldexp(Number(q), shift);
}

/** x × 2^e computed in exact steps (x × 2^e must be representable or overflow). */
export function ldexp(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

/** `float(n)`: OverflowError "int too large to convert to float". */
export function intToFloat(n: bigint): number {
  const r = Number(n);
  if (!Number.isFinite(r)) fail("OverflowError", "int too large to convert to float");
  return r;
}

/** `int(x)` for a float: truncation; inf → OverflowError, nan → ValueError. */
export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) fail("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) fail("OverflowError", "cannot convert float infinity to integer");
  return BigInt(Math.trunc(x));
}

/**
 * Exact comparison of an int and a float: -1, 0, 1, or NaN when unordered (x is nan).
 * @cpython Objects/floatobject.c float_richcompare
 */
export function compareIntFloat(n: bigint, x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return -1;
  if (x === -Infinity) return 1;
  const f = Math.floor(x);
  const fb = BigInt(f);
  if (n < fb) return -1;
  if (n > fb) return 1;
  return f === x ? 0 : -1;
}

/** `abs(n)`. */
export function intAbs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

// ## Float arithmetic

/** `x / y` for floats: ZeroDivisionError "float division by zero". */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) fail("ZeroDivisionError", "float division by zero");
  return x / y;
}

/** @cpython Objects/floatobject.c _float_div_mod (3.6–3.13). */
function floatDivModCore(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  // C's `if (mod)` is true for NaN, JS truthiness is not
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/**
 * `x // y` for floats. Zero divisor: 3.6–3.8 "float divmod()", 3.9+ "float floor division by zero".
 */
export function floatFloorDiv(x: number, y: number, minor: PyMinor = DEFAULT_MINOR): number {
  if (y === 0) fail("ZeroDivisionError", minor >= 9 ? "float floor division by zero" : "float divmod()");
  return floatDivModCore(x, y)[0];
}

/** `x % y` for floats (sign of y). Zero divisor: ≤3.12 "float modulo", 3.13 "float modulo by zero". */
export function floatMod(x: number, y: number, minor: PyMinor = DEFAULT_MINOR): number {
  if (y === 0) fail("ZeroDivisionError", minor >= 13 ? "float modulo by zero" : "float modulo");
  // @cpython Objects/floatobject.c float_rem
  let mod = x % y;
  if (mod !== 0) {
    if ((y < 0) !== (mod < 0)) mod += y;
  } else {
    mod = y < 0 ? -0.0 : 0.0;
  }
  return mod;
}

/** `divmod(x, y)` for floats: ZeroDivisionError "float divmod()". */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) fail("ZeroDivisionError", "float divmod()");
  return floatDivModCore(x, y);
}

/**
 * `x ** y` for floats (@cpython Objects/floatobject.c float_pow). A negative base with
 * a non-integral exponent gives a complex result, as in Python 3.
 * The special cases are CPython's; the rest is glibc's pow, bit for bit (libm.ts), which is
 * not correctly rounded (V8's Math.pow differs from both).
 */
export function floatPow(iv: number, iw: number): number | PyComplex {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const oddInt = Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInt ? iv : Math.abs(iv);
    return oddInt ? (iv < 0 ? -0.0 : 0.0) : 0.0;
  }
  if (iv === 0) {
    const oddInt = Math.abs(iw % 2) === 1;
    if (iw < 0) fail("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return oddInt ? iv : 0.0;
  }
  let negateResult = false;
  if (iv < 0) {
    if (iw !== Math.floor(iw)) return complexPow({ re: iv, im: 0 }, { re: iw, im: 0 });
    iv = -iv;
    negateResult = Math.abs(iw % 2) === 1;
  }
  if (iv === 1.0) return negateResult ? -1.0 : 1.0;
  let ix = glibcPow(iv, iw);
  if (negateResult) ix = -ix;
  if (!Number.isFinite(ix)) fail("OverflowError", "(34, 'Numerical result out of range')");
  return ix;
}

// ## round()

/**
 * `round(x)` → int, half-even (@cpython Objects/floatobject.c float___round___impl, round_half_even).
 */
export function roundFloatToInt(x: number): bigint {
  let r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2.0 * Math.round(x / 2.0);
  return floatToInt(r);
}

/**
 * `round(x, ndigits)` → float: the exact value rounded half-even to ndigits decimals
 * (@cpython Objects/floatobject.c double_round, via _Py_dg_dtoa mode 3).
 */
export function roundFloat(x: number, ndigits: bigint | number): number {
  if (!Number.isFinite(x)) return x;
  const nd = Number(ndigits);
  // @cpython NDIGITS_MAX = (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103 = 323, NDIGITS_MIN = -(DBL_MAX_EXP + 1) * 0.30103 = -308
  if (nd > 323) return x;
  if (nd < -308) return 0.0 * x;
  if (x === 0) return x;
  const r = roundDecimal(x, "fixed", nd);
  let v = r.digits === "" ? 0 : Number("0." + r.digits + "e" + r.decpt);
  if (!Number.isFinite(v)) fail("OverflowError", "rounded value too large to represent");
  if (r.negative) v = -v;
  return v;
}

/** `round(n, ndigits)` for ints: half-even to 10^-ndigits when ndigits < 0. */
export function roundInt(n: bigint, ndigits: bigint): bigint {
  if (ndigits >= 0n) return n;
  // 10^-ndigits beyond |n|'s digit count rounds to 0 (CPython would build the huge power first)
  if (-ndigits > BigInt(bitLengthNumber(n)) + 2n) return 0n;
  const pow = 10n ** -ndigits;
  const [q, r] = intDivmod(n, pow);
  const twice = 2n * r;
  if (twice > pow || (twice === pow && (q & 1n) === 1n)) return (q + 1n) * pow;
  return q * pow;
}

// ## hash()

/** @cpython Include/pyhash.h _PyHASH_MODULUS = 2**61 - 1 (64-bit builds). */
const HASH_MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;

/** `hash(n)` for an int (@cpython Objects/longobject.c long_hash). */
export function hashInt(n: bigint): bigint {
  if (n < HASH_MODULUS && n > -HASH_MODULUS) return n === -1n ? -2n : n;
  const a = n < 0n ? -n : n;
  let h = a % HASH_MODULUS;
  if (n < 0n) h = -h;
  return h === -1n ? -2n : h;
}

/**
 * `hash(x)` for a float (@cpython Python/pyhash.c _Py_HashDouble). nan hashes to 0
 * on 3.6–3.9; on 3.10+ it is the object's identity hash, returned here as null.
 */
export function hashFloat(x: number, minor: PyMinor = DEFAULT_MINOR): bigint | null {
  if (Number.isNaN(x)) return minor >= 10 ? null : 0n;
  if (x === Infinity) return HASH_INF;
  if (x === -Infinity) return -HASH_INF;
  if (x === 0) return 0n;
  const { mant, exp2 } = decompose(Math.abs(x));
  // |x| = mant * 2^exp2; 2^exp2 mod P cycles with period 61.
  let e = exp2 % 61;
  if (e < 0) e += 61;
  let h = ((mant % HASH_MODULUS) << BigInt(e)) % HASH_MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** `hash(complex)` (@cpython Objects/complexobject.c complex_hash): h(re) + 1000003·h(im), wrapped. */
export function hashComplex(re: number, im: number, minor: PyMinor = DEFAULT_MINOR): bigint | null {
  const hr = hashFloat(re, minor);
  const hi = hashFloat(im, minor);
  if (hr === null || hi === null) return null;
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const U64 = (1n << 64n) - 1n;

/**
 * `hash(tuple)` from the items' hashes. 3.8+ uses the xxHash-derived mix
 * (@cpython Objects/tupleobject.c tuplehash, 3.8+); 3.6–3.7 the older FNV-like one.
 */
export function hashTuple(itemHashes: readonly bigint[], minor: PyMinor = DEFAULT_MINOR): bigint {
  const len = BigInt(itemHashes.length);
  if (minor >= 8) {
    let acc = XXPRIME_5;
    for (const h of itemHashes) {
      const lane = BigInt.asUintN(64, h);
      acc = (acc + lane * XXPRIME_2) & U64;
      acc = ((acc << 31n) | (acc >> 33n)) & U64;
      acc = (acc * XXPRIME_1) & U64;
    }
    acc = (acc + (len ^ (XXPRIME_5 ^ 3527539n))) & U64;
    if (acc === U64) return 1546275796n;
    return BigInt.asIntN(64, acc);
  }
  // @cpython Objects/tupleobject.c tuplehash (3.6–3.7)
  let x = 0x345678n;
  let mult = 1000003n;
  let remaining = len;
  for (const h of itemHashes) {
    remaining -= 1n;
    x = ((x ^ BigInt.asUintN(64, h)) * mult) & U64;
    mult = (mult + 82520n + remaining + remaining) & U64;
  }
  x = (x + 97531n) & U64;
  const sx = BigInt.asIntN(64, x);
  return sx === -1n ? -2n : sx;
}

// ## More float / int / complex methods

/**
 * `complex(text)`: `1+2j`, `2j`, `(1-2J)`, `inf+nanj`, surrounding whitespace and one
 * pair of parentheses (@cpython Objects/complexobject.c complex_subtype_from_string).
 */
export function parseComplexLiteral(text: string): PyComplex {
  const bad = (): never => fail("ValueError", "complex() arg is a malformed string");
  let ascii = toAsciiDigits(text);
  if (ascii.includes("_")) {
    // @cpython Python/pystrtod.c _Py_string_to_number_with_underscores: '_' only between digits,
    // otherwise its own message; valid underscores are dropped before parsing.
    const isD = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
    for (let i = 0; i < ascii.length; i++) {
      const c = ascii[i];
      const prev = ascii[i - 1];
      if ((c === "_" && !isD(prev)) || (prev === "_" && !isD(c)) || (c === "_" && i === ascii.length - 1))
        fail("ValueError", `could not convert string to complex: ${reprForMessage(text)}`);
    }
    ascii = ascii.replace(/_/g, "");
  }
  let s = stripPySpace(ascii);
  if (s.startsWith("(")) {
    if (!s.endsWith(")")) bad();
    s = stripPySpace(s.slice(1, -1));
  }
  const num = "(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)";
  const re = new RegExp(`^([+-]?${num})?(?:([+-]${num}?)[jJ])?$|^([+-]?${num}?)[jJ]$`, "i");
  const m = re.exec(s);
  if (!m || s === "") return bad();
  const part = (t: string): number => {
    if (t === "+" || t === "") return 1;
    if (t === "-") return -1;
    return parseFloatLiteral(t);
  };
  if (m[3] !== undefined) return { re: 0, im: part(m[3]) };
  const real = m[1] !== undefined ? parseFloatLiteral(m[1]) : 0;
  const imag = m[2] !== undefined ? part(m[2]) : 0;
  if (m[1] === undefined && m[2] === undefined) return bad();
  return { re: real, im: imag };
}

/** `float.is_integer()`. */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.trunc(x) === x;
}

/** `float.as_integer_ratio()` in lowest terms. */
export function floatAsIntegerRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) fail("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) fail("OverflowError", "cannot convert Infinity to integer ratio");
  if (x === 0) return [0n, 1n];
  let { mant, exp2 } = decompose(Math.abs(x));
  while ((mant & 1n) === 0n && exp2 < 0) {
    mant >>= 1n;
    exp2++;
  }
  const sign = x < 0 ? -1n : 1n;
  if (exp2 >= 0) return [sign * (mant << BigInt(exp2)), 1n];
  return [sign * mant, 1n << BigInt(-exp2)];
}

/** `float.hex()`: `0x1.8000000000000p+1`, `-0x0.0p+0`, `inf` (@cpython Objects/floatobject.c float_hex). */
export function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + "0x0.0p+0";
  const { mant, exp2 } = decompose(Math.abs(x));
  // Subnormals print as 0x0.<52 bits>p-1022, normal numbers as 0x1.<52 bits>p<e>.
  if (mant < 1n << 52n) return `${sign}0x0.${mant.toString(16).padStart(13, "0")}p-1022`;
  const e = exp2 + 52;
  const frac = mant - (1n << 52n);
  return `${sign}0x1.${frac.toString(16).padStart(13, "0")}p${e >= 0 ? "+" : ""}${e}`;
}

/** `int.bit_count()` (3.10+). */
export function intBitCount(n: bigint): bigint {
  let a = n < 0n ? -n : n;
  let c = 0n;
  while (a > 0n) {
    c += a & 1n;
    a >>= 1n;
  }
  return c;
}

/**
 * `int.to_bytes(length, byteorder, signed=False)`.
 * @cpython Objects/longobject.c int_to_bytes_impl / _PyLong_AsByteArray
 */
export function intToBytes(n: bigint, length: number, byteorder: "big" | "little", signed: boolean = false): Uint8Array {
  if (length < 0) fail("ValueError", "length argument must be non-negative");
  if (!signed && n < 0n) fail("OverflowError", "can't convert negative int to unsigned");
  // Decide fit by bit length first: building 1 << (8·length) for a huge length would exhaust BigInt.
  const need = bitLengthNumber(n < 0n ? -n - 1n : n) + (signed ? 1 : 0);
  if (need > length * 8) fail("OverflowError", "int too big to convert");
  if (length > MAX_STR_LEN) fail("MemoryError", "");
  const bits = BigInt(length) * 8n;
  const fits = signed
    ? length > 0
      ? n >= -(1n << (bits - 1n)) && n < 1n << (bits - 1n)
      : n === 0n
    : n < 1n << bits;
  if (!fits) fail("OverflowError", "int too big to convert");
  let v = n < 0n ? (1n << bits) + n : n;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[byteorder === "big" ? length - 1 - i : i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** `int.from_bytes(bytes, byteorder, signed=False)`. */
export function intFromBytes(b: Uint8Array, byteorder: "big" | "little", signed: boolean = false): bigint {
  let v = 0n;
  for (let i = 0; i < b.length; i++) v = (v << 8n) | BigInt(b[byteorder === "big" ? i : b.length - 1 - i]!);
  if (signed && b.length > 0 && v >= 1n << (BigInt(b.length) * 8n - 1n)) v -= 1n << (BigInt(b.length) * 8n);
  return v;
}
