/**
 * Python's formatting: the format-spec mini-language (`format(x, spec)`, f-string
 * `{x:spec}`) for int, bool, float and str, and printf-style `%` formatting of
 * str and bytes.
 *
 * Mirrors Python/formatter_unicode.c, Objects/unicodeobject.c PyUnicode_Format,
 * Objects/bytesobject.c _PyBytes_FormatEx, Python/pystrtod.c PyOS_double_to_string
 * for CPython 3.6–3.13.
 */

import { DEFAULT_MINOR, fail, rep, type PyMinor } from "./errors";
import { asciiEscape } from "./text";
import { complexRepr, expForm, fixedForm, floatRepr, floatToInt, intToFloat, intToStr, roundDecimal, shortestDigits } from "./numbers";

// ## Format-spec parsing

/** A parsed format spec (@cpython Python/formatter_unicode.c InternalFormatSpec). */
interface Spec {
  fill: string;
  align: string; // "<", ">", "^", "=" or "" (default)
  sign: string; // "+", "-", " " or ""
  noNeg0: boolean; // 'z' (3.11+)
  alternate: boolean;
  width: number; // -1 when absent
  grouping: "" | "," | "_";
  precision: number; // -1 when absent
  type: string; // "" when absent
}

const ALIGNS = "<>=^";

/** A width or precision: beyond Py_ssize_t → "Too many decimal digits in format string". */
function specInt(digits: string): number {
  if (BigInt(digits) > 0x7fffffffffffffffn) tooManyDigits();
  return Number(digits);
}

/** @cpython Python/pystrtod.c / formatter_unicode.c: float precision above INT_MAX. */
function checkPrecision(p: number): void {
  if (p > 2147483647) fail("ValueError", "precision too big");
}

function tooManyDigits(): never {
  return fail("ValueError", "Too many decimal digits in format string");
}

