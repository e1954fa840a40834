/**
 * Python str and bytes semantics on JS strings and Uint8Array: repr, the common
 * methods, encode/decode, and the str kind classifier for the size model.
 *
 * Mirrors Objects/unicodeobject.c, Objects/bytesobject.c, Objects/bytes_methods.c,
 * Objects/stringlib/*, Python/codecs.c for CPython 3.6–3.13.
 *
 * Python strings index by code point; JS strings are UTF-16. Every index-taking
 * function works in code points. A JS surrogate pair is read as one astral code
 * point (a Python str holding two adjacent lone surrogates cannot be represented).
 * bytes methods run the str algorithms on a Latin-1 view with ASCII-only
 * character classes, as CPython's bytes_methods.c does.
 */

import { DEFAULT_MINOR, fail, MAX_STR_LEN, rep, type PyMinor } from "./errors";
import {
  isAlpha,
  isCased,
  isCaseIgnorable,
  isDecimal,
  isDigit,
  isLower,
  isNumeric,
  isPrintable,
  isPySpace,
  isTitle,
  isUpper,
  isXidContinue,
  isXidStart,
  toFoldFull,
  toLowerFull,
  toTitleFull,
  toUpperFull,
} from "./unicode";

// ## Code points

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** `len(s)` in code points. */
export function cpLength(s: string): number {
  if (!ASTRAL.test(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The code points of s. */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** One-character strings of s, by code point. */
function chars(s: string): string[] {
  return ASTRAL.test(s) ? Array.from(s) : s.split("");
}

/** UTF-16 offset of code point index i (0 ≤ i ≤ len). */
function offsetOf(s: string, i: number): number {
  if (!ASTRAL.test(s)) return i;
  let off = 0;
  for (let k = 0; k < i && off < s.length; k++) {
    const c = s.charCodeAt(off);
    off += c >= 0xd800 && c <= 0xdbff && off + 1 < s.length && (s.charCodeAt(off + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return off;
}

/** Code point index of UTF-16 offset off. */
function indexOf16(s: string, off: number): number {
  if (!ASTRAL.test(s)) return off;
  return cpLength(s.slice(0, off));
}

/** Python's str kind (PEP 393) by its widest code point. */
export type StrKind = "ascii" | "latin1" | "ucs2" | "ucs4";

/**
 * Kind and code point length of a str, for the size model:
 * ascii (all < 0x80), latin1 (< 0x100), ucs2 (< 0x10000), ucs4.
 * @cpython Objects/unicodeobject.c PyUnicode_New (maxchar → kind)
 */
export function strKind(s: string): { kind: StrKind; length: number } {
  if (ASCII_ONLY.test(s)) return { kind: "ascii", length: s.length };
  let max = 0;
  let length = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp > max) max = cp;
    length++;
  }
  const kind: StrKind = max < 0x80 ? "ascii" : max < 0x100 ? "latin1" : max < 0x10000 ? "ucs2" : "ucs4";
  return { kind, length };
}

// ## repr

function hex2(n: number): string {
  return n.toString(16).padStart(2, "0");
}

/**
 * `repr(s)` exactly as CPython: quote choice, \\ \n \r \t, \xNN for other controls,
 * \xNN / \uNNNN / \UNNNNNNNN for non-printable non-ASCII (@cpython Objects/unicodeobject.c unicode_repr).
 */
export function reprStr(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  // Fast path: printable ASCII without quotes or backslashes.
  if (PLAIN_ASCII.test(s)) return "'" + s + "'";
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp === quote.charCodeAt(0) || cp === 0x5c) out += "\\" + ch;
    else if (cp === 0x09) out += "\\t";
    else if (cp === 0x0a) out += "\\n";
    else if (cp === 0x0d) out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex2(cp);
    else if (cp < 0x7f) out += ch;
    else if (isPrintable(cp, minor)) out += ch;
    else out += escapeCp(cp);
  }
  return out + quote;
}

const PLAIN_ASCII = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function escapeCp(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex2(cp);
  if (cp <= 0xffff) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

/** `ascii(s)`: repr with every non-ASCII code point escaped. */
export function asciiStr(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  let out = "";
  for (const ch of reprStr(s, minor)) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCp(cp);
  }
  return out;
}

/** Escape non-ASCII code points of any text (for `ascii()` of containers' reprs). */
export function asciiEscape(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCp(cp);
  }
  return out;
}

/**
 * `repr(b)`: b'...' (@cpython Objects/bytesobject.c PyBytes_Repr); typeName "bytearray"
 * gives `bytearray(b'...')`.
 */
export function reprBytes(b: Uint8Array, typeName: "bytes" | "bytearray" = "bytes"): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + quote;
  // bytearray's repr escapes ' even inside "..." (@cpython Objects/bytearrayobject.c bytearray_repr)
  const escQ = typeName === "bytearray" ? 0x27 : quote.charCodeAt(0);
  for (const c of b) {
    if (c === escQ || c === quote.charCodeAt(0) || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex2(c);
    else out += String.fromCharCode(c);
  }
  out += quote;
  return typeName === "bytearray" ? `bytearray(${out})` : out;
}

// ## Latin-1 views for bytes

/** Bytes as a JS string of chars U+0000–U+00FF. */
export function bytesToLatin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
/** Inverse of bytesToLatin1 (chars must be < 0x100). */
export function latin1ToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

// ## Index helpers

/** Python slice-index adjustment for find/count/startswith (None → default). */
function adjust(start: number | null | undefined, end: number | null | undefined, len: number): [number, number] {
  let a = start ?? 0;
  let b = end ?? len;
  if (b > len) b = len;
  else if (b < 0) {
    b += len;
    if (b < 0) b = 0;
  }
  if (a < 0) {
    a += len;
    if (a < 0) a = 0;
  }
  return [a, b];
}

type Idx = number | null | undefined;

// ## Indexing, slicing, comparison

/**
 * Resolve a slice against a sequence length (@cpython Objects/sliceobject.c
 * PySlice_Unpack + PySlice_AdjustIndices). step 0 → ValueError.
 */
export function sliceIndices(
  len: number,
  start: number | null | undefined,
  stop: number | null | undefined,
  step: number | null | undefined,
): { start: number; stop: number; step: number; length: number } {
  const st = step ?? 1;
  if (st === 0) fail("ValueError", "slice step cannot be zero");
  let a: number;
  let b: number;
  if (start === null || start === undefined) a = st < 0 ? len - 1 : 0;
  else {
    a = start;
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (stop === null || stop === undefined) b = st < 0 ? -1 : len;
  else {
    b = stop;
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  let length = 0;
  if (st < 0) {
    if (b < a) length = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) length = Math.floor((b - a - 1) / st) + 1;
  return { start: a, stop: b, step: st, length };
}

/** `s[start:stop:step]` by code point. */
export function strSlice(
  s: string,
  start?: number | null,
  stop?: number | null,
  step?: number | null,
): string {
  const astral = ASTRAL.test(s);
  const len = astral ? cpLength(s) : s.length;
  const r = sliceIndices(len, start, stop, step);
  if (r.step === 1) {
    if (r.length <= 0) return "";
    return astral ? s.slice(offsetOf(s, r.start), offsetOf(s, r.start + r.length)) : s.slice(r.start, r.start + r.length);
  }
  const cs = astral ? Array.from(s) : null;
  let out = "";
  for (let i = 0, k = r.start; i < r.length; i++, k += r.step) out += cs ? cs[k] : s[k];
  return out;
}

/** `s[i]` by code point (negative i counts from the end): IndexError "string index out of range". */
export function strCharAt(s: string, i: number): string {
  const astral = ASTRAL.test(s);
  const len = astral ? cpLength(s) : s.length;
  const k = i < 0 ? i + len : i;
  if (k < 0 || k >= len) fail("IndexError", "string index out of range");
  if (!astral) return s[k]!;
  const off = offsetOf(s, k);
  return String.fromCodePoint(s.codePointAt(off)!);
}

/**
 * Python's str ordering (by code point): -1, 0 or 1. JS `<` compares UTF-16 units,
 * which disagrees when an astral character meets one in U+E000–U+FFFF.
 */
export function strCompare(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && x <= 0xdfff) {
      if (y >= 0xd800 && y <= 0xdfff) return x < y ? -1 : 1;
      return y >= 0xe000 ? 1 : x < y ? -1 : 1;
    }
    if (y >= 0xd800 && y <= 0xdfff) return x >= 0xe000 ? -1 : x < y ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** `s.removeprefix(prefix)` (3.9+). */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== "" && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
/** `s.removesuffix(suffix)` (3.9+). */
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix !== "" && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

// ## find / index / count

/** `s.find(sub, start, end)` (code point indices). */
export function strFind(s: string, sub: string, start?: Idx, end?: Idx): number {
  const len = cpLength(s);
  const [a, b] = adjust(start, end, len);
  if (b - a < cpLength(sub)) return -1;
  const oa = offsetOf(s, a);
  const ob = offsetOf(s, b);
  const r = s.slice(0, ob).indexOf(sub, oa);
  return r < 0 ? -1 : indexOf16(s, r);
}

/** `s.rfind(sub, start, end)`. */
export function strRfind(s: string, sub: string, start?: Idx, end?: Idx): number {
  const len = cpLength(s);
  const [a, b] = adjust(start, end, len);
  if (b - a < cpLength(sub)) return -1;
  const oa = offsetOf(s, a);
  const ob = offsetOf(s, b);
  const r = s.slice(0, ob).lastIndexOf(sub);
  return r < oa ? -1 : indexOf16(s, r);
}

/** `s.index(sub, ...)`: ValueError "substring not found". */
export function strIndex(s: string, sub: string, start?: Idx, end?: Idx): number {
  const r = strFind(s, sub, start, end);
  if (r < 0) fail("ValueError", "substring not found");
  return r;
}
/** `s.rindex(sub, ...)`. */
export function strRindex(s: string, sub: string, start?: Idx, end?: Idx): number {
  const r = strRfind(s, sub, start, end);
  if (r < 0) fail("ValueError", "substring not found");
  return r;
}

/** `s.count(sub, start, end)` (non-overlapping). */
export function strCount(s: string, sub: string, start?: Idx, end?: Idx): number {
  const len = cpLength(s);
  const [a, b] = adjust(start, end, len);
  if (b - a < cpLength(sub)) return 0;
  if (sub === "") return b - a + 1;
  const hay = s.slice(offsetOf(s, a), offsetOf(s, b));
  let n = 0;
  let i = hay.indexOf(sub);
  while (i >= 0) {
    n++;
    i = hay.indexOf(sub, i + sub.length);
  }
  return n;
}

/** `s.startswith(prefix | tuple, start, end)`. */
export function strStartswith(s: string, prefix: string | readonly string[], start?: Idx, end?: Idx): boolean {
  const len = cpLength(s);
  const [a, b] = adjust(start, end, len);
  const list = typeof prefix === "string" ? [prefix] : prefix;
  for (const p of list) {
    // @cpython tailmatch: start > len → False even for an empty prefix
    if (a > len) continue;
    const pl = cpLength(p);
    if (b - a < pl) continue;
    if (s.slice(offsetOf(s, a), offsetOf(s, b)).startsWith(p)) return true;
  }
  return false;
}

/** `s.endswith(suffix | tuple, start, end)`. */
export function strEndswith(s: string, suffix: string | readonly string[], start?: Idx, end?: Idx): boolean {
  const len = cpLength(s);
  const [a, b] = adjust(start, end, len);
  const list = typeof suffix === "string" ? [suffix] : suffix;
  for (const p of list) {
    if (a > len) continue;
    const pl = cpLength(p);
    if (b - a < pl) continue;
    if (s.slice(offsetOf(s, a), offsetOf(s, b)).endsWith(p)) return true;
  }
  return false;
}

// ## replace / split / join / strip

/**
 * `s.replace(old, new, count)`; count < 0 means all. 3.6–3.8 return an empty s
 * unchanged when count >= 0 is given (`''.replace('', 'x', 1) == ''`; bpo-28029 fixed it in 3.9).
 */
export function strReplace(s: string, old: string, repl: string, count: number = -1, minor: PyMinor = DEFAULT_MINOR): string {
  if (count < 0) count = Infinity;
  else if (minor < 9 && s === "") return s;
  if (count === 0) return s;
  if (repl.length > old.length) {
    // Bound the result before building it (MemoryError instead of a V8 RangeError).
    const n = old === "" ? Math.min(count, cpLength(s) + 1) : Math.min(count, s.split(old).length - 1);
    if (s.length + n * (repl.length - old.length) > MAX_STR_LEN) fail("MemoryError", "");
  }
  if (old === "") {
    const cs = chars(s);
    let out = "";
    let n = 0;
    for (let i = 0; i <= cs.length; i++) {
      if (n < count) {
        out += repl;
        n++;
      }
      if (i < cs.length) out += cs[i];
    }
    return out;
  }
  let out = "";
  let pos = 0;
  let n = 0;
  while (n < count) {
    const i = s.indexOf(old, pos);
    if (i < 0) break;
    out += s.slice(pos, i) + repl;
    pos = i + old.length;
    n++;
  }
  return out + s.slice(pos);
}

type SpacePred = (cp: number) => boolean;
const strSpace: SpacePred = isPySpace;
const asciiSpace: SpacePred = (c) => c === 0x20 || (c >= 9 && c <= 13);

function splitWhitespace(s: string, maxsplit: number, space: SpacePred): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  if (maxsplit < 0) maxsplit = Infinity;
  while (true) {
    while (i < n && space(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (out.length >= maxsplit) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !space(s.charCodeAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number, space: SpacePred): string[] {
  const out: string[] = [];
  let i = s.length;
  if (maxsplit < 0) maxsplit = Infinity;
  while (true) {
    while (i > 0 && space(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (out.length >= maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !space(s.charCodeAt(j - 1))) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

/** `s.split(sep=None, maxsplit=-1)`. */
export function strSplit(s: string, sep?: string | null, maxsplit: number = -1): string[] {
  return splitImpl(s, sep, maxsplit, strSpace);
}

function splitImpl(s: string, sep: string | null | undefined, maxsplit: number, space: SpacePred): string[] {
  if (sep === null || sep === undefined) return splitWhitespace(s, maxsplit, space);
  if (sep === "") fail("ValueError", "empty separator");
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let pos = 0;
  while (out.length < maxsplit) {
    const i = s.indexOf(sep, pos);
    if (i < 0) break;
    out.push(s.slice(pos, i));
    pos = i + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

/** `s.rsplit(sep=None, maxsplit=-1)`. */
export function strRsplit(s: string, sep?: string | null, maxsplit: number = -1): string[] {
  return rsplitImpl(s, sep, maxsplit, strSpace);
}

function rsplitImpl(s: string, sep: string | null | undefined, maxsplit: number, space: SpacePred): string[] {
  if (sep === null || sep === undefined) return rsplitWhitespace(s, maxsplit, space);
  if (sep === "") fail("ValueError", "empty separator");
  if (maxsplit < 0) maxsplit = Infinity;
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    if (end - sep.length < 0) break;
    const i = s.lastIndexOf(sep, end - sep.length);
    if (i < 0) break;
    out.push(s.slice(i + sep.length, end));
    end = i;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const STR_LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029]);

/** `s.splitlines(keepends=False)`: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029. */
export function strSplitlines(s: string, keepends: boolean = false): string[] {
  return splitlinesImpl(s, keepends, (c) => STR_LINE_BREAKS.has(c));
}

function splitlinesImpl(s: string, keepends: boolean, isBreak: (c: number) => boolean): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    let j = i;
    while (j < n && !isBreak(s.charCodeAt(j))) j++;
    let eol = j;
    if (j < n) {
      if (s.charCodeAt(j) === 0x0d && j + 1 < n && s.charCodeAt(j + 1) === 0x0a) j += 2;
      else j += 1;
      if (keepends) eol = j;
    }
    out.push(s.slice(i, eol));
    i = j;
  }
  return out;
}

/** `sep.join(parts)` (type checks of the parts are the caller's). */
export function strJoin(sep: string, parts: readonly string[]): string {
  return parts.join(sep);
}

function stripImpl(s: string, chars_: string | null | undefined, left: boolean, right: boolean, space: SpacePred): string {
  let test: (cp: number) => boolean;
  if (chars_ === null || chars_ === undefined) test = space;
  else {
    const set = new Set(codePoints(chars_));
    test = (cp) => set.has(cp);
  }
  const cs = ASTRAL.test(s) ? Array.from(s) : null;
  if (cs) {
    let a = 0;
    let b = cs.length;
    if (left) while (a < b && test(cs[a]!.codePointAt(0)!)) a++;
    if (right) while (b > a && test(cs[b - 1]!.codePointAt(0)!)) b--;
    return cs.slice(a, b).join("");
  }
  let a = 0;
  let b = s.length;
  if (left) while (a < b && test(s.charCodeAt(a))) a++;
  if (right) while (b > a && test(s.charCodeAt(b - 1))) b--;
  return s.slice(a, b);
}

/** `s.strip(chars=None)`. */
export function strStrip(s: string, chars_?: string | null): string {
  return stripImpl(s, chars_, true, true, strSpace);
}
/** `s.lstrip(chars=None)`. */
export function strLstrip(s: string, chars_?: string | null): string {
  return stripImpl(s, chars_, true, false, strSpace);
}
/** `s.rstrip(chars=None)`. */
export function strRstrip(s: string, chars_?: string | null): string {
  return stripImpl(s, chars_, false, true, strSpace);
}

/** `s.partition(sep)` → [head, sep, tail]. */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === "") fail("ValueError", "empty separator");
  const i = s.indexOf(sep);
  if (i < 0) return [s, "", ""];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}
/** `s.rpartition(sep)`. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === "") fail("ValueError", "empty separator");
  const i = s.lastIndexOf(sep);
  if (i < 0) return ["", "", s];
  return [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ## Padding

function checkFill(fill: string): void {
  if (cpLength(fill) !== 1) fail("TypeError", "The fill character must be exactly one character long");
}

/** `s.center(width, fillchar=' ')` (@cpython stringlib pad: left = marg/2 + (marg & width & 1)). */
export function strCenter(s: string, width: number, fill: string = " "): string {
  checkFill(fill);
  const len = cpLength(s);
  if (len >= width) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return rep(fill, left) + s + rep(fill, marg - left);
}
/** `s.ljust(width, fillchar=' ')`. */
export function strLjust(s: string, width: number, fill: string = " "): string {
  checkFill(fill);
  const len = cpLength(s);
  return len >= width ? s : s + rep(fill, width - len);
}
/** `s.rjust(width, fillchar=' ')`. */
export function strRjust(s: string, width: number, fill: string = " "): string {
  checkFill(fill);
  const len = cpLength(s);
  return len >= width ? s : rep(fill, width - len) + s;
}
/** `s.zfill(width)`: zeros after a leading sign. */
export function strZfill(s: string, width: number): string {
  const len = cpLength(s);
  if (len >= width) return s;
  const pad = rep("0", width - len);
  if (s[0] === "+" || s[0] === "-") return s[0] + pad + s.slice(1);
  return pad + s;
}

/** `s.expandtabs(tabsize=8)`: columns reset after \n and \r. */
export function strExpandtabs(s: string, tabsize: number = 8): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += rep(" ", n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return out;
}

// ## Case

/** Final-sigma rule (@cpython Objects/unicodeobject.c handle_capital_sigma). */
function lowerSigma(cps: readonly number[], i: number, minor: PyMinor): string {
  let j = i - 1;
  while (j >= 0 && isCaseIgnorable(cps[j]!, minor)) j--;
  const finalSigma = j >= 0 && isCased(cps[j]!, minor);
  if (finalSigma) {
    let k = i + 1;
    while (k < cps.length && isCaseIgnorable(cps[k]!, minor)) k++;
    if (k === cps.length || !isCased(cps[k]!, minor)) return "\u03c2";
  }
  return "\u03c3";
}

function lowerAt(cps: readonly number[], i: number, minor: PyMinor): string {
  const c = cps[i]!;
  return c === 0x3a3 ? lowerSigma(cps, i, minor) : toLowerFull(c, minor);
}

/** `s.lower()` with full mappings and the final-sigma rule. */
export function strLower(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) out += lowerAt(cps, i, minor);
  return out;
}
/** `s.upper()` with full mappings (ß → SS). */
export function strUpper(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.toUpperCase();
  let out = "";
  for (const ch of s) out += toUpperFull(ch.codePointAt(0)!, minor);
  return out;
}
/** `s.casefold()`. */
export function strCasefold(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  let out = "";
  for (const ch of s) out += toFoldFull(ch.codePointAt(0)!, minor);
  return out;
}
/** `s.swapcase()`. */
export function strSwapcase(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  const cps = codePoints(s);
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    if (isUpper(c, minor)) out += lowerAt(cps, i, minor);
    else if (isLower(c, minor)) out += toUpperFull(c, minor);
    else out += String.fromCodePoint(c);
  }
  return out;
}
/** `s.title()`: titlecase after an uncased character, lowercase after a cased one. */
export function strTitle(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  const cps = codePoints(s);
  let out = "";
  let prevCased = false;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    out += prevCased ? lowerAt(cps, i, minor) : toTitleFull(c, minor);
    prevCased = isCased(c, minor);
  }
  return out;
}
/**
 * `s.capitalize()`: first character titlecased (3.8+) or uppercased (3.6–3.7), the rest lowercased.
 * @cpython Objects/unicodeobject.c do_capitalize (bpo-36549, 3.8: title case)
 */
export function strCapitalize(s: string, minor: PyMinor = DEFAULT_MINOR): string {
  const cps = codePoints(s);
  if (cps.length === 0) return "";
  let out = minor >= 8 ? toTitleFull(cps[0]!, minor) : toUpperFull(cps[0]!, minor);
  for (let i = 1; i < cps.length; i++) out += lowerAt(cps, i, minor);
  return out;
}

// ## Predicates

function allOf(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch.codePointAt(0)!)) return false;
  return true;
}

/** `str.isdigit()`. */
export function strIsdigit(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  return allOf(s, (c) => isDigit(c, minor));
}
/** `str.isdecimal()`. */
export function strIsdecimal(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  return allOf(s, (c) => isDecimal(c, minor));
}
/** `str.isnumeric()`. */
export function strIsnumeric(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  return allOf(s, (c) => isNumeric(c, minor));
}
/** `str.isalpha()`. */
export function strIsalpha(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  return allOf(s, (c) => isAlpha(c, minor));
}
/** `isalnum`: each char isalpha/isdecimal/isdigit/isnumeric. */
export function strIsalnum(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  return allOf(s, (c) => isAlpha(c, minor) || isDecimal(c, minor) || isDigit(c, minor) || isNumeric(c, minor));
}
/** `str.isspace()`. */
export function strIsspace(s: string): boolean {
  return allOf(s, isPySpace);
}
/** `str.isprintable()`. */
export function strIsprintable(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  for (const ch of s) if (!isPrintable(ch.codePointAt(0)!, minor)) return false;
  return true;
}
/** `str.isascii()` (3.7+). */
export function strIsascii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}
/** `str.islower()`. */
export function strIslower(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isUpper(c, minor) || isTitle(c, minor)) return false;
    if (!cased && isLower(c, minor)) cased = true;
  }
  return cased;
}
/** `str.isupper()`. */
export function strIsupper(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  let cased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isLower(c, minor) || isTitle(c, minor)) return false;
    if (!cased && isUpper(c, minor)) cased = true;
  }
  return cased;
}
/** `str.istitle()` (@cpython Objects/unicodeobject.c unicode_istitle_impl). */
export function strIstitle(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (isUpper(c, minor) || isTitle(c, minor)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLower(c, minor)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}
/** `str.isidentifier()`: XID_Start or '_' then XID_Continue (no keyword check). */
export function strIsidentifier(s: string, minor: PyMinor = DEFAULT_MINOR): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (!(cps[0] === 0x5f || isXidStart(cps[0]!, minor))) return false;
  for (let i = 1; i < cps.length; i++) if (!isXidContinue(cps[i]!, minor)) return false;
  return true;
}

