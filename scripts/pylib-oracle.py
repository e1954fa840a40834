#!/usr/bin/env python3
"""Oracle for lib/simulator/pylib: asks every real CPython (pyenv builds) for the truth.

  python3 scripts/pylib-oracle.py            -> tests/unit/simulator/pylib/oracle.json
  python3 scripts/pylib-oracle.py --unicode  -> lib/simulator/pylib/unicode-data.ts
  python3 scripts/pylib-oracle.py --unicode-check   (every code point vs every CPython; slow)

Stdlib only. The interpreters are called directly, never through the pyenv shim.
The test cases live in tests/unit/simulator/pylib/cases.py (groups of argument
tuples + the Python expression that evaluates them); each version writes its
results and this script merges them (one value when all versions agree).
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSIONS = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]
CASES = os.path.join(ROOT, "tests", "unit", "simulator", "pylib", "cases.py")
ORACLE = os.path.join(ROOT, "tests", "unit", "simulator", "pylib", "oracle.json")
UNICODE_TS = os.path.join(ROOT, "lib", "simulator", "pylib", "unicode-data.ts")


def binary(v):
    return "/root/.pyenv/versions/%s/bin/python" % v


def run_child(v, code, *args):
    out = subprocess.run([binary(v), "-c", code] + list(args), check=True, stdout=subprocess.PIPE)
    return json.loads(out.stdout.decode("utf-8"))


# ## Unicode tables

ASSIGNED_CODE = r"""
import json, sys, unicodedata
ranges = []
start = None
for cp in range(0x110000):
    a = unicodedata.category(chr(cp)) != 'Cn'
    if a and start is None: start = cp
    if not a and start is not None:
        ranges.append([start, cp - 1]); start = None
if start is not None: ranges.append([start, 0x10ffff])
print(json.dumps({"unicode": unicodedata.unidata_version, "assigned": ranges}))
"""

PROPS_CODE = r"""
import json, unicodedata
props = {k: [] for k in ["printable", "alpha", "decimal", "digit", "numeric", "space", "lower", "upper", "title", "xidStart", "xidContinue"]}
open_ = {}
def flag(name, cp, on):
    if on:
        if name not in open_: open_[name] = cp
    elif name in open_:
        props[name].append([open_.pop(name), cp - 1])
title_map = []; fold_map = []; upper_map = []; lower_map = []
for cp in range(0x110000):
    c = chr(cp)
    cat = unicodedata.category(c)
    flag("printable", cp, c.isprintable())
    flag("alpha", cp, c.isalpha())
    flag("decimal", cp, c.isdecimal())
    flag("digit", cp, c.isdigit())
    flag("numeric", cp, c.isnumeric())
    flag("space", cp, c.isspace())
    flag("lower", cp, c.islower())
    flag("upper", cp, c.isupper())
    flag("title", cp, c.istitle() and not c.isupper())
    flag("xidStart", cp, c.isidentifier())
    flag("xidContinue", cp, ("a" + c).isidentifier())
    if cat == "Cn" or cat == "Cs":
        continue
    if c.title() != c.upper(): title_map.append([cp, c.title()])
    if c.casefold() != c.lower(): fold_map.append([cp, c.casefold()])
    upper_map.append([cp, c.upper()]) if c.upper() != c else None
    lower_map.append([cp, c.lower()]) if c.lower() != c else None
for name, s in list(open_.items()):
    props[name].append([s, 0x10ffff])
dec = []
for cp in range(0x110000):
    c = chr(cp)
    if c.isdecimal() and unicodedata.decimal(c) == 0: dec.append(cp)
