#!/usr/bin/env python3
"""Differential test of pylib's float `**` (lib/simulator/pylib/libm.ts) against real CPython.

  python3 scripts/pylib/pow-diff.py [--count N] [--seed S]
      N random (x, y) pairs (default 1,000,000) from the distributions below, evaluated by every
      pyenv CPython present (they must agree: all call the same glibc pow), then by pylib's
      floatPow through scripts/pylib/pow-diff-check.ts. Prints the mismatch count; exit 1 if any.
  python3 scripts/pylib/pow-diff.py --abs [--count N]
      the same for abs(complex(x, y)), which is glibc's hypot (pylib: glibcHypot).
  python3 scripts/pylib/pow-diff.py --raw [--count N]
      glibcPow and glibcHypot against the C library's own pow and hypot (through ctypes) on raw
      pairs: random bits, zeros, infinities, NaN, negative bases, subnormals; the cases CPython
      filters out before calling pow included.
  python3 scripts/pylib/pow-diff.py --fixture
      writes tests/unit/simulator/pylib-pow.jsonl (3,000 `**` pairs and 4,000 `abs` pairs, seed 2025)
      for the unit test.

Negative bases with a non-integral exponent give a complex result through complex pow, which also
needs hypot/atan2/exp/log/sin/cos; they are reported apart ("complex"), not counted in the float diff.
Stdlib only; interpreters that are absent are skipped.
"""
import json
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VERSIONS = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]
FIXTURE = os.path.join(ROOT, "tests", "unit", "simulator", "pylib-pow.jsonl")
CHECKER = os.path.join(ROOT, "scripts", "pylib", "pow-diff-check.ts")


def interpreters():
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found = []
    for v in VERSIONS:
        b = os.path.join(root, "versions", v, "bin", "python")
        if os.path.exists(b):
            found.append((v, b))
    return found


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def wide(rng):
    """Positive double with a log-uniform magnitude over the whole range, subnormals included."""
    while True:
        x = from_bits(rng.getrandbits(63))
        if math.isfinite(x) and x > 0:
            return x


def gen(rng):
    kind = rng.randrange(12)
    if kind == 0:  # random bits x, moderate y
        return wide(rng), rng.uniform(-8, 8)
    if kind == 1:  # any magnitudes
        return wide(rng), rng.choice([-1, 1]) * 2.0 ** rng.uniform(-70, 12)
    if kind == 2:  # x near 1, large y
        if rng.random() < 0.5:
            x = 1.0 + rng.choice([-1, 1]) * rng.randrange(1, 1 << 20) * 2.0 ** -52
        else:
            x = 1.0 + rng.uniform(-1e-3, 1e-3)
        return x, rng.choice([-1, 1]) * 2.0 ** rng.uniform(0, 62)
    if kind == 3:  # common exponents
        y = rng.choice([0.5, 1.0, 2.0, 3.0, -1.0, -0.5, -2.0, 1.5, -1.5, 0.25, 1 / 3, -1 / 3, 0.1])
        return wide(rng) if rng.random() < 0.5 else rng.uniform(0, 100), y
    if kind == 4:  # integral and half-integral exponents
        y = float(rng.randrange(-1100, 1101))
        if rng.random() < 0.3:
            y += 0.5
        x = wide(rng) if rng.random() < 0.3 else 2.0 ** rng.uniform(-30, 30)
        return x, y
    if kind == 5:  # integer-valued bases (the golden case is 3.150117782023164e16 ** 0.5)
        x = float(rng.randrange(2, 1 << rng.randrange(2, 64)))
        return x, rng.choice([0.5, 1 / 3, 2.0, 3.0, -0.5, 0.25, float(rng.randrange(-40, 41))])
    if kind == 6:  # results near overflow, the subnormal range and underflow
        x = wide(rng)
        while x == 1.0:
            x = wide(rng)
        target = rng.choice([1024.0, -1022.0, -1074.0, -1075.0]) + rng.uniform(-3, 3)
        return x, target / math.log2(x)
    if kind == 7:  # subnormal x
        x = rng.randrange(1, 1 << 52) * 2.0 ** -1074
        return x, rng.choice([rng.uniform(0.01, 1.2), -rng.uniform(0.001, 0.3), 0.5, 1.0])
    if kind == 8:  # negative x, integral y
        return -wide(rng) if rng.random() < 0.5 else -rng.uniform(0, 10), float(rng.randrange(-400, 401))
    if kind == 9:  # |y| < 2^-65 or >= 2^63
        e = rng.uniform(-80, -60) if rng.random() < 0.5 else rng.uniform(60, 70)
        return wide(rng), rng.choice([-1, 1]) * 2.0 ** e
    if kind == 10:  # huge and tiny x, y around +-1
        x = 2.0 ** rng.uniform(-1074, -1000) if rng.random() < 0.5 else 2.0 ** rng.uniform(1000, 1023.9)
        return x, rng.choice([-1, 1]) * rng.uniform(0.5, 1.5)
    # negative x, non-integral y: complex result
    return -rng.uniform(0, 10), rng.uniform(-5, 5)


