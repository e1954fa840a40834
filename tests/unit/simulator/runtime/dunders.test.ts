// Dunder attributes of built-in values against runtime/dunders.json, the table scripts/dunder-table.py
// measured with dir() and type(getattr(instance, name)) on each real CPython: every listed name exists
// on exactly the versions the table gives, with the measured kind, and one CPython lacks does not.
import { describe, expect, it } from "vitest";
import { runProgram } from "@/lib/simulator";
import table from "@/lib/simulator/runtime/dunders.json";

const SAMPLES: Record<string, string> = {
  int: "5", str: "'ab'", list: "[1]", dict: "{1: 2}", tuple: "(1,)", set: "{1}", frozenset: "frozenset([1])",
  bytes: "b'a'", bytearray: "bytearray(b'a')", float: "1.5", complex: "1j", bool: "True", NoneType: "None",
  range: "range(3)", object: "object()",
};
const KIND: Record<string, string> = { w: "method-wrapper", m: "builtin_function_or_method" };
const types = (table as { types: Record<string, Record<string, string>> }).types;

describe("dunder attributes of built-in values follow the measured table", () => {
  for (const v of (table as { versions: string[] }).versions) {
    const minor = Number(v.split(".")[1]);
    it(`${v}: hasattr and the bound kind of every table name, and of a class method`, () => {
      const lines: string[] = [];
      const expected: string[] = [];
      for (const [t, row] of Object.entries(types)) {
        for (const [name, spec] of Object.entries(row)) {
          if (name === "__doc__") continue; // builtin docstrings are not modelled
          const [kind, on] = spec.split(" ");
          const present = on === undefined || on.split(",").map(Number).includes(minor);
          lines.push(`print(${JSON.stringify(t + "." + name)}, hasattr(${SAMPLES[t]}, ${JSON.stringify(name)}))`);
          expected.push(`${t}.${name} ${present ? "True" : "False"}`);
          if (present && KIND[kind]) {
            lines.push(`print(type(getattr(${SAMPLES[t]}, ${JSON.stringify(name)})).__name__)`);
            expected.push(KIND[kind]);
          }
        }
      }
      const r = runProgram(lines.join("\n") + "\n", { python: v });
      expect(r.error).toBeNull();
      expect(r.stdout.trimEnd().split("\n")).toEqual(expected);
    });
  }

  it("a dunder CPython has but the simulator cannot perform raises NotImplementedError naming it", () => {
    const r = runProgram("(1).__reduce__()\n", { python: "3.12" });
    expect(r.error).toBe("NotImplementedError: int.__reduce__ exists in CPython but the simulator does not model calling it");
    const absent = runProgram("(1).__len__\n", { python: "3.12" });
    expect(absent.error).toBe("AttributeError: 'int' object has no attribute '__len__'");
  });
});
