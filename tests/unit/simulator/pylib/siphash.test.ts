/**
 * hash() of str and bytes against real CPython 3.6–3.13 run with PYTHONHASHSEED=0: siphash-oracle.json
 * is written by scripts/golden/measure-hashes.py (random Latin-1, BMP — with lone surrogates — and astral
 * strings and bytes of every length 0–100). `SIPHASH_ORACLE=/path.json` replays a larger run of the same
 * script (e.g. `--per-length 12`).
 */
import { readFileSync } from "fs";
import { describe, expect, it } from "vitest";
import * as P from "@/lib/simulator/pylib";
import { runProgram } from "@/lib/simulator";

interface Oracle {
  versions: Record<string, string>;
  values: ({ kind: string; str: string } | { kind: string; bytes: string })[];
  hashes: Record<string, string[]>;
  /** hash() of None (3.12+), numbers, tuples and frozensets: expression → decimal value, per version */
  other: Record<string, Record<string, string>>;
}

const file = process.env.SIPHASH_ORACLE ?? new URL("./siphash-oracle.json", import.meta.url);
const oracle = JSON.parse(readFileSync(file, "utf8")) as Oracle;

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

describe("str/bytes hash under PYTHONHASHSEED=0", () => {
  it("covers all eight interpreters and every length 0-100 of each kind", () => {
    expect(Object.keys(oracle.versions)).toHaveLength(8);
    for (const kind of ["latin1", "bmp", "astral", "bytes"]) {
      const lengths = new Set(oracle.values.filter((v) => v.kind === kind).map((v) => ("str" in v ? [...v.str].length : v.bytes.length / 2)));
      expect(lengths.size).toBe(101);
    }
    // the PEP 393 kinds the generator aimed at
    for (const v of oracle.values) {
      if (!("str" in v) || v.str.length === 0) continue;
      expect(P.pep393Kind(v.str)).toBe(v.kind === "latin1" ? 1 : v.kind === "bmp" ? 2 : 4);
    }
  });

  for (const [version, algorithm] of Object.entries(oracle.versions)) {
    const minor = Number(version.split(".")[1]);
    it(`${version} (${algorithm}): every value hashes as in CPython`, () => {
      const expected = oracle.hashes[algorithm];
      const mismatches: string[] = [];
      oracle.values.forEach((v, i) => {
        const got = "str" in v ? P.hashStr(v.str, minor) : P.hashBytes(fromHex(v.bytes), minor);
        if (got !== BigInt(expected[i])) mismatches.push(`${JSON.stringify(v)}: ${got} != ${expected[i]}`);
      });
      expect(mismatches.slice(0, 5)).toEqual([]);
      expect(mismatches).toHaveLength(0);
    });
  }

  it("hash() in a program gives the oracle's value for str of each kind and bytes", () => {
    const pick = (kind: string) => oracle.values.findIndex((v) => v.kind === kind && ("str" in v ? v.str.length : v.bytes.length) > 20);
    const lit = (s: string) => "'" + [...s].map((c) => "\\U" + c.codePointAt(0)!.toString(16).padStart(8, "0")).join("") + "'";
    const idx = ["latin1", "bmp", "astral", "bytes"].map(pick);
    const exprs = idx.map((k) => {
      const v = oracle.values[k];
      return "str" in v ? lit(v.str) : `bytes.fromhex('${v.bytes}')`;
    });
    const src = exprs.map((e) => `print(hash(${e}))`).join("\n") + "\nprint(hash(''), hash(b''))\n";
    for (const [version, algorithm] of Object.entries(oracle.versions)) {
      const r = runProgram(src, { python: version.split(".").slice(0, 2).join(".") });
      expect(r.error).toBeNull();
      expect(r.stdout).toBe(idx.map((k) => oracle.hashes[algorithm][k] + "\n").join("") + "0 0\n");
    }
  });

  for (const [version, values] of Object.entries(oracle.other)) {
    it(`${version}: hash() of None, numbers, tuples and frozensets as in CPython`, () => {
      const exprs = Object.keys(values);
      expect(exprs.length).toBeGreaterThan(20);
      const src = "import sys\n" + exprs.map((e) => `print(${e})`).join("\n") + "\n";
      const r = runProgram(src, { python: version.split(".").slice(0, 2).join(".") });
      expect(r.error).toBeNull();
      const got = r.stdout.split("\n");
      expect(Object.fromEntries(exprs.map((e, i) => [e, got[i]]))).toEqual(values);
    });
  }
});
