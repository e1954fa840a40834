import { describe, expect, it } from "vitest";
import { calcsize, DictLayout, keysBytes, size, strKey, otherKey, usableFraction } from "@/lib/simulator/objects";
import { resolveVersion } from "@/lib/simulator/versions";
import { PROFILES, profiles } from "./helpers";

/** test_sys.py: check({}, size('nQ2P')) — the dict object; getsizeof adds the GC header. */
const dictHead = size("nQ2P");
/** A combined table of S slots: DICT_KEY_STRUCT + indices + USABLE_FRACTION(S) entries (§6.1). */
const combined = (p: Parameters<typeof keysBytes>[0], S: number, unicode: boolean) => dictHead + p.gcHeaderSize + keysBytes(p, S, unicode);

describe("DictLayout", () => {
  it("sizes {} with the shared empty keys from 3.8 and 8 slots before (§6.5)", () => {
    for (const p of PROFILES) {
      const expected = p.minor <= 7 ? combined(p, 8, false) : dictHead + p.gcHeaderSize;
      expect(DictLayout.fromEmptyDisplay(p).getsizeof()).toBe(expected);
    }
  });

  it("sizes dict() with 8 slots until 3.9 (dict() != {} in 3.8/3.9)", () => {
    for (const p of PROFILES) {
      expect(DictLayout.fromCall(p).getsizeof()).toBe(p.minor <= 9 ? combined(p, 8, false) : dictHead + p.gcHeaderSize);
    }
  });

  it("explains {'a': 1, 'b': 2} in 3.12 as 16 + 48 + 32 + 8×1 + 5×16 (Appendix C)", () => {
    const p = resolveVersion("3.12");
    const d = DictLayout.fromDisplay(p, [
      { kind: "item", key: { id: "a", str: "a" } },
      { kind: "item", key: { id: "b", str: "b" } },
    ]);
    // @cpython 3.12 _PyDict_SizeOf: sizeof(PyDictObject) + sizeof(PyDictKeysObject) + 2**log2 index bytes + USABLE_FRACTION(8) * sizeof(PyDictUnicodeEntry)
    expect(d.getsizeof()).toBe(p.gcHeaderSize + dictHead + p.dictKeysHeader + 8 * 1 + usableFraction(8) * calcsize("2P"));
    expect(d.explain().parts.map((x) => x.bytes)).toEqual([dictHead, 32, 8, 80, p.gcHeaderSize]);
  });

  it("uses 24-byte entries for non-str keys and 16-byte ones for str keys from 3.11", () => {
    for (const p of PROFILES) {
      const d = DictLayout.fromComprehension(p);
      d.setItem(otherKey());
      expect(d.getsizeof()).toBe(combined(p, 8, false));
      const s = DictLayout.fromComprehension(p);
      s.setItem(strKey("a"));
      expect(s.getsizeof()).toBe(combined(p, 8, p.minor >= 11));
    }
  });

  it("resizes a str table to a general one on the first non-str key (3.11+, even with room left)", () => {
    for (const p of profiles((m) => m >= 11)) {
      const d = DictLayout.fromComprehension(p);
      d.setItem(strKey("a"));
      d.setItem(otherKey());
      // insertion_resize(mp, 0): calculate_log2_keysize(GROWTH_RATE = 3 * used = 3) → 16 slots with the quirk
      expect(d.getsizeof()).toBe(combined(p, p.dictSizeFor === "pow2ge" ? 8 : 16, false));
    }
  });

  it("never shrinks on delete: deleted entries stay consumed until the next resize", () => {
    for (const p of PROFILES) {
      const d = DictLayout.fromComprehension(p);
      for (let i = 0; i < 5; i++) d.setItem(otherKey());
      for (let i = 0; i < 5; i++) d.delItem();
      expect([d.getsizeof(), d.dk_usable, d.dk_nentries]).toEqual([combined(p, 8, false), 0, 5]);
    }
  });

  it("grows by GROWTH_RATE: used*2 + S/2 (3.6), used*3 (3.7+)", () => {
    for (const p of PROFILES) {
      const d = DictLayout.fromComprehension(p);
      for (let i = 0; i < 6; i++) d.setItem(otherKey());
      // 6th insert: GROWTH_RATE(5 used) = 14 (3.6) or 15 → 16 slots
      expect(d.S).toBe(16);
    }
  });

  it("pre-sizes dict.fromkeys of a 1-member set to 16 slots under the size_for quirk (3.10 – 3.13.3)", () => {
    for (const p of [...PROFILES, resolveVersion("3.13.4")]) {
      const d = DictLayout.fromKeys(p, { kind: "set", length: 1 }, [otherKey()]);
      const quirk = p.dictSizeFor === "bitLengthQuirk";
      expect(d.getsizeof()).toBe(combined(p, quirk ? 16 : 8, false));
    }
  });

  it("clear() returns to the shared empty keys", () => {
    for (const p of PROFILES) {
      const d = DictLayout.fromComprehension(p);
      for (let i = 0; i < 50; i++) d.setItem(otherKey());
      d.clear();
      expect(d.getsizeof()).toBe(dictHead + p.gcHeaderSize);
    }
  });

  it("decides the kind of a small mixed display by its first key (3.11+ §6.5)", () => {
    for (const p of profiles((m) => m >= 11)) {
      const strFirst = DictLayout.fromDisplay(p, [{ kind: "item", key: { id: 1, str: "a" } }, { kind: "item", key: { id: 2 } }]);
      const intFirst = DictLayout.fromDisplay(p, [{ kind: "item", key: { id: 2 } }, { kind: "item", key: { id: 1, str: "a" } }]);
      expect(intFirst.getsizeof()).toBe(combined(p, 8, false));
      expect(strFirst.getsizeof()).toBe(combined(p, p.dictSizeFor === "pow2ge" ? 8 : 16, false));
    }
  });

  it("copy() clones a table with few deletions and compacts one with many (3.7+)", () => {
    for (const p of profiles((m) => m >= 7)) {
      const d = DictLayout.fromComprehension(p);
      for (let i = 0; i < 20; i++) d.setItem(otherKey());
      for (let i = 0; i < 10; i++) d.delItem();
      const c = d.copy();
      // used 10 < 2*20/3 → PyDict_New + dict_merge → size_for(E(10) = 15) → 16 slots
      expect(c.S).toBe(16);
    }
  });
});
