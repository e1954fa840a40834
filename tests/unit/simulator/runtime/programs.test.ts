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
    expect({ stdout: got.stdout, error: got.error }).toEqual(want);
  });
});
