// The contract of runProgram (lib/simulator/index.ts): never throws, reports errors as CPython's last
// traceback line, enforces the step / allocation / recursion budgets, and records one observation per
// sys.getsizeof / __sizeof__ call whose parts sum to the value the program printed.
import { describe, expect, it } from "vitest";
import { runProgram, SUPPORTED_VERSIONS } from "@/lib/simulator";

describe("runProgram", () => {
  it("returns stdout and a null error for a valid program", () => {
    const r = runProgram("print('hi', 1 + 2)", { python: "3.12" });
    expect(r).toMatchObject({ stdout: "hi 3\n", error: null });
  });

  it("reports an uncaught exception as 'ClassName: message' with the output so far", () => {
    const r = runProgram("print('before')\n{}['k']\nprint('after')", { python: "3.11" });
    expect(r.stdout).toBe("before\n");
    expect(r.error).toBe("KeyError: 'k'");
    expect(r.errorLine).toBe(2);
  });

  it("reports an exception without a message as the bare class name", () => {
    expect(runProgram("raise ValueError", { python: "3.10" }).error).toBe("ValueError");
  });

  it("reports syntax errors with their position", () => {
    const r = runProgram("x = (1,\nprint(x", { python: "3.12" });
    expect(r.error).toMatch(/^SyntaxError: /);
  });

  it("rejects an unknown Python version without throwing", () => {
    expect(runProgram("print(1)", { python: "2.7" }).error).toMatch(/^ValueError: unsupported Python version/);
  });

  it("ends a runaway loop with the step budget error", () => {
    const r = runProgram("while True:\n    pass", { python: "3.12", maxSteps: 10_000 });
    expect(r.error).toBe("TimeoutError: program exceeded the simulator's step budget (10000 steps)");
  });

  it("does not let try/except swallow the step budget", () => {
    const r = runProgram("try:\n    while True: pass\nexcept BaseException:\n    print('caught')", { python: "3.12", maxSteps: 5_000 });
    expect(r.stdout).toBe("");
    expect(r.error).toMatch(/^TimeoutError: /);
  });

  it("raises MemoryError before allocating a huge list", () => {
    const r = runProgram("x = [0] * 10**9", { python: "3.12" });
    expect(r.error).toMatch(/^MemoryError: /);
  });

  it("raises a catchable RecursionError for unbounded recursion", () => {
    const src = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)";
    expect(runProgram(src, { python: "3.12" }).stdout).toBe("caught maximum recursion depth exceeded\n");
  });

  it.each(SUPPORTED_VERSIONS.map((v) => [v]))("records observations matching the printed sizes (%s)", (python) => {
    const src = [
      "import sys",
      "d = {'a': 1, 'b': 2}",
      "print(sys.getsizeof(d), sys.getsizeof([1, 2, 3]), sys.getsizeof('héllo'))",
      "print(d.__sizeof__())",
    ].join("\n");
    const r = runProgram(src, { python });
    expect(r.error).toBeNull();
    const printed = r.stdout.trim().split(/\s+/).map(Number);
    expect(r.observations.map((o) => o.value)).toEqual(printed);
    expect(r.observations.map((o) => o.expression)).toEqual(["d", "[1, 2, 3]", "'héllo'", "d"]);
    expect(r.observations.map((o) => o.typeName)).toEqual(["dict", "list", "str", "dict"]);
    for (const o of r.observations) {
      expect(o.line).toBeGreaterThan(0);
      expect(o.explanation.parts.reduce((a, p) => a + p.bytes, 0)).toBe(o.value);
    }
  });

  it("is deterministic", () => {
    const src = "import sys\ns = {3, 1, 2}\nprint(s, sys.getsizeof(s), [hash(x) for x in (1, 2.5, (1, 2))])";
    expect(runProgram(src, { python: "3.12" })).toEqual(runProgram(src, { python: "3.12" }));
  });

  it("gives the same output whatever ran before it in the process (identities are numbered per run)", () => {
    // User objects without __hash__ hash by identity: their set order, id() differences and the
    // agreement of hash(v) with v.__hash__() must not depend on earlier runs (the server grades every
    // version in one process).
    const src =
      "class V:\n    pass\nvs = [V() for _ in range(6)]\nv = vs[0]\n" +
      "print(v.__hash__() == hash(v), id(vs[1]) - id(vs[0]), sorted(vs, key=hash) == vs, len({*vs}))\n";
    const first = runProgram(src, { python: "3.12" });
    for (const version of SUPPORTED_VERSIONS) runProgram("class W:\n    pass\nws = [W() for _ in range(50)]\nprint(len({*ws}), hash(ws[0]) - hash(ws[1]))\n", { python: version });
    expect(runProgram(src, { python: "3.12" })).toEqual(first);
    expect(first.stdout.split(" ")[0]).toBe("True");
  });

  it("never throws on hostile input", () => {
    const inputs = ["\u0000\u0001", "(((((((((((", "def", "class A(A): pass", "x = " + "[".repeat(500), "lambda: (yield)", "\t\n  \tx"];
    for (const src of inputs) {
      const r = runProgram(src, { python: "3.13" });
      expect(typeof r.stdout).toBe("string");
      expect(r.error === null || /^[A-Za-z]+(: |$)/.test(r.error)).toBe(true);
    }
  });
});