print(json.dumps({"props": props, "title": title_map, "fold": fold_map, "upper": upper_map, "lower": lower_map, "zeros": dec}))
"""


def flat(ranges):
    out = []
    for a, b in ranges:
        out += [a, b]
    return out


def runs(mapping):
    """Compress single-char mappings cp -> cp+delta into [start, count, step, delta] runs."""
    single = [(cp, ord(t) - cp) for cp, t in mapping if len(t) == 1]
    multi = [[cp, t] for cp, t in mapping if len(t) != 1]
    out = []
    i = 0
    while i < len(single):
        cp, d = single[i]
        best = (1, 1)
        for step in (1, 2):
            n = 1
            while i + n < len(single) and single[i + n] == (cp + step * n, d):
                n += 1
            if n > best[0]:
                best = (n, step)
        out += [cp, best[0], best[1], d]
        i += best[0]
    return out, multi


def expand(ranges):
    out = set()
    for a, b in ranges:
        out.update(range(a, b + 1))
    return out


def to_ranges(cps):
    out = []
    for cp in sorted(cps):
        if out and out[-1][1] == cp - 1:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def gen_unicode():
    per_version = {int(v.split(".")[1]): run_child(v, PROPS_CODE) for v in VERSIONS}
    base = per_version[13]
    since = []  # [start, end, minor]: first minor version in which the range is assigned
    assigned = {}
    for v in VERSIONS:
        r = run_child(v, ASSIGNED_CODE)
        assigned[int(v.split(".")[1])] = (r["unicode"], r["assigned"])
    # Per code point: smallest minor in which it is assigned (99 = not in 3.13).
    first = bytearray([99]) * 0x110000
    for minor in sorted(assigned, reverse=True):
        for a, b in assigned[minor][1]:
            first[a : b + 1] = bytes([minor]) * (b - a + 1)
    cur = None
    for cp in range(0x110000):
        m = first[cp]
        if m != 6 and m != 99:
            if cur and cur[2] == m and cur[1] == cp - 1:
                cur[1] = cp
            else:
                cur = [cp, cp, m]
                since.append(cur)
        else:
            cur = None
    # Per-version corrections: where a version's property differs from
    # "3.13 property and assigned in that version" (Unicode changed an existing character).
    deltas = {}
    map_overrides = {}
    base_sets = {name: expand(r) for name, r in base["props"].items()}
    for minor in sorted(per_version):
        if minor == 13:
            continue
        assigned_v = expand(assigned[minor][1])
        d = {}
        for name, r in per_version[minor]["props"].items():
            have = expand(r)
            predicted = {cp for cp in base_sets[name] if cp in assigned_v or cp < 0x370}
            diff = have ^ predicted
            if diff:
                d[name] = flat(to_ranges(diff))
        if d:
            deltas[minor] = d
        mo = {}
        for name in ("upper", "lower", "title", "fold"):
            base_map = dict((cp, t) for cp, t in base[name])
            ver_map = dict((cp, t) for cp, t in per_version[minor][name])
            diff = []
            for cp in set(base_map) | set(ver_map):
                predicted = base_map.get(cp) if (cp in assigned_v or cp < 0x370) else None
                if name == "title" and predicted is None and cp in base_map and not (cp in assigned_v or cp < 0x370):
                    predicted = None
                actual = ver_map.get(cp)
                if predicted != actual:
                    diff.append([cp, actual if actual is not None else chr(cp)])
            if diff:
                mo[name] = sorted(diff)
        if mo:
            map_overrides[minor] = mo
    lines = [
        "/**",
        " * Unicode tables for pylib, generated from CPython 3.13.0's unicodedata by",
        " * `python3 scripts/pylib-oracle.py --unicode`. Do not edit by hand.",
        " *",
        " * Ranges are flat [start, end, start, end, ...] arrays of code points (inclusive).",
        " * Unicode versions: " + ", ".join("3.%d=%s" % (m, assigned[m][0]) for m in sorted(assigned)) + ".",
        " */",
        "",
    ]
    for name, ranges in base["props"].items():
        lines.append("export const %s_RANGES: readonly number[] = %s;" % (snake(name), json.dumps(flat(ranges), separators=(",", ":"))))
    lines.append("/** Code points of decimal digit zero (each starts a run of ten digits). */")
    lines.append("export const DECIMAL_ZEROS: readonly number[] = %s;" % json.dumps(base["zeros"], separators=(",", ":")))
    lines.append("/** [start, end, minor]: assigned from 3.<minor> on (absent: assigned in 3.6 or unassigned in 3.13). */")
    lines.append("export const ASSIGNED_SINCE: readonly number[] = %s;" % json.dumps(flat_since(since), separators=(",", ":")))
    for name in ("upper", "lower", "title", "fold"):
        r, multi = runs(base[name])
        lines.append("/** %s mapping: [start, count, step, delta] runs of single-char mappings. */" % name)
        lines.append("export const %s_RUNS: readonly number[] = %s;" % (name.upper(), json.dumps(r, separators=(",", ":"))))
        lines.append("export const %s_MULTI: readonly (readonly [number, string])[] = %s;" % (name.upper(), json.dumps(multi, ensure_ascii=True, separators=(",", ":"))))
    lines.append("/** Per-version property corrections: code point ranges whose value is flipped relative to the 3.13 tables. */")
    lines.append("export const PROP_DELTAS: Readonly<Record<number, Readonly<Record<string, readonly number[]>>>> = %s;" % json.dumps(deltas, separators=(",", ":")))
    lines.append("/** Per-version case mapping overrides [code point, mapping] relative to the 3.13 tables. */")
    lines.append("export const MAP_OVERRIDES: Readonly<Record<number, Readonly<Record<string, readonly (readonly [number, string])[]>>>> = %s;" % json.dumps(map_overrides, ensure_ascii=True, separators=(",", ":")))
    with open(UNICODE_TS, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", UNICODE_TS)


def snake(name):
    out = ""
    for ch in name:
        out += "_" + ch if ch.isupper() else ch.upper()
    return out


def flat_since(since):
    out = []
    for a, b, m in since:
        out += [a, b, m]
    return out


# ## Exhaustive Unicode check

DUMP_CODE = r"""
import json, sys
props = {"printable": str.isprintable, "alpha": str.isalpha, "decimal": str.isdecimal, "digit": str.isdigit, "numeric": str.isnumeric,
         "space": str.isspace, "lower": str.islower, "upper": str.isupper, "idstart": str.isidentifier,
         "idcont": lambda c: ("a" + c).isidentifier(), "up": lambda c: c.upper() != c, "lo": lambda c: c.lower() != c,
         "ti": lambda c: c.title() != c, "cf": lambda c: c.casefold() != c}
