// Simulator benchmark (`npm run bench:simulator`): the golden corpus run, in ONE invocation, by
//   1. the simulator in-process (runProgram per program, timed with performance.now), from an esbuild
//      bundle of lib/simulator as the app and the pysize CLI run it (through tsx's per-module export
//      getters the same code is ~25% slower), in a child Node process of its own;
//   2. one CPython process exec'ing each program (compile + exec, timed inside Python with perf_counter),
//   3. a fresh CPython process per program (spawnSync wall time, a fixed sample),
//   4. the pysize CLI end to end (batch of the corpus, and a single `run`, including start-up).
// Prints medians per program and the ratios, and rewrites the "Simulator" section of docs/benchmarks.md.
// With `--baseline REV` the simulator of git revision REV is bundled too and timed in the same run,
// alternating with the current one (before/after on the same machine load).
//
//   npm run bench:simulator -- [--python 3.12.1] [--spawn-sample 200] [--baseline REV] [--no-write]

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { buildSync } from "esbuild";

const ROOT = join(__dirname, "..");
const DOC = join(ROOT, "docs", "benchmarks.md");
const START = "<!-- simulator-bench:start -->";
const END = "<!-- simulator-bench:end -->";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const FULL_VERSION = flag("--python", "3.12.1");
const SPAWN_SAMPLE = Number(flag("--spawn-sample", "200"));
const BASELINE = flag("--baseline", "");
const WRITE = !process.argv.includes("--no-write");
const PYTHON = `/root/.pyenv/versions/${FULL_VERSION}/bin/python`;
/** Measured passes per runner (after one warm-up pass); each program's time is its fastest pass. */
const ROUNDS = 2;

interface Program {
  id: string;
  category: string;
  source: string;
}
const CORPUS = join(ROOT, "tests/golden/programs.jsonl");
const programs: Program[] = readFileSync(CORPUS, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Program);
const minor = FULL_VERSION.split(".").slice(0, 2).join(".");
const resultsFile = join(ROOT, `tests/golden/results-${minor}.jsonl`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const us = (xs: number[]) => `${(median(xs) * 1000).toFixed(0)} µs`;
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3));
const fastest = (runs: number[][]) => runs[0]!.map((_, i) => Math.min(...runs.map((r) => r[i]!)));

// ## 1. Simulator in-process, from a bundle, in a child process (one warm-up pass, then ROUNDS measured passes)

const WORK = join(ROOT, ".bytewise", "bench-simulator");

/** Bundles lib/simulator of `dir` (a checkout root), with the front end's passes exposed, into WORK/<name>.cjs. */
function bundle(dir: string, name: string): string {
  mkdirSync(WORK, { recursive: true });
  const outfile = join(WORK, `${name}.cjs`);
  const entry = join(WORK, `${name}-entry.ts`);
  const sim = join(dir, "lib/simulator");
  writeFileSync(
    entry,
    [
      `export { runProgram } from ${JSON.stringify(sim)};`,
      `export { parseModule } from ${JSON.stringify(join(sim, "source/parser"))};`,
      `export { scanSource } from ${JSON.stringify(join(sim, "source/scanner"))};`,
      `export { parser as lezerPython } from "@lezer/python";`,
    ].join("\n"),
  );
  buildSync({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    nodePaths: [join(ROOT, "node_modules")],
    logLevel: "error",
  });
  return outfile;
}

const RUNNER = String.raw`
const { readFileSync } = require("node:fs");
const { performance } = require("node:perf_hooks");
const [bundlePath, corpus, version, resultsFile] = process.argv.slice(1);
const { runProgram, parseModule, scanSource, lezerPython } = require(bundlePath);
const progs = readFileSync(corpus, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const expected = new Map();
try {
  for (const l of readFileSync(resultsFile, "utf8").split("\n")) if (l) { const r = JSON.parse(l); expected.set(r.id, r); }
} catch {}
for (const p of progs) runProgram(p.source, { python: version });
const rounds = Number(process.env.BENCH_ROUNDS);
const times = [], cpu = [];
let exact = 0;
for (let k = 0; k < rounds; k++) {
  const t = [], c = [];
  for (const p of progs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = runProgram(p.source, { python: version });
    t.push(performance.now() - t0);
    const d = process.cpuUsage(c0);
    c.push((d.user + d.system) / 1000);
    const e = expected.get(p.id);
    if (k === 0 && e && e.stdout === r.stdout && (e.error ?? "").split(":")[0] === (r.error ?? "").split(":")[0]) exact++;
  }
  times.push(t); cpu.push(c);
}
// Where the time goes: each front-end pass alone, over the corpus (after a warm-up pass of each).
const minor = Number(version.split(".")[1]);
const passes = {
  scan: (s) => scanSource(s),
  lezer: (s) => lezerPython.parse(s),
  parse: (s) => { try { parseModule(s, { minor }); } catch {} },
};
const phases = {};
for (const [name, f] of Object.entries(passes)) {
  for (const p of progs) f(p.source);
  phases[name] = progs.map((p) => { const t0 = performance.now(); f(p.source); return performance.now() - t0; });
}
process.stdout.write(JSON.stringify({ times, cpu, exact, phases }));
`;

