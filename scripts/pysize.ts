// pysize: the command-line front end of the simulator, and the only simulator code touching stdin/stdout.
//
//   npm run --silent pysize -- run --python 3.12 prog.py      # prints what CPython 3.12 prints
//   npm run --silent pysize -- run --all --explain prog.py    # every version side by side, with breakdowns
//   npm run --silent pysize -- batch --python 3.13.0 < in.jsonl > out.jsonl
//
// `npm run pysize` starts scripts/pysize/launch.mjs, which runs an esbuild bundle of this file (rebuilt
// when sources change) because starting through tsx costs ~0.4 s more. Programs run in a worker thread
// (scripts/pysize/batch.ts) so a runaway program is stopped by a wall-clock budget.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { runProgram, resolveVersion, SUPPORTED_VERSIONS } from "@/lib/simulator";
import type { Observation } from "@/lib/simulator";
import { parseArgs, USAGE, UsageError } from "./pysize/args";
import type { Command } from "./pysize/args";
import { parseBatchLine, SimulatorPool } from "./pysize/batch";
import type { WorkerReply, WorkerRequest } from "./pysize/batch";
import { renderObservations } from "./pysize/explain";

// ## Worker side

function serveWorker(): void {
  parentPort!.on("message", (req: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      const r = runProgram(req.source, { python: req.python, maxSteps: req.maxSteps });
      reply = { seq: req.seq, stdout: r.stdout, error: r.error };
      if (req.explain) reply.observations = r.observations;
    } catch (err) {
      // runProgram promises never to throw; keep the batch alive if it does anyway.
      const msg = err instanceof Error ? err.message : String(err);
      reply = { seq: req.seq, stdout: "", error: `SystemError: internal simulator error: ${msg}` };
    }
    parentPort!.postMessage(reply);
  });
}

// ## Main side

