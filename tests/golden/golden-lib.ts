// Shared by golden.test.ts and scripts/golden/known-failures.ts: loads the golden corpus and the CPython
// results, runs programs through the simulator and compares them the way the grader does (stdout exactly,
// the exception's class name only).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "@/lib/simulator";

export const GOLDEN_DIR = join(__dirname);
export const KNOWN_FAILURES_FILE = join(GOLDEN_DIR, "known-failures.txt");

/** Per-program step budget in the golden run: generous for the corpus, small enough to stop a runaway loop. */
export const GOLDEN_MAX_STEPS = 2_000_000;

export interface GoldenProgram {
  id: string;
  category: string;
  source: string;
}

export interface GoldenResult {
  id: string;
  /** Full CPython version that produced it, e.g. "3.12.1". */
  version: string;
  stdout: string;
  error: string | null;
}

export interface VersionResults {
  /** "3.12" (from results-3.12.jsonl). */
  minor: string;
  /** "3.12.1": what runProgram is asked to model. */
  full: string;
  byId: Map<string, GoldenResult>;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

export function loadPrograms(): GoldenProgram[] {
  return readJsonl<GoldenProgram>(join(GOLDEN_DIR, "programs.jsonl"));
}

/** The versions GOLDEN_VERSIONS=3.8,3.12 selects (all when unset). */
export function goldenVersionSelected(minor: string): boolean {
  const only = (process.env.GOLDEN_VERSIONS ?? "").split(",").filter(Boolean);
  return only.length === 0 || only.includes(minor);
}

/**
 * Every results-X.Y.jsonl present, oldest version first; GOLDEN_VERSIONS=3.8,3.12 narrows the set,
 * and so does `onlyMinor` (a per-version suite parses just its own file).
 */
export function loadResults(onlyMinor?: string): VersionResults[] {
  const files = readdirSync(GOLDEN_DIR).filter((f) => /^results-3\.\d+\.jsonl$/.test(f));
  const out: VersionResults[] = [];
  for (const f of files) {
    const minor = f.slice("results-".length, -".jsonl".length);
    if (!goldenVersionSelected(minor) || (onlyMinor !== undefined && minor !== onlyMinor)) continue;
    const rows = readJsonl<GoldenResult>(join(GOLDEN_DIR, f));
    out.push({ minor, full: rows[0]?.version ?? minor, byId: new Map(rows.map((r) => [r.id, r])) });
  }
  return out.sort((a, b) => Number(a.minor.split(".")[1]) - Number(b.minor.split(".")[1]));
}

/** `id version` pairs (version = "3.12") currently expected to fail. */
export function loadKnownFailures(): Set<string> {
  if (!existsSync(KNOWN_FAILURES_FILE)) return new Set();
  return new Set(
    readFileSync(KNOWN_FAILURES_FILE, "utf8")
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim().split(/\s+/).join(" "))
      .filter(Boolean),
  );
}

export function failureKey(id: string, minor: string): string {
  return `${id} ${minor}`;
}

/** "KeyError: 'x'" -> "KeyError"; "__main__.AppError: m" -> "__main__.AppError"; null stays null. */
export function errorClass(error: string | null): string | null {
  if (error === null) return null;
  return error.split(":", 1)[0]!.trim();
}

export interface Outcome {
  pass: boolean;
  actual: { stdout: string; error: string | null };
}

/** Runs one program under one version and compares it with CPython's result. Never throws. */
export function check(program: GoldenProgram, expected: GoldenResult, fullVersion: string): Outcome {
  let actual: { stdout: string; error: string | null };
  try {
    const r = runProgram(program.source, { python: fullVersion, maxSteps: GOLDEN_MAX_STEPS });
    actual = { stdout: r.stdout, error: r.error };
  } catch (err) {
    actual = { stdout: "", error: `JavaScriptException: ${err instanceof Error ? err.message : String(err)}` };
  }
  const pass = actual.stdout === expected.stdout && errorClass(actual.error) === errorClass(expected.error);
  return { pass, actual };
}

/** First differing line, for compact failure reports. */
export function describeMismatch(program: GoldenProgram, expected: GoldenResult, outcome: Outcome): string {
  const exp = expected.stdout.split("\n");
  const act = outcome.actual.stdout.split("\n");
  let i = 0;
  while (i < exp.length && i < act.length && exp[i] === act[i]) i++;
  const lines = [`--- ${program.id} (${expected.version})`];
  if (outcome.actual.stdout !== expected.stdout) {
    lines.push(`  first difference at output line ${i + 1}:`, `    CPython:   ${JSON.stringify(exp[i] ?? "<end>")}`, `    simulator: ${JSON.stringify(act[i] ?? "<end>")}`);
  }
  if (errorClass(outcome.actual.error) !== errorClass(expected.error)) {
    lines.push(`  error: CPython ${JSON.stringify(expected.error)} vs simulator ${JSON.stringify(outcome.actual.error)}`);
  }
  const src = program.source.split("\n").slice(0, 12).map((l, n) => `    ${String(n + 1).padStart(3)} | ${l}`);
  lines.push("  source:", ...src);
  return lines.join("\n");
}