out = {}
for name, f in props.items():
    r = []; start = None
    for cp in range(0x110000):
        v = f(chr(cp))
        if v and start is None: start = cp
        if not v and start is not None: r.append([start, cp - 1]); start = None
    if start is not None: r.append([start, 0x10ffff])
    out[name] = r
# full mappings for assigned chars where mapping differs
maps = {}
for name, f in [("upper", str.upper), ("lower", str.lower), ("title", str.title), ("casefold", str.casefold)]:
    maps[name] = {cp: f(chr(cp)) for cp in range(0x110000) if f(chr(cp)) != chr(cp) and not 0xd800 <= cp <= 0xdfff}
out["maps"] = maps
json.dump(out, sys.stdout)
"""


def check_unicode():
    import tempfile
    tmp = tempfile.mkdtemp(prefix="pylib-unicode-")
    for v in VERSIONS:
        with open(os.path.join(tmp, v + ".json"), "wb") as f:
            f.write(subprocess.run([binary(v), "-c", DUMP_CODE], check=True, stdout=subprocess.PIPE).stdout)
    checker = os.path.join(ROOT, "tests", "unit", "simulator", "pylib", "unicode-exhaustive.check.ts")
    rc = subprocess.run(["npx", "tsx", checker, tmp] + VERSIONS, cwd=ROOT).returncode
    sys.exit(rc)


# ## Test oracle

def gen_oracle():
    results = {}
    for v in VERSIONS:
        out = subprocess.run([binary(v), CASES], check=True, stdout=subprocess.PIPE)
        results[v] = json.loads(out.stdout.decode("utf-8"))
    groups = {}
    first = results[VERSIONS[0]]
    for group, cases in first.items():
        merged = []
        for i, case in enumerate(cases):
            for v in VERSIONS:
                if results[v][group][i]["args"] != case["args"]:
                    raise SystemExit("case arguments differ between versions: %s #%d" % (group, i))
            per = {v: results[v][group][i]["out"] for v in VERSIONS}
            vals = list(per.values())
            entry = {"args": case["args"]}
            if all(x == vals[0] for x in vals):
                entry["out"] = vals[0]
            else:
                entry["byVersion"] = {v.rsplit(".", 1)[0]: per[v] for v in VERSIONS}
            merged.append(entry)
        groups[group] = merged
    with open(ORACLE, "w") as f:
        json.dump(groups, f, ensure_ascii=True, indent=0, separators=(",", ":"))
        f.write("\n")
    print("wrote", ORACLE, sum(len(c) for c in groups.values()), "cases")


if __name__ == "__main__":
    if "--unicode-check" in sys.argv:
        check_unicode()
    elif "--unicode" in sys.argv:
        gen_unicode()
    else:
        gen_oracle()
