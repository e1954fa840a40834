#!/usr/bin/env python3
"""Measure sys.getsizeof on real CPython for a grid of layout cases (lists, dicts, sets, strs, ints,
bytes/bytearray, instances) and write tests/unit/simulator/objects/measured/<category>.json.

Usage (stdlib only):
    python3 scripts/measure-layouts.py            # generate cases, run every pyenv interpreter found
    python3 scripts/measure-layouts.py --only lists,dicts

Each case is a small data-described scenario ("build" + "ops") that the TypeScript replay test
(tests/unit/simulator/objects/measured.test.ts) executes through the layout models. The case list is
generated ONCE by the interpreter running this script (deterministic seed), then every pyenv binary
(/root/.pyenv/versions/3.X.Y/bin/python, called directly; missing ones are skipped) measures the same
cases in "--measure CATEGORY" mode reading the cases as JSON on stdin.
"""
import json
import os
import random
import subprocess
import sys

ORACLES = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]
PYENV = "/root/.pyenv/versions/{}/bin/python"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("MEASURE_OUT") or os.path.join(HERE, "..", "tests", "unit", "simulator", "objects", "measured")
# MEASURE_SCALE=4 multiplies the random scenario counts (for local bug hunts; the committed grid uses 1)
SCALE = int(os.environ.get("MEASURE_SCALE", "1"))
SEED_SUFFIX = os.environ.get("MEASURE_SEED", "")

# ----------------------------------------------------------------------------------------------------
# Case generation (runs once, under the driver interpreter)
# ----------------------------------------------------------------------------------------------------

SRC_KINDS = ["list", "tuple", "range", "str", "bytes", "set", "frozenset", "dict", "dict_keys",
             "dict_values", "dict_items", "iter_list", "reversed", "gen", "map"]


def gen_lists(rng):
    cases = []
    for n in range(0, 41):
        cases.append({"build": ["display", n, "const"], "ops": []})
        cases.append({"build": ["display", n, "var"], "ops": []})
    for kind in SRC_KINDS:
        for n in list(range(0, 20)) + [24, 25, 31, 32, 33, 50, 100]:
            cases.append({"build": ["from", kind, n], "ops": []})
            if n % 3 == 0:
                cases.append({"build": ["sorted", kind, n], "ops": []})
                cases.append({"build": ["empty"], "ops": [["extend", kind, n]]})
    cases.append({"build": ["empty"], "ops": [["append"]] * 150})
    cases.append({"build": ["comp", 40], "ops": []})
    cases.append({"build": ["comp", 0], "ops": []})
    for n in (0, 1, 5, 9, 17, 100):
        cases.append({"build": ["repeat", n], "ops": []})
        cases.append({"build": ["concat", n, 3], "ops": []})
        cases.append({"build": ["slice", n, 2], "ops": []})
    cases.append({"build": ["comp", 100], "ops": [["pop"]] * 100})
    cases.append({"build": ["repeat", 100], "ops": [["pop"]] * 100})
    cases.append({"build": ["display", 1, "var"], "ops": [["pop"], ["extend", "range", 5]]})
    cases.append({"build": ["display", 1, "var"], "ops": [["clear"], ["extend", "range", 5]]})
    cases.append({"build": ["display", 5, "var"], "ops": [["pop"]] * 5 + [["extend", "range", 5]]})
    cases.append({"build": ["from", "gen", 0], "ops": [["extend", "range", 5]]})
    cases.append({"build": ["from", "gen", 0], "ops": [["delslice", 0, 9], ["extend", "range", 5]]})
    for n in (1, 2, 3, 5, 9, 31, 35):
        pattern = [["*", "list", n]]
        cases.append({"build": ["starred", pattern], "ops": []})
        cases.append({"build": ["starred", [["*", "list", n], ["*", "tuple", 3]]], "ops": []})
        cases.append({"build": ["starred", [["x"], ["*", "list", n]]], "ops": []})
        cases.append({"build": ["starred", [["x"], ["x"], ["*", "gen", n], ["x"]]], "ops": []})
        cases.append({"build": ["starred", [["*", "range", n]] + [["x"]] * 30], "ops": []})
    # str.split / rsplit / bytes.split / splitlines result lists
    for _ in range(250):
        pool = rng.choice([" x", "  xy", ",x", "ab,x", "\xe9 x"])
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        sep = rng.choice([None, None, ",", "ab", "x", ", "])
        maxsplit = rng.choice([-1, -1, -1, 0, 1, 3, 11, 12, 20])
        kind = rng.choice(["str", "str", "bytes", "rsplit"])
        n = len(text.split(sep, maxsplit))
        cases.append({"build": ["split", kind, text, sep, maxsplit, n], "ops": rng.choice([[], [["append"]], [["pop"]]]) if n else []})
    for n in range(0, 30):
        cases.append({"build": ["splitlines", n], "ops": []})
    # random mutation sequences
    op_names = ["append", "append", "append", "insert", "extend", "iadd", "pop", "pop0", "remove", "del0",
                "delslice", "delext", "setslice", "clear", "imul", "sort"]
    builds = [["empty"], ["display", 3, "const"], ["display", 7, "var"], ["from", "range", 10],
              ["from", "gen", 12], ["comp", 20], ["repeat", 30], ["sorted", "set", 6]]
    for i in range(500 * SCALE):
        ops = []
        for _ in range(rng.randint(1, 30)):
            op = rng.choice(op_names)
            if op in ("extend", "iadd"):
                ops.append([op, rng.choice(SRC_KINDS), rng.choice([0, 1, 2, 3, 5, 8, 13, 20, 40])])
            elif op == "delslice":
                a = rng.randint(0, 10)
                ops.append([op, a, a + rng.randint(0, 20)])
            elif op == "delext":
                ops.append([op, rng.randint(2, 4)])
            elif op == "setslice":
                a = rng.randint(0, 10)
                ops.append([op, a, a + rng.randint(0, 10), rng.randint(0, 15)])
            elif op == "imul":
                ops.append([op, rng.choice([0, 1, 2, 3])])
            else:
                ops.append([op])
        cases.append({"build": rng.choice(builds), "ops": ops})
    return cases


