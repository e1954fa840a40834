// `npm test`: type-check, lint, unit + golden (vitest), integration (vitest, on a throwaway
// database), then browser tests (Playwright in Debian's Chromium). Every step runs even if an
// earlier one failed; the last line is `N passed, N failed` and the exit code is non-zero on any
// failure. `--only integration,e2e` runs a subset (CI uses it for the PostgreSQL pass).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildApp, ensureDependencies, ensureLocalSecret, log, ROOT, runBin } from "./lib.mjs";

const STEPS = ["typecheck", "lint", "unit", "integration", "e2e"];
const onlyArg = process.argv.find((a) => a.startsWith("--only"));
const only = onlyArg ? (onlyArg.includes("=") ? onlyArg.split("=")[1] : process.argv[process.argv.indexOf(onlyArg) + 1]).split(",") : STEPS;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const reportDir = path.join(ROOT, "test-results");
mkdirSync(reportDir, { recursive: true });

const results = []; // { step, passed, failed, ok, seconds }

function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", name);
}

function step(name, command, args, countsFrom) {
  log(`── ${name} ──`);
  const started = Date.now();
  const status = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env: process.env }).status ?? 1;
  const counts = countsFrom ? countsFrom() : null;
  const ok = status === 0;
  // A check that is not a test runner (tsc, eslint) counts as one test.
  const passed = counts ? counts.passed : ok ? 1 : 0;
  const failed = counts ? Math.max(counts.failed, ok ? 0 : 1) : ok ? 0 : 1;
  results.push({ step: name, passed, failed, ok, seconds: (Date.now() - started) / 1000 });
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Counts from vitest's JSON reporter (jest-compatible shape). */
function vitestCounts(file) {
  return () => {
    const report = readJson(file);
    if (!report) return null;
    return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
  };
}

/** Counts from Playwright's JSON reporter. */
function playwrightCounts(file) {
  return () => {
    const report = readJson(file);
    if (!report?.stats) return null;
    return { passed: report.stats.expected + (report.stats.flaky ?? 0), failed: report.stats.unexpected };
  };
}

ensureDependencies();
ensureLocalSecret();
const dbLabel = process.env.DATABASE_URL?.startsWith("postgres") ? "PostgreSQL" : "SQLite";

if (only.includes("typecheck")) step("type-check (tsc --noEmit)", bin("tsc"), ["--noEmit", "-p", "."]);
if (only.includes("lint")) step("lint (eslint)", bin("eslint"), ["--max-warnings=0", "."]);
if (only.includes("unit")) {
  const file = path.join(reportDir, "vitest-unit.json");
  rmSync(file, { force: true });
  step("unit + golden (vitest)", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], vitestCounts(file));
}
if (only.includes("integration") || only.includes("e2e")) {
  // The generated client is specific to the database provider: generate it for this run's URL.
  runBin("prisma", ["generate"], { stdio: ["ignore", "ignore", "inherit"] });
}
if (only.includes("integration")) {
  const file = path.join(reportDir, "vitest-integration.json");
  rmSync(file, { force: true });
  step(`integration on ${dbLabel} (vitest)`, bin("vitest"),
    ["run", "--config", "vitest.integration.config.mts", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    vitestCounts(file));
}
if (only.includes("e2e")) {
  if (!existsSync(CHROMIUM)) {
    log(`Chromium was not found at ${CHROMIUM}. The browser tests use Debian's Chromium; install it with:`);
    log("    sudo apt-get update && sudo apt-get install -y chromium");
    log("(or set CHROMIUM_PATH to another Chromium binary), then run npm test again.");
    results.push({ step: "browser tests (chromium missing)", passed: 0, failed: 1, ok: false, seconds: 0 });
  } else {
    log("── build for the browser tests (next build → .next-test) ──");
    buildApp(".next-test");
    const file = path.join(reportDir, "e2e-report.json");
    rmSync(file, { force: true });
    step(`browser tests on ${dbLabel} (playwright)`, bin("playwright"), ["test"], playwrightCounts(file));
  }
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log("");
for (const r of results) {
  console.log(`  ${r.ok ? "ok  " : "FAIL"}  ${r.step.padEnd(40)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed  ${r.seconds.toFixed(1)} s`);
}
writeFileSync(path.join(reportDir, "summary.json"), JSON.stringify({ passed, failed, results }, null, 2));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
