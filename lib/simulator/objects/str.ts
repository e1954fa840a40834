/*
 * The layout model of `str` (PEP 393 compact strings). Mirrors Include/cpython/unicodeobject.h,
 * Objects/unicodeobject.c unicode_sizeof_impl, CPython 3.6 – 3.13.
 *
 * PyASCIIObject (64-bit)             3.6–3.11     3.12+
 *   | ob_refcnt, ob_type |  16
 *   | length             |   8
 *   | hash               |   8
 *   | state (bitfield)   |   8 (4 + padding)
 *   | wstr               |   8          removed in 3.12
 *   +--------------------+  48            40
 * PyCompactUnicodeObject = PyASCIIObject +
 *   | utf8_length        |   8
 *   | utf8               |   8
 *   | wstr_length        |   8          removed in 3.12
 *   +--------------------+  72            56
 * PyUnicodeObject (non-compact, str subclasses) = PyCompactUnicodeObject + data pointer: 80 / 64.
 *
 * kind = 1, 2 or 4 bytes per code point, chosen by the LARGEST code point (<128 ASCII, <256, <65536, else 4).
 * __sizeof__ = header + (length + 1) * kind        (one trailing NUL code unit)
 *            + (utf8_length + 1) when a separate UTF-8 copy is cached (never for ASCII).
 * Not GC. 3.12+: the one-character Latin-1 singletons (U+0080 – U+00FF) carry a cached UTF-8 copy, so
 * 'é' is 56 + 2 + 3 = 61 while 'éé' is 59 (§3.2).
 */

import type { Profile } from "../versions";
import { repeated, type SizePart } from "../memory/explain";
import { POINTER_SIZE } from "../memory/struct";
import { Layout } from "./common";

/** What the size of a str depends on. */
export interface StrShape {
  /** len(s) in code points */
  length: number;
  /** max code point (0 for '') */
  maxCodePoint: number;
}

/** Length in code points and max code point of a JS string holding a Python str (lone surrogates count as one). */
export function strShape(s: string): StrShape {
  let length = 0;
  let max = 0;
  for (const ch of s) {
    length++;
    const cp = ch.codePointAt(0)!;
    if (cp > max) max = cp;
  }
  return { length, maxCodePoint: max };
}

/** UTF-8 length of a str shape is not derivable from the shape alone; this encodes the string. */
function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/** The size state of one str. */
export class StrLayout extends Layout {
  readonly typeName = "str";
  readonly length: number;
  readonly maxCodePoint: number;
  /** bytes per code point: 1, 2 or 4 */
  readonly kind: 1 | 2 | 4;
  readonly ascii: boolean;
  /** bytes of a cached UTF-8 copy incl. its NUL (0 when none). */
  utf8Cached = 0;
  /** Non-compact (two-block) layout: instances of str subclasses. */
  readonly compact: boolean;

  private constructor(profile: Profile, shape: StrShape, compact: boolean) {
    super(profile);
    this.length = shape.length;
    this.maxCodePoint = shape.maxCodePoint;
    this.ascii = shape.maxCodePoint < 0x80;
    this.kind = shape.maxCodePoint < 0x100 ? 1 : shape.maxCodePoint < 0x10000 ? 2 : 4;
    this.compact = compact;
  }

  /**
   * Any str value (literal, indexing, slicing, chr, iteration, str(), %-format, format(), strip, split
   * parts, one-part f-strings, decode, …). A one-character Latin-1 result (U+0080 – U+00FF) is CPython's
   * shared singleton, whose UTF-8 copy is cached and counted in 3.12+ ('é' → 61).
   *
   * Pass `{ fresh: true }` when the operation builds a NEW object even for one Latin-1 character
   * (measured 3.12): str.upper/lower/casefold/swapcase/title/capitalize, str.replace that replaced
   * something, ''.join / f-strings of two or more parts (e.g. f'{""}{c}'), slicing with a step other
   * than 1 (s[::-1], s[1::2]: unicode_subscript's general case). Those report 58 for 'ç'.
   */
  static fromString(profile: Profile, s: string, opts: { fresh?: boolean } = {}): StrLayout {
    const shape = strShape(s);
    const l = new StrLayout(profile, shape, true);
    if (!opts.fresh && profile.strLatin1SingletonUtf8Cached && shape.length === 1 && shape.maxCodePoint >= 0x80 && shape.maxCodePoint < 0x100) {
      l.utf8Cached = utf8Length(s) + 1;
    }
    return l;
  }

  /** A str given only its shape (no UTF-8 cache modelled except the 3.12+ singleton rule). */
  static of(profile: Profile, shape: StrShape): StrLayout {
    const l = new StrLayout(profile, shape, true);
    if (profile.strLatin1SingletonUtf8Cached && shape.length === 1 && shape.maxCodePoint >= 0x80 && shape.maxCodePoint < 0x100) {
      l.utf8Cached = 3;
    }
    return l;
  }

  /** The str part of an instance of a `str` subclass (non-compact layout; see InstanceLayout). */
  static forSubclass(profile: Profile, s: string): StrLayout {
    return new StrLayout(profile, strShape(s), false);
  }

  /** Bytes of the struct in front of the characters. */
  headerBytes(): number {
    if (!this.compact) return this.profile.strCompactHeader + POINTER_SIZE;
    return this.ascii ? this.profile.strAsciiHeader : this.profile.strCompactHeader;
  }

  sizeofParts(): SizePart[] {
    const header: SizePart = !this.compact
      ? { label: "str object header (non-compact)", bytes: this.headerBytes(), cpython: "PyUnicodeObject (str subclass: characters in a separate block)" }
      : this.ascii
        ? { label: "str object header (compact ASCII)", bytes: this.headerBytes(), cpython: "PyASCIIObject" }
        : { label: "str object header (compact)", bytes: this.headerBytes(), cpython: "PyCompactUnicodeObject" };
    const parts = [
      header,
      repeated(`characters incl. NUL (${this.kind} byte${this.kind > 1 ? "s" : ""} each)`, this.length + 1, this.kind, "PEP 393 data, unicode_sizeof_impl: (length + 1) * kind"),
    ];
    if (this.utf8Cached > 0) {
      parts.push({ label: "cached UTF-8 copy incl. NUL", bytes: this.utf8Cached, cpython: "PyCompactUnicodeObject.utf8 (Latin-1 singleton, 3.12+)" });
    }
    return parts;
  }

  isGc(): boolean {
    return false;
  }

  state(): Record<string, number | string | boolean> {
    return { length: this.length, kind: this.kind, ascii: this.ascii, max_code_point: this.maxCodePoint, utf8_cached: this.utf8Cached > 0, compact: this.compact };
  }
}