def rand_key(rng, strs):
    if strs is True or (strs is None and rng.random() < 0.5):
        return "k%d" % rng.randint(0, 60)
    return rng.randint(-5, 60)


def gen_dict_case(rng, depth=0):
    kind = rng.choice(["int", "str", "mixed"])
    strs = True if kind == "str" else False if kind == "int" else None
    n = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 15, 16, 17, 21, 22, 33, 34, 40])
    keys = [rand_key(rng, strs) for _ in range(n)]
    b = rng.choice(["empty_display", "call", "display", "display", "comp", "fromkeys", "kwargs", "pairs",
                    "dict_of", "unpack", "copy_of", "update_empty", "display_mixed"])
    if b in ("dict_of", "unpack", "copy_of", "update_empty", "display_mixed") and depth > 0:
        b = "display"
    if b == "display":
        build = ["display", keys]
    elif b == "comp":
        build = ["comp", keys]
    elif b == "fromkeys":
        build = ["fromkeys", rng.choice(["list", "set", "dict"]), keys]
    elif b == "kwargs":
        build = ["kwargs", ["k%d" % i for i in rng.sample(range(60), min(n, 40))]]
    elif b == "pairs":
        build = ["pairs", keys]
    elif b in ("dict_of", "unpack", "copy_of", "update_empty"):
        build = [b, gen_dict_case(rng, depth + 1)]
    elif b == "display_mixed":
        els = []
        for _ in range(rng.randint(1, 5)):
            if rng.random() < 0.4:
                els.append(["**", gen_dict_case(rng, depth + 1)])
            else:
                for _ in range(rng.randint(1, 6)):
                    els.append(["k", rand_key(rng, strs)])
        build = ["display_mixed", els]
    else:
        build = [b]
    ops = []
    if depth == 0:
        for _ in range(rng.randint(0, 25)):
            op = rng.choice(["set", "set", "set", "del", "pop", "popitem", "clear", "update", "setdefault", "copy"])
            if op in ("set", "setdefault"):
                ops.append([op, rand_key(rng, strs)])
            elif op in ("del", "pop"):
                ops.append([op, rand_key(rng, strs)])  # skipped when missing (both sides)
            elif op == "update":
                ops.append([op, gen_dict_case(rng, depth + 1)])
            else:
                ops.append([op])
    else:
        for _ in range(rng.randint(0, 4)):
            ops.append([rng.choice(["set", "del"]), rand_key(rng, strs)])
    return {"build": build, "ops": ops}


def gen_dicts(rng):
    cases = []
    for n in list(range(0, 45)) + [85, 86, 170, 171, 341, 342]:
        ints = list(range(n))
        strs = ["k%d" % i for i in range(n)]
        cases.append({"build": ["comp", ints], "ops": []})
        cases.append({"build": ["comp", strs], "ops": []})
        if n <= 44:
            cases.append({"build": ["display", ints], "ops": []})
            cases.append({"build": ["display", strs], "ops": []})
            cases.append({"build": ["kwargs", strs], "ops": []})
            for src in ("list", "set", "dict"):
                cases.append({"build": ["fromkeys", src, ints], "ops": []})
                cases.append({"build": ["fromkeys", src, strs], "ops": []})
            for b in ("dict_of", "unpack", "copy_of", "update_empty"):
                cases.append({"build": [b, {"build": ["comp", ints], "ops": []}], "ops": []})
    for n in (14, 15, 16, 17, 18, 19, 32, 33, 34, 35, 36, 50, 51, 52):
        cases.append({"build": ["display", ["k%d" % i for i in range(n)]], "ops": []})
        cases.append({"build": ["display", list(range(n))], "ops": []})
        cases.append({"build": ["display", ["k%d" % i if i % 5 else i for i in range(n)]], "ops": []})
        cases.append({"build": ["display", [i if i < 16 else "s%d" % i for i in range(n)]], "ops": []})
        cases.append({"build": ["display", ["k%d" % (i % 7) for i in range(n)]], "ops": []})
        cases.append({"build": ["display_mixed", [["k", "k%d" % i] for i in range(n)] + [["**", {"build": ["comp", list(range(100, 110))], "ops": []}]]], "ops": []})
        cases.append({"build": ["display_mixed", [["**", {"build": ["comp", ["z%d" % i for i in range(n)]], "ops": []}]] + [["k", i] for i in range(n)]], "ops": []})
    cases.append({"build": ["display", ["a", 2]], "ops": []})
    cases.append({"build": ["display", [2, "a"]], "ops": []})
    cases.append({"build": ["display", ["a", "b", "c", "d", "e", 6]], "ops": []})
    # popitem after deletions at the end / at the front, then clone-or-merge paths
    for keys in (["a", "b", "c"], [1, 2, 3], ["a", "b", "c", "d", "e", "f", "g"]):
        for dels in ([keys[-1]], [keys[0]], keys[-2:], keys[:2]):
            base = [["del", k] for k in dels] + [["popitem"]]
            cases.append({"build": ["comp", keys], "ops": base + [["copy"]]})
            cases.append({"build": ["update_empty", {"build": ["comp", keys], "ops": base}], "ops": []})
            cases.append({"build": ["unpack", {"build": ["comp", keys], "ops": base}], "ops": []})
    # sliding windows
    for w in (1, 2, 3, 5):
        ops = []
        for i in range(60):
            ops.append(["set", i])
            if i >= w:
                ops.append(["del", i - w])
        cases.append({"build": ["empty_display"], "ops": ops})
    for _ in range(900 * SCALE):
        cases.append(gen_dict_case(rng))
    return cases


