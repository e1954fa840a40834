// The golden corpus: every program of programs.jsonl on every CPython version that has a results file,
// through the simulator. The bar is 100% (stdout byte for byte, and the exception's class name).
// known-failures.txt lists `id version` pairs still expected to fail, like acorn's test262.whitelist:
// a listed pair that now passes fails the run too, so the list only shrinks
// (`npm run golden:known-failures` rewrites it from the current simulator).

import { describe, expect, it } from "vitest";
import {
  check,
  describeMismatch,
  failureKey,
  loadKnownFailures,
  loadPrograms,
  loadResults,
  type GoldenProgram,
} from "./golden-lib";

const programs = loadPrograms();
const versions = loadResults();
const known = loadKnownFailures();

const byCategory = new Map<string, GoldenProgram[]>();
for (const p of programs) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);

/** How many mismatches are spelled out in a failure message. */
const SHOWN = 5;

describe("golden corpus", () => {
  it("has results for every program on every version found", () => {
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const missing = programs.filter((p) => !v.byId.has(p.id)).map((p) => p.id);
      expect(missing.slice(0, 10), `results-${v.minor}.jsonl lacks ${missing.length} programs`).toEqual([]);
    }
  });

  for (const v of versions) {
    describe(`CPython ${v.full}`, () => {
      for (const [category, progs] of byCategory) {
        it(`${category} (${progs.length} programs) matches CPython exactly`, () => {
          const unexpectedFailures: string[] = [];
          const unexpectedPasses: string[] = [];
          for (const p of progs) {
            const expected = v.byId.get(p.id);
            if (!expected) continue;
            const outcome = check(p, expected, v.full);
            const listed = known.has(failureKey(p.id, v.minor));
            if (!outcome.pass && !listed) unexpectedFailures.push(describeMismatch(p, expected, outcome));
            if (outcome.pass && listed) unexpectedPasses.push(failureKey(p.id, v.minor));
          }
          const report: string[] = [];
          if (unexpectedFailures.length) {
            report.push(`${unexpectedFailures.length} of ${progs.length} programs differ from CPython ${v.full}:`, ...unexpectedFailures.slice(0, SHOWN));
          }
          if (unexpectedPasses.length) {
            report.push(
              `${unexpectedPasses.length} programs listed in known-failures.txt now pass; remove them (npm run golden:known-failures):`,
              ...unexpectedPasses.slice(0, 20).map((k) => `  ${k}`),
            );
          }
          if (report.length) expect.fail(report.join("\n"));
        });
      }
    });
  }
});
