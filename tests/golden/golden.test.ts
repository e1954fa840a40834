// The golden corpus as a whole: every program has a CPython result for every version found, and every
// version has its suite file. The per-version suites live in tests/golden/versions/ (see golden-suite.ts).

import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPrograms, loadResults } from "./golden-lib";

describe("golden corpus", () => {
  const programs = loadPrograms();
  const versions = loadResults();

  it("has at least 5,000 programs with unique ids", () => {
    expect(programs.length).toBeGreaterThanOrEqual(5000);
    expect(new Set(programs.map((p) => p.id)).size).toBe(programs.length);
  });

  it("has a result for every program on every version found, and a suite file per version", () => {
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const missing = programs.filter((p) => !v.byId.has(p.id)).map((p) => p.id);
      expect(missing.slice(0, 10), `results-${v.minor}.jsonl lacks ${missing.length} programs`).toEqual([]);
      expect(existsSync(join(__dirname, "versions", `${v.minor}.test.ts`)), `versions/${v.minor}.test.ts`).toBe(true);
    }
  });
});