def gen_sets(rng):
    cases = []
    for n in list(range(0, 45)) + [76, 77, 84, 85, 306, 307]:
        items = list(range(n))
        cases.append({"build": ["comp", items], "ops": []})
        if n <= 44:
            cases.append({"build": ["display", items, True], "ops": []})
            cases.append({"build": ["display", items, False], "ops": []})
            cases.append({"build": ["from_set", {"build": ["comp", items], "ops": []}], "ops": []})
            cases.append({"build": ["from_dict", items], "ops": []})
    for a, b in ((3, 4), (3, 10), (4, 2), (5, 1), (10, 20), (18, 40)):
        cases.append({"build": ["comp", list(range(a))], "ops": [["ior", {"build": ["comp", list(range(100, 100 + b))], "ops": []}]]})
    for _ in range(700 * SCALE):
        items = [rng.randint(-20, 80) for _ in range(rng.randint(0, 30))]
        b = rng.choice(["empty", "display_c", "display_v", "from_list", "comp", "from_dict", "frozen_from_list"])
        if b == "display_c":
            build = ["display", items, True]
        elif b == "display_v":
            build = ["display", items, False]
        elif b == "empty":
            build = ["empty"]
        else:
            build = [b, items]
        ops = []
        for _ in range(rng.randint(0, 25)):
            op = rng.choice(["add", "add", "add", "discard", "discard", "pop", "clear", "update_set", "update_list",
                             "ior", "isub", "iand", "ixor", "or", "and", "sub", "xor", "copy",
                             "union_list", "inter_list", "diff_list", "symdiff_list", "iand_list", "ixor_list", "isub_list"])
            if op in ("add", "discard"):
                ops.append([op, rng.randint(-20, 80)])
            elif op == "update_list" or op.endswith("_list"):
                ops.append([op, [rng.randint(-20, 80) for _ in range(rng.randint(0, 12))]])
            elif op in ("update_set", "ior", "isub", "iand", "ixor", "or", "and", "sub", "xor"):
                sub_items = [rng.randint(-20, 80) for _ in range(rng.randint(0, 25))]
                ops.append([op, {"build": ["from_list", sub_items], "ops": []}])
            else:
                ops.append([op])
        if b == "frozen_from_list":
            ops = [o for o in ops if o[0] in ("copy",)]
        cases.append({"build": build, "ops": ops})
    # starred set displays: plain items, *list, *set, *dict in source order
    for _ in range(60):
        els = []
        for _ in range(rng.randint(1, 6)):
            r = rng.random()
            items = [rng.randint(-20, 80) for _ in range(rng.randint(0, 12))]
            if r < 0.3:
                els.append(["x", rng.randint(-20, 80)])
            elif r < 0.55:
                els.append(["*list", items])
            elif r < 0.8:
                els.append(["*set", items])
            else:
                els.append(["*dict", items])
        cases.append({"build": ["starred", els], "ops": []})
    # str members, no removals (sizes only; order is hash-randomized)
    for n in (0, 1, 4, 5, 6, 18, 19, 30):
        cases.append({"build": ["strs", n], "ops": []})
    return cases


def gen_strs(rng):
    strs = []
    for n in list(range(0, 20)) + [31, 64, 100]:
        strs.append("a" * n)
        strs.append("\xe9" * n)
        strs.append("\u20ac" * n)
        strs.append("\U0001F600" * n)
    strs += ["a" * 10 + "\u20ac", "a" * 10 + "\U0001F600", "\x80", "\xff", "\xe9a", "a\xe9", "\u0100", "\x7f"]
    for _ in range(150):
        pool = rng.choice(["a", "ab\xe9", "a\u0101", "a\U00010000\xe9"])
        strs.append("".join(rng.choice(pool) for _ in range(rng.randint(0, 40))))
    out = [{"s": s} for s in strs]
    for s in ("", "ab", "\xe9\xe9", "\u20ac", "\U0001F600x", "a" * 50):
        out.append({"s": s, "subclass": True})
    # how a one-character Latin-1 string was made decides whether it is the shared singleton (3.12+)
    for src in ("\xe7", "\xc7", "a", "\xff", "\u0100"):
        for op in ("index", "slice", "chr", "upper", "lower", "swapcase", "replace", "join2", "fstring2", "strip", "format", "mul1",
                   "rev", "step2", "step1"):
            out.append({"s": src, "op": op})
    return out


def gen_ints(rng):
    vals = [0, 1, -1, 2, 255, 256, -256]
    for k in range(1, 320, 7):
        vals += [2 ** k - 1, 2 ** k, -(2 ** k)]
    vals += [10 ** 100, 2 ** 1000]
    cases = [{"v": str(v)} for v in vals]
    cases += [{"bool": True}, {"bool": False}, {"float": 1}, {"complex": 1}, {"none": 1}, {"range": 10}]
    return cases


def gen_bytes(rng):
    cases = []
    for n in list(range(0, 20)) + [100]:
        cases.append({"bytes": n})
        for b in ("from_bytes", "from_int", "from_list", "from_tuple", "from_range", "from_gen"):
            cases.append({"build": [b, n], "ops": []})
    cases.append({"build": ["empty", 0], "ops": [["append"]] * 60})
    for _ in range(300 * SCALE):
        ops = []
        for _ in range(rng.randint(1, 20)):
            op = rng.choice(["append", "append", "extend", "iadd", "pop", "del0", "delslice", "clear", "imul", "setslice"])
            if op in ("extend", "iadd"):
                ops.append([op, rng.randint(0, 30)])
            elif op == "delslice":
                a = rng.randint(0, 5)
                ops.append([op, a, a + rng.randint(0, 10)])
            elif op == "imul":
                ops.append([op, rng.choice([0, 1, 2, 3])])
            elif op == "setslice":
                a = rng.randint(0, 6)
                ops.append([op, a, a + rng.randint(0, 8), rng.randint(0, 12)])
            else:
                ops.append([op])
        cases.append({"build": [rng.choice(["empty", "from_bytes", "from_list", "from_range"]), rng.randint(0, 20)], "ops": ops})
    return cases


