import { describe, expect, it } from "vitest";
import { ByteArrayLayout, BytesLayout, ComplexLayout, DIGIT_SIZE, FixedLayout, FloatLayout, IntLayout, size, TupleLayout, vsize } from "@/lib/simulator/objects";
import { resolveVersion } from "@/lib/simulator/versions";
import { PROFILES } from "./helpers";

describe("IntLayout", () => {
  it("sizes ints as offsetof(PyLongObject, ob_digit) + 4 per 30-bit digit", () => {
    for (const p of PROFILES) {
      expect(IntLayout.of(p, 1).getsizeof()).toBe(vsize("") + DIGIT_SIZE * 1);
      expect(IntLayout.of(p, 2n ** 30n).getsizeof()).toBe(vsize("") + DIGIT_SIZE * 2);
      expect(IntLayout.of(p, 2n ** 64n).getsizeof()).toBe(vsize("") + DIGIT_SIZE * 3);
      expect(IntLayout.of(p, -(10n ** 100n)).getsizeof()).toBe(vsize("") + DIGIT_SIZE * 12);
    }
  });

  it("allocates one digit for 0 and False from 3.11.2 (gh-100637)", () => {
    for (const v of ["3.10", "3.11.1", "3.11.2", "3.11", "3.12", "3.13.0"]) {
      const p = resolveVersion(v);
      const digits = p.intZeroHasDigit ? 1 : 0;
      expect(IntLayout.of(p, 0).getsizeof()).toBe(vsize("") + DIGIT_SIZE * digits);
      expect(IntLayout.ofBool(p, false).getsizeof()).toBe(vsize("") + DIGIT_SIZE * digits);
    }
    expect(resolveVersion("3.11.1").intZeroHasDigit).toBe(false);
  });
});

describe("fixed-size objects", () => {
  it("float is size('d'), complex size('2d'), None size(''), range size('4P')", () => {
    for (const p of PROFILES) {
      expect(FloatLayout.of(p).getsizeof()).toBe(size("d"));
      expect(ComplexLayout.of(p).getsizeof()).toBe(size("2d"));
      expect(FixedLayout.of(p, "NoneType").getsizeof()).toBe(size(""));
      expect(FixedLayout.of(p, "range").getsizeof()).toBe(size("4P"));
      expect(FixedLayout.of(p, "slice").getsizeof()).toBe(size("3P") + p.gcHeaderSize);
    }
  });
});

describe("TupleLayout", () => {
  it("is vsize('') + 8n + GC header for every n", () => {
    for (const p of PROFILES) for (const n of [0, 1, 2, 35]) expect(TupleLayout.of(p, n).getsizeof()).toBe(vsize("") + 8 * n + p.gcHeaderSize);
  });
});

describe("BytesLayout / ByteArrayLayout", () => {
  it("bytes is PyBytesObject_SIZE (vsize('n') + 1 NUL) + n", () => {
    for (const p of PROFILES) expect(BytesLayout.of(p, 5).getsizeof()).toBe(vsize("n") + 1 + 5);
  });

  it("bytearray grows like PyByteArray_Resize: 1→58, 2–4→61, 5–7→64, 8–11→68 (§3.5)", () => {
    const header = vsize("nPPn");
    for (const p of PROFILES) {
      const b = ByteArrayLayout.empty(p);
      const sizes: number[] = [];
      for (let i = 0; i < 11; i++) {
        b.append();
        sizes.push(b.getsizeof() - header);
      }
      // alloc = size + (size >> 3) + (size < 9 ? 3 : 6) when growing by ≤ 12.5 %, else size + 1
      expect(sizes).toEqual([2, 5, 5, 5, 8, 8, 8, 12, 12, 12, 12]);
    }
  });

  it("sizes bytearray(list) exactly in 3.11+ and by appends before", () => {
    for (const p of PROFILES) {
      const b = ByteArrayLayout.fromIterable(p, { kind: "list", length: 5 });
      expect(b.ob_alloc).toBe(p.minor >= 11 ? 5 + 1 : 8);
    }
  });
});

describe("measured objects, exceptions and class objects", () => {
  it("adds the extra exception members to PyBaseExceptionObject (StopIteration.value, …)", () => {
    for (const p of PROFILES) {
      const base = size("") + (p.baseExceptionBasicsize - size("")) + p.gcHeaderSize;
      expect(FixedLayout.of(p, "BaseException", "ValueError").getsizeof()).toBe(base);
      expect(FixedLayout.of(p, "BaseException", "StopIteration").getsizeof()).toBe(base + size("P") - size(""));
    }
  });

  it("takes iterators, views and functions from the measured table (GC header included)", () => {
    for (const p of PROFILES) {
      for (const kind of ["list_iterator", "dict_keys", "function", "builtin_function_or_method"] as const) {
        const l = FixedLayout.of(p, kind);
        expect(l.getsizeof()).toBe(p.measured[kind]);
        expect(l.sizeof()).toBe(p.measured[kind] - p.gcHeaderSize);
      }
    }
  });
});
