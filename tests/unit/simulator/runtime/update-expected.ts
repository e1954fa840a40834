// Regenerates cases/expected.json: every case of cases/*.py (cases separated by "#---" lines) run by
// each real CPython of the oracle (pyenv builds) through oracle.py. Expected outputs are never typed
// by hand. Run: npx tsx tests/unit/simulator/runtime/update-expected.ts
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ORACLE_VERSIONS } from "../../../../lib/simulator/versions";
import { loadCases } from "./cases";

const dir = join(__dirname, "cases");
const cases = loadCases(dir);
const out: Record<string, Record<string, { stdout: string; error: string | null }>> = {};
for (const v of ORACLE_VERSIONS) {
  const python = `/root/.pyenv/versions/${v}/bin/python`;
  const res = JSON.parse(
    execFileSync(python, [join(__dirname, "oracle.py")], { input: JSON.stringify(cases.map((c) => c.source)), maxBuffer: 1 << 28 }).toString(),
  ) as { stdout: string; error: string | null }[];
  cases.forEach((c, i) => {
    (out[c.id] ??= {})[v] = res[i];
  });
}
writeFileSync(join(dir, "expected.json"), JSON.stringify(out, null, 1) + "\n");
console.log(`${cases.length} cases × ${ORACLE_VERSIONS.length} versions written`);
void readdirSync;
void readFileSync;