interface SimRun {
  times: number[][];
  cpu: number[][];
  exact: number;
  /** Per program: the scanner alone, lezer alone, the whole front end (scan + lezer + lowering + symtable). */
  phases: { scan: number[]; lezer: number[]; parse: number[] };
}

function timeSimulatorRound(bundlePath: string, rounds: number): SimRun {
  const r = spawnSync(process.execPath, ["-e", RUNNER, bundlePath, CORPUS, FULL_VERSION, resultsFile], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
    env: { ...process.env, BENCH_ROUNDS: String(rounds) },
  });
  if (r.status !== 0) throw new Error(`simulator runner failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as SimRun;
}

/** The current simulator, and the baseline's when asked, alternating process by process. */
function timeSimulators(): { current: SimRun; baseline: SimRun | null } {
  const current = bundle(ROOT, "current");
  let base: string | null = null;
  if (BASELINE) {
    const dir = mkdtempSync(join(tmpdir(), "bench-sim-base-"));
    const tar = execFileSync("git", ["archive", BASELINE, "lib/simulator"], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    base = bundle(dir, "baseline");
    rmSync(dir, { recursive: true, force: true });
  }
  const merge = (runs: SimRun[]): SimRun => ({
    times: runs.flatMap((r) => r.times),
    cpu: runs.flatMap((r) => r.cpu),
    exact: runs[0]!.exact,
    phases: runs[0]!.phases,
  });
  const cur: SimRun[] = [];
  const bas: SimRun[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    if (base) bas.push(timeSimulatorRound(base, 1));
    cur.push(timeSimulatorRound(current, 1));
  }
  return { current: merge(cur), baseline: base ? merge(bas) : null };
}

// ## 2. CPython in-process: compile + exec per program in one interpreter (second of two passes)

const EXEC_TIMER = String.raw`
import builtins, io, json, sys, time, types
progs = [json.loads(l) for l in io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8") if l.strip()]
def run(src):
    buf = io.StringIO(); main = types.ModuleType("__main__"); main.__dict__["__builtins__"] = builtins
    saved = sys.modules["__main__"], sys.stdout
    sys.modules["__main__"], sys.stdout = main, buf
    c0 = time.process_time()
    t0 = time.perf_counter()
    t1 = None
    try:
        code = compile(src, "main.py", "exec")
        t1 = time.perf_counter()
        exec(code, main.__dict__)
    except BaseException:
        pass
    t2 = time.perf_counter()
    t = t2 - t0
    c = time.process_time() - c0
    sys.modules["__main__"], sys.stdout = saved
    return t * 1000, c * 1000, ((t1 or t2) - t0) * 1000
for p in progs: run(p["source"])
rounds = [[run(p["source"]) for p in progs] for _ in range(int(sys.argv[1]))]
sys.stdout.write(json.dumps({"wall": [[x[0] for x in r] for r in rounds], "cpu": [[x[1] for x in r] for r in rounds], "compile": [[x[2] for x in r] for r in rounds]}))
`;

function timeCPythonInProcess(): { wall: number[]; cpu: number[]; compile: number[] } {
  const input = programs.map((p) => JSON.stringify({ source: p.source })).join("\n");
  const r = spawnSync(PYTHON, ["-W", "ignore", "-c", EXEC_TIMER, String(ROUNDS)], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`CPython exec timer failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { wall: number[][]; cpu: number[][]; compile: number[][] };
  return { wall: fastest(out.wall), cpu: fastest(out.cpu), compile: fastest(out.compile) };
}

// ## 3. A fresh CPython process per program (every k-th program: a fixed sample)

function timeCPythonSpawn(): number[] {
  const dir = mkdtempSync(join(tmpdir(), "bench-sim-"));
  const step = Math.max(1, Math.floor(programs.length / SPAWN_SAMPLE));
  const sample = programs.filter((_, i) => i % step === 0).slice(0, SPAWN_SAMPLE);
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONIOENCODING: "utf-8" };
  const times: number[] = [];
  sample.forEach((p, i) => {
    const file = join(dir, `p${i}.py`);
    writeFileSync(file, p.source);
    const t0 = performance.now();
    spawnSync(PYTHON, [file], { env, encoding: "utf8" });
    times.push(performance.now() - t0);
  });
  return times;
}

// ## 4. The CLI end to end

