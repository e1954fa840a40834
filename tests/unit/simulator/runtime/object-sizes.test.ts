/**
 * sys.getsizeof of objects outside the container models (class objects, built-in types, functions and
 * methods, range/slice, iterators, generators, modules, exceptions, dict views, singletons) against
 * object-sizes.json, measured on the real CPython 3.6–3.13 by scripts/golden/measure-objects.py. Every
 * explanation must also add up to the value it explains.
 */
import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";
import { runProgram } from "@/lib/simulator";

interface Measured {
  versions: Record<string, string>;
  cases: { name: string; code: string }[];
  sizes: Record<string, Record<string, number | string>>;
}

const data = JSON.parse(readFileSync(new URL("./object-sizes.json", import.meta.url), "utf8")) as Measured;

/**
 * Cases whose size depends on state the simulator does not model: 3.11+ generator objects embed their
 * frame, sized by the code object's stack depth (gen_sizeof: co_nlocalsplus + co_stacksize pointers), which
 * only a bytecode compiler knows. There the simulator must raise NotImplementedError instead of a number.
 */
const UNMODELLED = new Set(["genexpr_cond", "genexpr_nested"]);

describe("getsizeof of objects outside the container models", () => {
  it("has measurements for all eight versions", () => {
    expect(Object.keys(data.sizes)).toHaveLength(8);
  });
  for (const [minor, sizes] of Object.entries(data.sizes)) {
    it(`${data.versions[minor]}: every case matches CPython and its explanation adds up`, () => {
      const mismatches: string[] = [];
      for (const c of data.cases) {
        const r = runProgram(`${c.code}\nprint(sys.getsizeof(v))\n`, { python: minor });
        const expected = sizes[c.name];
        const got = r.error ?? r.stdout.trim();
        const ok = String(expected) === got;
        if (UNMODELLED.has(c.name) && Number(minor.split(".")[1]) >= 11) {
          if (!got.startsWith("NotImplementedError: ")) mismatches.push(`${c.name}: expected NotImplementedError, got ${got}`);
          continue;
        }
        if (!ok) mismatches.push(`${c.name}: simulator ${got}, CPython ${expected}`);
        const obs = r.observations.at(-1);
        if (obs) {
          const sum = obs.explanation.parts.reduce((a, p) => a + p.bytes, 0);
          if (sum !== obs.value || obs.explanation.total !== obs.value) mismatches.push(`${c.name}: explanation sums to ${sum}, total ${obs.explanation.total}, value ${obs.value}`);
        }
      }
      expect(mismatches).toEqual([]);
    });
  }
});