# Always in the fixture: golden program float_fuzz-0025, then edges of glibc's special paths.
FIXED = [
    (3.150117782023164e16, 0.5),
    (2.0, 0.5), (10.0, -2.0), (0.5, 1074.0), (0.5, 1075.0), (2.0, 1023.9999), (2.0, 1024.0),
    (5e-324, 0.5), (1e-310, 1.01), (-2.0, 3.0), (-2.0, -1075.0), (1.0000000000000002, 2.0 ** 62),
    (3.0, 2.0 ** -66), (0.3, -(2.0 ** -70)), (1.7976931348623157e308, 1.0), (2.2250738585072014e-308, -1.0),
]

def gen_abs(rng):
    """Operands of abs(complex(x, y)), i.e. hypot(x, y)."""
    kind = rng.randrange(4)
    if kind == 0:
        x, y = wide(rng), wide(rng)
    elif kind == 1:
        x, y = rng.uniform(-10, 10) * 2.0 ** rng.randrange(-40, 41), rng.uniform(-10, 10) * 2.0 ** rng.randrange(-40, 41)
    elif kind == 2:  # close magnitudes anywhere in the range, near the scaling thresholds too
        e = rng.randrange(-1074, 1020)
        x = rng.uniform(0.5, 2) * 2.0 ** e
        y = x * rng.uniform(0.3, 3) * 2.0 ** rng.randrange(-30, 31)
        if not math.isfinite(y):
            y = x
    else:
        x = rng.uniform(-100, 100)
        y = x * rng.uniform(0.5, 2)
    return rng.choice([-1, 1]) * x, rng.choice([-1, 1]) * y


EVAL = r"""
import struct, sys
data = open(sys.argv[1], 'rb').read()
op_abs = sys.argv[3] == 'abs'
n = len(data) // 16
out = bytearray()
for i in range(n):
    x, y = struct.unpack_from('<dd', data, 16 * i)
    try:
        r = abs(complex(x, y)) if op_abs else x ** y
        if isinstance(r, complex):
            out += struct.pack('<Bdd', 3, r.real, r.imag)
        else:
            out += struct.pack('<Bdd', 0, r, 0.0)
    except OverflowError as e:
        msg = "absolute value too large" if op_abs else "(34, 'Numerical result out of range')"
        out += struct.pack('<Bdd', 1 if str(e) == msg else 9, 0.0, 0.0)
    except ZeroDivisionError:
        out += struct.pack('<Bdd', 2, 0.0, 0.0)
open(sys.argv[2], 'wb').write(out)
"""


def evaluate(pairs_path, pythons, tmp, op):
    outs = []
    for v, b in pythons:
        out = os.path.join(tmp, "res-%s.bin" % v)
        subprocess.run([b, "-c", EVAL, pairs_path, out, op], check=True)
        outs.append((v, open(out, "rb").read()))
    first = outs[0][1]
    for v, o in outs[1:]:
        if o != first:
            sys.exit("CPython %s disagrees with %s: the interpreters do not share one libm?" % (v, outs[0][0]))
    return outs[0]


