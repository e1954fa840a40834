"""Measure hash() of random str and bytes values on every real CPython with PYTHONHASHSEED=0.

    python3 scripts/golden/measure-hashes.py [--per-length N] [--seed S] [--out FILE]

Generates N random values for every length 0..100 of four families (Latin-1 str incl. ASCII, BMP str
incl. lone surrogates, astral str, bytes), runs `hash()` over all of them in each interpreter found
under $(pyenv root)/versions (PYTHONHASHSEED=0, fixed secret), checks that interpreters reporting the
same sys.hash_info.algorithm agree, and writes
  {"versions": {"3.6.15": "siphash24", ...}, "values": [{"kind", "str" | "bytes" (hex)}...],
   "hashes": {"siphash24": ["<decimal>", ...], "siphash13": [...]},  (decimal strings: 64-bit values)
   "other": {"3.6.15": {"hash(True)": "1", ...}}}  (hash() of None, numbers, tuples, frozensets)
The default output is the fixture of tests/unit/simulator/pylib/siphash.test.ts.
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

VERSIONS = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]
PYENV = os.environ.get("PYENV_ROOT", "/root/.pyenv") + "/versions"
OUT = "tests/unit/simulator/pylib/siphash-oracle.json"

CHILD = r"""
import json, sys
assert sys.flags.hash_randomization == 0 or hash("abc") in (4596069200710135518, -4594863902769663758)
vals = json.load(open(sys.argv[1], encoding="utf-8"))
out = []
for v in vals:
    out.append(str(hash(v["str"]) if "str" in v else hash(bytes.fromhex(v["bytes"]))))
exprs = json.load(open(sys.argv[2], encoding="utf-8"))
other = [str(eval(e)) for e in exprs]
print(json.dumps({"algorithm": sys.hash_info.algorithm, "cutoff": sys.hash_info.cutoff, "hashes": out, "other": other}))
"""


# hash() of other values, per version (the simulator's hash.ts and pylib/numbers.ts); hash(None) is its
# address before 3.12 (nondeterministic), a constant from 3.12 on.
OTHER = [
    "hash(None) if sys.version_info >= (3, 12) else 0", "hash(True)", "hash(False)", "hash(-1)", "hash(-2)",
    "hash(2**61 - 1)", "hash(2**61)", "hash(-2**63)", "hash(10**30)", "hash(1.5)", "hash(-0.0)", "hash(1e300)",
    "hash(float('inf'))", "hash(complex(1, 2))", "hash(())", "hash((1, 2))", "hash((1, 'a', b'b'))",
    "hash(((1, 2), ('x', 'y')))", "hash((-1,))", "hash(frozenset())", "hash(frozenset({1, 2}))",
    "hash(frozenset({'a', 'b', 'c'}))", "hash(frozenset({frozenset({1}), 2}))", "hash(frozenset(range(100)))",
    "hash(frozenset({(1, 'x'), b'y', 2.5}))", "hash('\\u20ac\\U0001f600')", "hash(b'\\xff' * 33)",
]


def rand_char(rng, kind):
    if kind == "latin1":
        # mostly ASCII, some Latin-1 (0x80-0xff) so both compact-ASCII and UCS1 strings occur
        return chr(rng.randrange(0, 0x80) if rng.random() < 0.6 else rng.randrange(0x80, 0x100))
    if kind == "bmp":
        r = rng.random()
        if r < 0.3:
            return chr(rng.randrange(0, 0x100))
        if r < 0.35:
            return chr(rng.randrange(0xDC00, 0xE000))  # lone low surrogate (never after a high one)
        return chr(rng.choice([rng.randrange(0x100, 0xD800), rng.randrange(0xE000, 0x10000)]))
    r = rng.random()
    if r < 0.5:
        return chr(rng.randrange(0x10000, 0x110000))
    return chr(rng.randrange(0, 0xD800))


def make_value(rng, kind, length):
    if kind == "bytes":
        return {"kind": kind, "bytes": bytes(rng.randrange(256) for _ in range(length)).hex()}
    chars = [rand_char(rng, kind) for _ in range(length)]
    # force the intended PEP 393 kind: one char of that width (when the length allows)
    if length and kind == "bmp" and max(map(ord, chars)) < 0x100:
        chars[rng.randrange(length)] = chr(rng.randrange(0x100, 0xD800))
    if length and kind == "astral" and max(map(ord, chars)) < 0x10000:
        chars[rng.randrange(length)] = chr(rng.randrange(0x10000, 0x110000))
    return {"kind": kind, "str": "".join(chars)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--per-length", type=int, default=2)
    ap.add_argument("--seed", type=int, default=393)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    values = [make_value(rng, kind, n) for kind in ("latin1", "bmp", "astral", "bytes")
              for n in range(101) for _ in range(args.per_length)]
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(values, f, ensure_ascii=True)
        path = f.name
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
        json.dump(OTHER, f)
        other_path = f.name
    other = {}
    env = dict(os.environ, PYTHONHASHSEED="0")
    versions = {}
    hashes = {}
    for v in VERSIONS:
        py = os.path.join(PYENV, v, "bin", "python")
        if not os.path.exists(py):
            sys.stderr.write("skip %s: not found\n" % v)
            continue
        res = json.loads(subprocess.run([py, "-c", CHILD, path, other_path], env=env, check=True,
                                        stdout=subprocess.PIPE).stdout)
        assert res["cutoff"] == 0, (v, res["cutoff"])
        alg = res["algorithm"]
        versions[v] = alg
        if alg in hashes:
            diff = sum(a != b for a, b in zip(hashes[alg], res["hashes"]))
            assert diff == 0, "%s disagrees with other %s interpreters on %d values" % (v, alg, diff)
        else:
            hashes[alg] = res["hashes"]
        other[v] = dict(zip(OTHER, res["other"]))
        sys.stderr.write("%s: %s, %d values\n" % (v, alg, len(res["hashes"])))
    os.unlink(path)
    os.unlink(other_path)
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump({"versions": versions, "values": values, "hashes": hashes, "other": other}, f, ensure_ascii=True)  # lone surrogates need \u escapes
        f.write("\n")


if __name__ == "__main__":
    main()
