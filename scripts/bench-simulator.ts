// Simulator benchmark (`npm run bench:simulator`): the golden corpus run, in ONE invocation, by
//   1. the simulator in-process (runProgram per program, timed with performance.now),
//   2. one CPython process exec'ing each program (compile + exec, timed inside Python with perf_counter),
//   3. a fresh CPython process per program (spawnSync wall time, a fixed sample),
//   4. the pysize CLI end to end (batch of the corpus, and a single `run`, including start-up).
// Prints medians per program and the ratios, and rewrites the "Simulator" section of docs/benchmarks.md.
//
//   npm run bench:simulator -- [--python 3.12.1] [--spawn-sample 200] [--no-write]

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { runProgram } from "@/lib/simulator";

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
const WRITE = !process.argv.includes("--no-write");
const PYTHON = `/root/.pyenv/versions/${FULL_VERSION}/bin/python`;

interface Program {
  id: string;
  category: string;
  source: string;
}
const programs: Program[] = readFileSync(join(ROOT, "tests/golden/programs.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Program);
const minor = FULL_VERSION.split(".").slice(0, 2).join(".");
const resultsFile = join(ROOT, `tests/golden/results-${minor}.jsonl`);
const expected = new Map<string, { stdout: string; error: string | null }>(
  existsSync(resultsFile)
    ? readFileSync(resultsFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => {
          const r = JSON.parse(l) as { id: string; stdout: string; error: string | null };
          return [r.id, r];
        })
    : [],
);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(2) : x.toFixed(3));

// ## 1. Simulator in-process (one warm-up pass over the corpus, then the measured pass)

function timeSimulator(): { times: number[]; cpu: number[]; exact: number } {
  for (const p of programs) runProgram(p.source, { python: FULL_VERSION });
  const times: number[] = [];
  const cpu: number[] = [];
  let exact = 0;
  for (const p of programs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = runProgram(p.source, { python: FULL_VERSION });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    const e = expected.get(p.id);
    if (e && e.stdout === r.stdout && (e.error ?? "").split(":")[0] === (r.error ?? "").split(":")[0]) exact++;
  }
  return { times, cpu, exact };
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
    try:
        exec(compile(src, "main.py", "exec"), main.__dict__)
    except BaseException:
        pass
    t = time.perf_counter() - t0
    c = time.process_time() - c0
    sys.modules["__main__"], sys.stdout = saved
    return t * 1000, c * 1000
for p in progs: run(p["source"])
pairs = [run(p["source"]) for p in progs]
sys.stdout.write(json.dumps({"wall": [w for w, _ in pairs], "cpu": [c for _, c in pairs]}))
`;

function timeCPythonInProcess(): { wall: number[]; cpu: number[] } {
  const input = programs.map((p) => JSON.stringify({ source: p.source })).join("\n");
  const r = spawnSync(PYTHON, ["-W", "ignore", "-c", EXEC_TIMER], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`CPython exec timer failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { wall: number[]; cpu: number[] };
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
const sim = timeSimulator();
const py = timeCPythonInProcess();
const spawn = timeCPythonSpawn();
const cliTimes = timeCli();

const simMed = median(sim.times);
const pyMed = median(py.wall);
const spawnMed = median(spawn);
const rows: [string, string, number[], number[] | null][] = [
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
  `- CPython spawn median / simulator median: **${(spawnMed / simMed).toFixed(0)}×** (goal ≥ 100×)`,
  `- pysize CLI: \`batch\` of ${cliTimes.batchCount} golden programs end to end (start-up included): **${(cliTimes.batchMs / 1000).toFixed(2)} s**; one \`run\` of a tiny program: **${ms(cliTimes.runMs)} ms** (median of 5; \`npm run --silent\` adds ≈ 0.25 s of npm start-up on top)`,
  `- simulator exact on ${sim.exact}/${programs.length} golden programs for ${FULL_VERSION} during this run (timings include failing programs)`,
].join("\n");
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}; shared with other jobs (load average ${loadAtStart.toFixed(2)} at start)`;

const section = `${START}
## Simulator

Command: \`npm run bench:simulator\` (\`scripts/bench-simulator.ts\`; options \`--python X.Y.Z\`, \`--spawn-sample N\`).
Corpus: \`tests/golden/programs.jsonl\` (${programs.length} programs). Run ${started.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine}.
Each in-process runner makes one warm-up pass over the corpus and times the second. CPython times
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