SPECIALS = [0.0, -0.0, 1.0, -1.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.0, -2.0, 0.5, -0.5,
            3.0, -3.0, 1e308, 2.0 ** 63, -(2.0 ** 63), 2.0 ** -66, 2.0 ** 53 + 2, 1.5, -1.5]


def raw_operand(rng):
    r = rng.random()
    if r < 0.2:
        return rng.choice(SPECIALS)
    if r < 0.5:
        x = from_bits(rng.getrandbits(64))
        # one quiet NaN: a signalling NaN's bits do not survive Python's float round trips reliably
        return math.nan if math.isnan(x) else x
    if r < 0.7:
        return float(rng.randrange(-50, 51))
    return rng.uniform(-10, 10) * 2.0 ** rng.randrange(-60, 61)


def raw(count, seed):
    import ctypes
    import ctypes.util

    libm = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    rc = 0
    for name in ["pow", "hypot"]:
        f = getattr(libm, name)
        f.restype = ctypes.c_double
        f.argtypes = [ctypes.c_double, ctypes.c_double]
        rng = random.Random(seed)
        with tempfile.TemporaryDirectory() as tmp:
            pairs_path = os.path.join(tmp, "pairs.bin")
            res_path = os.path.join(tmp, "res.bin")
            with open(pairs_path, "wb") as fp, open(res_path, "wb") as fr:
                for _ in range(count):
                    x, y = raw_operand(rng), raw_operand(rng)
                    fp.write(struct.pack("<dd", x, y))
                    fr.write(struct.pack("<Bdd", 0, f(x, y), 0.0))
            print("raw %s: %d pairs from the C library" % (name, count))
            rc = rc or subprocess.run(["npx", "tsx", CHECKER, pairs_path, res_path, "raw" + name], cwd=ROOT).returncode
    sys.exit(rc)


def main():
    args = sys.argv[1:]
    if "--raw" in args:
        raw(int(args[args.index("--count") + 1]) if "--count" in args else 500000, 21)
    fixture = "--fixture" in args
    count = int(args[args.index("--count") + 1]) if "--count" in args else (3000 if fixture else 1000000)
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 2025
    pythons = interpreters()
    if not pythons:
        print("no pyenv CPython found; nothing to compare")
        return
    ops = ["pow", "abs"] if fixture else ["abs" if "--abs" in args else "pow"]
    rows = []
    rc = 0
    for op in ops:
        rng = random.Random(seed)
        if op == "pow":
            pairs = (FIXED if fixture else []) + [gen(rng) for _ in range(count)]
        else:
            pairs = [gen_abs(rng) for _ in range(4000 if fixture else count)]
        with tempfile.TemporaryDirectory() as tmp:
            pairs_path = os.path.join(tmp, "pairs.bin")
            with open(pairs_path, "wb") as f:
                for x, y in pairs:
                    f.write(struct.pack("<dd", x, y))
            v, res = evaluate(pairs_path, pythons, tmp, op)
            print("%s: %d pairs, CPython %s agree" % (op, len(pairs), " ".join(p[0] for p in pythons)))
            if fixture:
                for i, (x, y) in enumerate(pairs):
                    k, re, im = struct.unpack_from("<Bdd", res, 17 * i)
                    if k == 0:
                        want = "f:%016x" % bits(re)
                    elif k == 3:
                        continue  # complex results: outside this fixture (see the module docstring)
                    else:
                        want = {1: "OverflowError", 2: "ZeroDivisionError", 9: "OverflowError(other)"}[k]
                    rows.append({"op": op, "x": "%016x" % bits(x), "y": "%016x" % bits(y), "want": want})
                continue
            res_path = os.path.join(tmp, "res.bin")
            open(res_path, "wb").write(res)
            rc = rc or subprocess.run(["npx", "tsx", CHECKER, pairs_path, res_path, op], cwd=ROOT).returncode
    if fixture:
        with open(FIXTURE, "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
        print("wrote %s (%d rows)" % (FIXTURE, len(rows)))
    sys.exit(rc)


if __name__ == "__main__":
    main()