def gen_instances(rng):
    cases = []
    slot_opts = [None, None, [], ["a"], ["a", "b"], ["a", "b", "c"], ["__dict__"], ["__weakref__"],
                 ["__dict__", "__weakref__"], ["a", "__weakref__"], ["a", "__dict__"]]
    # plain class shapes
    for slots in slot_opts:
        cases.append({"classes": [{"name": "C", "base": "object", "slots": slots}],
                      "ops": [["new", "C", "o"], ["size", "o"]]})
    cases.append({"classes": [{"name": "S1", "base": "object", "slots": ["a"]}, {"name": "SubS", "base": "S1", "slots": ["b"]},
                              {"name": "SubN", "base": "S1", "slots": None}],
                  "ops": [["new", "SubS", "o"], ["size", "o"], ["new", "SubN", "p"], ["size", "p"], ["dictsize", "p"]]})
    # builtin bases
    for base in ("int", "float", "str", "bytes", "tuple", "list", "dict", "set", "Exception"):
        for slots in (None, []):
            for init in (0, 2, 40):
                if base == "float" and init:
                    continue
                cases.append({"classes": [{"name": "X", "base": base, "slots": slots}],
                              "ops": [["new", "X", "o", init], ["size", "o"]]})
    cases.append({"classes": [{"name": "X", "base": "int", "slots": None}], "ops": [["new", "X", "o", 2 ** 40], ["size", "o"]]})
    # namedtuple / NamedTuple
    for k in (0, 1, 2, 3, 7):
        cases.append({"classes": [{"name": "P", "namedtuple": ["f%d" % i for i in range(k)]}], "ops": [["new", "P", "o"], ["size", "o"]]})
    # dataclasses
    for k in (1, 2, 5):
        fields = ["f%d" % i for i in range(k)]
        cases.append({"classes": [{"name": "D", "dataclass": fields}], "ops": [["new", "D", "o"], ["size", "o"], ["dictsize", "o"]]})
        cases.append({"classes": [{"name": "D", "dataclass": fields, "dc_slots": True}], "ops": [["new", "D", "o"], ["size", "o"]]})
    # attribute counts on the first instance
    for n in list(range(0, 36)):
        ops = [["new", "C", "o"]] + [["set", "o", "a%d" % i] for i in range(n)] + [["size", "o"], ["dictsize", "o"]]
        cases.append({"classes": [{"name": "C", "base": "object", "slots": None}], "ops": ops})
    # many instances with 2 attributes
    ops = []
    for k in range(30):
        v = "o%d" % k
        ops += [["new", "C", v], ["set", v, "x"], ["set", v, "y"], ["dictsize", v], ["dictsize", "o0"]]
    cases.append({"classes": [{"name": "C", "base": "object", "slots": None}], "ops": ops})
    # history effects
    base_ops = [["new", "C", "o1"], ["set", "o1", "x"], ["set", "o1", "y"], ["new", "C", "o2"], ["set", "o2", "x"],
                ["set", "o2", "y"], ["new", "C", "o3"], ["set", "o3", "x"], ["set", "o3", "y"]]
    cls = [{"name": "C", "base": "object", "slots": None}]
    cases.append({"classes": cls, "ops": base_ops + [["dictsize", "o1"], ["dictsize", "o3"], ["del", "o1", "x"], ["dictsize", "o1"],
                                                     ["new", "C", "o4"], ["set", "o4", "x"], ["set", "o4", "y"], ["dictsize", "o4"]]})
    cases.append({"classes": cls, "ops": [["new", "C", "d1"], ["set", "d1", "a"], ["set", "d1", "b"], ["new", "C", "d2"],
                                          ["set", "d2", "b"], ["set", "d2", "a"], ["dictsize", "d1"], ["dictsize", "d2"]]})
    cases.append({"classes": cls, "ops": [["new", "C", "e1"], ["set", "e1", "x"], ["new", "C", "e2"], ["set", "e2", "x"],
                                          ["dictset", "e2", 1], ["dictsize", "e2"], ["dictsize", "e1"]]})
    cases.append({"classes": cls, "ops": base_ops + [["new", "C", "o4"], ["dictsize", "o3"], ["dictcopy", "o3"], ["dictcall", "o3"]]})
    # __dict__ access before any attribute, dict methods on instance dicts
    for m in ("clear", "popitem", "copy", "update"):
        ops = [["new", "C", "o"], ["dictsize", "o"], ["set", "o", "x"], ["set", "o", "y"], ["dictop", "o", m], ["dictsize", "o"],
               ["set", "o", "z"], ["dictsize", "o"], ["new", "C", "p"], ["set", "p", "x"], ["dictsize", "p"]]
        cases.append({"classes": cls, "ops": ops})
    # 3.6-3.10 re-sharing: first instance grows past 5, 10, 21 attributes while a second instance shares
    for n in (6, 11, 22):
        ops = [["new", "C", "a"], ["set", "a", "x0"], ["new", "C", "b"], ["set", "b", "x0"]]
        ops += [["set", "a", "x%d" % i] for i in range(1, n)] + [["dictsize", "a"], ["dictsize", "b"]]
        ops += [["set", "b", "x1"], ["dictsize", "b"], ["new", "C", "c"], ["set", "c", "x0"], ["dictsize", "c"]]
        cases.append({"classes": cls, "ops": ops})
    # subclass instances with dicts
    for base in ("object", "float", "complex", "bytes", "bytearray", "dict", "set", "frozenset", "Exception"):
        cases.append({"classes": [{"name": "X", "base": base, "slots": None}],
                      "ops": [["new", "X", "a"], ["set", "a", "q"], ["new", "X", "b"], ["dictsize", "a"], ["new", "X", "c"],
                              ["set", "c", "q"], ["dictsize", "a"], ["dictsize", "b"], ["size", "a"]]})
    for base in ("tuple", "int", "list", "str"):
        cases.append({"classes": [{"name": "X", "base": base, "slots": None}],
                      "ops": [["new", "X", "o", 2], ["set", "o", "a"], ["set", "o", "b"], ["size", "o"], ["dictsize", "o"],
                              ["new", "X", "p", 3], ["dictsize", "p"], ["dictsize", "o"]]})
    cases.append({"classes": [{"name": "A", "base": "object", "slots": None}, {"name": "B", "base": "A", "slots": None}],
                  "ops": [["new", "A", "a"], ["set", "a", "x"], ["new", "B", "b"], ["set", "b", "x"], ["set", "b", "y"],
                          ["dictsize", "a"], ["dictsize", "b"], ["size", "b"]]})
    cases.append({"classes": [{"name": "D", "dataclass": ["x", "y"], "dc_slots": True, "dc_weakref": True}],
                  "ops": [["new", "D", "o"], ["size", "o"]]})
    cases.append({"classes": [{"name": "X", "base": "int", "slots": ["a"]}], "ops": [["new", "X", "o", 1], ["size", "o"]]})
    cases.append({"classes": [{"name": "X", "base": "object", "slots": ["__dict__", "__dict__"]}], "ops": []})
    # random scenarios
    names = ["a", "b", "c", "d", "e", "f", "g"]
    for _ in range(250 * SCALE):
        ops = []
        objs = []
        for _ in range(rng.randint(1, 30)):
            r = rng.random()
            if r < 0.15 or not objs:
                v = "o%d" % len(objs)
                objs.append(v)
                ops.append(["new", "C", v])
            elif r < 0.7:
                ops.append(["set", rng.choice(objs), rng.choice(names)])
            elif r < 0.78:
                ops.append(["del", rng.choice(objs), rng.choice(names)])  # skipped when missing
            elif r < 0.83:
                ops.append(["dictset", rng.choice(objs), rng.choice(names + [1, 2])])
            else:
                ops.append([rng.choice(["dictsize", "size", "dictcopy", "dictcall"]), rng.choice(objs)])
        for v in objs:
            ops.append(["dictsize", v])
        cases.append({"classes": cls, "ops": ops})
    return cases


