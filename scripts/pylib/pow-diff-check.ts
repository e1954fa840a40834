// Compares pylib's floatPow with CPython's results; driven by scripts/pylib/pow-diff.py.
// Usage: tsx scripts/pylib/pow-diff-check.ts <pairs.bin> <results.bin> [pow|abs|rawpow|rawhypot]
// (raw*: glibcPow / glibcHypot against the C library's results, every NaN counted equal)
import { readFileSync } from "node:fs";
import { complexAbs, floatPow, glibcHypot, glibcPow, PyLibError } from "../../lib/simulator/pylib";

const op = process.argv[4] ?? "pow";
const overflowMessage = op === "abs" ? "absolute value too large" : "(34, 'Numerical result out of range')";

const pairs = new Float64Array(new Uint8Array(readFileSync(process.argv[2]!)).buffer);
const res = readFileSync(process.argv[3]!);
const n = pairs.length / 2;
const bits = (x: number) => Buffer.from(new Float64Array([x]).buffer).readBigUInt64LE().toString(16).padStart(16, "0");
let floatCases = 0;
let floatBad = 0;
let complexCases = 0;
let complexBad = 0;
const samples: string[] = [];
const started = performance.now();
for (let i = 0; i < n; i++) {
  const x = pairs[2 * i]!;
  const y = pairs[2 * i + 1]!;
  const kind = res.readUInt8(17 * i);
  const re = res.readDoubleLE(17 * i + 1);
  const im = res.readDoubleLE(17 * i + 9);
  let got: string;
  if (op === "rawpow" || op === "rawhypot") {
    const r = op === "rawpow" ? glibcPow(x, y) : glibcHypot(x, y);
    got = `0 ${Number.isNaN(r) && Number.isNaN(re) ? bits(re) : bits(r)}`;
  } else try {
    const r = op === "abs" ? complexAbs({ re: x, im: y }) : floatPow(x, y);
    got = typeof r === "number" ? `0 ${bits(r)}` : `3 ${bits(r.re)} ${bits(r.im)}`;
  } catch (e) {
    if (!(e instanceof PyLibError)) throw e;
    got = e.pyType === "OverflowError" && e.message === overflowMessage ? "1" : e.pyType === "ZeroDivisionError" ? "2" : `9 ${e.pyType}`;
  }
  const want = kind === 0 ? `0 ${bits(re)}` : kind === 3 ? `3 ${bits(re)} ${bits(im)}` : `${kind}`;
  const ok = got === want;
  if (kind === 3) {
    complexCases++;
    if (!ok) complexBad++;
  } else {
    floatCases++;
    if (!ok) {
      floatBad++;
      if (samples.length < 20) samples.push(`x=${x} y=${y} (x ${bits(x)} y ${bits(y)}): want ${want} got ${got}`);
    }
  }
}
const secs = (performance.now() - started) / 1000;
process.stdout.write(
  `float results: ${floatCases} compared, ${floatBad} mismatches\n` +
    `complex results (negative base, fractional exponent; not in the float count): ${complexCases} compared, ${complexBad} mismatches\n` +
    `pylib time ${secs.toFixed(1)} s\n` +
    samples.join("\n") + (samples.length ? "\n" : ""),
);
process.exit(floatBad === 0 ? 0 : 1);
