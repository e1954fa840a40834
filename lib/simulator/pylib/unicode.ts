/**
 * Code point predicates and case mappings with CPython's semantics
 * (@cpython Objects/unicodectype.c, Objects/unicodeobject.c), backed by tables
 * generated from CPython 3.13's unicodedata (unicode-data.ts).
 *
 * Older versions use older Unicode databases (3.6 = 9.0 … 3.13 = 15.1); a code point
 * assigned after a version's database is treated as unassigned there (no property,
 * maps to itself, not printable), and the generated PROP_DELTAS / MAP_OVERRIDES fix
 * the few already-assigned characters whose properties changed. Every predicate and
 * mapping here was checked against all 0x110000 code points of 3.6, 3.9 and 3.13.
 */

import type { PyMinor } from "./errors";
import * as T from "./unicode-data";

function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = (ranges.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Smallest minor version whose Unicode database assigns cp (6 when assigned in 3.6 or never assigned). */
function assignedSince(cp: number): number {
  const r = T.ASSIGNED_SINCE;
  let lo = 0;
  let hi = r.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < r[3 * mid]!) hi = mid - 1;
    else if (cp > r[3 * mid + 1]!) lo = mid + 1;
    else return r[3 * mid + 2]!;
  }
  return 6;
}

/** True when cp is unassigned in the given version's Unicode database but assigned later. */
function unassignedIn(cp: number, minor: PyMinor): boolean {
  return cp >= 0x370 && assignedSince(cp) > minor;
}

function prop(ranges: readonly number[], cp: number, minor: PyMinor, name: string): boolean {
  const base = inRanges(ranges, cp) && !unassignedIn(cp, minor);
  const delta = T.PROP_DELTAS[minor]?.[name];
  return delta && inRanges(delta, cp) ? !base : base;
}

/** `str.isprintable()` for one code point. */
export function isPrintable(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  return prop(T.PRINTABLE_RANGES, cp, minor, "printable");
}
/** `str.isalpha()` of the one-character string chr(cp), per version. */
export function isAlpha(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a;
  return prop(T.ALPHA_RANGES, cp, minor, "alpha");
}
/** `str.isdecimal()` of the one-character string chr(cp), per version. */
export function isDecimal(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return prop(T.DECIMAL_RANGES, cp, minor, "decimal");
}
/** `str.isdigit()` of the one-character string chr(cp), per version. */
export function isDigit(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return prop(T.DIGIT_RANGES, cp, minor, "digit");
}
/** `str.isnumeric()` of the one-character string chr(cp), per version. */
export function isNumeric(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return prop(T.NUMERIC_RANGES, cp, minor, "numeric");
}
/** `str.isspace()` for one code point (bidi WS/B/S or Zs): also \x1c-\x1f, \x85, \xa0. */
export function isPySpace(cp: number): boolean {
  if (cp < 0x80) return (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x20);
  return inRanges(T.SPACE_RANGES, cp);
}
/** `str.islower()` of the one-character string chr(cp), per version. */
export function isLower(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return prop(T.LOWER_RANGES, cp, minor, "lower");
}
/** `str.isupper()` of the one-character string chr(cp), per version. */
export function isUpper(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return prop(T.UPPER_RANGES, cp, minor, "upper");
}
/** `str.istitle()` of the one-character string chr(cp), per version. */
export function isTitle(cp: number, minor: PyMinor = 13): boolean {
  return prop(T.TITLE_RANGES, cp, minor, "title");
}
/** XID_Start, as str.isidentifier() checks the first character. */
export function isXidStart(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp === 0x5f || isAlpha(cp);
  return prop(T.XID_START_RANGES, cp, minor, "xidStart");
}
/** XID_Continue, as str.isidentifier() checks later characters. */
export function isXidContinue(cp: number, minor: PyMinor = 13): boolean {
  if (cp < 0x80) return cp === 0x5f || isAlpha(cp) || (cp >= 0x30 && cp <= 0x39);
  return prop(T.XID_CONTINUE_RANGES, cp, minor, "xidContinue");
}
// Cased / Case_Ignorable come from the JS engine's Unicode data (newer than 15.1),
// gated by the version's assignment table; used only by title() and the final-sigma rule.
const CASED = /\p{Cased}/u;
const CASE_IGNORABLE = /\p{Case_Ignorable}/u;
/** Unicode Cased property (used by title() and the final-sigma rule). */
export function isCased(cp: number, minor: PyMinor = 13): boolean {
  return CASED.test(String.fromCodePoint(cp)) && !unassignedIn(cp, minor);
}
/** Unicode Case_Ignorable property. */
export function isCaseIgnorable(cp: number, minor: PyMinor = 13): boolean {
  return CASE_IGNORABLE.test(String.fromCodePoint(cp)) && !unassignedIn(cp, minor);
}

