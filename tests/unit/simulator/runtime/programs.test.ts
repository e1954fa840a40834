// Runs every case of cases/*.py through runProgram on each oracle version and compares stdout and the
// error line with what the real CPython printed (cases/expected.json, produced by update-expected.ts).
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runProgram } from "@/lib/simulator";
import { ORACLE_VERSIONS } from "@/lib/simulator/versions";
import { loadCases } from "./cases";

const dir = join(__dirname, "cases");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Record<
  string,
  Record<string, { stdout: string; error: string | null }>
>;
const cases = loadCases(dir);

describe.each(ORACLE_VERSIONS.map((v) => [v]))("runProgram under CPython %s", (version) => {
  it.each(cases.map((c) => [c.id, c.source]))("%s prints what CPython prints", (id, source) => {
    const want = expected[id]?.[version];
    expect(want, `no expected output for ${id}; run update-expected.ts`).toBeDefined();
    const got = runProgram(source, { python: version });
    // Compile errors: the simulator adds "(line L, column C)" to the message; compare the class there.
    const syntax = (e: string | null) => e !== null && /^(SyntaxError|IndentationError|TabError)\b/.test(e);
    const norm = (e: string | null) => (syntax(e) ? e!.split(":")[0] : e);
    expect({ stdout: got.stdout, error: norm(got.error) }).toEqual({ stdout: want!.stdout, error: norm(want!.error) });
  });
});