MISC_EXPRS = [
    ["builtin_function_or_method", "len"], ["method", "o.m"], ["function", "f"], ["function", "lambda: 0"],
    ["list_iterator", "iter([])"], ["tuple_iterator", "iter(())"], ["str_iterator", "iter('ab')"],
    ["range_iterator", "iter(range(3))"], ["dict_keyiterator", "iter({})"], ["dict_valueiterator", "iter({}.values())"],
    ["dict_itemiterator", "iter({}.items())"], ["set_iterator", "iter(set())"], ["bytes_iterator", "iter(b'')"],
    ["zip", "zip()"], ["map", "map(int, [])"], ["filter", "filter(None, [])"], ["enumerate", "enumerate([])"],
    ["list_reverseiterator", "reversed([])"], ["dict_keys", "{}.keys()"], ["dict_values", "{}.values()"],
    ["dict_items", "{}.items()"], ["slice", "slice(1, 2)"], ["ellipsis", "Ellipsis"], ["NotImplementedType", "NotImplemented"],
    ["module", "sys"], ["type", "int"], ["type", "type(None)"], ["property", "property()"], ["staticmethod", "staticmethod(f)"],
    ["classmethod", "classmethod(f)"], ["memoryview", "memoryview(b'')"], ["object", "object()"], ["range", "range(0)"],
    ["exception:ValueError", "ValueError('x')"], ["exception:KeyError", "KeyError('x')"], ["exception:StopIteration", "StopIteration()"],
    ["exception:AttributeError", "AttributeError('x')"], ["exception:NameError", "NameError('x')"], ["exception:ImportError", "ImportError('x')"],
    ["exception:ZeroDivisionError", "ZeroDivisionError()"], ["exception:SystemExit", "SystemExit()"], ["exception:OSError", "OSError()"],
    ["exception:IndexError", "IndexError()"], ["exception:TypeError", "TypeError()"], ["exception:Exception", "Exception()"],
    ["exception:RecursionError", "RecursionError()"], ["exception:AssertionError", "AssertionError()"],
    ["class:plain", "C"], ["class:slots", "S"], ["class:plain_grown", "G"],
]


def gen_misc(rng):
    return [{"kind": k, "expr": e} for k, e in MISC_EXPRS]


def run_misc_case(case):
    class C:
        def m(self):
            pass

    class S:
        __slots__ = ("a",)

    class G:
        pass
    g = G()
    for i in range(7):
        setattr(g, "a%d" % i, i)

    def f():
        pass
    ns = {"C": C, "S": S, "G": G, "f": f, "o": C(), "sys": sys}
    return sys.getsizeof(eval(case["expr"], ns))


GENERATORS = {"misc": gen_misc, "lists": gen_lists, "dicts": gen_dicts, "sets": gen_sets, "strs": gen_strs, "ints": gen_ints,
              "bytes": gen_bytes, "instances": gen_instances}

# ----------------------------------------------------------------------------------------------------
# Measurement (runs under each pyenv interpreter)
# ----------------------------------------------------------------------------------------------------