// ## Codecs

/** Canonical codec name (utf-8, latin-1, ascii, utf-16*, utf-32*) or null. */
export function normalizeEncoding(name: string): string | null {
  const n = name.toLowerCase().replace(/[-\s]/g, "_");
  const aliases: Record<string, string> = {
    utf_8: "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", utf8_ucs2: "utf-8", utf8_ucs4: "utf-8",
    latin_1: "latin-1", latin1: "latin-1", latin: "latin-1", l1: "latin-1", iso_8859_1: "latin-1",
    iso8859_1: "latin-1", "8859": "latin-1", cp819: "latin-1", iso_ir_100: "latin-1", iso_8859_1_1987: "latin-1",
    ascii: "ascii", us_ascii: "ascii", "646": "ascii", us: "ascii", "ansi_x3.4_1968": "ascii", cp367: "ascii",
    iso646_us: "ascii", ibm367: "ascii", csascii: "ascii",
    utf_16: "utf-16", utf16: "utf-16", u16: "utf-16", utf_16_le: "utf-16-le", utf_16le: "utf-16-le",
    utf_16_be: "utf-16-be", utf_16be: "utf-16-be", utf_32: "utf-32", utf32: "utf-32", u32: "utf-32",
    utf_32_le: "utf-32-le", utf_32le: "utf-32-le", utf_32_be: "utf-32-be", utf_32be: "utf-32-be",
  };
  return aliases[n] ?? null;
}

