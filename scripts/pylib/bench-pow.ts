// Micro-benchmark of float `**` in pylib: ns per call, median of 15 runs of 20,000 calls each.
// Usage: tsx scripts/pylib/bench-pow.ts [path/to/other/pylib/numbers.ts]   (the second column
// times another floatPow, e.g. an older pylib checked out elsewhere, for comparison)
import { floatPow } from "../../lib/simulator/pylib/numbers";

type Pow = (x: number, y: number) => unknown;

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

function inputs(kind: string): Float64Array {
  const rnd = lcg(42);
  const a = new Float64Array(40000);
  for (let i = 0; i < 20000; i++) {
    a[2 * i] = rnd() * 100 + 0.001;
    a[2 * i + 1] = kind === "fractional" ? (rnd() - 0.5) * 6 : kind === "integer" ? Math.floor((rnd() - 0.5) * 20) || 2 : 0.5;
  }
  return a;
}

function time(f: Pow, xs: Float64Array): number {
  const runs: number[] = [];
  let sink = 0;
  for (let r = 0; r < 15; r++) {
    const t = performance.now();
    for (let i = 0; i < xs.length; i += 2) {
      const v = f(xs[i]!, xs[i + 1]!);
      if (typeof v === "number") sink += v;
    }
    runs.push(((performance.now() - t) * 1e6) / (xs.length / 2));
  }
  if (sink === 42) process.stdout.write("");
  runs.sort((p, q) => p - q);
  return runs[7]!;
}

async function main(): Promise<void> {
  const other = process.argv[2] ? ((await import(process.argv[2])) as { floatPow: Pow }).floatPow : null;
  for (const kind of ["fractional", "integer", "half"]) {
    const xs = inputs(kind);
    time(floatPow, xs); // warm-up
    if (other) time(other, xs);
    const cur = time(floatPow, xs);
    const cmp = other ? `  other ${time(other, xs).toFixed(0)} ns` : "";
    const v8 = time(Math.pow, xs);
    process.stdout.write(`${kind.padEnd(10)} pylib ${cur.toFixed(0)} ns/call${cmp}  (Math.pow ${v8.toFixed(0)} ns)\n`);
  }
}

void main();