const SELF = fileURLToPath(import.meta.url);
// Running from source (tsx) the worker needs tsx's loader too; the bundle needs nothing.
const WORKER_EXEC_ARGV = SELF.endsWith(".ts") ? ["--import", "tsx"] : [];

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once("drain", () => resolve());
  });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function checkVersion(v: string): void {
  try {
    resolveVersion(v);
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** "3.6 3.7 3.8 3.10 3.11" -> "3.6–3.8, 3.10–3.11" over the supported version order. */
function versionRanges(versions: readonly string[]): string {
  const all = SUPPORTED_VERSIONS as readonly string[];
  if (versions.length === all.length) return "all";
  const idx = versions.map((v) => all.indexOf(v)).sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    out.push(i === j ? all[idx[i]!]! : `${all[idx[i]!]}–${all[idx[j]!]}`);
    i = j + 1;
  }
  return out.join(", ");
}

/** --all: one row per output line; versions that agree share a row. */
function renderSideBySide(results: { version: string; stdout: string; error: string | null }[]): string {
  const lines = results.map((r) => (r.stdout === "" ? [] : r.stdout.replace(/\n$/, "").split("\n")));
  const rows = Math.max(0, ...lines.map((l) => l.length));
  const out: string[] = [];
  const emit = (label: string, cells: (string | null)[]) => {
    const groups = new Map<string, string[]>();
    cells.forEach((c, i) => {
      const key = c === null ? "\u0000(no line)" : c;
      groups.set(key, [...(groups.get(key) ?? []), results[i]!.version]);
    });
    let first = true;
    for (const [text, versions] of groups) {
      const shown = text === "\u0000(no line)" ? "(no line)" : text;
      out.push(`${(first ? label : "").padEnd(8)}${versionRanges(versions).padEnd(14)}| ${shown}`);
      first = false;
    }
  };
  for (let i = 0; i < rows; i++) emit(`line ${i + 1}`, lines.map((l) => (i < l.length ? l[i]! : null)));
  if (results.some((r) => r.error !== null)) emit("error", results.map((r) => r.error ?? "(none)"));
  return out.join("\n") + (out.length ? "\n" : "");
}

async function commandRun(cmd: Extract<Command, { kind: "run" }>, pool: SimulatorPool): Promise<number> {
  if (cmd.python !== null) checkVersion(cmd.python);
  let source: string;
  if (cmd.file === null) {
    source = await readStdin();
  } else {
    try {
      source = readFileSync(cmd.file, "utf8");
    } catch (err) {
      const code = (err as { code?: string }).code ?? String(err);
      throw new UsageError(`cannot read ${cmd.file}: ${code}`);
    }
  }

  if (!cmd.all) {
    const r = await pool.run(source, cmd.python!, cmd.maxSteps, cmd.explain);
    await write(process.stdout, r.stdout);
    if (cmd.explain) {
      await write(process.stdout, `\n--- sys.getsizeof breakdowns (Python ${cmd.python}) ---\n`);
      await write(process.stdout, renderObservations((r.observations ?? []) as Observation[]));
    }
    if (r.error !== null) {
      await write(process.stderr, r.error + "\n");
      return 1;
    }
    return 0;
  }

  const results: { version: string; stdout: string; error: string | null; observations: Observation[] }[] = [];
  for (const version of SUPPORTED_VERSIONS) {
    const r = await pool.run(source, version, cmd.maxSteps, cmd.explain);
    results.push({ version, stdout: r.stdout, error: r.error, observations: (r.observations ?? []) as Observation[] });
  }
  await write(process.stdout, renderSideBySide(results));
  if (cmd.explain) {
    for (const r of results) {
      await write(process.stdout, `\n--- sys.getsizeof breakdowns (Python ${r.version}) ---\n`);
      await write(process.stdout, renderObservations(r.observations));
    }
  }
  return results.some((r) => r.error !== null) ? 1 : 0;
}

async function commandBatch(cmd: Extract<Command, { kind: "batch" }>, makePool: () => SimulatorPool): Promise<number> {
  checkVersion(cmd.python);
  const input = (await readStdin()).replace(/^\ufeff/, "");
  const items = input
    .split("\n")
    .map((raw, i) => ({ line: raw.replace(/\r$/, ""), lineNo: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, lineNo }) => parseBatchLine(line, lineNo));

  // Programs are independent: a few workers share them, and answers are written in input order as soon
  // as every earlier one is known.
  const answers: (string | undefined)[] = new Array(items.length);
  let nextToRun = 0;
  let nextToWrite = 0;
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    let chunk = "";
    while (nextToWrite < items.length && answers[nextToWrite] !== undefined) {
      chunk += answers[nextToWrite] + "\n";
      answers[nextToWrite++] = "";
    }
    if (chunk) writing = writing.then(() => write(process.stdout, chunk));
  };
  const pools = Array.from({ length: Math.max(1, Math.min(cmd.jobs, items.length)) }, makePool);
  try {
    await Promise.all(
      pools.map(async (pool) => {
        while (nextToRun < items.length) {
          const i = nextToRun++;
          const item = items[i]!;
          let output;
          if (item.ok) {
            const r = await pool.run(item.source, cmd.python, cmd.maxSteps);
            output = { id: item.id, stdout: r.stdout, error: r.error };
          } else {
            output = item.output;
          }
          answers[i] = JSON.stringify(output);
          if (i === nextToWrite) flush();
        }
      }),
    );
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
  flush();
  await writing;
  return 0;
}

async function main(argv: string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await write(process.stderr, `pysize: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (cmd.kind === "help") {
    await write(process.stdout, USAGE);
    return 0;
  }
  const timeoutMs = cmd.kind === "batch" ? cmd.timeoutMs : 30_000;
  const makePool = () => new SimulatorPool(SELF, WORKER_EXEC_ARGV, timeoutMs);
  try {
    if (cmd.kind === "batch") return await commandBatch(cmd, makePool);
    const pool = makePool();
    try {
      return await commandRun(cmd, pool);
    } finally {
      await pool.close();
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    await write(process.stderr, `pysize: ${err.message}\n\n${USAGE}`);
    return 2;
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === "pysize-worker") {
  serveWorker();
} else {
  // A closed pipe (`pysize batch ... | head`) is not an error worth a stack trace.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`pysize: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