function codecLabel(canon: string): string {
  // CPython's error messages name the codec by its canonical Python name.
  return canon === "latin-1" ? "latin-1" : canon;
}

function checkHandler(errors: string): void {
  const known = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"];
  if (!known.includes(errors)) fail("LookupError", `unknown error handler name '${errors}'`);
}

/**
 * `s.encode(encoding='utf-8', errors='strict')`. Handlers: strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass (utf-8).
 * @cpython Objects/unicodeobject.c unicode_encode_utf8 / unicode_encode_ucs1, Python/codecs.c
 */
export function strEncode(s: string, encoding: string = "utf-8", errors: string = "strict"): Uint8Array {
  const canon = normalizeEncoding(encoding);
  if (!canon) fail("LookupError", `unknown encoding: ${encoding}`);
  const cps = codePoints(s);
  const out: number[] = [];
  const limit = canon === "ascii" ? 0x80 : canon === "latin-1" ? 0x100 : 0x110000;
  const bad = (c: number): boolean => (canon === "utf-8" ? c >= 0xd800 && c <= 0xdfff : canon.startsWith("utf") ? c >= 0xd800 && c <= 0xdfff : c >= limit);
  let bomDone = false;
  const emit = (c: number): void => {
    if (canon === "utf-8") {
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    } else if (canon.startsWith("utf-16")) {
      const be = canon === "utf-16-be";
      if (canon === "utf-16" && !bomDone) {
        out.push(0xff, 0xfe);
        bomDone = true;
      }
      const units = c >= 0x10000 ? [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)] : [c];
      for (const u of units) {
        if (be) out.push(u >> 8, u & 255);
        else out.push(u & 255, u >> 8);
      }
    } else if (canon.startsWith("utf-32")) {
      const be = canon === "utf-32-be";
      if (canon === "utf-32" && !bomDone) {
        out.push(0xff, 0xfe, 0, 0);
        bomDone = true;
      }
      const bs = [c & 255, (c >> 8) & 255, (c >> 16) & 255, c >>> 24];
      out.push(...(be ? bs.reverse() : bs));
    } else out.push(c);
  };
  if (canon === "utf-16" || canon === "utf-32") {
    out.push(0xff, 0xfe, ...(canon === "utf-32" ? [0, 0] : []));
    bomDone = true;
  }
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    if (!bad(c)) {
      emit(c);
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && bad(cps[j]!)) j++;
    checkHandler(errors);
    if (errors === "strict") {
      const reason = canon === "ascii" ? "ordinal not in range(128)" : canon === "latin-1" ? "ordinal not in range(256)" : "surrogates not allowed";
      const what = j - i === 1 ? `character '${escapeCp(c)}' in position ${i}` : `characters in position ${i}-${j - 1}`;
      fail("UnicodeEncodeError", `'${codecLabel(canon)}' codec can't encode ${what}: ${reason}`);
    }
    for (let k = i; k < j; k++) {
      const b = cps[k]!;
      if (errors === "ignore") continue;
      if (errors === "replace") emit(0x3f);
      else if (errors === "backslashreplace") for (const ch of escapeCp(b)) emit(ch.charCodeAt(0));
      else if (errors === "xmlcharrefreplace") for (const ch of `&#${b};`) emit(ch.charCodeAt(0));
      else if (errors === "surrogateescape" && b >= 0xdc80 && b <= 0xdcff) out.push(b - 0xdc00);
      else if (errors === "surrogatepass" && canon === "utf-8" && b >= 0xd800 && b <= 0xdfff)
        out.push(0xe0 | (b >> 12), 0x80 | ((b >> 6) & 63), 0x80 | (b & 63));
      else {
        const reason = canon === "ascii" ? "ordinal not in range(128)" : canon === "latin-1" ? "ordinal not in range(256)" : "surrogates not allowed";
        const what = j - i === 1 ? `character '${escapeCp(b)}' in position ${k}` : `characters in position ${i}-${j - 1}`;
        fail("UnicodeEncodeError", `'${codecLabel(canon)}' codec can't encode ${what}: ${reason}`);
      }
    }
    i = j;
  }
  return Uint8Array.from(out);
}

