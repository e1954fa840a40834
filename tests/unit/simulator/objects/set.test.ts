import { describe, expect, it } from "vitest";
import { calcsize, SetLayout, size } from "@/lib/simulator/objects";
import { PROFILES, profiles } from "./helpers";

const eq = (a: number, b: number) => a === b;
const h = (k: number) => BigInt(k === -1 ? -2 : k);
/** PySetObject = size('3nP' + '2nP'*8 + 'nP'... ) → 200 bytes incl. the 8-entry smalltable; entries are calcsize('nP'). */
const SET_OBJECT = 200;
const setSize = (p: { gcHeaderSize: number }, S: number) => SET_OBJECT + p.gcHeaderSize + (S > 8 ? S * calcsize("nP") : 0);

function fromAdds(p: (typeof PROFILES)[number], items: number[]): SetLayout<number> {
  const s = SetLayout.empty(p, eq);
  for (const k of items) s.add(k, h(k));
  return s;
}

describe("SetLayout", () => {
  it("embeds an 8-slot table: set() is 200 + GC header", () => {
    expect(SET_OBJECT).toBe(size("3nP") + 8 /* hash */ + 8 /* finger */ + 8 * calcsize("nP") + 8 /* weakreflist */);
    for (const p of PROFILES) expect(SetLayout.empty(p, eq).getsizeof()).toBe(setSize(p, 8));
  });

  it("resizes to 4·used when full: set(range(5)) has 32 slots from 3.7 (fill*5 >= mask*3)", () => {
    for (const p of PROFILES) {
      // 5th add: 3.7+ 5*5 >= 7*3 → set_table_resize(20) → 32 slots; 3.6: 5*3 >= 7*2 → 32 slots too
      expect(fromAdds(p, [0, 1, 2, 3, 4]).getsizeof()).toBe(setSize(p, 32));
    }
  });

  it("merges an all-constant display from a frozenset constant in 3.9+ (§7.3)", () => {
    for (const p of PROFILES) {
      const s = SetLayout.fromDisplay(p, eq, [1, 2, 3, 4, 5].map((k) => ({ key: k, hash: h(k) })), { allConstant: true });
      // set_merge into an empty set: (0 + 5)*5 >= 3*7 → set_table_resize(2*5) → 16 slots
      expect(s.getsizeof()).toBe(setSize(p, p.minor >= 9 ? 16 : 32));
    }
  });

  it("iterates small ints in hash (= value) order", () => {
    for (const p of PROFILES) expect([...fromAdds(p, [3, 1, 2]).keys()]).toEqual([1, 2, 3]);
  });

  it("keeps dummies after removal: a re-added member reuses its dummy slot (except 3.9)", () => {
    for (const p of PROFILES) {
      const s = fromAdds(p, [1, 2, 3, 4]);
      s.discard(1, h(1));
      s.add(1, h(1));
      // 3.9 takes the unused slot 5: fill 5, 5*5 >= 3*7 → set_table_resize(16) → 32 slots
      expect([s.getsizeof(), s.used]).toEqual([setSize(p, p.setDummyReuse === "never" ? 32 : 8), 4]);
    }
  });

  it("does not reuse dummy slots in 3.9 (set_add_entry without freeslot)", () => {
    for (const p of profiles(() => true)) {
      const s = fromAdds(p, [1, 2]);
      s.discard(1, h(1));
      s.add(9, h(9)); // probes slot 1 (dummy) then 2, 3 (unused)
      expect(s.fill).toBe(p.setDummyReuse === "never" ? 3 : 2);
    }
  });

  it("clear() returns to the embedded table", () => {
    for (const p of PROFILES) {
      const s = fromAdds(p, Array.from({ length: 50 }, (_, i) => i));
      s.clear();
      expect(s.getsizeof()).toBe(setSize(p, 8));
    }
  });
});
