// The golden suite of one CPython version, shared by the per-version test files (tests/golden/versions/),
// which exist so that vitest can run versions in parallel workers.
//
// Every program of programs.jsonl runs through the simulator and must match CPython: stdout byte for byte
// and the exception's class name. known-failures.txt lists `id version` pairs still expected to fail, like
// acorn's test262.whitelist: a listed pair that now passes fails the run too, so the list only shrinks
// (`npm run golden:known-failures` rewrites it from the current simulator).

import { describe, expect, it } from "vitest";
import {
  check,
  describeMismatch,
  failureKey,
  loadKnownFailures,
  loadPrograms,
  goldenVersionSelected,
  loadResults,
  type GoldenProgram,
} from "./golden-lib";

/** How many mismatches are spelled out in a failure message. */
const SHOWN = 5;

export function defineGoldenSuite(minor: string): void {
  // A version left out by GOLDEN_VERSIONS defines no tests; a selected version whose committed results
  // file is missing is a failure, not a skip (the results are generated once and committed).
  if (!goldenVersionSelected(minor)) return;
  const version = loadResults(minor)[0];
  if (!version) {
    it(`CPython ${minor} has committed results`, () => {
      expect.fail(`tests/golden/results-${minor}.jsonl is missing: run npm run golden:update and commit it`);
    });
    return;
  }
  const programs = loadPrograms();
  const known = loadKnownFailures();
  const byCategory = new Map<string, GoldenProgram[]>();
  for (const p of programs) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);

  // A category can take several seconds when the shared machine is busy: vitest's 5 s default is too tight.
  describe(`golden corpus on CPython ${version.full}`, { timeout: 120_000 }, () => {
    for (const [category, progs] of byCategory) {
      it(`${category} (${progs.length} programs) matches CPython exactly`, () => {
        const unexpectedFailures: string[] = [];
        const unexpectedPasses: string[] = [];
        for (const p of progs) {
          const expected = version.byId.get(p.id);
          if (!expected) continue;
          const outcome = check(p, expected, version.full);
          const listed = known.has(failureKey(p.id, minor));
          if (!outcome.pass && !listed) unexpectedFailures.push(describeMismatch(p, expected, outcome));
          if (outcome.pass && listed) unexpectedPasses.push(failureKey(p.id, minor));
        }
        const report: string[] = [];
        if (unexpectedFailures.length) {
          report.push(
            `${unexpectedFailures.length} of ${progs.length} programs differ from CPython ${version.full}:`,
            ...unexpectedFailures.slice(0, SHOWN),
          );
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