/**
 * `b.decode(encoding='utf-8', errors='strict')`: strict, ignore, replace (U+FFFD per
 * maximal invalid subsequence), backslashreplace, surrogateescape.
 * @cpython Objects/stringlib/codecs.h utf8_decode, Objects/unicodeobject.c PyUnicode_DecodeUTF8Stateful
 */
export function bytesDecode(b: Uint8Array, encoding: string = "utf-8", errors: string = "strict"): string {
  const canon = normalizeEncoding(encoding);
  if (!canon) fail("LookupError", `unknown encoding: ${encoding}`);
  if (canon === "latin-1") return bytesToLatin1(b);
  let out = "";
  const handle = (start: number, end: number, reason: string): void => {
    checkHandler(errors);
    if (errors === "strict" || errors === "xmlcharrefreplace" || errors === "namereplace" || errors === "surrogatepass") {
      const what = end - start === 1 ? `byte 0x${hex2(b[start]!)} in position ${start}` : `bytes in position ${start}-${end - 1}`;
      fail("UnicodeDecodeError", `'${codecLabel(canon)}' codec can't decode ${what}: ${reason}`);
    }
    if (errors === "ignore") return;
    if (errors === "replace") out += "\ufffd";
    else if (errors === "backslashreplace") for (let k = start; k < end; k++) out += "\\x" + hex2(b[k]!);
    else if (errors === "surrogateescape") {
      for (let k = start; k < end; k++) {
        if (b[k]! < 0x80) {
          const what = end - start === 1 ? `byte 0x${hex2(b[start]!)} in position ${start}` : `bytes in position ${start}-${end - 1}`;
          fail("UnicodeDecodeError", `'${codecLabel(canon)}' codec can't decode ${what}: ${reason}`);
        }
        out += String.fromCharCode(0xdc00 + b[k]!);
      }
    }
  };
  if (canon === "ascii") {
    for (let i = 0; i < b.length; i++) {
      if (b[i]! < 0x80) out += String.fromCharCode(b[i]!);
      else handle(i, i + 1, "ordinal not in range(128)");
    }
    return out;
  }
  if (canon !== "utf-8") {
    return decodeUtf16or32(b, canon, errors);
  }
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      out += String.fromCharCode(c);
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else {
      handle(i, i + 1, "invalid start byte");
      i++;
      continue;
    }
    let k = 1;
    let cp = c & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    let ok = true;
    for (; k <= need; k++) {
      if (i + k >= n) {
        ok = false;
        break;
      }
      const cc = b[i + k]!;
      const l = k === 1 ? lo : 0x80;
      const h = k === 1 ? hi : 0xbf;
      if (cc < l || cc > h) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (ok) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else if (i + k >= n) {
      handle(i, n, "unexpected end of data");
      i = n;
    } else {
      handle(i, i + k, "invalid continuation byte");
      i += k;
    }
  }
  return out;
}