def make_src(kind, n):
    if kind == "list":
        return list(range(n))
    if kind == "tuple":
        return tuple(range(n))
    if kind == "range":
        return range(n)
    if kind == "str":
        return "a" * n
    if kind == "bytes":
        return b"a" * n
    if kind == "set":
        return set(range(n))
    if kind == "frozenset":
        return frozenset(range(n))
    if kind == "dict":
        return {i: i for i in range(n)}
    if kind == "dict_keys":
        return {i: i for i in range(n)}.keys()
    if kind == "dict_values":
        return {i: i for i in range(n)}.values()
    if kind == "dict_items":
        return {i: i for i in range(n)}.items()
    if kind == "iter_list":
        return iter(list(range(n)))
    if kind == "reversed":
        return reversed(list(range(n)))
    if kind == "gen":
        return (i for i in range(n))
    if kind == "map":
        return map(int, range(n))
    raise ValueError(kind)


def build_list(b):
    k = b[0]
    if k == "empty":
        return []
    if k == "display":
        n = b[1]
        if b[2] == "const":
            return eval("[" + ", ".join(["1"] * n) + "]")
        return eval("[" + ", ".join(["x"] * n) + "]", {"x": 1})
    if k == "from":
        return list(make_src(b[1], b[2]))
    if k == "sorted":
        return sorted(make_src(b[1], b[2]))
    if k == "comp":
        return [i for i in range(b[1])]
    if k == "repeat":
        return [0] * b[1]
    if k == "concat":
        return list(range(b[1])) + list(range(b[2]))
    if k == "slice":
        return list(range(b[1] * b[2]))[::b[2]]
    if k == "split":
        kind, text, sep, maxsplit = b[1], b[2], b[3], b[4]
        if kind == "bytes":
            return text.encode("utf-8").split(None if sep is None else sep.encode(), maxsplit)
        if kind == "rsplit":
            return text.rsplit(sep, maxsplit)
        return text.split(sep, maxsplit)
    if k == "splitlines":
        return ("x\n" * b[1]).splitlines()
    if k == "starred":
        ns = {"x": 1}
        parts = []
        for i, e in enumerate(b[1]):
            if e[0] == "x":
                parts.append("x")
            else:
                ns["s%d" % i] = make_src(e[1], e[2])
                parts.append("*s%d" % i)
        return eval("[" + ", ".join(parts) + "]", ns)
    raise ValueError(b)


def run_list_case(case):
    out = []
    l = build_list(case["build"])
    out.append(sys.getsizeof(l))
    for op in case["ops"]:
        o = op[0]
        if o == "append":
            l.append(0)
        elif o == "insert":
            l.insert(0, 0)
        elif o == "extend":
            l.extend(make_src(op[1], op[2]))
        elif o == "iadd":
            l += make_src(op[1], op[2])
        elif o == "pop":
            if not l:
                out.append(None)
                continue
            l.pop()
        elif o == "pop0":
            if not l:
                out.append(None)
                continue
            l.pop(0)
        elif o == "remove":
            if not l:
                out.append(None)
                continue
            l.remove(l[0])
        elif o == "del0":
            if not l:
                out.append(None)
                continue
            del l[0]
        elif o == "delslice":
            del l[op[1]:op[2]]
        elif o == "delext":
            del l[::op[1]]
        elif o == "setslice":
            l[op[1]:op[2]] = list(range(op[3]))
        elif o == "clear":
            l.clear()
        elif o == "imul":
            l *= op[1]
        elif o == "sort":
            l.sort(key=id)
        out.append(sys.getsizeof(l))
    return out


def build_dict(case):
    b = case["build"]
    k = b[0]
    if k == "empty_display":
        d = {}
    elif k == "call":
        d = dict()
    elif k == "display":
        d = eval("{" + ", ".join("%r: 0" % (key,) for key in b[1]) + "}")
    elif k == "comp":
        d = {key: 0 for key in b[1]}
    elif k == "fromkeys":
        keys = b[2]
        src = list(keys) if b[1] == "list" else set(keys) if b[1] == "set" else {key: 0 for key in keys}
        d = dict.fromkeys(src, 0)
        if b[1] == "set":
            ORDERS.append(list(d))
    elif k == "kwargs":
        d = eval("dict(" + ", ".join("%s=0" % name for name in b[1]) + ")")
    elif k == "pairs":
        d = dict(zip(b[1], b[1]))
    elif k == "dict_of":
        d = dict(build_dict(b[1]))
    elif k == "unpack":
        d = {**build_dict(b[1])}
    elif k == "copy_of":
        d = build_dict(b[1]).copy()
    elif k == "update_empty":
        d = {}
        d.update(build_dict(b[1]))
    elif k == "display_mixed":
        ns = {}
        parts = []
        for i, e in enumerate(b[1]):
            if e[0] == "**":
                ns["m%d" % i] = build_dict(e[1])
                parts.append("**m%d" % i)
            else:
                parts.append("%r: 0" % (e[1],))
        d = eval("{" + ", ".join(parts) + "}", ns)
    else:
        raise ValueError(b)
    for op in case["ops"]:
        apply_dict_op(d, op)
    return d


def apply_dict_op(d, op):
    o = op[0]
    if o == "set":
        d[op[1]] = 0
    elif o == "setdefault":
        d.setdefault(op[1], 0)
    elif o == "del":
        if op[1] in d:
            del d[op[1]]
    elif o == "pop":
        d.pop(op[1], None)
    elif o == "popitem":
        if d:
            POPPED.append(d.popitem()[0])
    elif o == "clear":
        d.clear()
    elif o == "update":
        d.update(build_dict(op[1]))
    else:
        raise ValueError(op)


ORDERS = []
POPPED = []


