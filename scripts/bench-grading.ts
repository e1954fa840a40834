// Learner speed budget (issue 4): server grading time per submission and the exercise page's
// gzipped JavaScript.
//
//   npx tsx scripts/bench-grading.ts [--dist .next] [--learners 4]
//
// Grading: for every library exercise and several learners' variants, the whole server-side
// grading of one submission — keys in every version from the simulator, grading and diagnosing a
// wrong answer for every part, and building the feedback (every version's value, breakdown,
// layout, growth chart). "cold" is a learner's first answer (keys not cached yet; the page warms
// them after rendering, so this is the worst case); "warm" is every later answer. The database
// write is excluded (two small inserts).
//
// Page JS: every script the exercise page loads (root main files plus the client chunks of the root
// layout and the page), gzipped at level 9, from the build's manifests.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { loadExerciseLibrary } from "@/lib/content/load";
import { variantFor, variantSeedFor } from "@/lib/content/variant";
import { gradePart, keysForAllVersions, revealPart, keyNumbers } from "@/lib/grading";
import type { Part } from "@/lib/content/schema";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const distDir = option("dist", process.env.BYTEWISE_DIST_DIR ?? ".next");
const learners = Number(option("learners", "4"));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** A wrong answer for a part (so diagnosis runs too): each key number plus one. */
function wrongAnswer(part: Part, key: ReturnType<typeof keysForAllVersions>[number]): string[] {
  const numbers = keyNumbers(key.parts[part.id]!);
  if (part.kind === "ranking") return [numbers.map((_, i) => i).reverse().join(",")];
  return numbers.map((n) => String(n + 1));
}

/** Wall time and CPU time (user + system of this process) of one grading, in ms. */
function gradeOnce(slug: string, seed: number, cacheKey: string, exercise: ReturnType<typeof loadExerciseLibrary>[number]["exercise"]): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const source = variantFor(exercise, seed).source;
  const keys = keysForAllVersions(exercise, source, cacheKey);
  const version = exercise.pythonVersions[exercise.pythonVersions.length - 1]!;
  const own = keys.find((k) => k.version === version)!;
  for (const part of exercise.parts) {
    const grade = gradePart(part, keys, version, wrongAnswer(part, own));
    if (grade.status === "unavailable") throw new Error(`${slug}: ${grade.message}`);
    revealPart(part, keys, version, null);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
}

const library = loadExerciseLibrary();
// Warm-up: JIT and the per-process growth curves (computed once per server process).
for (const { slug, exercise } of library) gradeOnce(slug, 1, `warmup-${slug}`, exercise);

const cold: { wall: number; cpu: number }[] = [];
const warm: { wall: number; cpu: number }[] = [];
for (let learner = 0; learner < learners; learner++) {
  for (const { slug, exercise } of library) {
    const seed = variantSeedFor(`bench-learner-${learner}`, slug);
    const cacheKey = `bench-${learner}-${slug}`;
    cold.push(gradeOnce(slug, seed, cacheKey, exercise));
    warm.push(gradeOnce(slug, seed, cacheKey, exercise));
  }
}
const fmt = (v: number) => `${v.toFixed(1)} ms`;
// Wall time suffers when other processes take the CPU; CPU time is the work grading itself costs.
const line = (label: string, runs: { wall: number; cpu: number }[]) => {
  for (const kind of ["wall", "cpu"] as const) {
    const values = runs.map((r) => r[kind]);
    console.log(`  ${label}, ${kind} time: p50 ${fmt(percentile(values, 50))}  p95 ${fmt(percentile(values, 95))}  max ${fmt(Math.max(...values))}`);
  }
};
console.log(`Grading (${cold.length} submissions over ${library.length} exercises, ${learners} learners' variants each; load average ${loadavg()[0]!.toFixed(1)})`);
line("first answer (cold keys)", cold);
line("later answers (cached keys)", warm);

// ## Exercise page JavaScript

const manifestFile = path.join(distDir, "server", "app", "exercises", "[slug]", "page_client-reference-manifest.js");
if (!existsSync(manifestFile)) {
  console.log(`Page JS: no build at ${distDir} (run next build, or pass --dist)`);
} else {
  const context: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {};
  context.globalThis = context;
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), context);
  const manifest = Object.values(context.__RSC_MANIFEST ?? {})[0]!;
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const entries = manifest.entryJSFiles ?? {};
  const wanted = Object.keys(entries).filter((k) => k.endsWith("app/layout") || k.endsWith("app/exercises/[slug]/page"));
  const files = new Set<string>([...(buildManifest.rootMainFiles ?? []), ...wanted.flatMap((k) => entries[k]!)]);
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const body = readFileSync(path.join(distDir, file.replace(/^\/?_next\//, "")));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  console.log(`Exercise page JS: ${files.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped (entries: ${wanted.join(", ")})`);
}