function decodeUtf16or32(b: Uint8Array, canon: string, errors: string): string {
  const unit = canon.startsWith("utf-16") ? 2 : 4;
  let be = canon.endsWith("be");
  let i = 0;
  if (canon === "utf-16" || canon === "utf-32") {
    if (unit === 2 && b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) i = 2;
    else if (unit === 2 && b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      i = 2;
      be = true;
    } else if (unit === 4 && b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) i = 4;
    else if (unit === 4 && b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) {
      i = 4;
      be = true;
    }
  }
  let out = "";
  const label = canon;
  for (; i + unit <= b.length; i += unit) {
    let v = 0;
    for (let k = 0; k < unit; k++) v = v * 256 + b[be ? i + k : i + unit - 1 - k]!;
    if (unit === 4 && (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))) {
      if (errors === "strict") fail("UnicodeDecodeError", `'${label}' codec can't decode bytes in position ${i}-${i + 3}: code point not in range(0x110000)`);
      if (errors === "replace") out += "\ufffd";
      continue;
    }
    out += String.fromCharCode(...(v >= 0x10000 ? [0xd800 + ((v - 0x10000) >> 10), 0xdc00 + ((v - 0x10000) & 0x3ff)] : [v]));
  }
  if (i < b.length) {
    if (errors === "strict") {
      const what = b.length - i === 1 ? `byte 0x${hex2(b[i]!)} in position ${i}` : `bytes in position ${i}-${b.length - 1}`;
      fail("UnicodeDecodeError", `'${label}' codec can't decode ${what}: truncated data`);
    }
    if (errors === "replace") out += "\ufffd";
  }
  return out;
}

