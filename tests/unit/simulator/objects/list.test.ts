import { describe, expect, it } from "vitest";
import { ListLayout, listOverallocate, POINTER_SIZE, vsize } from "@/lib/simulator/objects";
import { PROFILES, profiles } from "./helpers";

/** getsizeof(list) = PyListObject (vsize("Pn")) + GC header + 8 * allocated (test_sys.py: vsize('Pn')). */
const listSize = (p: { gcHeaderSize: number }, allocated: number) => vsize("Pn") + p.gcHeaderSize + POINTER_SIZE * allocated;

describe("ListLayout", () => {
  it.each(PROFILES)("[] and list() have no item array ($version)", (p) => {
    expect(ListLayout.empty(p).getsizeof()).toBe(listSize(p, 0));
  });

  it("grows by the list_resize pattern of each version", () => {
    // @cpython listobject.c list_resize comment: 3.6–3.8 "0, 4, 8, 16, 25, 35, 46, 58, 72, 88"; 3.9+ "0, 4, 8, 16, 24, 32, 40, 52, 64, 76"
    const classic = [0, 4, 8, 16, 25, 35, 46, 58, 72, 88];
    const round4 = [0, 4, 8, 16, 24, 32, 40, 52, 64, 76];
    for (const p of PROFILES) {
      const l = ListLayout.empty(p);
      const seen = [0];
      for (let i = 0; i < 80; i++) {
        l.append();
        if (l.allocated !== seen[seen.length - 1]) seen.push(l.allocated);
      }
      expect(seen.slice(0, 10)).toEqual(p.minor >= 9 ? round4 : classic);
    }
  });

  it("17 appends give 272 (3.6/3.7), 256 (3.8), 248 (3.9+) as style.md checks", () => {
    for (const p of PROFILES) {
      const l = ListLayout.empty(p);
      for (let i = 0; i < 17; i++) l.append();
      expect(l.getsizeof()).toBe(listSize(p, p.minor >= 9 ? 24 : 25));
    }
  });

  it("builds a display of names with exactly n slots (≤ 30 items)", () => {
    for (const p of PROFILES) expect(ListLayout.fromDisplay(p, 3, { allConstant: false }).getsizeof()).toBe(listSize(p, 3));
  });

  it("builds [1, 2, 3] by LIST_EXTEND of a constant tuple in 3.9+ (§5.4)", () => {
    for (const p of PROFILES) {
      // 3.9: list_resize(3) from 0 → (3 + 0 + 6) & ~3 = 8; 3.10+: list_preallocate_exact → (3 + 1) & ~1 = 4
      const expected = p.minor === 9 ? (3 + (3 >> 3) + 6) & ~3 : p.minor >= 10 ? (3 + 1) & ~1 : 3;
      expect(ListLayout.fromDisplay(p, 3, { allConstant: true }).allocated).toBe(expected);
    }
  });

  it("appends items of a display over 30 non-constant items in 3.10+ (STACK_USE_GUIDELINE)", () => {
    for (const p of PROFILES) {
      const viaAppends = ListLayout.empty(p);
      for (let i = 0; i < 33; i++) viaAppends.append();
      const expected = p.minor >= 10 ? viaAppends.allocated : 33;
      expect(ListLayout.fromDisplay(p, 33, { allConstant: false }).allocated).toBe(expected);
    }
  });

  it("sizes list(x) of a sized x exactly (3.8, 3.9) or exact-even (3.10+)", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromIterable(p, { kind: "sized", length: 5 });
      const expected = p.minor >= 10 ? (5 + 1) & ~1 : p.minor >= 8 ? 5 : listOverallocate(p, 5, 0);
      expect(l.allocated).toBe(expected);
    }
  });

  it("over-allocates list(a_set) through list_resize in 3.13 only", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromIterable(p, { kind: "set", length: 1 });
      // 3.13 list_extend_set → list_resize(1) → (1 + 0 + 6) & ~3 = 4
      expect(l.allocated).toBe(p.minor >= 13 ? 4 : p.minor >= 10 ? 2 : p.minor >= 8 ? 1 : 4);
    }
  });

  it("uses a length hint of 8 for generators", () => {
    for (const p of profiles((m) => m >= 9)) {
      // hint 8 → 3.10+ exact-even 8; 3.9 list_resize(8) from 0 is a "big jump" → (8 + 3) & ~3 = 8;
      // 5 items fill it and the final list_resize(5) keeps it (5 >= 8 / 2)
      const l = ListLayout.fromIterable(p, { kind: "unsized", length: 5 });
      expect(l.allocated).toBe(8);
    }
  });

  it("keeps capacity 1 after popping the only item until 3.12 clears the list (§5.5)", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromDisplay(p, 1, { allConstant: false });
      l.pop();
      expect(l.getsizeof()).toBe(listSize(p, p.minor >= 12 ? 0 : 1));
      expect(l.itemsNull).toBe(p.minor >= 12);
    }
  });

  it("shrinks only below half the capacity, with the growth formula", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromRepeat(p, 100);
      for (let i = 0; i < 50; i++) l.pop();
      expect(l.allocated).toBe(100);
      l.pop(); // 49 < 50
      expect(l.allocated).toBe(listOverallocate(p, 49, 50));
    }
  });

  it("does not reallocate on `del l[i]` in 3.13", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromRepeat(p, 10);
      const viaSlice = ListLayout.fromRepeat(p, 10);
      for (let i = 0; i < 9; i++) {
        l.delItem();
        viaSlice.remove();
      }
      expect(l.allocated).toBe(p.minor >= 13 ? 10 : viaSlice.allocated);
    }
  });

  it("clear() / del l[:] / l *= 0 drop the item array", () => {
    for (const p of PROFILES) {
      const a = ListLayout.fromRepeat(p, 10);
      a.clear();
      const b = ListLayout.fromRepeat(p, 10);
      b.delSlice(10);
      const c = ListLayout.fromRepeat(p, 10);
      c.imul(0);
      for (const l of [a, b, c]) expect([l.getsizeof(), l.itemsNull]).toEqual([listSize(p, 0), true]);
    }
  });

  it("starred displays extend a new list (3.6–3.8 BUILD_LIST_UNPACK, 3.9+ LIST_EXTEND)", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromStarredDisplay(p, [{ kind: "star", source: { kind: "list", length: 9 } }]);
      const ref = ListLayout.empty(p);
      ref.extend({ kind: "list", length: 9 });
      expect(l.allocated).toBe(ref.allocated);
    }
  });
});

describe("ListLayout.fromSplit", () => {
  it("pre-allocates MAX_PREALLOC = 12 slots (≤3.11, bytes) or a length-derived count (str, 3.12+)", () => {
    for (const p of PROFILES) {
      // ('x ' * 4).split(): 4 items from an 8-character string
      const l = ListLayout.fromSplit(p, { resultLength: 4, inputLength: 8 });
      // 3.12 split(): maxcount = (len - 1) / 2 + 1 = 4 → PREALLOC_SIZE = maxcount + 1 = 5
      expect(l.allocated).toBe(p.strSplitPreallocByLength ? Math.trunc((8 - 1) / 2) + 1 + 1 : 12);
      expect(ListLayout.fromSplit(p, { resultLength: 4, inputLength: 8, bytes: true }).allocated).toBe(12);
    }
  });

  it("appends past the 12 pre-allocated items", () => {
    for (const p of PROFILES) {
      const l = ListLayout.fromSplit(p, { resultLength: 13, inputLength: 26 });
      // PyList_Append at count 12: list_resize(13) from allocated 12 → 13 + 1 + 6 = 20 (both formulas)
      expect([l.allocated, l.ob_size]).toEqual([20, 13]);
    }
  });
});
