import { describe, expect, it } from "vitest";
import { ClassLayout, LayoutError, ListLayout, POINTER_SIZE, size, TupleLayout } from "@/lib/simulator/objects";
import { PROFILES, profiles } from "./helpers";

const P = POINTER_SIZE;

describe("ClassLayout / InstanceLayout", () => {
  it("sizes a plain instance per §8.1: header + dict/weakref pointers or the managed pre-header", () => {
    for (const p of PROFILES) {
      const inst = ClassLayout.create(p, { name: "C" }).newInstance();
      const dict = p.managedDict ? 0 : P;
      const weak = p.managedWeakref ? 0 : P;
      const pre = p.managedDict || p.managedWeakref ? p.preHeaderSize : 0;
      expect(inst.getsizeof()).toBe(size("") + dict + weak + pre + p.gcHeaderSize);
    }
  });

  it("adds 8 bytes per __slots__ name and makes slotted instances GC only from 3.8 when empty", () => {
    for (const p of PROFILES) {
      expect(ClassLayout.create(p, { name: "S2", slots: ["a", "b"] }).newInstance().getsizeof()).toBe(size("2P") + p.gcHeaderSize);
      const gc = p.heapTypesAlwaysGc ? p.gcHeaderSize : 0;
      expect(ClassLayout.create(p, { name: "S0", slots: [] }).newInstance().getsizeof()).toBe(size("") + gc);
    }
  });

  it("sizes namedtuple instances exactly like tuples", () => {
    for (const p of PROFILES) {
      const cls = ClassLayout.create(p, { name: "P", base: "tuple", slots: [] });
      expect(cls.newInstance(TupleLayout.of(p, 2)).getsizeof()).toBe(TupleLayout.of(p, 2).getsizeof());
    }
  });

  it("reports the first __dict__ as 48 + values + GC (3.6–3.10: 8·U(8); 3.11+: 8·(nentries + usable) = 8·29)", () => {
    for (const p of PROFILES) {
      const o = ClassLayout.create(p, { name: "C" }).newInstance();
      o.setAttr("x", true);
      o.setAttr("y", true);
      const values = p.sharedKeys === "classManaged" ? 29 : 5;
      expect(o.dict().getsizeof()).toBe(size("nQ2P") + P * values + p.gcHeaderSize);
    }
  });

  it("shrinks an old instance's __dict__ as more instances are created (3.11+, floor 64 + 8·(attrs + 1))", () => {
    for (const p of profiles((m) => m >= 11)) {
      const cls = ClassLayout.create(p, { name: "C" });
      const first = cls.newInstance();
      first.setAttr("x", true);
      first.setAttr("y", true);
      for (let k = 2; k <= 40; k++) cls.newInstance();
      expect(first.dict().getsizeof()).toBe(size("nQ2P") + P * (2 + 1) + p.gcHeaderSize);
    }
  });

  it("materializes a combined unicode dict at the 30th attribute name (3.11+: size_for(87) = 128 slots)", () => {
    for (const p of profiles((m) => m >= 11)) {
      const o = ClassLayout.create(p, { name: "C" }).newInstance();
      for (let i = 0; i < 30; i++) o.setAttr(`a${i}`, true);
      expect(o.dict().getsizeof()).toBe(size("nQ2P") + p.dictKeysHeader + 128 + 85 * 16 + p.gcHeaderSize);
    }
  });

  it("counts a list subclass as list + dict/weakref storage", () => {
    for (const p of PROFILES) {
      const cls = ClassLayout.create(p, { name: "L", base: "list" });
      const extra = (p.managedDict ? 0 : P) + (p.managedWeakref ? 0 : P) + (p.managedDict || p.managedWeakref ? p.preHeaderSize : 0);
      expect(cls.newInstance(ListLayout.empty(p)).getsizeof()).toBe(ListLayout.empty(p).getsizeof() + extra);
    }
  });

  it("sizes a class object as sizeof(PyHeapTypeObject) + its cached shared keys + GC header", () => {
    for (const p of PROFILES) {
      const plain = ClassLayout.create(p, { name: "C" }).typeObject().getsizeof();
      const slotted = ClassLayout.create(p, { name: "S", slots: ["a"] }).typeObject().getsizeof();
      expect(slotted).toBe(p.heapTypeSize + p.gcHeaderSize);
      // 3.6–3.10: 8-slot split keys (40 + 8 + 5×24); 3.11+: 64-slot unicode class keys (32 + 64 + 42×16)
      expect(plain - slotted).toBe(p.sharedKeys === "splitTable" ? p.dictKeysHeader + 8 + 5 * 24 : p.dictKeysHeader + 64 + 42 * 16);
    }
  });

  it("rejects nonempty __slots__ on int subclasses with CPython's TypeError", () => {
    const p = PROFILES[0]!;
    expect(() => ClassLayout.create(p, { name: "I", base: "int", slots: ["a"] })).toThrow(LayoutError);
  });
});