// ## bytes methods (ASCII character classes)

const L = bytesToLatin1;
const B = latin1ToBytes;

function bytesArg(x: Uint8Array | readonly Uint8Array[]): string | string[] {
  return x instanceof Uint8Array ? L(x) : x.map(L);
}

/** `bytes.find(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesFind(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  return strFind(L(b), typeof sub === "number" ? String.fromCharCode(sub) : L(sub), start, end);
}
/** `bytes.rfind(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesRfind(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  return strRfind(L(b), typeof sub === "number" ? String.fromCharCode(sub) : L(sub), start, end);
}
/** `bytes.index(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIndex(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const r = bytesFind(b, sub, start, end);
  if (r < 0) fail("ValueError", "subsection not found");
  return r;
}
/** `bytes.rindex(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesRindex(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  const r = bytesRfind(b, sub, start, end);
  if (r < 0) fail("ValueError", "subsection not found");
  return r;
}
/** `bytes.count(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesCount(b: Uint8Array, sub: Uint8Array | number, start?: Idx, end?: Idx): number {
  return strCount(L(b), typeof sub === "number" ? String.fromCharCode(sub) : L(sub), start, end);
}
/** `bytes.startswith(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesStartswith(b: Uint8Array, p: Uint8Array | readonly Uint8Array[], start?: Idx, end?: Idx): boolean {
  return strStartswith(L(b), bytesArg(p), start, end);
}
/** `bytes.endswith(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesEndswith(b: Uint8Array, p: Uint8Array | readonly Uint8Array[], start?: Idx, end?: Idx): boolean {
  return strEndswith(L(b), bytesArg(p), start, end);
}
/** `bytes.replace(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesReplace(b: Uint8Array, old: Uint8Array, repl: Uint8Array, count: number = -1, minor: PyMinor = DEFAULT_MINOR): Uint8Array {
  return B(strReplace(L(b), L(old), L(repl), count, minor));
}
/** `bytes.split(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesSplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit: number = -1): Uint8Array[] {
  return splitImpl(L(b), sep ? L(sep) : sep, maxsplit, asciiSpace).map(B);
}
/** `bytes.rsplit(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesRsplit(b: Uint8Array, sep?: Uint8Array | null, maxsplit: number = -1): Uint8Array[] {
  return rsplitImpl(L(b), sep ? L(sep) : sep, maxsplit, asciiSpace).map(B);
}
/** `b.splitlines(keepends)`: only \n, \r, \r\n. */
export function bytesSplitlines(b: Uint8Array, keepends: boolean = false): Uint8Array[] {
  return splitlinesImpl(L(b), keepends, (c) => c === 0x0a || c === 0x0d).map(B);
}
/** `bytes.join(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesJoin(sep: Uint8Array, parts: readonly Uint8Array[]): Uint8Array {
  return B(parts.map(L).join(L(sep)));
}
/** `bytes.strip(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesStrip(b: Uint8Array, chars_?: Uint8Array | null): Uint8Array {
  return B(stripImpl(L(b), chars_ ? L(chars_) : chars_, true, true, asciiSpace));
}
/** `bytes.lstrip(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesLstrip(b: Uint8Array, chars_?: Uint8Array | null): Uint8Array {
  return B(stripImpl(L(b), chars_ ? L(chars_) : chars_, true, false, asciiSpace));
}
/** `bytes.rstrip(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesRstrip(b: Uint8Array, chars_?: Uint8Array | null): Uint8Array {
  return B(stripImpl(L(b), chars_ ? L(chars_) : chars_, false, true, asciiSpace));
}
/** `bytes.partition(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesPartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  return strPartition(L(b), L(sep)).map(B) as [Uint8Array, Uint8Array, Uint8Array];
}
/** `bytes.rpartition(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesRpartition(b: Uint8Array, sep: Uint8Array): [Uint8Array, Uint8Array, Uint8Array] {
  return strRpartition(L(b), L(sep)).map(B) as [Uint8Array, Uint8Array, Uint8Array];
}

function checkByteFill(fill: Uint8Array): string {
  if (fill.length !== 1) fail("TypeError", "center() argument 2 must be a byte string of length 1, not bytes");
  return L(fill);
}
/** `bytes.center(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesCenter(b: Uint8Array, width: number, fill: Uint8Array = B(" ")): Uint8Array {
  return B(strCenter(L(b), width, checkByteFill(fill)));
}
/** `bytes.ljust(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesLjust(b: Uint8Array, width: number, fill: Uint8Array = B(" ")): Uint8Array {
  return B(strLjust(L(b), width, checkByteFill(fill)));
}
/** `bytes.rjust(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesRjust(b: Uint8Array, width: number, fill: Uint8Array = B(" ")): Uint8Array {
  return B(strRjust(L(b), width, checkByteFill(fill)));
}
/** `bytes.zfill(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesZfill(b: Uint8Array, width: number): Uint8Array {
  return B(strZfill(L(b), width));
}
/** `bytes.expandtabs(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesExpandtabs(b: Uint8Array, tabsize: number = 8): Uint8Array {
  return B(strExpandtabs(L(b), tabsize));
}

const asciiMap = (b: Uint8Array, f: (c: number) => number): Uint8Array => b.map(f);
const up = (c: number): number => (c >= 0x61 && c <= 0x7a ? c - 32 : c);
const low = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
const isLo = (c: number): boolean => c >= 0x61 && c <= 0x7a;
const isUp = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isDig = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** `bytes.upper(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesUpper(b: Uint8Array): Uint8Array {
  return asciiMap(b, up);
}
/** `bytes.lower(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesLower(b: Uint8Array): Uint8Array {
  return asciiMap(b, low);
}
/** `bytes.swapcase(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesSwapcase(b: Uint8Array): Uint8Array {
  return asciiMap(b, (c) => (isLo(c) ? c - 32 : isUp(c) ? c + 32 : c));
}
/** `bytes.title(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesTitle(b: Uint8Array): Uint8Array {
  let prev = false;
  return asciiMap(b, (c) => {
    const r = prev ? low(c) : up(c);
    prev = isLo(c) || isUp(c);
    return r;
  });
}
/** `bytes.capitalize(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesCapitalize(b: Uint8Array): Uint8Array {
  return b.map((c, i) => (i === 0 ? up(c) : low(c)));
}

function bytesAll(b: Uint8Array, f: (c: number) => boolean): boolean {
  if (b.length === 0) return false;
  for (const c of b) if (!f(c)) return false;
  return true;
}
/** `bytes.isdigit(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIsdigit(b: Uint8Array): boolean {
  return bytesAll(b, isDig);
}
/** `bytes.isalpha(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIsalpha(b: Uint8Array): boolean {
  return bytesAll(b, (c) => isLo(c) || isUp(c));
}
/** `bytes.isalnum(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIsalnum(b: Uint8Array): boolean {
  return bytesAll(b, (c) => isLo(c) || isUp(c) || isDig(c));
}
/** `bytes.isspace(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIsspace(b: Uint8Array): boolean {
  return bytesAll(b, asciiSpace);
}
/** `bytes.isascii(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIsascii(b: Uint8Array): boolean {
  for (const c of b) if (c >= 0x80) return false;
  return true;
}
/** `bytes.islower(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIslower(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) {
    if (isUp(c)) return false;
    if (isLo(c)) cased = true;
  }
  return cased;
}
/** `bytes.isupper(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIsupper(b: Uint8Array): boolean {
  let cased = false;
  for (const c of b) {
    if (isLo(c)) return false;
    if (isUp(c)) cased = true;
  }
  return cased;
}
/** `bytes.istitle(...)` with ASCII-only character classes (also serves bytearray). */
export function bytesIstitle(b: Uint8Array): boolean {
  return strIstitle(L(b).replace(/[^\x00-\x7f]/g, " "));
}