def run_dict_case(case):
    """Sizes after the build and each op; orders of set-sourced fromkeys builds and popitem keys (in call
    order) so the replay knows what CPython's iteration order decided."""
    del ORDERS[:]
    del POPPED[:]
    out = []
    d = build_dict({"build": case["build"], "ops": []})
    out.append(sys.getsizeof(d))
    for op in case["ops"]:
        if op[0] == "copy":
            d = d.copy()
        else:
            apply_dict_op(d, op)
        out.append(sys.getsizeof(d))
    return {"sizes": out, "orders": list(ORDERS), "popped": list(POPPED)}


def build_set(case):
    b = case["build"]
    k = b[0]
    if k == "empty":
        s = set()
    elif k == "display":
        items = b[1]
        if not items:
            s = set()
        elif b[2]:
            s = eval("{" + ", ".join(repr(i) for i in items) + "}")
        else:
            ns = dict(("x%d" % i, v) for i, v in enumerate(items))
            s = eval("{" + ", ".join("x%d" % i for i in range(len(items))) + "}", ns)
    elif k == "from_list":
        s = set(list(b[1]))
    elif k == "frozen_from_list":
        s = frozenset(list(b[1]))
    elif k == "comp":
        s = {i for i in b[1]}
    elif k == "from_dict":
        s = set(dict.fromkeys(b[1]))
    elif k == "from_set":
        s = set(build_set(b[1]))
    elif k == "strs":
        s = set("s%d" % i for i in range(b[1]))
    elif k == "starred":
        ns = {}
        parts = []
        for i, e in enumerate(b[1]):
            if e[0] == "x":
                ns["v%d" % i] = e[1]
                parts.append("v%d" % i)
            else:
                ns["v%d" % i] = list(e[1]) if e[0] == "*list" else set(e[1]) if e[0] == "*set" else dict.fromkeys(e[1])
                parts.append("*v%d" % i)
        s = eval("{" + ", ".join(parts) + "}", ns)
    else:
        raise ValueError(b)
    for op in case["ops"]:
        s = apply_set_op(s, op)
    return s


def apply_set_op(s, op):
    o = op[0]
    if o == "add":
        s.add(op[1])
    elif o == "discard":
        s.discard(op[1])
    elif o == "pop":
        if s:
            s.pop()
    elif o == "clear":
        s.clear()
    elif o == "update_list":
        s.update(list(op[1]))
    elif o == "union_list":
        s = s.union(list(op[1]))
    elif o == "inter_list":
        s = s.intersection(list(op[1]))
    elif o == "diff_list":
        s = s.difference(list(op[1]))
    elif o == "symdiff_list":
        s = s.symmetric_difference(list(op[1]))
    elif o == "iand_list":
        s.intersection_update(list(op[1]))
    elif o == "ixor_list":
        s.symmetric_difference_update(list(op[1]))
    elif o == "isub_list":
        s.difference_update(list(op[1]))
    elif o == "copy":
        s = s.copy()
    else:
        t = build_set(op[1])
        if o in ("update_set", "ior"):
            s |= t
        elif o == "isub":
            s -= t
        elif o == "iand":
            s &= t
        elif o == "ixor":
            s ^= t
        elif o == "or":
            s = s | t
        elif o == "and":
            s = s & t
        elif o == "sub":
            s = s - t
        elif o == "xor":
            s = s ^ t
        else:
            raise ValueError(op)
    return s


def run_set_case(case):
    """Sizes after the build and after each op, plus the final iteration order (ints only)."""
    sizes = []
    s = build_set({"build": case["build"], "ops": []})
    strs = case["build"][0] == "strs"
    sizes.append(sys.getsizeof(s))
    for op in case["ops"]:
        s = apply_set_op(s, op)
        sizes.append(sys.getsizeof(s))
    return {"sizes": sizes, "order": None if strs else list(s)}


class StrSub(str):
    pass


def str_op(s, op):
    if op == "index":
        return ("a" + s)[1]
    if op == "slice":
        return ("a" + s)[1:]
    if op == "chr":
        return chr(ord(s))
    if op == "upper":
        return s.lower().upper() if s.lower().upper() == s else s.upper()
    if op == "lower":
        return s.upper().lower() if s.upper().lower() == s else s.lower()
    if op == "swapcase":
        return s.swapcase()
    if op == "replace":
        return "Q".replace("Q", s)
    if op == "join2":
        return "".join(["", s])
    if op == "fstring2":
        e = ""
        return f"{e}{s}"
    if op == "strip":
        return (" " + s + " ").strip()
    if op == "format":
        return format(s)
    if op == "mul1":
        return s * 1
    if op == "rev":
        return s[::-1]
    if op == "step2":
        return ("a" + s)[1::2]
    if op == "step1":
        return s[::1]
    raise ValueError(op)


def run_str_case(case):
    if "op" in case:
        r = str_op(case["s"], case["op"])
        return [len(r), ord(r[0]), sys.getsizeof(r)]
    if case.get("subclass"):
        return sys.getsizeof(StrSub(case["s"]))
    return sys.getsizeof(case["s"])


def run_int_case(case):
    if "v" in case:
        return sys.getsizeof(int(case["v"]))
    if "bool" in case:
        return sys.getsizeof(case["bool"])
    if "float" in case:
        return sys.getsizeof(1.5)
    if "complex" in case:
        return sys.getsizeof(1 + 2j)
    if "none" in case:
        return sys.getsizeof(None)
    if "range" in case:
        return sys.getsizeof(range(case["range"]))
    raise ValueError(case)


