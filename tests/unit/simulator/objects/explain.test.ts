import { describe, expect, it } from "vitest";
import {
  ByteArrayLayout,
  BytesLayout,
  ClassLayout,
  DictLayout,
  FixedLayout,
  formatExplanation,
  GC_HEADER_LABEL,
  IntLayout,
  ListLayout,
  PRE_HEADER_LABEL,
  SetLayout,
  StrLayout,
  TupleLayout,
  otherKey,
  strKey,
  type SizeModel,
} from "@/lib/simulator/objects";
import { resolveVersion } from "@/lib/simulator/versions";
import { PROFILES } from "./helpers";

function models(p: (typeof PROFILES)[number]): SizeModel[] {
  const l = ListLayout.empty(p);
  for (let i = 0; i < 9; i++) l.append();
  const d = DictLayout.fromComprehension(p);
  for (let i = 0; i < 7; i++) d.setItem(i % 2 ? strKey(`k${i}`) : otherKey());
  const s = SetLayout.empty<number>(p, (a, b) => a === b);
  for (let i = 0; i < 9; i++) s.add(i, BigInt(i));
  const cls = ClassLayout.create(p, { name: "C" });
  const o = cls.newInstance();
  o.setAttr("x", true);
  const slotted = ClassLayout.create(p, { name: "S", slots: ["a", "__weakref__"] }).newInstance();
  const big = DictLayout.fromComprehension(p);
  for (let i = 0; i < 300; i++) big.setItem(otherKey());
  return [
    l,
    d,
    big,
    s,
    o,
    o.dict(),
    slotted,
    TupleLayout.of(p, 3),
    StrLayout.fromString(p, "é"),
    StrLayout.fromString(p, "héllo wörld €"),
    IntLayout.of(p, 2n ** 100n),
    IntLayout.ofBool(p, false),
    BytesLayout.of(p, 4),
    ByteArrayLayout.exact(p, 4),
    FixedLayout.of(p, "function"),
    FixedLayout.of(p, "NoneType"),
    ClassLayout.create(p, { name: "I", base: "int" }).newInstance(IntLayout.of(p, 5)),
  ];
}

describe("explanations", () => {
  it.each(PROFILES)("sum exactly to getsizeof and __sizeof__ excludes only the GC header and pre-header ($version)", (p) => {
    for (const m of models(p)) {
      const e = m.explain();
      expect(e.parts.reduce((a, x) => a + x.bytes, 0)).toBe(e.total);
      expect(e.total).toBe(m.getsizeof());
      const extra = e.parts.filter((x) => x.label === GC_HEADER_LABEL || x.label === PRE_HEADER_LABEL).reduce((a, x) => a + x.bytes, 0);
      expect(m.sizeof()).toBe(e.total - extra);
      for (const part of e.parts) {
        expect(part.cpython.length).toBeGreaterThan(0);
        if (part.count !== undefined && part.each !== undefined) expect(part.count * part.each).toBe(part.bytes);
      }
    }
  });

  it("reads like the issue's example for {'a': 1} in 3.12", () => {
    const d = DictLayout.fromComprehension(resolveVersion("3.12"));
    d.setItem(strKey("a"));
    expect(formatExplanation(d.explain())).toBe(
      "dict 184 = dict object header 48 · keys-table header 32 · indices (1-byte) 8 × 1 · entries (unicode: key, value) 5 × 16 · GC header 16",
    );
    expect(d.explain().state).toMatchObject({ kind: "unicode", dk_size: 8, dk_usable: 4, dk_nentries: 1, ma_used: 1, dummies: 0 });
  });
});