/**
 * `b.hex(sep=None, bytes_per_sep=1)` (sep from 3.8).
 * @cpython Python/pystrhex.c _Py_strhex_impl: groups count from the right when bytes_per_sep > 0.
 */
export function bytesHex(b: Uint8Array, sep?: string | null, bytesPerSep: number = 1): string {
  const hexes = Array.from(b, hex2);
  if (sep === null || sep === undefined || hexes.length === 0) return hexes.join("");
  if (cpLength(sep) !== 1) fail("ValueError", "sep must be length 1.");
  if (bytesPerSep === 0) return hexes.join("");
  const n = Math.abs(bytesPerSep);
  const groups: string[] = [];
  if (bytesPerSep > 0) {
    for (let end = hexes.length; end > 0; end -= n) groups.unshift(hexes.slice(Math.max(0, end - n), end).join(""));
  } else {
    for (let i = 0; i < hexes.length; i += n) groups.push(hexes.slice(i, i + n).join(""));
  }
  return groups.join(sep);
}

/**
 * `bytes.fromhex(s)`: pairs of hex digits, ASCII whitespace allowed between pairs
 * (3.6: only spaces). Error: "non-hexadecimal number found in fromhex() arg at position N".
 * @cpython Objects/bytesobject.c _PyBytes_FromHex
 */
export function bytesFromhex(s: string, minor: PyMinor = DEFAULT_MINOR): Uint8Array {
  const out: number[] = [];
  const isWs = minor >= 7 ? (c: number) => c === 0x20 || (c >= 9 && c <= 13) : (c: number) => c === 0x20;
  let i = 0;
  const hv = (c: number): number => {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return -1;
  };
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (isWs(c)) {
      i++;
      continue;
    }
    const hi = hv(c);
    if (hi < 0) fail("ValueError", `non-hexadecimal number found in fromhex() arg at position ${indexOf16(s, i)}`);
    const lo = i + 1 < s.length ? hv(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) fail("ValueError", `non-hexadecimal number found in fromhex() arg at position ${indexOf16(s, i + 1)}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}