/** Decimal digit value of cp (0–9) or -1 (@cpython Objects/unicodectype.c _PyUnicode_ToDecimalDigit). */
export function decimalValueOf(cp: number, minor: PyMinor = 13): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !isDecimal(cp, minor)) return -1;
  const z = T.DECIMAL_ZEROS;
  let lo = 0;
  let hi = z.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (z[mid]! <= cp) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best < 0 ? -1 : cp - z[best]!;
}

// ## Case mappings

type CaseTable = Map<number, string>;
const tables = new Map<string, CaseTable>();

function buildTable(runs: readonly number[], multi: readonly (readonly [number, string])[]): CaseTable {
  const m: CaseTable = new Map();
  for (let i = 0; i < runs.length; i += 4) {
    const [start, count, step, delta] = [runs[i]!, runs[i + 1]!, runs[i + 2]!, runs[i + 3]!];
    for (let k = 0; k < count; k++) {
      const cp = start + k * step;
      m.set(cp, String.fromCodePoint(cp + delta));
    }
  }
  for (const [cp, s] of multi) m.set(cp, s);
  return m;
}

const overrideTables = new Map<string, CaseTable>();
/** Per-version mapping override for cp, if the version's Unicode data differs from 3.13's. */
function override(name: "upper" | "lower" | "title" | "fold", cp: number, minor: PyMinor): string | undefined {
  const list = T.MAP_OVERRIDES[minor]?.[name];
  if (!list) return undefined;
  const key = `${minor}:${name}`;
  let t = overrideTables.get(key);
  if (!t) {
    t = new Map(list.map(([c, m]) => [c, m]));
    overrideTables.set(key, t);
  }
  return t.get(cp);
}

function table(name: "upper" | "lower" | "title" | "fold"): CaseTable {
  let t = tables.get(name);
  if (!t) {
    if (name === "upper") t = buildTable(T.UPPER_RUNS, T.UPPER_MULTI);
    else if (name === "lower") t = buildTable(T.LOWER_RUNS, T.LOWER_MULTI);
    else if (name === "title") t = buildTable(T.TITLE_RUNS, T.TITLE_MULTI);
    else t = buildTable(T.FOLD_RUNS, T.FOLD_MULTI);
    tables.set(name, t);
  }
  return t;
}

/** Full uppercase mapping of one code point (may be several characters). */
export function toUpperFull(cp: number, minor: PyMinor = 13): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp);
  if (unassignedIn(cp, minor)) return String.fromCodePoint(cp);
  return override("upper", cp, minor) ?? table("upper").get(cp) ?? String.fromCodePoint(cp);
}
/** Full lowercase mapping of one code point (without the final-sigma rule). */
export function toLowerFull(cp: number, minor: PyMinor = 13): string {
  if (cp < 0x80) return String.fromCharCode(cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp);
  if (unassignedIn(cp, minor)) return String.fromCodePoint(cp);
  return override("lower", cp, minor) ?? table("lower").get(cp) ?? String.fromCodePoint(cp);
}
/** Full titlecase mapping of one code point. */
export function toTitleFull(cp: number, minor: PyMinor = 13): string {
  if (cp < 0x80) return toUpperFull(cp, minor);
  if (unassignedIn(cp, minor)) return String.fromCodePoint(cp);
  return override("title", cp, minor) ?? table("title").get(cp) ?? toUpperFull(cp, minor);
}
/** Full case folding of one code point. */
export function toFoldFull(cp: number, minor: PyMinor = 13): string {
  if (cp < 0x80) return toLowerFull(cp, minor);
  if (unassignedIn(cp, minor)) return String.fromCodePoint(cp);
  return override("fold", cp, minor) ?? table("fold").get(cp) ?? toLowerFull(cp, minor);
}
