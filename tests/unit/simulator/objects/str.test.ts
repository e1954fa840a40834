import { describe, expect, it } from "vitest";
import { StrLayout } from "@/lib/simulator/objects";
import { PROFILES } from "./helpers";

/** unicode_sizeof_impl: compact ASCII = sizeof(PyASCIIObject) + n + 1; compact = sizeof(PyCompactUnicodeObject) + (n + 1)·kind. */
describe("StrLayout", () => {
  it.each(PROFILES)("sizes ASCII strings as PyASCIIObject + n + 1 ($version)", (p) => {
    for (const n of [0, 1, 8, 100]) expect(StrLayout.fromString(p, "a".repeat(n)).getsizeof()).toBe(p.strAsciiHeader + n + 1);
  });

  it("picks the width from the largest code point", () => {
    for (const p of PROFILES) {
      expect(StrLayout.fromString(p, "éé").getsizeof()).toBe(p.strCompactHeader + (2 + 1) * 1);
      expect(StrLayout.fromString(p, "a".repeat(10) + "€").getsizeof()).toBe(p.strCompactHeader + (11 + 1) * 2);
      expect(StrLayout.fromString(p, "a".repeat(10) + "😀").getsizeof()).toBe(p.strCompactHeader + (11 + 1) * 4);
    }
  });

  it("counts the cached UTF-8 copy of one-character Latin-1 singletons in 3.12+ (§3.2)", () => {
    for (const p of PROFILES) {
      const utf8 = p.minor >= 12 ? 2 /* é in UTF-8 */ + 1 : 0;
      expect(StrLayout.fromString(p, "é").getsizeof()).toBe(p.strCompactHeader + 2 * 1 + utf8);
    }
  });

  it("uses the non-compact PyUnicodeObject for str subclasses", () => {
    for (const p of PROFILES) expect(StrLayout.forSubclass(p, "ab").sizeof()).toBe(p.strCompactHeader + 8 + 3);
  });

  it("is not a GC object", () => {
    for (const p of PROFILES) expect(StrLayout.fromString(p, "x").getsizeof()).toBe(StrLayout.fromString(p, "x").sizeof());
  });
});