/** @cpython Python/formatter_unicode.c parse_internal_render_format_spec */
function parseSpec(spec: string, defaultAlign: string, defaultType: string, typeName: string, minor: PyMinor): Spec {
  const cs = Array.from(spec);
  const r: Spec = { fill: " ", align: "", sign: "", noNeg0: false, alternate: false, width: -1, grouping: "", precision: -1, type: defaultType };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  if (cs.length - pos >= 2 && ALIGNS.includes(cs[pos + 1]!)) {
    r.fill = cs[pos]!;
    r.align = cs[pos + 1]!;
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (cs.length - pos >= 1 && ALIGNS.includes(cs[pos]!)) {
    r.align = cs[pos]!;
    alignSpecified = true;
    pos += 1;
  }
  if (cs[pos] === "+" || cs[pos] === "-" || cs[pos] === " ") r.sign = cs[pos++]!;
  // @cpython 3.11+ PEP 682 'z' coerces negative zero
  if (minor >= 11 && cs[pos] === "z") {
    r.noNeg0 = true;
    pos++;
  }
  if (cs[pos] === "#") {
    r.alternate = true;
    pos++;
  }
  // '0' before the width: fill '0', and '=' alignment unless given (3.10+: only when the type's default is '>').
  if (!fillSpecified && cs[pos] === "0") {
    r.fill = "0";
    if (!alignSpecified && (minor < 10 || defaultAlign === ">")) r.align = "=";
    pos++;
  }
  let start = pos;
  while (pos < cs.length && cs[pos]! >= "0" && cs[pos]! <= "9") pos++;
  if (pos > start) r.width = specInt(cs.slice(start, pos).join(""));
  if (cs[pos] === ",") {
    r.grouping = ",";
    pos++;
    if (cs[pos] === "_") fail("ValueError", "Cannot specify both ',' and '_'.");
  } else if (cs[pos] === "_") {
    r.grouping = "_";
    pos++;
    if (cs[pos] === ",") fail("ValueError", "Cannot specify both ',' and '_'.");
  }
  if (cs[pos] === ".") {
    pos++;
    start = pos;
    while (pos < cs.length && cs[pos]! >= "0" && cs[pos]! <= "9") pos++;
    if (pos === start) fail("ValueError", "Format specifier missing precision");
    r.precision = specInt(cs.slice(start, pos).join(""));
  }
  if (cs.length - pos > 1) {
    // 3.11+ names the spec and the type (bpo-45995 era message change)
    if (minor >= 11) fail("ValueError", `Invalid format specifier '${spec}' for object of type '${typeName}'`);
    fail("ValueError", "Invalid format specifier");
  }
  if (cs.length - pos === 1) r.type = cs[pos]!;
  if (r.grouping) {
    const t = r.type;
    const ok = "defgEG%F".includes(t) || t === "" || (r.grouping === "_" && "boxX".includes(t));
    if (!ok) fail("ValueError", `Cannot specify '${r.grouping}' with '${t}'.`);
  }
  return r;
}

function unknownCode(type: string, typeName: string): never {
  const c = type.codePointAt(0)!;
  const shown = c > 32 && c < 128 ? type : "\\x" + c.toString(16);
  return fail("ValueError", `Unknown format code '${shown}' for object of type '${typeName}'`);
}

/**
 * Insert separators every `group` digits from the right, zero-extending the digits
 * to `minWidth` characters (separators included) as '0=' padding does.
 * @cpython Python/formatter_unicode.c / Objects/stringlib/localeutil.h InsertThousandsGrouping
 */
function groupDigits(digits: string, sep: string, group: number, minWidth: number): string {
  // inf/nan have no digits: zero-fill without separators
  if (!sep || digits === "") return minWidth > digits.length ? rep("0", minWidth - digits.length) + digits : digits;
  const parts: string[] = [];
  let remaining = digits.length;
  let mw = minWidth;
  let end = digits.length;
  // The grouping repeats forever; the loop ends once digits and width are used up.
  while (true) {
    const l = Math.min(group, Math.max(remaining, mw, 1));
    const nChars = Math.max(0, Math.min(remaining, l));
    const nZeros = Math.max(0, l - remaining);
    parts.unshift(rep("0", nZeros) + digits.slice(end - nChars, end));
    end -= nChars;
    remaining -= nChars;
    mw -= l;
    if (remaining <= 0 && mw <= 0) break;
    mw -= sep.length;
  }
  return parts.join(sep);
}

/**
 * Lay out a number: sign, prefix, integer digits (grouped), rest (fraction,
 * exponent, '%'), then fill/align. '=' with fill '0' zero-extends the digits.
 * @cpython Python/formatter_unicode.c calc_number_widths / fill_number
 */
function layoutNumber(sign: string, prefix: string, intDigits: string, rest: string, spec: Spec, group: number): string {
  const sep = spec.grouping === "" ? "" : spec.grouping;
  const align = spec.align || ">";
  let body: string;
  if (align === "=" && spec.fill === "0" && spec.width > 0) {
    const minWidth = spec.width - sign.length - prefix.length - cpLen(rest);
    body = groupDigits(intDigits, sep, group, minWidth);
  } else body = groupDigits(intDigits, sep, group, 0);
  const core = prefix + body + rest;
  const len = sign.length + cpLen(core);
  const pad = spec.width > len ? spec.width - len : 0;
  const f = spec.fill;
  if (align === "=") return sign + prefix + rep(f, pad) + body + rest;
  if (align === "<") return sign + core + rep(f, pad);
  if (align === "^") {
    const left = Math.floor(pad / 2);
    return rep(f, left) + sign + core + rep(f, pad - left);
  }
  return rep(f, pad) + sign + core;
}

function cpLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function signChar(negative: boolean, spec: Spec): string {
  if (negative) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

// ## int

/** `format(n, spec)` for an int (typeName "int"; subclasses pass their name for messages). */
export function formatInt(n: bigint, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "int"): string {
  if (spec === "") return intToStr(n, minor);
  const s = parseSpec(spec, ">", "d", typeName, minor);
  const type = s.type;
  if ("eEfFgG%".includes(type)) return formatFloatSpec(intToFloat(n), s, minor, typeName);
  if (!"bcdoxXn".includes(type)) unknownCode(type, typeName);
  if (s.precision >= 0) fail("ValueError", "Precision not allowed in integer format specifier");
  if (s.noNeg0) fail("ValueError", "Negative zero coercion (z) not allowed in integer format specifier");
  if (type === "c") {
    if (s.sign) fail("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (s.alternate) fail("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'");
    if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) fail("OverflowError", "Python int too large to convert to C long");
    if (n < 0n || n > 0x10ffffn) fail("OverflowError", "%c arg not in range(0x110000)");
    return layoutNumber("", "", "", String.fromCodePoint(Number(n)), s, 3);
  }
  const base = type === "b" ? 2 : type === "o" ? 8 : type === "x" || type === "X" ? 16 : 10;
  const neg = n < 0n;
  const a = neg ? -n : n;
  let digits = base === 10 ? intToStr(a, minor) : a.toString(base);
  let prefix = "";
  if (s.alternate && base !== 10) prefix = base === 2 ? "0b" : base === 8 ? "0o" : "0x";
  if (type === "X") {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  // 'n' uses the C locale here: no grouping.
  return layoutNumber(signChar(neg, s), prefix, digits, "", s, base === 10 ? 3 : 4);
}

/** `format(b, spec)` for a bool: "True"/"False" for an empty spec, else formatted as the int 1/0. */
export function formatBool(b: boolean, spec: string, minor: PyMinor = DEFAULT_MINOR): string {
  if (spec === "") return b ? "True" : "False";
  return formatInt(b ? 1n : 0n, spec, minor, "bool");
}

// ## float

/**
 * Float to text per format type without sign/padding: returns [negative, intDigits, rest].
 * `type` is one of e E f F g G r (repr), `addDot0` Py_DTSF_ADD_DOT_0 behaviour for type ''.
 * @cpython Python/pystrtod.c format_float_short
 */
function floatParts(
  x: number,
  type: string,
  precision: number,
  alternate: boolean,
  noNeg0: boolean,
  emptyType: boolean,
): { negative: boolean; intDigits: string; rest: string } {
  const upper = type === "E" || type === "F" || type === "G";
  let negative = x < 0 || Object.is(x, -0);
  if (Number.isNaN(x)) return { negative: false, intDigits: "", rest: upper ? "NAN" : "nan" };
  if (!Number.isFinite(x)) return { negative, intDigits: "", rest: upper ? "INF" : "inf" };
  let text: string;
  const t = type.toLowerCase();
  if (t === "r") {
    // emptyType doubles as Py_DTSF_ADD_DOT_0: float's '' adds ".0", complex parts do not
    if (x === 0) text = emptyType ? "0.0" : "0";
    else {
      const { digits, decpt } = shortestDigits(x);
      if (decpt > 16 || decpt < -3) text = expForm(digits, decpt - 1, alternate);
      else text = fixedForm(digits, decpt, 0, emptyType);
    }
    if (alternate && !/[.e]/.test(text)) text += ".";
  } else if (t === "f") {
    const r = roundDecimal(x, "fixed", precision);
    if (noNeg0 && r.digits === "") negative = false;
    text = fixedForm(r.digits || "0", r.digits ? r.decpt : 1, precision, false);
    if (alternate && precision === 0) text += ".";
  } else if (t === "e") {
    const r = roundDecimal(x, "sig", precision + 1);
    if (noNeg0 && r.digits === "") negative = false;
    const d = (r.digits || "0").padEnd(precision + 1, "0");
    const exp = r.digits ? r.decpt - 1 : 0;
    text = expForm(d, exp, alternate);
  } else {
    // 'g', or type '' with a precision (switch to exponent at exp >= p-1, keep one fraction digit)
    const p = precision === 0 ? 1 : precision;
    const r = roundDecimal(x, "sig", p);
    if (noNeg0 && r.digits === "") negative = false;
    const digits = r.digits || "0";
    const exp = r.digits ? r.decpt - 1 : 0;
    const useExp = exp < -4 || exp >= (emptyType ? p - 1 : p);
    if (useExp) {
      const d = alternate ? digits.padEnd(p, "0") : digits;
      text = expForm(d, exp, alternate);
    } else {
      const fracDigits = p - 1 - exp;
      text = fixedForm(digits, exp + 1, alternate ? fracDigits : 0, emptyType);
      if (alternate && !text.includes(".")) text += ".";
    }
  }
  if (upper) text = text.toUpperCase();
  const m = /^(\d*)(.*)$/.exec(text)!;
  return { negative, intDigits: m[1]!, rest: m[2]! };
}

function formatFloatSpec(x: number, s: Spec, minor: PyMinor, typeName: string): string {
  let type = s.type;
  if (!"eEfFgGn%".includes(type) && type !== "") unknownCode(type, typeName);
  let precision = s.precision;
  let emptyType = false;
  if (type === "") {
    emptyType = true;
    type = precision < 0 ? "r" : "g";
  }
  if (type === "n") type = "g";
  let pct = false;
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = 6;
  checkPrecision(precision);
  const p = floatParts(x, type, precision, s.alternate, s.noNeg0, emptyType);
  if (s.noNeg0 && p.negative && x === 0) p.negative = false;
  return layoutNumber(signChar(p.negative, s), "", p.intDigits, p.rest + (pct ? "%" : ""), s, 3);
}

/** `format(x, spec)` for a float. */
export function formatFloat(x: number, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "float"): string {
  if (spec === "") return floatRepr(x);
  return formatFloatSpec(x, parseSpec(spec, ">", "", typeName, minor), minor, typeName);
}

// ## complex

/**
 * `format(z, spec)` for a complex (@cpython Python/formatter_unicode.c format_complex_internal):
 * each part formatted like a float without ".0", the imaginary sign always shown unless the
 * real part is skipped, parentheses only when no type is given.
 */
export function formatComplex(re: number, im: number, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "complex"): string {
  if (spec === "") return complexRepr(re, im);
  const s = parseSpec(spec, ">", "", typeName, minor);
  if (s.fill === "0") fail("ValueError", "Zero padding is not allowed in complex format specifier");
  if (s.align === "=") fail("ValueError", "'=' alignment flag is not allowed in complex format specifier");
  let type = s.type;
  if (!"eEfFgGn".includes(type) || (type !== "" && type.length !== 1)) if (type !== "") unknownCode(type, typeName);
  let precision = s.precision;
  let skipRe = false;
  let parens = false;
  if (type === "") {
    type = "r";
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else parens = true;
    if (precision >= 0) type = "g";
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = type === "r" ? 0 : 6;
  const part = (x: number) => floatParts(x, type, precision, s.alternate, s.noNeg0, false);
  const group = (p: { intDigits: string; rest: string }): string =>
    groupDigits(p.intDigits, s.grouping, 3, 0) + p.rest;
  const ip = part(im);
  let body = "";
  if (!skipRe) {
    const rp = part(re);
    body += signChar(rp.negative, s) + group(rp);
    body += (ip.negative ? "-" : "+") + group(ip) + "j";
  } else body += signChar(ip.negative, s) + group(ip) + "j";
  if (parens) body = "(" + body + ")";
  const len = cpLen(body);
  const pad = s.width > len ? s.width - len : 0;
  const align = s.align || ">";
  if (align === "<") return body + rep(s.fill, pad);
  if (align === "^") {
    const left = Math.floor(pad / 2);
    return rep(s.fill, left) + body + rep(s.fill, pad - left);
  }
  return rep(s.fill, pad) + body;
}

// ## str

/** `format(s, spec)` for a str (@cpython Python/formatter_unicode.c format_string_internal). */
export function formatStr(str: string, spec: string, minor: PyMinor = DEFAULT_MINOR, typeName: string = "str"): string {
  if (spec === "") return str;
  const s = parseSpec(spec, "<", "s", typeName, minor);
  if (s.type !== "s") unknownCode(s.type, typeName);
  if (s.sign) fail("ValueError", "Sign not allowed in string format specifier");
  if (s.noNeg0) fail("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
  if (s.alternate) fail("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (s.align === "=") fail("ValueError", "'=' alignment not allowed in string format specifier");
  let cs = Array.from(str);
  if (s.precision >= 0 && cs.length > s.precision) cs = cs.slice(0, s.precision);
  const len = cs.length;
  const body = cs.join("");
  const pad = s.width > len ? s.width - len : 0;
  const align = s.align || "<";
  if (align === ">") return rep(s.fill, pad) + body;
  if (align === "^") {
    const left = Math.floor(pad / 2);
    return rep(s.fill, left) + body + rep(s.fill, pad - left);
  }
  return body + rep(s.fill, pad);
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

// ## printf-style formatting

interface PercentSpec {
  flags: { minus: boolean; plus: boolean; space: boolean; alt: boolean; zero: boolean };
  width: number;
  prec: number;
  conv: string;
}

/**
 * Shared engine for str and bytes `%`: walks `fmt` (one-character strings),
 * fetching arguments as CPython does, and asks `convert` for each conversion's
 * text before padding. Returns pieces joined by the caller.
 */
function percentEngine<T>(
  fmt: string[],
  args: PercentArgs<T>,
  hooks: PercentHooks<T>,
  minor: PyMinor,
  keyOf: (chars: string[]) => string | Uint8Array,
  convert: (v: T, spec: PercentSpec) => { sign: string; prefix: string; body: string; numeric: boolean },
): string {
  // @cpython Objects/unicodeobject.c PyUnicode_Format: arglen/argidx/dict bookkeeping
  let arglen: number;
  let argidx: number;
  let dict: T | null = null;
  let single: T | null = null;
  if (args.kind === "tuple") {
    arglen = args.items.length;
    argidx = 0;
  } else {
    arglen = -1;
    argidx = -2;
    single = args.value;
    if (args.isMapping) dict = args.value;
  }
  let current: { kind: "args" } | { kind: "value"; value: T } = { kind: "args" };
  const nextArg = (): T => {
    if (argidx < arglen) {
      const i = argidx++;
      if (current.kind === "value") return current.value;
      if (arglen < 0) return single as T;
      return (args as { items: readonly T[] }).items[i]!;
    }
    return fail("TypeError", "not enough arguments for format string");
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const ch = fmt[i]!;
    if (ch !== "%") {
      out += ch;
      i++;
      continue;
    }
    i++;
    if (i >= n) fail("ValueError", "incomplete format");
    // 3.7+: only "%%" is a literal percent
    if (minor >= 7 && fmt[i] === "%") {
      out += "%";
      i++;
      continue;
    }
    if (fmt[i] === "(") {
      if (dict === null) fail("TypeError", "format requires a mapping");
      let depth = 1;
      const keyStart = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === ")") depth--;
        else if (fmt[i] === "(") depth++;
        i++;
      }
      if (depth > 0) fail("ValueError", "incomplete format key");
      const key = keyOf(fmt.slice(keyStart, i - 1));
      current = { kind: "value", value: hooks.getItem(dict, key) };
      arglen = -1;
      argidx = -2;
    }
    const flags = { minus: false, plus: false, space: false, alt: false, zero: false };
    for (; i < n; i++) {
      const f = fmt[i];
      if (f === "-") flags.minus = true;
      else if (f === "+") flags.plus = true;
      else if (f === " ") flags.space = true;
      else if (f === "#") flags.alt = true;
      else if (f === "0") flags.zero = true;
      else break;
    }
    let width = -1;
    if (fmt[i] === "*") {
      const w = hooks.classify(nextArg());
      if (w.kind !== "int") fail("TypeError", "* wants int");
      width = Number(w.value);
      if (width < 0) {
        flags.minus = true;
        width = -width;
      }
      i++;
    } else {
      const st = i;
      while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") i++;
      if (i > st) {
        if (BigInt(fmt.slice(st, i).join("")) > 0x7fffffffffffffffn) fail("ValueError", "width too big");
        width = Number(fmt.slice(st, i).join(""));
      }
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        const p = hooks.classify(nextArg());
        if (p.kind !== "int") fail("TypeError", "* wants int");
        prec = Math.max(0, Number(p.value));
        i++;
      } else {
        const st = i;
        while (i < n && fmt[i]! >= "0" && fmt[i]! <= "9") i++;
        if (i > st && BigInt(fmt.slice(st, i).join("")) > 0x7fffffffffffffffn) fail("ValueError", "precision too big");
        prec = i > st ? Number(fmt.slice(st, i).join("")) : 0;
      }
    }
    // Length modifiers are accepted and ignored.
    while (i < n && (fmt[i] === "h" || fmt[i] === "l" || fmt[i] === "L")) i++;
    if (i >= n) fail("ValueError", "incomplete format");
    const conv = fmt[i]!;
    if (conv === "%" && minor < 7) {
      // 3.6: "%5%" is a literal percent and consumes no argument
      out += "%";
      i++;
      continue;
    }
    const v = nextArg();
    if (!"srabdiuoxXeEfFgGc".includes(conv) || conv === "b" && keyOf === strKey) {
      const c = conv.codePointAt(0)!;
      if (keyOf !== strKey) {
        // bytes: the raw character is shown; a non-ASCII byte breaks the message itself
        // (3.6–3.10 an empty ValueError, 3.11+ the OverflowError of its %c formatting).
        if (c >= 0x80) {
          if (minor >= 11) fail("OverflowError", "character argument not in range(0x110000)");
          fail("ValueError", "");
        }
        fail("ValueError", `unsupported format character '${conv}' (0x${c.toString(16)}) at index ${i}`);
      }
      fail("ValueError", `unsupported format character '${c >= 32 && c <= 126 ? conv : "?"}' (0x${c.toString(16)}) at index ${i}`);
    }
    const spec: PercentSpec = { flags, width, prec, conv };
    const r = convert(v, spec);
    const text = r.sign + r.prefix + r.body;
    const len = cpLen(text);
    if (width > len) {
      const pad = width - len;
      if (flags.minus) out += text + rep(" ", pad);
      else if (flags.zero && r.numeric) out += r.sign + r.prefix + rep("0", pad) + r.body;
      else out += rep(" ", pad) + text;
    } else out += text;
    i++;
  }
  if (argidx < arglen && dict === null)
    fail("TypeError", `not all arguments converted during ${keyOf === strKey ? "string" : "bytes"} formatting`);
  return out;
}

function strKey(chars: string[]): string {
  return chars.join("");
}

/** Integer conversions d i u o x X: CPython's type checks, sign, '#' prefix, precision as minimum digits. */
function percentInt<T>(v: T, spec: PercentSpec, hooks: PercentHooks<T>, minor: PyMinor, bytesMode: boolean = false): { sign: string; prefix: string; body: string; numeric: boolean } {
  const c = spec.conv;
  // bytes formatting reports %i as %d
  const shown = bytesMode && c === "i" ? "d" : c;
  const sc = hooks.classify(v);
  let n: bigint;
  if (sc.kind === "int") n = sc.value;
  else if (sc.kind === "float") {
    if (c === "o" || c === "x" || c === "X") fail("TypeError", `%${c} format: an integer is required, not ${sc.typeName}`);
    n = floatToInt(sc.value);
  } else {
    if (c === "o" || c === "x" || c === "X") fail("TypeError", `%${c} format: an integer is required, not ${sc.typeName}`);
    // 3.10+ says "a real number" (bpo-41974 era wording)
    fail("TypeError", `%${shown} format: ${minor >= 10 ? "a real number" : "a number"} is required, not ${sc.typeName}`);
  }
  const base = c === "o" ? 8 : c === "x" || c === "X" ? 16 : 10;
  const neg = n < 0n;
  let digits = base === 10 ? intToStr(neg ? -n : n, minor) : (neg ? -n : n).toString(base);
  if (spec.prec > digits.length) digits = rep("0", spec.prec - digits.length) + digits;
  let prefix = spec.flags.alt && base !== 10 ? (base === 8 ? "0o" : "0x") : "";
  if (c === "X") {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const sign = neg ? "-" : spec.flags.plus ? "+" : spec.flags.space ? " " : "";
  return { sign, prefix, body: digits, numeric: true };
}

/** Float conversions e E f F g G (@cpython Objects/unicodeobject.c formatfloat). */
function percentFloat<T>(v: T, spec: PercentSpec, hooks: PercentHooks<T>, bytesMode: boolean = false): { sign: string; prefix: string; body: string; numeric: boolean } {
  const sc = hooks.classify(v);
  let x: number;
  if (sc.kind === "float") x = sc.value;
  else if (sc.kind === "int") x = intToFloat(sc.value);
  // @cpython Objects/bytesobject.c formatfloat says "float argument required"
  else return fail("TypeError", bytesMode ? `float argument required, not ${sc.typeName}` : `must be real number, not ${sc.typeName}`);
  const prec = spec.prec < 0 ? 6 : spec.prec;
  checkPrecision(prec);
  const p = floatParts(x, spec.conv, prec, spec.flags.alt, false, false);
  const sign = p.negative ? "-" : spec.flags.plus ? "+" : spec.flags.space ? " " : "";
  return { sign, prefix: "", body: p.intDigits + p.rest, numeric: true };
}

function truncate(text: string, prec: number): string {
  if (prec < 0) return text;
  const cs = Array.from(text);
  return cs.length > prec ? cs.slice(0, prec).join("") : text;
}

/** `fmt % args` for str (@cpython Objects/unicodeobject.c PyUnicode_Format). */
export function percentFormat<T>(fmt: string, args: PercentArgs<T>, hooks: PercentHooks<T>, minor: PyMinor = DEFAULT_MINOR): string {
  return percentEngine(Array.from(fmt), args, hooks, minor, strKey, (v, spec) => {
    const c = spec.conv;
    if (c === "s" || c === "r" || c === "a") {
      const text = c === "s" ? hooks.str(v) : c === "r" ? hooks.repr(v) : hooks.ascii ? hooks.ascii(v) : asciiEscape(hooks.repr(v));
      return { sign: "", prefix: "", body: truncate(text, spec.prec), numeric: false };
    }
    if (c === "c") {
      const sc = hooks.classify(v);
      if (sc.kind === "int") {
        if (sc.value < 0n || sc.value > 0x10ffffn) fail("OverflowError", "%c arg not in range(0x110000)");
        return { sign: "", prefix: "", body: String.fromCodePoint(Number(sc.value)), numeric: false };
      }
      if (sc.kind === "str" && cpLen(sc.value) === 1) return { sign: "", prefix: "", body: sc.value, numeric: false };
      return fail("TypeError", "%c requires int or char");
    }
    if ("diuoxX".includes(c)) return percentInt(v, spec, hooks, minor);
    return percentFloat(v, spec, hooks);
  });
}

/** `fmt % args` for bytes/bytearray (@cpython Objects/bytesobject.c _PyBytes_FormatEx, 3.5+). */
export function percentFormatBytes<T>(fmt: Uint8Array, args: PercentArgs<T>, hooks: PercentHooks<T>, minor: PyMinor = DEFAULT_MINOR): Uint8Array {
  const chars = Array.from(fmt, (b) => String.fromCharCode(b));
  const keyOf = (cs: string[]): Uint8Array => Uint8Array.from(cs, (c) => c.charCodeAt(0));
  const text = percentEngine(chars, args, hooks, minor, keyOf, (v, spec) => {
    const c = spec.conv;
    if (c === "s" || c === "b") {
      const sc = hooks.classify(v);
      const b = sc.kind === "bytes" ? sc.value : hooks.bytes?.(v);
      if (!b) fail("TypeError", `%b requires a bytes-like object, or an object that implements __bytes__, not '${sc.typeName}'`);
      let body = "";
      for (const x of b) body += String.fromCharCode(x);
      return { sign: "", prefix: "", body: truncate(body, spec.prec), numeric: false };
    }
    if (c === "r" || c === "a") {
      const t = hooks.ascii ? hooks.ascii(v) : asciiEscape(hooks.repr(v));
      return { sign: "", prefix: "", body: truncate(t, spec.prec), numeric: false };
    }
    if (c === "c") {
      const sc = hooks.classify(v);
      if (sc.kind === "int") {
        if (sc.value < 0n || sc.value > 255n) fail("OverflowError", "%c arg not in range(256)");
        return { sign: "", prefix: "", body: String.fromCharCode(Number(sc.value)), numeric: false };
      }
      if (sc.kind === "bytes" && sc.value.length === 1) return { sign: "", prefix: "", body: String.fromCharCode(sc.value[0]!), numeric: false };
      return fail("TypeError", "%c requires an integer in range(256) or a single byte");
    }
    if ("diuoxX".includes(c)) return percentInt(v, spec, hooks, minor, true);
    return percentFloat(v, spec, hooks, true);
  });
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}
