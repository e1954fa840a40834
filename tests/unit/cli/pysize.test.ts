// Drives the pysize CLI the way a user does: spawns it, feeds files/stdin, checks stdout, stderr and the
// exit status. Expected sizes are never typed here: they come from the golden CPython results.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mulberry32 as prng } from "@/lib/prng";

const ROOT = join(__dirname, "..", "..", "..");
const LAUNCH = join(ROOT, "scripts", "pysize", "launch.mjs");
const TMP = mkdtempSync(join(tmpdir(), "pysize-test-"));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function pysize(args: string[], input = "", timeoutMs = 60_000): Run {
  const started = Date.now();
  const r = spawnSync(process.execPath, [LAUNCH, ...args], { cwd: ROOT, input, encoding: "utf8", timeout: timeoutMs });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

function file(name: string, text: string): string {
  const path = join(TMP, name);
  writeFileSync(path, text);
  return path;
}

interface Golden {
  id: string;
  category: string;
  source: string;
}
const goldenPrograms: Golden[] = readFileSync(join(ROOT, "tests/golden/programs.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Golden);
const cpython312 = new Map<string, { stdout: string; error: string | null }>(
  readFileSync(join(ROOT, "tests/golden/results-3.12.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l) as { id: string; stdout: string; error: string | null };
      return [r.id, r];
    }),
);

/** A golden program of the category with CPython 3.12's output; the simulator must reproduce it. */
function goldenCase(category: string, wantError: boolean): { source: string; stdout: string; error: string | null } {
  const p = goldenPrograms.find((g) => g.category === category && (cpython312.get(g.id)!.error !== null) === wantError)!;
  return { source: p.source, ...cpython312.get(p.id)! };
}

// Every test spawns node; on the shared 2-core machine that can take seconds, so allow a minute.
describe("pysize run", { timeout: 60_000 }, () => {
  it("prints exactly what CPython prints for a program given as a FILE", () => {
    const c = goldenCase("dict_mutate_str", false);
    const r = pysize(["run", "--python", "3.12.1", file("ok.py", c.source)]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(c.stdout);
    expect(r.status).toBe(0);
  });

  it("reads the program from stdin when FILE is absent or -", () => {
    const c = goldenCase("list_growth", false);
    for (const args of [["run", "--python", "3.12.1"], ["run", "--python=3.12.1", "-"]]) {
      const r = pysize(args, c.source);
      expect(r.stdout).toBe(c.stdout);
      expect(r.status).toBe(0);
    }
  });

  it("prints the output so far, then the last traceback line on stderr, and exits 1 on an uncaught exception", () => {
    const c = goldenCase("errors_uncaught", true);
    const r = pysize(["run", "--python", "3.12.1", file("err.py", c.source)]);
    expect(r.stdout).toBe(c.stdout);
    expect(r.stderr.trimEnd().split(":")[0]).toBe(c.error!.split(":")[0]);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.status).toBe(1);
  });

  it("reports a syntax error as SyntaxError on stderr with status 1", () => {
    const r = pysize(["run", "--python", "3.13"], "print('ok'\nx = = 2\n");
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^SyntaxError: /);
    expect(r.status).toBe(1);
  });

  it("adds a breakdown per sys.getsizeof call with --explain, parts summing to the printed value", () => {
    const r = pysize(["run", "--python", "3.12", "--explain"], "import sys\nd = {'a': 1}\nprint(sys.getsizeof(d))\n");
    expect(r.status).toBe(0);
    const [programOut, explained] = r.stdout.split("\n--- sys.getsizeof breakdowns");
    const printed = Number(programOut!.trim());
    expect(explained).toMatch(new RegExp(`sys\\.getsizeof\\(d\\) = ${printed}\\b`));
    expect(explained).toMatch(new RegExp(`^\\s+${printed}  total$`, "m"));
  });

  it("runs every version side by side with --all", () => {
    const r = pysize(["run", "--all"], "import sys\nprint(sys.getsizeof([1, 2, 3]))\nprint('same')\n");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^line 2 +all +\| same$/m);
    // [1, 2, 3] differs between 3.8, 3.9 and 3.10+ (constant folding, list growth): several rows for line 1.
    expect(r.stdout.split("\n").filter((l) => /\| \d+$/.test(l)).length).toBeGreaterThan(1);
  });

  it.each([
    [[] as string[], /missing command/],
    [["frobnicate"], /unknown command/],
    [["run"], /needs --python/],
    [["run", "--python"], /--python expects/],
    [["run", "--python", "2.7", "x.py"], /Unsupported Python version/],
    [["run", "--python", "3.12", "--bogus"], /unknown option --bogus/],
    [["run", "--python", "3.12", "a.py", "b.py"], /at most one FILE/],
    [["run", "--python", "3.12", "/nonexistent/prog.py"], /cannot read/],
    [["batch"], /batch needs --python/],
    [["batch", "--python", "3.12", "file.jsonl"], /takes no FILE/],
    [["batch", "--python", "3.12", "--timeout-ms", "soon"], /positive integer/],
  ])("prints usage and exits 2 for %j", (args, message) => {
    const r = pysize(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("Usage:");
    expect(r.stdout).toBe("");
  });

  it("works as documented through `npm run --silent pysize --`", () => {
    const r = spawnSync("npm", ["run", "--silent", "pysize", "--", "run", "--python", "3.12"], {
      cwd: ROOT,
      input: "print('via npm')\nraise KeyError('k')\n",
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stdout).toBe("via npm\n");
    expect(r.stderr).toBe("KeyError: 'k'\n");
    expect(r.status).toBe(1);
  });

  it("prints usage on stdout with exit 0 for help", () => {
    const r = pysize(["help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("pysize batch --python");
  });
});

describe("pysize batch", { timeout: 120_000 }, () => {
  it("answers every line in order, turning bad lines into error entries without stopping", () => {
    const good = goldenCase("tuple", false);
    const failing = goldenCase("errors_uncaught", true);
    const input = [
      JSON.stringify({ id: "a", source: good.source }),
      "this is not json",
      JSON.stringify({ id: "no-source" }),
      JSON.stringify({ source: "print(1)" }),
      "[1, 2]",
      "",
      JSON.stringify({ id: 42, source: failing.source }),
      JSON.stringify({ id: "syntax", source: "def (:\n" }),
      JSON.stringify({ id: "last", source: "print('end')" }),
    ].join("\n");
    const r = pysize(["batch", "--python", "3.12.1"], input + "\n");
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: unknown; stdout: string; error: string | null });
    expect(out.map((o) => o.id)).toEqual(["a", null, "no-source", null, null, 42, "syntax", "last"]);
    expect(out[0]).toEqual({ id: "a", stdout: good.stdout, error: null });
    for (const bad of out.slice(1, 5)) expect(bad.error).toMatch(/^ValueError: input line \d+ /);
    expect(out[5]!.stdout).toBe(failing.stdout);
    expect(out[5]!.error!.split(":")[0]).toBe(failing.error!.split(":")[0]);
    expect(out[6]!.error).toMatch(/^SyntaxError/);
    expect(out[7]).toEqual({ id: "last", stdout: "end\n", error: null });
  });

  it("gives the same answers, in input order, with several worker threads", () => {
    const sample = goldenPrograms.filter((_, i) => i % 41 === 0);
    const input = sample.map((p) => JSON.stringify({ id: p.id, source: p.source })).join("\n") + "\n";
    const one = pysize(["batch", "--python", "3.10.13", "--jobs", "1"], input);
    const two = pysize(["batch", "--python", "3.10.13", "--jobs", "2"], input);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(sample.map((p) => p.id));
  });

  it("runs 4,000 small programs in a few seconds including start-up", () => {
    const sample = goldenPrograms.filter((_, i) => i % 7 === 0).slice(0, 800);
    const lines: string[] = [];
    for (let k = 0; k < 5; k++) for (const p of sample) lines.push(JSON.stringify({ id: `${p.id}#${k}`, source: p.source }));
    const r = pysize(["batch", "--python", "3.12.1"], lines.join("\n") + "\n", 120_000);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(lines.length);
    console.log(`pysize batch: ${lines.length} golden programs in ${r.ms} ms`);
    expect(r.ms).toBeLessThan(30_000);
  }, 150_000);

  it("survives fuzzing: random bytes, token soup and hostile programs give one well-formed answer each, in budget", () => {
    const rand = prng(20261126);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const tokens = [
      "def", "class", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "lambda", "return", "yield",
      "try", "except", "finally", "raise", "import", "from", "as", "with", "async", "await", "global", "nonlocal",
      "del", "pass", "break", "continue", "None", "True", "False", "x", "y", "sys", "print", "len", "dict", "list",
      "sys.getsizeof", "(", ")", "[", "]", "{", "}", ":", ",", ".", ";", "=", "==", "+", "-", "*", "**", "/", "//",
      "%", "@", "<<", ">>", "&", "|", "^", "~", "<", ">", "!=", "->", ":=", "...", "0", "1", "10**9", "1e309",
      "0x", "1_000", "'s'", '"\\x"', "f'{x}'", "b'\\xff'", "'''", "\\", "#", "\n", "\n    ", "\n\t", "  ",
    ];
    const hostile = [
      "while True:\n    pass\n",
      "x = [0] * 10**9\n",
      "def f():\n    return f()\nf()\n",
      "(" .repeat(5000) + ")".repeat(5000),
      "[" .repeat(20000),
      "x = " + "-".repeat(50000) + "1\n",
      "print(" + "1+".repeat(20000) + "1)\n",
      "s = 'a'\nwhile True:\n    s = s + s\n",
      "x = 9" + "9".repeat(20000) + "\nprint(x * x)\n",
      "print(2 ** 2 ** 40)\n",
      "d = {}\nfor i in range(10**9):\n    d[i] = i\n",
      // runaway memory: each ends with the allocation budget's MemoryError or, for small items, the step budget (lib/simulator/README.md, Budgets)
      "s = set()\nfor i in range(10**9):\n    s.add(i)\n",
      "x = [[0] * 1000 for _ in range(10**6)]\n",
      "b = bytearray()\nwhile True:\n    b.extend(b'x' * 1000)\n",
      "l = [0]\nwhile True:\n    l = l + l\n",
      "x = 3\nwhile True:\n    x = x * x\n",
      "\u0000\u0001\ufeff\ud800",
      "if 1:\n\tpass\n        pass\n",
    ];
    const sources: string[] = [...hostile];
    for (let i = 0; i < 150; i++) {
      const n = Math.floor(rand() * 200);
      sources.push(Array.from({ length: n }, () => String.fromCharCode(Math.floor(rand() * 256))).join(""));
    }
    for (let i = 0; i < 250; i++) {
      const n = 1 + Math.floor(rand() * 40);
      sources.push(Array.from({ length: n }, () => pick(tokens)).join(rand() < 0.5 ? " " : ""));
    }
    const input = sources.map((s, i) => JSON.stringify({ id: i, source: s })).join("\n") + "\n";
    // Each program has a 5 s wall-clock budget on top of the simulator's step and allocation budgets: a
    // runaway program must come back as an error entry (TimeoutError/MemoryError/...), never a hang.
    const r = pysize(["batch", "--python", "3.13", "--timeout-ms", "5000"], input, 600_000);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const out = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l) as { id: number; stdout: string; error: string | null });
    expect(out.map((o) => o.id)).toEqual(sources.map((_, i) => i));
    const internal: string[] = [];
    const wallClock: string[] = [];
    for (const o of out) {
      expect(typeof o.stdout).toBe("string");
      if (o.error !== null) expect(o.error).toMatch(/^[A-Za-z_][\w.]*(: |$)/);
      const shown = `#${o.id} ${JSON.stringify(sources[o.id]!.slice(0, 60))}: ${o.error}`;
      if (o.error?.startsWith("SystemError")) internal.push(shown);
      if (o.error?.startsWith("TimeoutError: program exceeded the 5000 ms")) wallClock.push(shown);
    }
    console.log(`pysize fuzz: ${sources.length} inputs in ${r.ms} ms; stopped by the wall clock: ${wallClock.length ? wallClock.join("; ") : "none"}`);
    expect(internal, "internal simulator errors (raw JavaScript exceptions or crashed workers)").toEqual([]);
    // Only the deliberately endless hostile programs may need the wall clock.
    expect(wallClock.length).toBeLessThanOrEqual(hostile.length);
  }, 660_000);
});