function timeCli(): { batchMs: number; batchCount: number; runMs: number } {
  const launch = join(ROOT, "scripts/pysize/launch.mjs");
  const cli = (args: string[], input: string) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [launch, ...args], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`pysize ${args.join(" ")} failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  cli(["run", "--python", minor], "print(1)\n"); // builds the bundle if stale
  const runMs = median([1, 2, 3, 4, 5].map(() => cli(["run", "--python", minor], "import sys\nprint(sys.getsizeof({}))\n")));
  const batch = programs.slice(0, 4000).map((p) => JSON.stringify({ id: p.id, source: p.source })).join("\n") + "\n";
  const batchMs = cli(["batch", "--python", FULL_VERSION], batch);
  return { batchMs, batchCount: Math.min(4000, programs.length), runMs };
}

// ## Report

const started = new Date();
const loadAtStart = loadavg()[0]!;
const sims = timeSimulators();
const sim = { times: fastest(sims.current.times), cpu: fastest(sims.current.cpu), exact: sims.current.exact };
const base = sims.baseline && { times: fastest(sims.baseline.times), cpu: fastest(sims.baseline.cpu), exact: sims.baseline.exact };
const ph = sims.current.phases;
const py = timeCPythonInProcess();
const spawn = timeCPythonSpawn();
const cliTimes = timeCli();

const simMed = median(sim.times);
const pyMed = median(py.wall);
const spawnMed = median(spawn);
const rows: [string, string, number[], number[] | null][] = [
  ...(base
    ? ([[`simulator at \`${BASELINE}\` (baseline), in-process`, `${programs.length}`, base.times, base.cpu]] as [string, string, number[], number[]][])
    : []),
  ["simulator, in-process (`runProgram`)", `${programs.length}`, sim.times, sim.cpu],
  [`CPython ${FULL_VERSION}, one process exec'ing each program`, `${py.wall.length}`, py.wall, py.cpu],
  [`CPython ${FULL_VERSION}, fresh process per program (spawnSync)`, `${spawn.length} (sample)`, spawn, null],
];
const table = [
  "| runner | programs | median ms/program (wall) | p90 ms (wall) | total ms (wall) | median CPU ms/program |",
  "|---|---|---|---|---|---|",
  ...rows.map(
    ([name, n, t, c]) =>
      `| ${name} | ${n} | ${ms(median(t))} | ${ms(quantile(t, 0.9))} | ${ms(t.reduce((a, b) => a + b, 0))} | ${c ? ms(median(c)) : "–"} |`,
  ),
].join("\n");
const ratios = [
  `- simulator median / CPython in-process median: **${(simMed / pyMed).toFixed(2)}** wall, **${(median(sim.cpu) / median(py.cpu)).toFixed(2)}** CPU time (goal ≤ 1)`,
  ...(base
    ? [
        `- simulator median / baseline \`${BASELINE}\` median: **${(simMed / median(base.times)).toFixed(2)}** wall, **${(median(sim.cpu) / median(base.cpu)).toFixed(2)}** CPU time; p90 ${ms(quantile(sim.times, 0.9))} vs ${ms(quantile(base.times, 0.9))} ms`,
      ]
    : []),
  `- CPython spawn median / simulator median: **${(spawnMed / simMed).toFixed(0)}×** (goal ≥ 100×)`,
  `- where the simulator's time goes (medians per program, each pass timed alone): scanner ${us(ph.scan)}, lezer ${us(ph.lezer)}, whole front end (scanner + lezer + lowering + symtable) ${us(ph.parse)}, the rest of \`runProgram\` ≈ ${us(sim.times.map((t, i) => t - ph.parse[i]!))}; CPython's \`compile\` alone ${us(py.compile)}`,
  `- pysize CLI: \`batch\` of ${cliTimes.batchCount} golden programs end to end (start-up included): **${(cliTimes.batchMs / 1000).toFixed(2)} s**; one \`run\` of a tiny program: **${ms(cliTimes.runMs)} ms** (median of 5; \`npm run --silent\` adds ≈ 0.25 s of npm start-up on top)`,
  `- simulator exact on ${sim.exact}/${programs.length} golden programs for ${FULL_VERSION} during this run (timings include failing programs)`,
].join("\n");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}; shared with other jobs (load average ${loadAtStart.toFixed(2)} at start)`;

const section = `${START}
## Simulator

Command: \`npm run bench:simulator\` (\`scripts/bench-simulator.ts\`; options \`--python X.Y.Z\`, \`--spawn-sample N\`, \`--baseline REV\`)${BASELINE ? `, run with \`--baseline ${BASELINE}\`` : ""}.
Corpus: \`tests/golden/programs.jsonl\` (${programs.length} programs). Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine}.
Each in-process runner makes one warm-up pass over the corpus, then ${ROUNDS} timed passes; a program's time is its
fastest pass (less sensitive to other jobs' bursts). The simulator runs from an esbuild bundle (as in the app and
the CLI; through tsx's per-module export getters it is ~25% slower) in a child Node process, one per pass${BASELINE ? ", alternating with the baseline's" : ""}. CPython times
\`compile\` + \`exec\` of each program in a fresh \`__main__\` (perf_counter and process_time, inside Python).
The spawn runner times \`python prog.py\` from Node (direct binary path, no shim). Wall times inflate when
the machine is shared. CPU times are less sensitive to that, but for the simulator they include V8's helper threads (GC, JIT).

${table}

${ratios}
${END}`;

process.stdout.write(`${table}\n\n${ratios}\n`);
if (WRITE) {
  const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const next =
    doc.includes(START) && doc.includes(END)
      ? doc.slice(0, doc.indexOf(START)) + section + doc.slice(doc.indexOf(END) + END.length)
      : doc.trimEnd() + "\n\n" + section + "\n";
  writeFileSync(DOC, next);
  process.stdout.write(`\nwrote the Simulator section of ${DOC}\n`);
}
