/*
 * Data-driven check against REAL CPython: every case measured by scripts/measure-layouts.py under the
 * pyenv interpreters (tests/unit/simulator/objects/measured/*.json) is replayed through the layout
 * models for the same patch version; 100% equality expected.
 */

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveVersion } from "@/lib/simulator/versions";
import { replayBytes, replayDict, replayInstances, replayInt, replayList, replayMisc, replaySet, replayStr } from "./replay";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

function load(category: string): { cases: Json[]; results: Record<string, Json[]> } {
  return JSON.parse(readFileSync(join(__dirname, "measured", `${category}.json`), "utf8"));
}

const REPLAYERS: Record<string, (p: ReturnType<typeof resolveVersion>, c: Json, r: Json) => unknown> = {
  lists: (p, c) => replayList(p, c),
  dicts: (p, c, r) => replayDict(p, c, r),
  sets: (p, c) => replaySet(p, c),
  strs: (p, c, r) => replayStr(p, c, r),
  ints: (p, c) => replayInt(p, c),
  bytes: (p, c) => replayBytes(p, c),
  instances: (p, c) => replayInstances(p, c),
  misc: (p, c) => replayMisc(p, c),
};

/** What the measurement recorded that the replay must reproduce. */
function expected(category: string, r: Json): unknown {
  if (category === "dicts") return r.sizes;
  return r;
}

for (const category of Object.keys(REPLAYERS)) {
  const data = load(category);
  describe(`measured ${category}`, () => {
    for (const version of Object.keys(data.results)) {
      it(`matches CPython ${version} on all ${data.cases.length} cases`, () => {
        const profile = resolveVersion(version);
        const results = data.results[version]!;
        const mismatches: string[] = [];
        data.cases.forEach((c, i) => {
          const want = results[i];
          if (want === null) return; // not expressible on this version (e.g. dataclass on 3.6)
          let got: unknown;
          try {
            got = REPLAYERS[category]!(profile, c, want);
          } catch (e) {
            got = `threw ${(e as Error).message}`;
          }
          const exp = expected(category, want);
          if (JSON.stringify(got) !== JSON.stringify(exp)) {
            mismatches.push(`#${i} ${JSON.stringify(c).slice(0, 300)}\n   want ${JSON.stringify(exp).slice(0, 300)}\n   got  ${JSON.stringify(got).slice(0, 300)}`);
          }
        });
        expect(mismatches.slice(0, 8).join("\n"), `${mismatches.length} mismatches`).toBe("");
      });
    }
  });
}