def run_bytes_case(case):
    if "bytes" in case:
        return [sys.getsizeof(b"a" * case["bytes"])]
    k, n = case["build"]
    if k == "empty":
        b = bytearray()
    elif k == "from_bytes":
        b = bytearray(b"a" * n)
    elif k == "from_int":
        b = bytearray(n)
    elif k == "from_list":
        b = bytearray([1] * n)
    elif k == "from_tuple":
        b = bytearray(tuple([1] * n))
    elif k == "from_range":
        b = bytearray(range(n))
    elif k == "from_gen":
        b = bytearray(i for i in range(n))
    out = [sys.getsizeof(b)]
    for op in case["ops"]:
        o = op[0]
        if o == "append":
            b.append(1)
        elif o == "extend":
            b.extend([1] * op[1])
        elif o == "iadd":
            b += b"a" * op[1]
        elif o == "pop":
            if not b:
                out.append(None)
                continue
            b.pop()
        elif o == "del0":
            if not b:
                out.append(None)
                continue
            del b[0]
        elif o == "delslice":
            del b[op[1]:op[2]]
        elif o == "clear":
            b.clear()
        elif o == "imul":
            b *= op[1]
        elif o == "setslice":
            b[op[1]:op[2]] = b"z" * op[3]
        out.append(sys.getsizeof(b))
    return out


def make_classes(specs):
    ns = {}
    for spec in specs:
        name = spec["name"]
        if "namedtuple" in spec:
            import collections
            ns[name] = collections.namedtuple(name, spec["namedtuple"])
            continue
        if "dataclass" in spec:
            if sys.version_info < (3, 7) or (spec.get("dc_slots") and sys.version_info < (3, 10)):
                return None
            import dataclasses
            if spec.get("dc_weakref") and sys.version_info < (3, 11):
                return None
            deco = "(slots=True, weakref_slot=True)" if spec.get("dc_weakref") else "(slots=True)" if spec.get("dc_slots") else ""
            src = "@dataclasses.dataclass%s\nclass %s:\n" % (deco, name)
            for f in spec["dataclass"]:
                src += "    %s: int = 0\n" % f
            g = {"dataclasses": dataclasses}
            exec(src, g)
            ns[name] = g[name]
            continue
        base = spec.get("base", "object")
        base_obj = ns[base] if base in ns else eval(base)
        body = {}
        if spec.get("slots") is not None:
            body["__slots__"] = tuple(spec["slots"])
        ns[name] = type(name, (base_obj,), body)
    return ns


def instance_value(cls, init):
    if hasattr(cls, "_fields"):
        return cls(*range(len(cls._fields)))
    for b in cls.__mro__:
        if b is int:
            return cls(init or 0)
        if b is float:
            return cls(1.5)
        if b is str:
            return cls("a" * (init or 0))
        if b is bytes:
            return cls(b"a" * (init or 0))
        if b is tuple:
            return cls(range(init or 0))
        if b is list:
            return cls(range(init or 0))
        if b is set:
            return cls(range(init or 0))
        if b is dict:
            return cls()
        if b is Exception:
            return cls()
    return cls()


def run_instance_case(case):
    ns = make_classes(case["classes"])
    if ns is None:
        return None
    objs = {}
    out = []
    for op in case["ops"]:
        o = op[0]
        if o == "new":
            objs[op[2]] = instance_value(ns[op[1]], op[3] if len(op) > 3 else None)
        elif o == "set":
            setattr(objs[op[1]], op[2], 0)
        elif o == "del":
            if op[2] in objs[op[1]].__dict__:
                delattr(objs[op[1]], op[2])
        elif o == "dictset":
            objs[op[1]].__dict__[op[2]] = 0
        elif o == "size":
            out.append(sys.getsizeof(objs[op[1]]))
        elif o == "dictsize":
            out.append(sys.getsizeof(objs[op[1]].__dict__))
        elif o == "dictcopy":
            out.append(sys.getsizeof(objs[op[1]].__dict__.copy()))
        elif o == "dictcall":
            out.append(sys.getsizeof(dict(objs[op[1]].__dict__)))
        elif o == "dictop":
            d = objs[op[1]].__dict__
            if op[2] == "clear":
                d.clear()
            elif op[2] == "popitem":
                d.popitem()
            elif op[2] == "copy":
                out.append(sys.getsizeof(d.copy()))
            elif op[2] == "update":
                d.update({"u1": 0, "u2": 0, "x": 1})
    return out


RUNNERS = {"misc": run_misc_case, "lists": run_list_case, "dicts": run_dict_case, "sets": run_set_case, "strs": run_str_case,
           "ints": run_int_case, "bytes": run_bytes_case, "instances": run_instance_case}


def measure_mode(category):
    cases = json.load(sys.stdin)
    run = RUNNERS[category]
    results = []
    for case in cases:
        try:
            results.append(run(case))
        except Exception as e:  # a case CPython rejects (e.g. invalid __slots__): record the error class
            results.append({"error": type(e).__name__})
    json.dump(results, sys.stdout)


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--measure":
        measure_mode(sys.argv[2])
        return
    only = None
    if len(sys.argv) >= 3 and sys.argv[1] == "--only":
        only = sys.argv[2].split(",")
    if not os.path.isdir(OUT):
        os.makedirs(OUT)
    for category, gen in sorted(GENERATORS.items()):
        if only and category not in only:
            continue
        rng = random.Random("bytewise-" + category + SEED_SUFFIX)
        cases = gen(rng)
        payload = json.dumps(cases)
        results = {}
        for version in ORACLES:
            exe = PYENV.format(version)
            if not os.path.exists(exe):
                sys.stderr.write("skip %s (not installed)\n" % version)
                continue
            env = dict(os.environ)
            env["PYTHONHASHSEED"] = "0"
            p = subprocess.run([exe, os.path.abspath(__file__), "--measure", category], input=payload.encode(),
                               stdout=subprocess.PIPE, env=env, check=True)
            results[version] = json.loads(p.stdout.decode())
        path = os.path.join(OUT, category + ".json")
        with open(path, "w") as f:
            json.dump({"generated_by": "scripts/measure-layouts.py", "cases": cases, "results": results}, f,
                      separators=(",", ":"))
        sys.stderr.write("%s: %d cases x %d versions -> %s\n" % (category, len(cases), len(results), path))


if __name__ == "__main__":
    main()
