"""Generate the golden corpus: random Python programs across the simulator's subset.

Writes tests/golden/programs.jsonl, one {"id","category","source"} per line.

Every program is built by a category template from a random.Random seeded with its own id
("dict_literal:0042"), so the corpus is reproducible and adding a category or raising a count never
changes the programs that already exist. Programs must give the same output on every run of the
same interpreter: nothing may depend on id(), addresses or timing. str/bytes hashes are fixed by
PYTHONHASHSEED=0 (run-batch.py), so str set order and hash() of str are allowed (category set_hash); the
older categories predate that and avoid them. Only `import sys`, `collections`,
`dataclasses` and `typing` are used, as the subset allows.

Run: python3 scripts/golden/generate.py [--out tests/golden/programs.jsonl]
"""

import json
import random
import sys

# ## Random building blocks

NAMES = ["a", "b", "c", "d", "x", "y", "z", "k", "n", "m", "key", "name", "age", "city",
         "route", "date", "rides", "kind", "level", "score", "user", "item", "color", "size"]
VAR = ["d", "e", "m", "data", "row", "rec", "tbl", "obj", "acc", "cfg"]
ASCII = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.,:;!?"
LATIN1 = "éàüñßøÿ©®°±µ¶·¼½¾ÀÉÖ×÷çâêîôû"
BMP = "αβγδεЖЯжя€中文字あいう한글∑∞≈→★☃ſĀœŒ"
ASTRAL = "😀🐍🎉𝄞𝔘🚀🌍🤖🦀𝕏"
SPECIAL = "\n\t\\'\"\x00\x7f\x85\xa0\u200b\r"


def rstr(rng, kind, n):
    """A random str of n characters whose widest character is of the given kind."""
    if n == 0:
        return ""
    chars = [rng.choice(ASCII) for _ in range(n)]
    pool = {"ascii": None, "latin1": LATIN1, "bmp": BMP, "astral": ASTRAL}[kind]
    if pool:
        for _ in range(rng.randint(1, max(1, n // 2))):
            chars[rng.randrange(n)] = rng.choice(pool)
    return "".join(chars)


def lit(v):
    return repr(v)


def rint(rng):
    r = rng.random()
    if r < 0.5:
        return rng.randint(-5, 300)
    if r < 0.8:
        return rng.randint(-10**6, 10**6)
    if r < 0.95:
        return rng.choice([1, -1]) * rng.randint(2**29, 2**64)
    return rng.choice([1, -1]) * rng.randint(10**20, 10**60)


def rfloat(rng):
    return rng.choice([
        0.1, 0.5, 1.5, 2.25, -3.75, 1e16, 1e-7, 123.456, 1/3, 2/3, 0.0, -0.0, 1e22, 1e100,
        3.141592653589793, 2.5e-10, 12345678.9, 0.30000000000000004, 100.0, 7.0, 1e15, 9.99,
    ])


def rval(rng, depth=0):
    r = rng.random()
    if r < 0.35:
        return lit(rint(rng))
    if r < 0.55:
        return lit(rstr(rng, rng.choice(["ascii", "ascii", "latin1", "bmp"]), rng.randint(0, 6)))
    if r < 0.65:
        return lit(rfloat(rng))
    if r < 0.72:
        return rng.choice(["None", "True", "False"])
    if depth < 1 and r < 0.82:
        return "[" + ", ".join(rval(rng, depth + 1) for _ in range(rng.randint(0, 3))) + "]"
    if depth < 1 and r < 0.9:
        items = [rval(rng, depth + 1) for _ in range(rng.randint(0, 3))]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return lit(rng.randint(0, 9))


def str_keys(rng, n):
    pool = list(NAMES)
    rng.shuffle(pool)
    if n <= len(pool) and rng.random() < 0.6:
        return pool[:n]
    prefix = rng.choice(["k", "key", "f", "col", "attr"])
    return [prefix + str(i) for i in range(n)]


def int_keys(rng, n):
    start = rng.choice([0, 1, 100, -3])
    step = rng.choice([1, 1, 2, 7, 8, 1000])
    return [start + i * step for i in range(n)]


def key_list(rng, n, kinds=("str", "int", "mixed")):
    kind = rng.choice(kinds)
    if kind == "str":
        return [lit(k) for k in str_keys(rng, n)], kind
    if kind == "int":
        return [lit(k) for k in int_keys(rng, n)], kind
    ks = []
    sk = str_keys(rng, n)
    ik = int_keys(rng, n)
    for i in range(n):
        r = rng.random()
        if r < 0.5:
            ks.append(lit(sk[i]))
        elif r < 0.85:
            ks.append(lit(ik[i]))
        elif r < 0.95:
            ks.append("(%d, %d)" % (i, rng.randint(0, 9)))
        else:
            ks.append(lit(float(ik[i]) + 0.5))
    return ks, kind


def size_n(rng, lo=0, hi=40):
    """Sizes biased towards growth thresholds of lists, dicts and sets."""
    if rng.random() < 0.5:
        return rng.choice([t for t in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 17, 21, 22, 24, 25,
                                       30, 31, 32, 33, 42, 43, 85, 86] if lo <= t <= hi] or [lo])
    return rng.randint(lo, hi)


def P(expr):
    return "print(sys.getsizeof(%s))" % expr


class Prog:
    def __init__(self):
        self.lines = ["import sys"]

    def add(self, *lines):
        self.lines.extend(lines)

    def src(self):
        return "\n".join(self.lines) + "\n"


# ## Dicts

def dict_build(rng, var, ks, vals, kind):
    """One line (or a few) building a dict with keys ks and values vals in one of many ways."""
    n = len(ks)
    ways = ["literal", "pairs", "zip", "comp", "loop", "fromkeys", "copy", "dictcopy", "unpack",
            "update", "setdefault"]
    if kind == "str" and all(k.strip("'").isidentifier() for k in ks):
        ways += ["kwargs", "kwargs"]
    way = rng.choice(ways)
    lit_d = "{" + ", ".join("%s: %s" % kv for kv in zip(ks, vals)) + "}"
    if way == "literal":
        return [f"{var} = {lit_d}"]
    if way == "kwargs":
        return [f"{var} = dict(" + ", ".join("%s=%s" % (k.strip("'"), v) for k, v in zip(ks, vals)) + ")"]
    if way == "pairs":
        return [f"{var} = dict([" + ", ".join("(%s, %s)" % kv for kv in zip(ks, vals)) + "])"]
    if way == "zip":
        return [f"{var} = dict(zip([{', '.join(ks)}], [{', '.join(vals)}]))"]
    if way == "comp":
        return [f"{var} = {{k: v for k, v in zip([{', '.join(ks)}], [{', '.join(vals)}])}}"]
    if way == "loop":
        return [f"{var} = {{}}", f"for k, v in zip([{', '.join(ks)}], [{', '.join(vals)}]):", f"    {var}[k] = v"]
    if way == "fromkeys":
        src = rng.choice(["list", "tuple"])
        seq = "[" + ", ".join(ks) + "]" if src == "list" else "(" + ", ".join(ks) + ("," if n == 1 else "") + ")"
        return [f"{var} = dict.fromkeys({seq}, {rng.choice(vals) if vals else 0})"]
    if way == "copy":
        return [f"src = {lit_d}", f"{var} = src.copy()"]
    if way == "dictcopy":
        return [f"src = {lit_d}", f"{var} = dict(src)"]
    if way == "unpack":
        return [f"src = {lit_d}", f"{var} = {{**src}}"]
    if way == "update":
        return [f"{var} = {rng.choice(['{}', 'dict()'])}", f"{var}.update({lit_d})"]
    return [f"{var} = {{}}"] + [f"{var}.setdefault({k}, {v})" for k, v in zip(ks, vals)]


def gen_dict_build(rng):
    p = Prog()
    n = size_n(rng, 0, 45)
    ks, kind = key_list(rng, n)
    vals = [rval(rng) for _ in range(n)]
    p.add(*dict_build(rng, "d", ks, vals, kind))
    p.add(P("d"))
    if rng.random() < 0.5:
        p.add("print(len(d))")
    if n <= 8 and rng.random() < 0.6:
        p.add("print(d)")
    return p.src()


def gen_dict_literal_sweep(rng):
    """Dense sweeps: the same construction for every n in a range."""
    p = Prog()
    lo = rng.randint(0, 20)
    hi = lo + rng.randint(3, 25)
    keyf = rng.choice(["i", "str(i)", "'k' + str(i)", "i * 8", "(i, i)", "-i", "chr(97 + i % 26) * (i // 26 + 1)"])
    how = rng.choice([
        "{%s: i for i in range(n)}",
        "dict((%s, i) for i in range(n))",
        "dict([(%s, i) for i in range(n)])",
        "dict.fromkeys([%s for i in range(n)])",
        "dict.fromkeys(range(n))",
        "dict.fromkeys(tuple(%s for i in range(n)), 0)",
        "dict(zip([%s for i in range(n)], range(n)))",
    ])
    expr = how % keyf if "%s" in how else how
    p.add(f"for n in range({lo}, {hi}):",
          f"    d = {expr}",
          "    print(n, sys.getsizeof(d), len(d))")
    if rng.random() < 0.5:
        p.add(f"    c = d.copy()", "    print(sys.getsizeof(c), sys.getsizeof(dict(d)), sys.getsizeof({**d}))")
    return p.src()


def gen_dict_mutate(rng, kinds=("str", "int", "mixed")):
    p = Prog()
    n = size_n(rng, 0, 25)
    ks, kind = key_list(rng, n, kinds)
    vals = [rval(rng) for _ in range(n)]
    p.add(*dict_build(rng, "d", ks, vals, kind))
    p.add(P("d"))
    live = list(ks)
    fresh_i = [0]

    def fresh():
        fresh_i[0] += 1
        if kind == "int" or (kind == "mixed" and rng.random() < 0.5):
            return lit(5000 + fresh_i[0] * rng.choice([1, 3, 8]))
        return lit("new%d" % fresh_i[0])

    for _ in range(rng.randint(3, 14)):
        op = rng.choice(["add", "add", "add", "addmany", "del", "pop", "popdef", "popitem", "clear",
                         "setdefault", "reinsert", "assign", "get", "in", "update", "delmany"])
        if op == "add":
            k = fresh()
            live.append(k)
            p.add(f"d[{k}] = {rval(rng)}")
        elif op == "addmany":
            m = rng.randint(2, 12)
            start = 7000 + fresh_i[0] * 100
            fresh_i[0] += 1
            if kind == "int":
                p.add(f"for i in range({m}):", f"    d[{start} + i] = i")
                live += [lit(start + i) for i in range(m)]
            else:
                p.add(f"for i in range({m}):", f"    d['s{start}_' + str(i)] = i")
                live += [lit("s%d_%d" % (start, i)) for i in range(m)]
        elif op == "del" and live:
            k = live.pop(rng.randrange(len(live)))
            p.add(f"del d[{k}]")
        elif op == "delmany" and len(live) > 2:
            m = rng.randint(1, len(live) - 1)
            gone = live[:m]
            live = live[m:]
            p.add(f"for k in [{', '.join(gone)}]:", "    del d[k]")
        elif op == "pop" and live:
            k = live.pop(rng.randrange(len(live)))
            p.add(f"print(d.pop({k}))")
        elif op == "popdef":
            p.add(f"print(d.pop({lit('missing')}, {lit(rng.randint(0, 9))}))")
        elif op == "popitem" and live:
            k = live.pop()
            p.add("print(d.popitem())")
        elif op == "clear":
            live = []
            p.add("d.clear()")
        elif op == "setdefault":
            if live and rng.random() < 0.4:
                p.add(f"print(d.setdefault({rng.choice(live)}, 0))")
            else:
                k = fresh()
                live.append(k)
                p.add(f"print(d.setdefault({k}, {rval(rng)}))")
        elif op == "reinsert" and live:
            k = live.pop(rng.randrange(len(live)))
            p.add(f"v = d.pop({k})", f"d[{k}] = v")
            live.append(k)
        elif op == "assign" and live:
            p.add(f"d[{rng.choice(live)}] = {rval(rng)}")
        elif op == "get":
            k = rng.choice(live) if live and rng.random() < 0.5 else lit("nope")
            p.add(f"print(d.get({k}), d.get({k}, -1))")
        elif op == "in":
            k = rng.choice(live) if live and rng.random() < 0.5 else lit(12345)
            p.add(f"print({k} in d, {k} not in d)")
        elif op == "update":
            m = rng.randint(1, 8)
            new = [fresh() for _ in range(m)]
            live += [k for k in new if k not in live]
            p.add("d.update({" + ", ".join(f"{k}: {i}" for i, k in enumerate(new)) + "})")
        p.add(P("d") if rng.random() < 0.8 else "print(len(d), sys.getsizeof(d))")
    if rng.random() < 0.5:
        p.add("print(list(d))")
    if rng.random() < 0.3:
        p.add("print(sorted(d.items(), key=repr)[:5])")
    return p.src()


def gen_dict_methods(rng):
    p = Prog()
    n = rng.randint(0, 8)
    ks, kind = key_list(rng, n, ("str", "int"))
    vals = [lit(rng.randint(0, 99)) for _ in range(n)]
    p.add(*dict_build(rng, "d", ks, vals, kind))
    for _ in range(rng.randint(3, 8)):
        op = rng.choice(["keys", "values", "items", "listkeys", "len", "iter", "eq", "sum", "sorted",
                         "copyeq", "fromkeys_str", "in_keys", "merge", "get_chain", "nested"])
        if op == "keys":
            p.add("print(list(d.keys()))")
        elif op == "values":
            p.add("print(list(d.values()))")
        elif op == "items":
            p.add("print(list(d.items()))")
        elif op == "listkeys":
            p.add("l = list(d)", P("l"))
        elif op == "len":
            p.add("print(len(d), bool(d))")
        elif op == "iter":
            p.add("for k in d:", "    print(k, d[k])")
        elif op == "eq":
            p.add("print(d == dict(d), d != {})")
        elif op == "sum":
            p.add("print(sum(d.values()))")
        elif op == "sorted":
            p.add("print(sorted(d.values()))")
        elif op == "copyeq":
            p.add("c = d.copy()", "c['zz'] = 1", "print(len(c), len(d))", P("c"))
        elif op == "fromkeys_str":
            s = rstr(rng, "ascii", rng.randint(0, 12)).replace(" ", "")
            p.add(f"f = dict.fromkeys({lit(s)})", "print(f)", P("f"))
        elif op == "in_keys":
            p.add(f"print({ks[0] if ks else 1} in d.keys())")
        elif op == "merge":
            p.add("m = {**d, 'extra': 1}", "print(len(m))", P("m"))
        elif op == "get_chain":
            p.add("print(d.get('a', d.get('b', 'none')))")
        elif op == "nested":
            p.add("nd = {'inner': d, 'list': [d]}", "print(len(nd['inner']))", P("nd"))
    return p.src()


def gen_dict_errors(rng):
    p = Prog()
    p.add("d = {'a': 1, 'b': 2, 3: 'c'}")
    ops = [
        ("d['zz']", "KeyError"), ("d[99]", "KeyError"), ("d.pop('q')", "KeyError"),
        ("{}.popitem()", "KeyError"), ("d[[1]] = 2", "TypeError"), ("{[1]: 2}", "TypeError"),
        ("d[{}]", "TypeError"), ("dict([1, 2])", "TypeError"), ("dict([(1, 2, 3)])", "ValueError"),
        ("d.update(5)", "TypeError"), ("del d['nope']", "KeyError"), ("d + d", "TypeError"),
        ("dict(1)", "TypeError"), ("d.get()", "TypeError"),
    ]
    chosen = rng.sample(ops, rng.randint(1, 4))
    for code, _ in chosen[:-1]:
        p.add("try:", "    " + code, "except Exception as e:",
              "    print(type(e).__name__, e)" if rng.random() < 0.7 else "    print('caught', type(e).__name__)")
    p.add(P("d"))
    if rng.random() < 0.5:
        p.add(chosen[-1][0])
        p.add("print('not reached')")
    return p.src()


# ## Lists

def list_build(rng, var, n):
    way = rng.choice(["literal_const", "literal_names", "list_range", "list_tuple", "list_list", "list_str",
                      "comp", "append", "repeat", "slice", "concat", "copy", "sorted", "star", "star2",
                      "gen", "list_set", "list_dict", "insert", "extend_empty", "list_map",
                      "list_reversed", "list_enumerate", "list_zip", "list_dictitems", "star_lead"])
    items = [lit(i * 3 % 17) for i in range(n)]
    if way == "literal_const":
        return [f"{var} = [{', '.join(items)}]"]
    if way == "literal_names":
        return ["v = 7", f"{var} = [{', '.join(['v'] * n)}]"]
    if way == "list_range":
        return [f"{var} = list(range({n}))"]
    if way == "list_tuple":
        return [f"{var} = list(tuple(range({n})))"]
    if way == "list_list":
        return [f"{var} = list([{', '.join(items)}])"]
    if way == "list_str":
        return [f"{var} = list({lit(rstr(rng, 'ascii', n))})"]
    if way == "comp":
        return [f"{var} = [i * 2 for i in range({n})]"]
    if way == "append":
        return [f"{var} = []", f"for i in range({n}):", f"    {var}.append(i)"]
    if way == "repeat":
        return [f"{var} = [0] * {n}"]
    if way == "slice":
        return [f"base = list(range({n * 2}))", f"{var} = base[::2]" if rng.random() < 0.5 else f"{var} = base[:{n}]"]
    if way == "concat":
        a = rng.randint(0, n)
        return [f"{var} = list(range({a})) + list(range({n - a}))"]
    if way == "copy":
        return [f"base = [i for i in range({n})]", f"{var} = base.copy()" if rng.random() < 0.5 else f"{var} = base[:]"]
    if way == "sorted":
        return [f"{var} = sorted(range({n}, 0, -1))" if rng.random() < 0.5 else f"{var} = sorted(i % 5 for i in range({n}))"]
    if way == "star":
        return [f"t = tuple(range({n}))", f"{var} = [*t]"]
    if way == "star2":
        a = rng.randint(0, n)
        return [f"a = list(range({a}))", f"b = list(range({n - a}))", f"{var} = [*a, *b]"]
    if way == "star_lead":
        return [f"a = list(range({max(0, n - 1)}))", f"{var} = [0, *a]"]
    if way == "gen":
        return [f"{var} = list(i for i in range({n}))"]
    if way == "list_set":
        return [f"{var} = list(set(range({n})))"]
    if way == "list_dict":
        return [f"{var} = list(dict.fromkeys(range({n})))"]
    if way == "list_dictitems":
        return [f"{var} = list({{i: i for i in range({n})}}.items())"]
    if way == "insert":
        return [f"{var} = []", f"for i in range({n}):", f"    {var}.insert(0, i)"]
    if way == "extend_empty":
        src = rng.choice([f"range({n})", f"[0] * {n}", f"tuple(range({n}))", f"(i for i in range({n}))"])
        return [f"{var} = []", f"{var}.extend({src})" if rng.random() < 0.5 else f"{var} += {src}"]
    if way == "list_map":
        return [f"{var} = list(map(abs, range({n})))" if rng.random() < 0.5 else f"{var} = list(filter(None, range({n})))"]
    if way == "list_reversed":
        return [f"{var} = list(reversed(range({n})))" if rng.random() < 0.5 else f"{var} = list(reversed([0] * {n}))"]
    if way == "list_enumerate":
        return [f"{var} = list(enumerate(range({n})))"]
    return [f"{var} = list(zip(range({n}), range({n})))"]


def gen_list_build(rng):
    p = Prog()
    n = size_n(rng, 0, 60)
    p.add(*list_build(rng, "l", n))
    p.add(P("l"))
    p.add("print(len(l))")
    if n < 12 and rng.random() < 0.5:
        p.add("print(l)")
    return p.src()


def gen_list_sweep(rng):
    p = Prog()
    lo = rng.randint(0, 30)
    hi = lo + rng.randint(3, 40)
    expr = rng.choice([
        "[0] * n", "list(range(n))", "[i for i in range(n)]", "list(i for i in range(n))", "sorted(range(n))",
        "list('x' * n)", "list(tuple(range(n)))", "[*range(n)]", "list(set(range(n)))", "list(map(str, range(n)))",
        "list(dict.fromkeys(range(n)).items())", "list(dict.fromkeys(range(n)))", "('x ' * n).split()",
        "list(reversed(range(n)))", "list(zip(range(n), range(n)))", "list(enumerate('y' * n))",
        "list(range(n))[::2]", "list(range(n)) + [1]", "[1] + list(range(n))", "list(range(n)) * 2",
        "list(filter(None, range(n)))", "list(bytes(n))", "list(frozenset(range(n)))",
    ])
    p.add(f"for n in range({lo}, {hi}):", f"    l = {expr}", "    print(n, len(l), sys.getsizeof(l))")
    return p.src()


def gen_list_growth(rng):
    p = Prog()
    n0 = size_n(rng, 0, 20)
    p.add(*list_build(rng, "l", n0))
    p.add(P("l"))
    how = rng.choice(["append", "insert", "extend1", "iadd", "insert_mid"])
    m = rng.randint(1, 80)
    every = rng.choice([1, 1, 2, 3])
    stmt = {"append": "l.append(i)", "insert": "l.insert(0, i)", "extend1": "l.extend([i])",
            "iadd": "l += [i]", "insert_mid": "l.insert(len(l) // 2, i)"}[how]
    p.add(f"for i in range({m}):", f"    {stmt}")
    if every == 1:
        p.add("    print(len(l), sys.getsizeof(l))")
    else:
        p.add(f"    if i % {every} == 0:", "        print(len(l), sys.getsizeof(l))")
    p.add(P("l"))
    return p.src()


def gen_list_shrink(rng):
    p = Prog()
    n = size_n(rng, 1, 110)
    p.add(*list_build(rng, "l", n))
    p.add(P("l"))
    length = n
    for _ in range(rng.randint(2, 10)):
        op = rng.choice(["pop", "popi", "popmany", "remove", "del", "delslice", "delstep", "clear", "extend",
                         "append", "imul", "imul0", "slice_assign", "sort", "reverse", "popall"])
        if length == 0 and op in ("pop", "popi", "popmany", "remove", "del", "delslice", "delstep", "popall"):
            op = "append"
        if op == "pop":
            p.add("l.pop()")
            length -= 1
        elif op == "popi":
            i = rng.randrange(length)
            p.add(f"l.pop({i})")
            length -= 1
        elif op == "popmany":
            k = rng.randint(1, length)
            p.add(f"for _ in range({k}):", "    l.pop()", "    print(len(l), sys.getsizeof(l))" if rng.random() < 0.5 else "    pass")
            length -= k
        elif op == "popall":
            p.add("while l:", "    l.pop()")
            length = 0
        elif op == "remove":
            p.add("l.remove(l[0])")
            length -= 1
        elif op == "del":
            p.add(f"del l[{rng.randrange(length)}]")
            length -= 1
        elif op == "delslice":
            a = rng.randint(0, length)
            b = rng.randint(a, length)
            p.add(f"del l[{a}:{b}]")
            length -= b - a
        elif op == "delstep":
            p.add("del l[::2]")
            length -= (length + 1) // 2
        elif op == "clear":
            p.add(rng.choice(["l.clear()", "del l[:]", "l *= 0"]))
            length = 0
        elif op == "extend":
            k = rng.randint(0, 30)
            p.add(f"l.extend({rng.choice(['range(%d)', '[1] * %d', 'tuple(range(%d))'])})" % k)
            length += k
        elif op == "append":
            p.add("l.append(1)")
            length += 1
        elif op == "imul":
            if length * 3 > 400:
                continue
            p.add("l *= 3")
            length *= 3
        elif op == "imul0":
            p.add("l *= 1")
        elif op == "slice_assign":
            a = rng.randint(0, length)
            b = rng.randint(a, length)
            k = rng.randint(0, 12)
            p.add(f"l[{a}:{b}] = [0] * {k}")
            length += k - (b - a)
        elif op == "sort":
            p.add(rng.choice(["l.sort()", "l.sort(reverse=True)", "l.sort(key=lambda v: -v if isinstance(v, int) else 0)"]))
        elif op == "reverse":
            p.add("l.reverse()")
        p.add(P("l") if rng.random() < 0.8 else "print(len(l), sys.getsizeof(l))")
    if length < 10 and rng.random() < 0.4:
        p.add("print(l)")
    return p.src()


def gen_list_ops(rng):
    p = Prog()
    vals = [rng.randint(-9, 20) for _ in range(rng.randint(0, 12))]
    p.add(f"l = {vals!r}")
    for _ in range(rng.randint(3, 8)):
        op = rng.choice(["index", "count", "in", "minmax", "sum", "slice", "neg_index", "mul", "add", "cmp",
                         "sorted_key", "reversed", "enumerate", "zip", "nested", "copy_ident", "slice_step",
                         "unpack", "join", "list_eq"])
        if op == "index" and vals:
            p.add(f"print(l.index({rng.choice(vals)}))")
        elif op == "count":
            p.add(f"print(l.count({rng.randint(-2, 5)}))")
        elif op == "in":
            p.add(f"print({rng.randint(-2, 5)} in l)")
        elif op == "minmax" and vals:
            p.add("print(min(l), max(l), min(l, key=abs), max(l, default=0))")
        elif op == "sum":
            p.add("print(sum(l), sum(l, 10))")
        elif op == "slice":
            p.add(f"s = l[{rng.randint(-5, 5)}:{rng.randint(-5, 12)}]", "print(s)", P("s"))
        elif op == "neg_index" and vals:
            p.add(f"print(l[-1], l[{-rng.randint(1, len(vals))}])")
        elif op == "mul":
            p.add(f"m = l * {rng.randint(0, 4)}", "print(len(m))", P("m"))
        elif op == "add":
            p.add("m = l + [1, 2]", P("m"), "print(m[-3:])")
        elif op == "cmp":
            p.add("print(l < [5], l == sorted(l), [1, 2] < [1, 2, 0])")
        elif op == "sorted_key":
            p.add("print(sorted(l, key=lambda v: (v % 3, v)))", "print(sorted(l, reverse=True))")
        elif op == "reversed":
            p.add("print(list(reversed(l)))")
        elif op == "enumerate":
            p.add("for i, v in enumerate(l[:4], 1):", "    print(i, v)")
        elif op == "zip":
            p.add("print(list(zip(l, l[1:])))")
        elif op == "nested":
            p.add("g = [[0] * 3 for _ in range(3)]", "g[1][1] = 5", "print(g)", P("g"), P("g[0]"))
        elif op == "copy_ident":
            p.add("c = l", "c.append(99)", "print(len(l), l is c, l == c)")
        elif op == "slice_step":
            p.add("print(l[::-1], l[1::3])")
        elif op == "unpack" and len(vals) >= 2:
            p.add("first, *rest = l", "print(first, rest)", P("rest"))
        elif op == "join":
            p.add("print(', '.join(str(v) for v in l))")
        elif op == "list_eq":
            p.add("print(list(l) == l, list(l) is l)")
    return p.src()


def gen_list_errors(rng):
    p = Prog()
    p.add("l = [3, 1, 2]")
    ops = ["l[5]", "l[-4]", "[].pop()", "l.pop(10)", "l.remove(42)", "l.index(42)", "l + (1,)",
           "l['a']", "l[1.5]", "[1, 'a'].sort()", "l * 'x'", "l[0:2] = 5", "del l[7]", "l.insert()",
           "sorted([1, None])", "max([])", "min([])", "l.append(1, 2)", "list(5)"]
    chosen = rng.sample(ops, rng.randint(1, 4))
    for code in chosen[:-1]:
        p.add("try:", "    " + code, "except (IndexError, ValueError, TypeError) as e:", "    print(type(e).__name__ + ':', e)")
    p.add(P("l"))
    if rng.random() < 0.5:
        p.add("print(" + chosen[-1] + ")" if "=" not in chosen[-1] and not chosen[-1].startswith("del") else chosen[-1])
    return p.src()


# ## Tuples and named tuples

def gen_tuple(rng):
    p = Prog()
    n = size_n(rng, 0, 40)
    way = rng.choice(["literal", "names", "tuple_range", "tuple_list", "tuple_gen", "concat", "slice", "repeat",
                      "star", "nested", "single", "empty", "tuple_str", "packing"])
    if way == "literal":
        items = [rval(rng) for _ in range(n)]
        p.add("t = (" + ", ".join(items) + ("," if n == 1 else "") + ")")
    elif way == "names":
        p.add("q = 'q'", "t = (" + ", ".join(["q"] * n) + ("," if n == 1 else "") + ")")
    elif way == "tuple_range":
        p.add(f"t = tuple(range({n}))")
    elif way == "tuple_list":
        p.add(f"t = tuple([0] * {n})")
    elif way == "tuple_gen":
        p.add(f"t = tuple(i * i for i in range({n}))")
    elif way == "concat":
        a = rng.randint(0, n)
        p.add(f"t = tuple(range({a})) + tuple(range({n - a}))")
    elif way == "slice":
        p.add(f"t = tuple(range({n * 2}))[::2]")
    elif way == "repeat":
        p.add(f"t = (1, 2) * {n // 2}")
    elif way == "star":
        p.add(f"t = (*range({n}),)")
    elif way == "nested":
        p.add("t = ((1, 2), (3, (4, 5)), [6])")
    elif way == "single":
        p.add(f"t = ({rval(rng)},)")
    elif way == "empty":
        p.add("t = ()" if rng.random() < 0.5 else "t = tuple()")
    elif way == "tuple_str":
        p.add(f"t = tuple({lit(rstr(rng, 'ascii', n))})")
    else:
        p.add("a, b = 1, 2", "t = a, b, a + b")
    p.add(P("t"), "print(len(t))")
    if rng.random() < 0.5:
        p.add("print(t if len(t) < 10 else t[:10])")
    if rng.random() < 0.3:
        p.add("print(t.count(0), (0 in t))")
    if rng.random() < 0.3:
        p.add("print(t + (9,))", P("t + (9,)"))
    if rng.random() < 0.2:
        p.add("t[0] = 1")
    return p.src()


def gen_namedtuple(rng):
    p = Prog()
    fields = str_keys(rng, rng.randint(0, 6))
    fields = [f for f in fields if f.isidentifier()]
    style = rng.choice(["str", "list", "typing"])
    vals = [rval(rng) for _ in fields]
    if style == "typing":
        p.add("from typing import NamedTuple", "", "class Rec(NamedTuple):")
        if not fields:
            p.add("    pass")
        for f in fields:
            p.add(f"    {f}: int")
    else:
        imp = rng.choice(["from collections import namedtuple", "import collections"])
        p.add(imp)
        fn = "namedtuple" if imp.startswith("from") else "collections.namedtuple"
        spec = lit(" ".join(fields)) if style == "str" else repr(fields)
        p.add(f"Rec = {fn}('Rec', {spec})")
    p.add(f"r = Rec({', '.join(vals)})")
    p.add("print(r)", P("r"), "print(len(r))")
    if fields:
        p.add(f"print(r.{fields[0]}, r[0])")
        if rng.random() < 0.5:
            p.add(f"r2 = r._replace({fields[-1]}={rval(rng)})", "print(r2)", P("r2"))
        if rng.random() < 0.5:
            p.add(f"print(r._asdict()['{fields[0]}'])")
        if rng.random() < 0.3:
            p.add("print(r._asdict())")
        if rng.random() < 0.5:
            p.add(f"r3 = Rec._make([{', '.join(vals)}])", "print(r3 == r, tuple(r3) == tuple(r))", P("r3"))
        if rng.random() < 0.3:
            p.add(f"a, *rest = r", "print(a, rest)")
        if rng.random() < 0.3:
            p.add("print(Rec._fields)")
        if rng.random() < 0.2:
            p.add(f"r.{fields[0]} = 1")
    if rng.random() < 0.2:
        p.add("print(isinstance(r, tuple), type(r).__name__)")
    return p.src()


# ## Sets

def gen_set_int(rng):
    p = Prog()
    n = size_n(rng, 0, 90)
    way = rng.choice(["literal_const", "literal_names", "set_range", "set_list", "comp", "add", "copy", "set_set",
                      "frozen", "union", "set_dict", "empty", "ior"])
    if way == "literal_const" and n > 0:
        p.add("s = {" + ", ".join(str(i * 2) for i in range(n)) + "}")
    elif way == "literal_names" and n > 0:
        p.add("v = 3", "s = {" + ", ".join(f"v + {i}" for i in range(n)) + "}")
    elif way == "set_range":
        p.add(f"s = set(range({n}))")
    elif way == "set_list":
        p.add(f"s = set([i % {max(1, n)} for i in range({n * 2})])")
    elif way == "comp":
        p.add(f"s = {{i * 3 for i in range({n})}}")
    elif way == "add":
        p.add("s = set()", f"for i in range({n}):", "    s.add(i)")
    elif way == "copy":
        p.add(f"s0 = set(range({n}))", "s = s0.copy()")
    elif way == "set_set":
        p.add(f"s0 = set(range({n}))", "s = set(s0)")
    elif way == "frozen":
        p.add(f"s = frozenset(range({n}))" if rng.random() < 0.5 else f"s = frozenset(set(range({n})))")
    elif way == "union":
        a = rng.randint(0, n)
        p.add(f"s = set(range({a})) | set(range({a // 2}, {n}))")
    elif way == "set_dict":
        p.add(f"s = set(dict.fromkeys(range({n})))")
    elif way == "ior":
        a = rng.randint(0, n)
        p.add(f"s = set(range({a}))", f"s |= set(range(100, {100 + n - a}))")
    else:
        p.add("s = set()")
    p.add(P("s"), "print(len(s))")
    mutable = way != "frozen"
    for _ in range(rng.randint(0, 8) if mutable else 0):
        op = rng.choice(["add", "addmany", "remove", "discard", "pop", "clear", "update", "diff", "inter",
                         "sym", "ior", "isub"])
        if op == "add":
            p.add(f"s.add({rng.randint(-5, 200)})")
        elif op == "addmany":
            a = rng.randint(0, 300)
            p.add(f"for i in range({a}, {a + rng.randint(1, 40)}):", "    s.add(i)")
        elif op == "remove":
            p.add("if s:", "    s.remove(min(s))")
        elif op == "discard":
            p.add(f"s.discard({rng.randint(0, 30)})")
        elif op == "pop":
            p.add("if s:", "    s.pop()")
        elif op == "clear":
            p.add("s.clear()")
        elif op == "update":
            p.add(f"s.update(range({rng.randint(0, 50)}))")
        elif op == "diff":
            p.add(f"s = s - set(range({rng.randint(0, 20)}))")
        elif op == "inter":
            p.add(f"s = s & set(range(0, 100, 2))")
        elif op == "sym":
            p.add(f"s = s ^ {{1, 2, 3}}")
        elif op == "ior":
            p.add(f"s |= {{{rng.randint(0, 9)}, {rng.randint(10, 99)}}}")
        elif op == "isub":
            p.add("s -= {0, 1, 2}")
        p.add(P("s") if rng.random() < 0.7 else "print(len(s), sys.getsizeof(s))")
    if rng.random() < 0.5:
        p.add("print(sorted(s)[:12])")
    elif rng.random() < 0.5 and n < 15:
        p.add("print(s)")
    if rng.random() < 0.3:
        p.add("print(3 in s, s <= set(range(1000)), s.issubset(range(1000)))")
    return p.src()


def gen_set_str(rng):
    """Sets of str: sizes after adds only (removals are hash-seed dependent), sorted output only."""
    p = Prog()
    n = size_n(rng, 0, 60)
    words = [rstr(rng, rng.choice(["ascii", "latin1"]), rng.randint(1, 6)) for _ in range(n)]
    way = rng.choice(["literal", "set_list", "add", "comp", "frozen", "set_str"])
    if way == "literal" and n > 0:
        p.add("s = {" + ", ".join(lit(w) for w in words) + "}")
    elif way == "set_list":
        p.add(f"s = set({words!r})")
    elif way == "add":
        p.add("s = set()", f"for w in {words!r}:", "    s.add(w)")
    elif way == "comp":
        p.add(f"s = {{'w' + str(i) for i in range({n})}}")
    elif way == "frozen":
        p.add(f"s = frozenset({words!r})")
    elif way == "set_str":
        p.add(f"s = set({lit(rstr(rng, 'ascii', n))})")
    else:
        p.add("s = set()")
    p.add(P("s"), "print(len(s))", "print(sorted(s)[:8])")
    if rng.random() < 0.5:
        p.add(f"print({lit(words[0] if words else 'a')} in s)")
    if rng.random() < 0.4:
        p.add("t = {w.upper() for w in s}", "print(len(t))", P("t"))
    return p.src()


def gen_set_errors(rng):
    p = Prog()
    p.add("s = {1, 2, 3}")
    ops = ["s.remove(9)", "set().pop()", "s.add([1])", "{[1]}", "s[0]", "frozenset([1]).add(2)", "s + s",
           "{{1}}", "set(5)"]
    chosen = rng.sample(ops, rng.randint(1, 3))
    for code in chosen[:-1]:
        p.add("try:", "    " + code, "except Exception as e:", "    print(type(e).__name__, '|', e)")
    p.add(P("s"))
    p.add(chosen[-1])
    return p.src()


# ## Text and bytes

def gen_str(rng):
    p = Prog()
    kind = rng.choice(["ascii", "latin1", "bmp", "astral"])
    n = size_n(rng, 0, 60)
    s = rstr(rng, kind, n)
    p.add(f"s = {lit(s)}", P("s"), "print(len(s))")
    for _ in range(rng.randint(1, 6)):
        op = rng.choice(["upper", "lower", "concat", "mul", "slice", "join", "replace", "strip", "find", "count",
                         "split", "repr", "index1", "encode", "startswith", "single_char", "ord_chr", "iter",
                         "in", "str_int", "center", "format_width", "title", "isx", "empty"])
        if op == "upper":
            p.add("u = s.upper()", "print(u)", P("u"))
        elif op == "lower":
            p.add("u = s.lower()", P("u"))
        elif op == "concat":
            other = rstr(rng, rng.choice(["ascii", "latin1", "bmp", "astral"]), rng.randint(0, 5))
            p.add(f"u = s + {lit(other)}", "print(u)", P("u"), "print(len(u))")
        elif op == "mul":
            p.add(f"u = s * {rng.randint(0, 5)}", P("u"))
        elif op == "slice":
            p.add(f"u = s[{rng.randint(0, 5)}:{rng.randint(0, 30)}]", "print(repr(u))", P("u"))
        elif op == "join":
            p.add("u = '-'.join(s)", P("u"))
        elif op == "replace":
            p.add(f"u = s.replace({lit(s[:1] or 'a')}, {lit(rng.choice(['', 'é', '€', '🐍', 'zz']))})", "print(u)", P("u"))
        elif op == "strip":
            p.add("u = ('  ' + s + '  ').strip()", "print(u == s.strip())", P("u"))
        elif op == "find":
            p.add(f"print(s.find({lit(s[2:4])}), s.find('@@'))")
        elif op == "count":
            p.add(f"print(s.count({lit(s[:1])}))")
        elif op == "split":
            p.add("parts = s.split()", "print(parts)", P("parts") if rng.random() < 0.5 else "print(len(parts))")
        elif op == "repr":
            p.add("print(repr(s))", P("repr(s)"))
        elif op == "index1" and s:
            p.add(f"c = s[{rng.randrange(len(s))}]", "print(c, repr(c))", P("c"))
        elif op == "encode":
            p.add("b = s.encode()" if rng.random() < 0.6 else "b = s.encode('utf-8')", "print(len(b))", P("b"))
        elif op == "startswith":
            p.add(f"print(s.startswith({lit(s[:2])}), s.endswith('x'))")
        elif op == "single_char":
            ch = rng.choice(LATIN1 + BMP + ASTRAL + "az")
            p.add(f"c = {lit(ch)}", P("c"), P("c * 2"), "print(ord(c))")
        elif op == "ord_chr":
            cp = rng.choice([65, 200, 255, 256, 1000, 8364, 65535, 65536, 128013])
            p.add(f"c = chr({cp})", P("c"), "print(ord(c), repr(c))")
        elif op == "iter":
            p.add("for ch in s[:3]:", "    print(ch, sys.getsizeof(ch))")
        elif op == "in":
            p.add(f"print({lit(s[1:3])} in s)")
        elif op == "str_int":
            p.add(f"u = str({rint(rng)})", "print(u)", P("u"))
        elif op == "center":
            p.add(f"print(repr(s[:5].center(11, '*')), repr(s[:3].ljust(6)), repr(s[:3].rjust(6)))")
        elif op == "format_width":
            p.add("print(f'[{s[:4]:>8}]', f'[{s[:4]:<8}]', f'[{s[:4]:^8}]')")
        elif op == "title":
            p.add("print(s.title(), s.capitalize(), s.swapcase())")
        elif op == "isx":
            p.add("print(s.isalpha(), s.isdigit(), s.isascii() if hasattr(s, 'isascii') else None, s.isspace())")
        elif op == "empty":
            p.add("e = ''", P("e"), P("s[:0]"), P("str()"))
    return p.src()


def gen_str_sweep(rng):
    p = Prog()
    ch = rng.choice(["a", "é", "ÿ", "€", "中", "🐍", "\\x00", "\\u0100"])
    lo = rng.randint(0, 10)
    hi = lo + rng.randint(3, 20)
    pre = rng.choice(["", "'x' + ", "'ab' + "])
    p.add(f"for n in range({lo}, {hi}):", f"    s = {pre}'{ch}' * n", "    print(n, len(s), sys.getsizeof(s))")
    return p.src()


def gen_str_repr(rng):
    p = Prog()
    pool = SPECIAL + LATIN1 + BMP + ASTRAL + ASCII + "\x01\x1b\u2028\ud7ff\ue000\uffff"
    for _ in range(rng.randint(2, 6)):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 8)))
        form = rng.choice(["print(repr(%s))", "print([%s])", "print(%s)", "print((%s,))", "print({%s: 1})",
                           P("%s")])
        p.add(form % lit(s))
    if rng.random() < 0.5:
        p.add("print(repr(\"it's\"), repr('say \"hi\"'), repr('both \\'\"'))")
    return p.src()


def gen_bytes(rng):
    p = Prog()
    n = size_n(rng, 0, 50)
    way = rng.choice(["literal", "bytes_n", "bytes_list", "bytes_range", "encode", "concat", "slice", "mul",
                      "escapes"])
    if way == "literal":
        p.add(f"b = {lit(bytes(rng.randint(32, 126) for _ in range(n)))}")
    elif way == "bytes_n":
        p.add(f"b = bytes({n})")
    elif way == "bytes_list":
        p.add(f"b = bytes({[rng.randint(0, 255) for _ in range(n)]!r})")
    elif way == "bytes_range":
        p.add(f"b = bytes(range({n}))")
    elif way == "encode":
        p.add(f"b = {lit(rstr(rng, rng.choice(['ascii', 'latin1', 'bmp', 'astral']), n))}.encode()")
    elif way == "concat":
        p.add(f"b = b'abc' + bytes({n})")
    elif way == "slice":
        p.add(f"b = bytes(range({n + 5}))[2:{n}]")
    elif way == "mul":
        p.add(f"b = b'xy' * {n}")
    else:
        p.add("b = b'\\x00\\n\\t\\\\\\'\"\\x7f\\x80\\xff' + bytes([10, 13, 39, 34])")
    p.add(P("b"), "print(len(b))")
    if n < 20 or rng.random() < 0.3:
        p.add("print(b)")
    for _ in range(rng.randint(0, 4)):
        op = rng.choice(["hex", "decode", "index", "iter", "upper", "find", "split", "join", "count", "repr_list", "in"])
        if op == "hex":
            p.add("print(b.hex())")
        elif op == "decode":
            p.add("print(b.decode('latin-1') == b.decode('latin-1'), len(b.decode('latin-1')))")
        elif op == "index":
            p.add("if b:", "    print(b[0], b[-1], b[:3])")
        elif op == "iter":
            p.add("print(list(b[:5]))")
        elif op == "upper":
            p.add("print(b.upper()[:10], b.lower()[:10])")
        elif op == "find":
            p.add("print(b.find(b'a'), b.count(b'x'))")
        elif op == "split":
            p.add("print(b'a,b,,c'.split(b','))")
        elif op == "join":
            p.add("print(b'-'.join([b'a', b'bc', b'']))")
        elif op == "count":
            p.add("print(b.count(0))")
        elif op == "repr_list":
            p.add("print([b, b''])")
        elif op == "in":
            p.add("print(b'a' in b, 97 in b)")
    return p.src()


def gen_bytearray(rng):
    p = Prog()
    n = size_n(rng, 0, 50)
    way = rng.choice(["empty", "n", "bytes", "list", "range", "append"])
    if way == "empty":
        p.add("b = bytearray()")
    elif way == "n":
        p.add(f"b = bytearray({n})")
    elif way == "bytes":
        p.add(f"b = bytearray(b'{'x' * n}')")
    elif way == "list":
        p.add(f"b = bytearray([1] * {n})")
    elif way == "range":
        p.add(f"b = bytearray(range({n}))")
    else:
        p.add("b = bytearray()", f"for i in range({n}):", "    b.append(i)")
    p.add(P("b"), "print(len(b))")
    for _ in range(rng.randint(1, 8)):
        op = rng.choice(["append", "appendmany", "extend", "iadd", "del_end", "pop", "clear", "setitem", "slice",
                         "print"])
        if op == "append":
            p.add(f"b.append({rng.randint(0, 255)})")
        elif op == "appendmany":
            p.add(f"for i in range({rng.randint(1, 40)}):", "    b.append(65)", "    print(len(b), sys.getsizeof(b))")
        elif op == "extend":
            p.add(f"b.extend(b'{'y' * rng.randint(0, 20)}')")
        elif op == "iadd":
            p.add(f"b += bytes({rng.randint(0, 30)})")
        elif op == "del_end":
            p.add(f"del b[{rng.randint(0, 10)}:]" if rng.random() < 0.7 else "del b[-3:]")
        elif op == "pop":
            p.add("if b:", "    print(b.pop())")
        elif op == "clear":
            p.add("b.clear()")
        elif op == "setitem":
            p.add("if b:", "    b[0] = 90")
        elif op == "slice":
            p.add("c = b[1:4]", "print(c)", P("c"))
        elif op == "print":
            p.add("print(b[:12])")
        p.add(P("b"))
    return p.src()


# ## Numbers

def gen_int(rng):
    p = Prog()
    for _ in range(rng.randint(2, 7)):
        a = rint(rng)
        b = rint(rng) or 3
        op = rng.choice(["size", "add", "mul", "pow", "floordiv", "mod", "shift", "bits", "neg", "abs", "bool",
                         "cmp", "str", "int_str", "int_float", "truediv", "sweep", "small", "hexfmt"])
        if op == "size":
            p.add(f"x = {a}", "print(x)", P("x"))
        elif op == "add":
            p.add(f"x = {a} + {b}", "print(x, sys.getsizeof(x))")
        elif op == "mul":
            p.add(f"x = {a} * {b}", "print(x, sys.getsizeof(x))")
        elif op == "pow":
            base, e = rng.choice([2, 3, 10, 7, -2, -10]), rng.randint(0, 200)
            p.add(f"x = {base} ** {e}", "print(x)", P("x"))
        elif op == "floordiv":
            p.add(f"print({a} // {b}, {a} % {b})")
        elif op == "mod":
            p.add(f"print({a} % {rng.randint(1, 97)}, -{abs(a)} % {rng.randint(1, 9)})")
        elif op == "shift":
            k = rng.randint(0, 130)
            p.add(f"x = 1 << {k}", "print(x, sys.getsizeof(x), sys.getsizeof(x - 1), sys.getsizeof(-x))", f"print(x >> {rng.randint(0, 10)})")
        elif op == "bits":
            p.add(f"print({a} & {b}, {a} | {b}, {a} ^ {b}, ~{a})")
        elif op == "neg":
            p.add(f"x = -({a})", P("x"))
        elif op == "abs":
            p.add(f"print(abs({a}), abs(-{abs(b)}))")
        elif op == "bool":
            p.add("print(True + True, True * 3, sys.getsizeof(True), sys.getsizeof(False), False - 1)",
                  "print(int(True), bool(0), bool(-1), bool(''), bool([0]))")
        elif op == "cmp":
            p.add(f"print({a} < {b}, {a} == {a}, {a} >= {b}, 1 < 2 < 3, 3 > 2 > 5)")
        elif op == "str":
            p.add(f"s = str({a})", "print(s, len(s))", P("s"))
        elif op == "int_str":
            p.add(f"print(int({lit(str(a))}), int('  -42 '), int('ff', 16), int('0b101', 0), int('1_000'))")
        elif op == "int_float":
            p.add(f"print(int({rfloat(rng)}), int(-2.9), int(1e20))")
        elif op == "truediv":
            p.add(f"print({a} / {b}, 7 / 2, -7 // 2, 7 % -3, 2 ** -1)")
        elif op == "sweep":
            p.add("for k in range(0, 200, 13):", "    print(k, sys.getsizeof(2 ** k), sys.getsizeof(-(2 ** k) + 1))")
        elif op == "small":
            p.add("print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(255), sys.getsizeof(2**30 - 1), sys.getsizeof(2**30))")
        elif op == "hexfmt":
            p.add(f"print('%x' % {abs(a)}, '%o' % {abs(b)}, format({a}, ','))")
    return p.src()


def gen_float(rng):
    p = Prog()
    exprs = ["0.1 + 0.2", "1 / 3", "2 / 3", "1e16", "1e15", "1.5e-7", "1e-5", "0.0001", "123456789.0", "1e22",
             "1e23", "-0.0", "float('inf')", "-float('inf')", "float('nan')", "2.0 ** 0.5", "10 / 4", "1e308 * 10",
             "3.0", "100.0", "1.1 * 3", "0.1 * 3", "2 ** 0.5", "1.0 / 7", "12345678901234567890.0", "5e-324",
             "1.7976931348623157e308", "float('1e5')", "float('  3.25 ')", "float(7)", "float('-0')", "9.5 // 2",
             "9.5 % 2", "-9.5 % 2", "abs(-2.5)", "1e16 + 1", "0.5 + 0.25", "3.14159 * 2", "1e-7 * 3", "10 ** -3",
             "float(2 ** 60)", "2.5e-5", "123.456e10", "1.0e+16", "4.35", "0.3", "1e21", "1e-4"]
    for _ in range(rng.randint(2, 7)):
        e = rng.choice(exprs)
        form = rng.choice(["print(@@)", "print(repr(@@))", "print(str(@@))", "print([@@])", "print(@@, sys.getsizeof(@@))",
                           'print(f"{@@}")', "print('%s' % (@@,))", "print(int(@@) if @@ == @@ and abs(@@) < 1e300 else 'x')"])
        p.add(form.replace("@@", "(" + e + ")"))
    if rng.random() < 0.4:
        p.add("print(1.5 == 1.5, 0.1 + 0.2 == 0.3, 1 == 1.0, 2.5 < 3, float('nan') == float('nan'))")
    if rng.random() < 0.3:
        p.add("c = 1 + 2j", "print(c, c * c, c.real, c.imag, abs(3 + 4j))", P("c"), "print(complex(1, -1), 2j, -1j + 0)")
    if rng.random() < 0.3:
        p.add("print(sum([0.1] * 10), max(1, 2.5), min(-0.0, 0.0))")
    return p.src()


# ## Records and instances

def record_fields(rng):
    n = rng.randint(0, 8)
    fs = [f for f in str_keys(rng, n) if f.isidentifier()]
    vals = [rval(rng) for _ in fs]
    return fs, vals


def gen_records(rng):
    """The same record stored as dict, tuple, namedtuple, slots class, plain class (no dataclass: 3.6)."""
    p = Prog()
    fs, vals = record_fields(rng)
    p.add("from collections import namedtuple")
    p.add("rd = {" + ", ".join(f"{lit(f)}: {v}" for f, v in zip(fs, vals)) + "}")
    p.add("rt = (" + ", ".join(vals) + ("," if len(vals) == 1 else "") + ")")
    p.add(f"Row = namedtuple('Row', {fs!r})", f"rn = Row({', '.join(vals)})")
    p.add("class RowS:", f"    __slots__ = {tuple(fs)!r}", f"    def __init__(self{''.join(', ' + f for f in fs)}):")
    p.add(*(["        pass"] if not fs else [f"        self.{f} = {f}" for f in fs]))
    p.add("class RowC:", f"    def __init__(self{''.join(', ' + f for f in fs)}):")
    p.add(*(["        pass"] if not fs else [f"        self.{f} = {f}" for f in fs]))
    p.add(f"rs = RowS({', '.join(vals)})", f"rc = RowC({', '.join(vals)})")
    order = ["rd", "rt", "rn", "rs", "rc"]
    rng.shuffle(order)
    for v in order:
        p.add(f"print({lit(v)}, sys.getsizeof({v}))")
    p.add("print(sys.getsizeof(rc.__dict__))")
    if rng.random() < 0.5:
        k = rng.randint(2, 30)
        p.add(f"rows = [RowC({', '.join(vals)}) for _ in range({k})]", "print(sys.getsizeof(rows[0].__dict__), sys.getsizeof(rows[-1].__dict__), sys.getsizeof(rc.__dict__))")
        p.add(f"srows = [RowS({', '.join(vals)}) for _ in range({k})]", "print(sum(sys.getsizeof(r) for r in srows))")
        p.add(f"drows = [dict(rd) for _ in range({k})]", "print(sum(sys.getsizeof(r) for r in drows))")
    if fs and rng.random() < 0.5:
        p.add(f"print(rd[{lit(fs[0])}] == rn.{fs[0]} == rs.{fs[0]} == rc.{fs[0]})")
    return p.src()


def gen_instance_dict(rng):
    p = Prog()
    attrs = [a for a in str_keys(rng, rng.randint(0, 12)) if a.isidentifier()]
    p.add("class C:")
    if rng.random() < 0.3:
        p.add("    kind = 'c'")
    p.add("    def __init__(self):")
    if not attrs:
        p.add("        pass")
    for a in attrs:
        p.add(f"        self.{a} = {rval(rng)}")
    if rng.random() < 0.3:
        p.add("    def total(self):", "        return len(self.__dict__)")
    p.add("o1 = C()", P("o1"), P("o1.__dict__"))
    for step in range(rng.randint(2, 9)):
        op = rng.choice(["new", "newmany", "addattr", "delattr", "order", "print_old", "copy", "dictcopy",
                         "len", "setattr", "getattr", "hasattr", "print_dict", "nonstr", "many_attrs"])
        if op == "new":
            p.add(f"o{step + 2} = C()", P(f"o{step + 2}.__dict__"))
        elif op == "newmany":
            k = rng.randint(2, 35)
            p.add(f"objs = [C() for _ in range({k})]", P("objs[-1].__dict__"), P("objs[0].__dict__"))
        elif op == "addattr":
            p.add(f"o1.extra{step} = {step}", P("o1.__dict__"))
        elif op == "delattr" and attrs:
            p.add(f"del o1.{rng.choice(attrs)}", P("o1.__dict__"), "o9 = C()", P("o9.__dict__"))
            break
        elif op == "order" and len(attrs) >= 2:
            rev = list(reversed(attrs))
            p.add("o8 = C.__new__(C)", *[f"o8.{a} = 0" for a in rev], P("o8.__dict__"), P("o1.__dict__"))
        elif op == "print_old":
            p.add(P("o1.__dict__"))
        elif op == "copy":
            p.add("cd = o1.__dict__.copy()", P("cd"))
        elif op == "dictcopy":
            p.add("cd = dict(o1.__dict__)", P("cd"))
        elif op == "len":
            p.add("print(len(o1.__dict__), sorted(o1.__dict__))")
        elif op == "setattr":
            p.add(f"setattr(o1, 'dyn{step}', 1)", P("o1.__dict__"), P("o1"))
        elif op == "getattr" and attrs:
            p.add(f"print(getattr(o1, {lit(attrs[0])}), getattr(o1, 'missing', 'dflt'))")
        elif op == "hasattr":
            p.add(f"print(hasattr(o1, {lit(attrs[0] if attrs else 'x')}), hasattr(o1, 'nope'))")
        elif op == "print_dict":
            p.add("print(o1.__dict__)")
        elif op == "nonstr":
            p.add("o7 = C()", "o7.__dict__[1] = 1", P("o7.__dict__"))
        elif op == "many_attrs":
            k = rng.randint(20, 40)
            p.add("o6 = C()", f"for i in range({k}):", "    setattr(o6, 'a' + str(i), i)", P("o6.__dict__"), P("o6"))
    return p.src()


def gen_slots(rng):
    p = Prog()
    fs = [f for f in str_keys(rng, rng.randint(0, 6)) if f.isidentifier()]
    extra = rng.choice([[], [], ["__dict__"], ["__weakref__"], ["__dict__", "__weakref__"]])
    p.add("class S:", f"    __slots__ = {tuple(fs + extra)!r}" if rng.random() < 0.6 else f"    __slots__ = {fs + extra!r}")
    p.add(f"    def __init__(self):")
    p.add(*(["        pass"] if not fs else [f"        self.{f} = {rval(rng)}" for f in fs]))
    p.add("s = S()", P("s"))
    if fs:
        p.add(f"print(s.{fs[0]})")
    sub = rng.choice(["none", "slots", "plain"])
    if sub == "slots":
        p.add("class T(S):", "    __slots__ = ('extra',)", "t = T()", P("t"))
    elif sub == "plain":
        p.add("class T(S):", "    pass", "t = T()", P("t"), P("t.__dict__"))
    if "__dict__" in extra:
        p.add("s.other = 5", P("s"), P("s.__dict__"))
    elif rng.random() < 0.12:
        p.add("s.other = 5")
    if rng.random() < 0.12 and fs:
        p.add(f"del s.{fs[0]}", f"print(hasattr(s, {lit(fs[0])}))", f"print(s.{fs[0]})")
    return p.src()


def gen_class_misc(rng):
    p = Prog()
    p.add("class Point:", "    dims = 2", "    def __init__(self, x, y=0):", "        self.x = x", "        self.y = y",
          "    def norm1(self):", "        return abs(self.x) + abs(self.y)",
          "    def move(self, dx, dy=0):", "        self.x += dx", "        self.y += dy", "        return self")
    if rng.random() < 0.5:
        p.add("    def __repr__(self):", "        return 'Point(%r, %r)' % (self.x, self.y)")
    if rng.random() < 0.4:
        p.add("    def __eq__(self, other):", "        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)")
    if rng.random() < 0.3:
        p.add("    def __len__(self):", "        return 2")
    if rng.random() < 0.3:
        p.add("class Point3(Point):", "    dims = 3", "    def __init__(self, x, y, z):",
              "        Point.__init__(self, x, y)", "        self.z = z")
        p.add("q = Point3(1, 2, 3)", "print(q.dims, q.norm1(), isinstance(q, Point), type(q).__name__)", P("q"), P("q.__dict__"))
    p.add(f"p = Point({rng.randint(-9, 9)}, y={rng.randint(-9, 9)})")
    for _ in range(rng.randint(2, 6)):
        op = rng.choice(["norm", "move", "attr", "class_attr", "print", "eq", "isinst", "size", "getattr_err",
                         "type", "list_of", "setattr"])
        if op == "norm":
            p.add("print(p.norm1())")
        elif op == "move":
            p.add(f"p.move({rng.randint(-3, 3)}).move(1, dy=2)", "print(p.x, p.y)")
        elif op == "attr":
            p.add("p.label = 'pt'", "print(p.label)", P("p.__dict__"))
        elif op == "class_attr":
            p.add("print(Point.dims, p.dims)", "Point.dims = 5", "print(p.dims)")
        elif op == "print":
            p.add("print(repr(p) if type(p).__repr__ is not object.__repr__ else 'default')")
        elif op == "eq":
            p.add("print(p == Point(p.x, p.y), p != p)")
        elif op == "isinst":
            p.add("print(isinstance(p, Point), isinstance(p, (int, str)), isinstance(3, int), isinstance(True, int))")
        elif op == "size":
            p.add(P("p"), P("p.__dict__"))
        elif op == "getattr_err":
            p.add("try:", "    p.zzz", "except AttributeError as e:", "    print('AttributeError', e)")
        elif op == "type":
            p.add("print(type(p).__name__, type(3), type('s'), type([]), type(None), type(p) is Point)")
        elif op == "list_of":
            p.add(f"pts = [Point(i, i) for i in range({rng.randint(1, 30)})]", P("pts"), P("pts[-1].__dict__"), P("pts[0].__dict__"))
        elif op == "setattr":
            p.add("setattr(p, 'x', 100)", "print(getattr(p, 'x'), hasattr(p, 'y'))")
    return p.src()


def gen_dataclass(rng):
    """Dataclasses: ModuleNotFoundError on 3.6; slots=True is a TypeError before 3.10."""
    p = Prog()
    fs = [f for f in str_keys(rng, rng.randint(0, 6)) if f.isidentifier()]
    opts = rng.choice(["", "", "(frozen=True)", "(eq=False)", "(order=True)", "(slots=True)", "(repr=False)"])
    p.add("from dataclasses import dataclass", "", f"@dataclass{opts}", "class D:")
    if not fs:
        p.add("    pass")
    defaults = rng.random() < 0.4
    for i, f in enumerate(fs):
        ty = rng.choice(["int", "str", "float", "list", "object"])
        if defaults and i == len(fs) - 1:
            p.add(f"    {f}: {ty} = {rval(rng)}")
        else:
            p.add(f"    {f}: {ty}")
    vals = [rval(rng) for _ in fs]
    p.add(f"d = D({', '.join(vals)})", P("d"))
    if "slots" not in opts:
        p.add(P("d.__dict__"))
    if opts != "(repr=False)":
        p.add("print(d)")
    if fs:
        p.add(f"print(d.{fs[0]})")
        p.add(f"e = D({', '.join(vals)})", "print(d == e)")
        if rng.random() < 0.5:
            p.add(f"print([D({', '.join(vals)}) for _ in range(3)][0] == d)")
    if rng.random() < 0.4:
        k = rng.randint(2, 30)
        p.add(f"many = [D({', '.join(vals)}) for _ in range({k})]", P("many[0]"))
        if "slots" not in opts:
            p.add(P("many[-1].__dict__"))
    if "frozen" in opts and fs:
        p.add(f"d.{fs[0]} = 1")
    return p.src()


# ## Control flow, functions, comprehensions

def gen_control(rng):
    p = Prog()
    kind = rng.choice(["while_else", "for_else", "nested", "fib", "collatz", "primes", "fizz", "accumulate"])
    n = rng.randint(3, 40)
    if kind == "while_else":
        p.add(f"i = 0", "l = []", f"while i < {n}:", "    i += 1", f"    if i % {rng.randint(2, 7)} == 0:", "        continue",
              f"    if i > {rng.randint(5, 60)}:", "        break", "    l.append(i)", "else:", "    print('no break')",
              "print(i, l)", P("l"))
    elif kind == "for_else":
        p.add(f"for x in range({n}):", f"    if x * x > {rng.randint(10, 2000)}:", "        print('found', x)", "        break",
              "else:", "    print('none')")
    elif kind == "nested":
        p.add("out = []", f"for i in range({rng.randint(1, 8)}):", f"    for j in range({rng.randint(1, 8)}):",
              "        if (i + j) % 3 == 0:", "            continue", "        out.append((i, j))", "print(len(out), out[:6])", P("out"))
    elif kind == "fib":
        p.add("def fib(k):", "    a, b = 0, 1", "    for _ in range(k):", "        a, b = b, a + b", "    return a",
              f"print([fib(k) for k in range({n})][-3:])", f"print(fib({rng.randint(50, 300)}), sys.getsizeof(fib({rng.randint(50, 300)})))")
    elif kind == "collatz":
        p.add("def steps(x):", "    c = 0", "    while x != 1:", "        x = x // 2 if x % 2 == 0 else 3 * x + 1", "        c += 1",
              "    return c", f"print([steps(v) for v in range(1, {n})])")
    elif kind == "primes":
        p.add(f"N = {n * 5}", "sieve = [True] * (N + 1)", "sieve[0] = sieve[1] = False", "for i in range(2, N + 1):",
              "    if sieve[i]:", "        for j in range(i * i, N + 1, i):", "            sieve[j] = False",
              "ps = [i for i, ok in enumerate(sieve) if ok]", "print(ps)", P("ps"), P("sieve"))
    elif kind == "fizz":
        p.add(f"for i in range(1, {n}):", "    print('FizzBuzz' if i % 15 == 0 else 'Fizz' if i % 3 == 0 else 'Buzz' if i % 5 == 0 else i, end=' ')", "print()")
    else:
        p.add("total = 0", "seen = {}", f"for i in range({n}):", "    total += i * i", "    seen[i % 7] = seen.get(i % 7, 0) + 1",
              "print(total, seen)", P("seen"))
    if rng.random() < 0.3:
        p.add("x = 5", "y = 10 if x > 3 else 20", "print(y, x and y, x or y, not x, None or 'dflt', 0 and 1)")
    if rng.random() < 0.3:
        p.add("a = b = c = 1", "a += 1", "b *= 3", "c -= 4", "print(a, b, c)", "c **= 2", "c //= 3", "c %= 5", "print(c)")
    return p.src()


def gen_functions(rng):
    p = Prog()
    kind = rng.choice(["defaults", "args", "kwargs", "recursion", "lambda", "global", "closure_read", "return_multi",
                       "mutable_default", "higher"])
    if kind == "defaults":
        p.add("def f(a, b=2, c=None):", "    return (a, b, c)", "print(f(1), f(1, 3), f(1, c=5), f(a=0, b=0, c=0))")
    elif kind == "args":
        p.add("def f(*args):", "    print(type(args).__name__, len(args), sys.getsizeof(args))", "    return sum(args)",
              f"print(f({', '.join(str(i) for i in range(rng.randint(0, 9)))}))", "print(f(*range(5)))")
    elif kind == "kwargs":
        p.add("def f(**kw):", "    print(sorted(kw.items()), sys.getsizeof(kw))", "    return len(kw)",
              f"print(f({', '.join(f'{k}={i}' for i, k in enumerate(str_keys(rng, rng.randint(0, 8))))}))",
              "d = {'x': 1, 'y': 2}", "print(f(**d))")
    elif kind == "recursion":
        p.add("def fact(n):", "    return 1 if n <= 1 else n * fact(n - 1)", f"v = fact({rng.randint(1, 80)})", "print(v)", P("v"))
    elif kind == "lambda":
        p.add("sq = lambda v: v * v", "add = lambda a, b=1: a + b", "print(sq(7), add(2), add(2, 3))",
              "print(list(map(lambda t: t[1], [(1, 'a'), (2, 'b')])))", "print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))")
    elif kind == "global":
        p.add("count = 0", "def bump(k=1):", "    global count", "    count += k", "    return count", "bump()", "bump(5)", "print(count)")
    elif kind == "closure_read":
        p.add("factor = 3", "def scale(xs):", "    return [x * factor for x in xs]", "print(scale([1, 2, 3]))")
    elif kind == "return_multi":
        p.add("def stats(xs):", "    return min(xs), max(xs), sum(xs) / len(xs)", f"lo, hi, avg = stats({[rng.randint(-9, 9) for _ in range(rng.randint(1, 8))]!r})",
              "print(lo, hi, avg)", "t = stats([1, 2])", P("t"))
    elif kind == "mutable_default":
        p.add("def add_item(x, bucket=[]):", "    bucket.append(x)", "    return bucket", "add_item(1)", "b = add_item(2)", "print(b)", P("b"))
    else:
        p.add("def apply(fn, xs):", "    return [fn(x) for x in xs]", "def compose(f, g):", "    return lambda x: f(g(x))",
              "inc = lambda x: x + 1", "dbl = lambda x: x * 2", "print(apply(compose(inc, dbl), range(5)))",
              "print(list(filter(lambda v: v % 2, range(10))), list(zip('ab', [1, 2], (True, False))))")
    if rng.random() < 0.3:
        p.add("def nothing():", "    pass", "print(nothing())")
    return p.src()


def gen_comprehension(rng):
    p = Prog()
    n = rng.randint(0, 40)
    for _ in range(rng.randint(2, 5)):
        op = rng.choice(["list", "cond", "nested", "dict", "set", "gen_sum", "gen_tuple", "gen_max", "matrix",
                         "str_comp", "any_all", "enum_comp", "dict_inv", "walrus_free"])
        if op == "list":
            p.add(f"l = [x * x for x in range({n})]", P("l"), "print(l[-3:])")
        elif op == "cond":
            p.add(f"l = [x for x in range({n}) if x % 3 == 0]", "print(l)", P("l"))
        elif op == "nested":
            p.add(f"l = [(i, j) for i in range({min(n, 6)}) for j in range(i)]", "print(l)", P("l"))
        elif op == "dict":
            p.add(f"d = {{x: str(x) for x in range({n})}}", P("d"), "print(len(d))")
        elif op == "set":
            p.add(f"s = {{x % 7 for x in range({n})}}", "print(sorted(s))", P("s"))
        elif op == "gen_sum":
            p.add(f"print(sum(x for x in range({n})), sum(1 for _ in range({n}) if _ % 2))")
        elif op == "gen_tuple":
            p.add(f"t = tuple(x for x in range({n}))", P("t"))
        elif op == "gen_max":
            p.add(f"print(max((x % 11 for x in range({n + 1})), default=-1), min((x for x in range({n + 1})), key=lambda v: -v))")
        elif op == "matrix":
            p.add("m = [[r * 3 + c for c in range(3)] for r in range(3)]", "print(m, [row[1] for row in m])", "print([list(col) for col in zip(*m)])")
        elif op == "str_comp":
            p.add("print(''.join(c.upper() for c in 'hello world' if c != 'o'))")
        elif op == "any_all":
            p.add(f"print(any(x > 5 for x in range({n})), all(x >= 0 for x in range({n})))" if True else "")
        elif op == "enum_comp":
            p.add("print({i: c for i, c in enumerate('abcde')})")
        elif op == "dict_inv":
            p.add("d = {'a': 1, 'b': 2, 'c': 3}", "inv = {v: k for k, v in d.items()}", "print(inv)", P("inv"))
        elif op == "walrus_free":
            p.add("g = (x * 2 for x in range(4))", "print(next(g), next(g), list(g))")
    return p.src()


def gen_builtins(rng):
    p = Prog()
    ops = [
        ["print(len('abc'), len([1, 2]), len({}), len(range(10)), len(b'xy'))"],
        ["print(list(range(5)), list(range(2, 10, 3)), list(range(10, 0, -4)), range(5))"],
        ["r = range(100)", P("r"), "print(r[5], r[-1], len(r), 50 in r)"],
        ["print(sorted('hello'), sorted([3, 1, 2], reverse=True), list(reversed('abc')))"],
        ["print(list(enumerate('ab')), list(enumerate('xy', 5)))"],
        ["print(list(zip([1, 2, 3], 'ab')), list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2], [3, 4])))"],
        ["print(sum([1, 2, 3]), sum([]), min(3, 1, 2), max('abc'), max([1, 5, 2], key=lambda v: -v))"],
        ["print(abs(-5), abs(2.5), abs(-0.0))"],
        ["print(isinstance(1, int), isinstance('a', (int, str)), isinstance([], list), isinstance({}, dict))"],
        ["it = iter([1, 2, 3])", "print(next(it), next(it), next(it), next(it, 'end'))"],
        ["print(str(1), str(1.5), str([1]), str(None), str(True), str(b'x'))"],
        ["print(int('7'), int(7.9), int(-7.9), float('2'), float(3), bool([]), bool([0]))"],
        ["print(repr('a'), repr(1), repr([1, 'a']), repr(None), repr(1.0))"],
        ["print(tuple([1, 2]), list((1, 2)), set([2, 1, 2]), frozenset([3, 3]), dict(a=1))"],
        ["print(type(1).__name__, type('').__name__, type(1.0).__name__, type(None).__name__, type(type).__name__)"],
        ["print(type(1), type(int), type([]) is list)"],
        ["class A:", "    pass", "a = A()", "setattr(a, 'v', 3)", "print(getattr(a, 'v'), hasattr(a, 'v'), hasattr(a, 'w'), getattr(a, 'w', None))"],
        ["print(1, 2, 3, sep='-')", "print('a', 'b', end='!\\n')", "print()", "print('x', end='')", "print('y')"],
        ["print(*[1, 2, 3])", "print(*'abc', sep=',')"],
        ["print(bytes(3), bytes([65, 66]), bytearray(b'hi'), bytes('é', 'utf-8'))"],
        ["print(sorted({'b': 1, 'a': 2}), sorted({3: 'x', 1: 'y'}.items()))"],
        ["print(ord('a'), chr(97), ord('€'), chr(128013))"],
        ["print(list(filter(None, [0, 1, '', 'a', None, []])))"],
        ["print(sys.version_info[0], sys.version_info >= (3, 6), sys.version_info > (2,), type(sys.version).__name__)"],
        ["print(sys.version_info[:2] >= (3, 8), len(sys.version_info) >= 3)"],
        ["v = sys.version_info", "if v >= (3, 12):", "    print('new str header')", "elif v >= (3, 8):", "    print('16-byte gc')", "else:", "    print('old')"],
        ["print(sys.getsizeof(None), sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(-2.5))"],
        ["print(sys.getsizeof([], 0), [].__sizeof__(), {}.__sizeof__() <= sys.getsizeof({}), (1, 2).__sizeof__())"],
        ["print('abc'.__sizeof__(), b'ab'.__sizeof__(), (5).__sizeof__(), 1.5.__sizeof__())"],
        ["print(sys.getsizeof(range(3)), sys.getsizeof(range(10**6)), sys.getsizeof(True), sys.getsizeof(object()))"],
        ["x = [1, 2]", "print(sys.getsizeof(x) - x.__sizeof__())"],
        ["print(min([3, 4], [3, 2]), max((1, 'b'), (1, 'a')), sorted([(2, 'a'), (1, 'z'), (2, 'A')]))"],
        ["print(list(iter('ab')), next(iter({'k': 1})), next(reversed([1, 2])))"],
        ["print(list(map(int, '123')), list(map(len, ['a', 'bb'])), sum(map(int, '999')))"],
        ["print(sorted(set('mississippi')), len(set('mississippi')))"],
    ]
    for code in rng.sample(ops, rng.randint(2, 5)):
        p.add(*code)
    return p.src()


def gen_formatting(rng):
    p = Prog()
    x = rng.choice([0, 7, -42, 1234567, 3.14159, -0.5, 2.5, 1e-5, 12345.678, 255, 10**20])
    s = rstr(rng, rng.choice(["ascii", "latin1", "bmp"]), rng.randint(0, 6))
    p.add(f"x = {x!r}", f"s = {s!r}", "items = [1, 'two', 3.0]")
    specs_num = ["", ":5", ":<6", ":>6", ":^7", ":06", ":+", ":,", ":_", ":.2f", ":10.3f", ":e", ":.3e", ":g", ":.2g", ":%",
                 ":.1%"]
    specs_int = [":x", ":X", ":o", ":b", ":#x", ":#b", ":08b", ":d"]
    specs_str = ["", ":>8", ":<8", ":^9", ":*^9", ":.2", "!r", "!s"]
    for _ in range(rng.randint(2, 6)):
        op = rng.choice(["fnum", "fint", "fstr", "pct", "pct_tuple", "pct_dict", "pct_bytes", "concat", "fexpr", "fnested",
                         "pct_r", "format_fn", "str_format"])
        if op == "fnum":
            spec = rng.choice(specs_num)
            p.add("print(f'[{x%s}]')" % spec)
        elif op == "fint":
            spec = rng.choice(specs_int)
            p.add("print(f'[{int(x)%s}]')" % spec)
        elif op == "fstr":
            spec = rng.choice(specs_str)
            p.add("print(f'[{s%s}]')" % spec)
        elif op == "pct":
            fmt = rng.choice(["%d", "%5d", "%-5d|", "%05d", "%.2f", "%8.3f", "%e", "%g", "%s", "%r", "%x", "%o", "%i", "%+d", "%%d %d"])
            p.add(f"print({fmt!r} % int(x) if 'x' in {fmt!r} or 'o' in {fmt!r} else {fmt!r} % x)")
        elif op == "pct_tuple":
            p.add("print('%s and %r and %d' % (s, s, 3))")
        elif op == "pct_dict":
            p.add("print('%(a)s-%(b)05.1f' % {'a': s, 'b': 2.25})")
        elif op == "pct_bytes":
            p.add("print(b'%d|%s|%5.2f|%x' % (7, b'raw', 1.5, 255))", "print(b'%c%c' % (65, b'B'))")
        elif op == "concat":
            p.add("msg = 'x=' + str(x) + ', s=' + s", "print(msg)", P("msg"))
        elif op == "fexpr":
            p.add("print(f'{x * 2} {len(s)} {items[1].upper()} {items!r} {s + s}')")
        elif op == "fnested":
            p.add("w = 10", "print(f'[{x:>{w}}] [{s!r:^{w}}]')")
        elif op == "pct_r":
            p.add("print('%r %s' % (items, items))")
        elif op == "format_fn":
            p.add(f"print(format(x, {rng.choice(['', '>8', '.3', ',', 'e'])!r}) if not isinstance(x, int) or True else '')")
        elif op == "str_format":
            p.add("print('{} | {!r} | {:>5}'.format(s, s, 42), '{0}{1}{0}'.format('a', 'b'), '{k}'.format(k=1))")
    if rng.random() < 0.3:
        p.add("f = f'{x}'", P("f"), "print(f == str(x))")
    return p.src()


def gen_unpack(rng):
    p = Prog()
    ops = [
        ["a, b = 1, 2", "a, b = b, a", "print(a, b)"],
        ["a, *b = [1, 2, 3, 4]", "print(a, b)", P("b")],
        ["*a, b = range(5)", "print(a, b)", P("a")],
        ["a, *b, c = 'hello'", "print(a, b, c)"],
        ["(a, b), c = (1, 2), 3", "print(a, b, c)"],
        ["[a, b] = 'xy'", "print(a, b)"],
        ["l = [0] * 5", "l[1:3] = [7, 8, 9]", "print(l)", P("l")],
        ["l = list(range(10))", "l[::2] = [0] * 5", "print(l)"],
        ["d = {}", "d['a'], d['b'] = 1, 2", "print(d)", P("d")],
        ["x = [1, 2, 3]", "a, b, c = x", "print(a + b + c)"],
        ["t = 1, 2, 3", "x, y, z = t", "print(x * y * z, t)"],
        ["l = [1, 2, 3]", "l[0] += 10", "l[-1] *= 2", "print(l)"],
        ["a = [1, *range(3), *'ab']", "print(a)", P("a")],
        ["t = (*range(2), *[5, 6])", "print(t)", P("t")],
        ["s = {*range(3), *(5, 6)}", "print(sorted(s))", P("s")],
        ["d = {'a': 1, **{'b': 2}, 'c': 3}", "print(d)", P("d")],
        ["d1 = {'x': 1}", "d2 = {'y': 2, 'x': 3}", "d = {**d1, **d2}", "print(d)", P("d")],
        ["for i, (a, b) in enumerate([(1, 2), (3, 4)]):", "    print(i, a, b)"],
        ["x = 5", "print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, x is not None)"],
        ["x = 0", "print(x or 'empty', x and 'yes', not x, [] or {} or 'last')"],
        ["a, b = 1, 2", "try:", "    a, b = 1, 2, 3", "except ValueError as e:", "    print('ValueError:', e)"],
        ["try:", "    a, b, c = [1, 2]", "except ValueError as e:", "    print('ValueError:', e)"],
        ["x = 10", "x //= 3", "x **= 3", "x -= 1", "x <<= 2", "x |= 1", "x ^= 5", "x &= 0xff", "x >>= 1", "print(x)"],
        ["s = 'ab'", "s += 'cd'", "s *= 2", "print(s)", P("s")],
        ["t = (1,)", "t += (2, 3)", "print(t)", P("t")],
    ]
    for code in rng.sample(ops, rng.randint(2, 5)):
        p.add(*code)
    return p.src()


# ## Errors

CAUGHT_ERRORS = [
    "1 / 0", "1 // 0", "5 % 0", "1.0 / 0", "2 ** -1 / 0", "[][0]", "[1, 2][5]", "'abc'[10]", "(1,)[3]",
    "{}['missing']", "{'a': 1}['b']", "int('abc')", "int('')", "float('x')", "1 + 'a'", "'a' + 1", "[1] + (2,)",
    "len(5)", "None.foo", "(1).bar", "undefined_name", "'abc'.nope()", "[1, 2].index(5)", "'abc'.index('z')",
    "[].pop()", "{}.popitem()", "set().pop()", "next(iter([]))", "int([1])", "abs('x')", "sum(['a', 'b'])",
    "'a' * 'b'", "[1, 2] * 2.0", "{}[[]]", "{[]: 1}", "range(1, 2, 0)", "chr(-1)",
    "ord('ab')", "'%d' % 'x'", "'%s %s' % (1,)", "tuple(5)", "max([])", "min()", "int('12', 1)",
    "(lambda x: x)()", "(lambda: 1)(2)", "'x'.join([1, 2])", "b'a' + 'b'", "bytes([300])", "bytearray(b'a').pop(5)",
    "[1, 2, 3][1:2] + 5", "sorted([1, 'a'])", "[3, 'a'].sort()", "1 < 'a'", "None < None", "-'a'", "~1.5",
    "list.append()", "'abc'.split(1)", "'{}'.format()", "(1).real()", "getattr(1, 'zz')", "setattr(1, 'zz', 2)",
    "iter(5)", "next([1])", "dict(a=1)['b']", "{1, 2}[0]",
]


def gen_errors_caught(rng):
    p = Prog()
    for code in rng.sample(CAUGHT_ERRORS, rng.randint(2, 6)):
        style = rng.choice(["name", "msg", "both", "specific", "else_finally", "repr", "args"])
        if style == "name":
            p.add("try:", f"    {code}", "except Exception as e:", "    print(type(e).__name__)")
        elif style == "msg":
            p.add("try:", f"    {code}", "except Exception as e:", "    print(e)")
        elif style == "both":
            p.add("try:", f"    {code}", "except Exception as e:", "    print(type(e).__name__ + ': ' + str(e))")
        elif style == "specific":
            p.add("try:", f"    print({code})", "except (KeyError, IndexError) as e:", "    print('lookup', type(e).__name__, e)",
                  "except ZeroDivisionError:", "    print('zero')", "except (TypeError, ValueError) as e:", "    print('bad', type(e).__name__)",
                  "except Exception as e:", "    print('other', type(e).__name__)")
        elif style == "else_finally":
            p.add("try:", f"    r = {code}", "except Exception:", "    print('failed')", "else:", "    print('ok', r)",
                  "finally:", "    print('done')")
        elif style == "repr":
            p.add("try:", f"    {code}", "except Exception as e:", "    print(repr(e))")
        else:
            p.add("try:", f"    {code}", "except Exception as e:", "    print(e.args, len(e.args))")
    return p.src()


def gen_errors_uncaught(rng):
    p = Prog()
    p.add(f"print({lit(rstr(rng, 'ascii', 5))})")
    if rng.random() < 0.5:
        p.add("l = [1, 2]", P("l"))
    kind = rng.choice(["builtin", "raise", "raise_custom", "assert", "reraise", "in_func", "finally", "raise_from",
                       "recursion", "stopiter", "key"])
    if kind == "builtin":
        p.add(rng.choice(CAUGHT_ERRORS))
    elif kind == "raise":
        exc = rng.choice(["ValueError", "TypeError", "KeyError", "IndexError", "RuntimeError", "Exception",
                          "NotImplementedError", "AttributeError", "ZeroDivisionError", "StopIteration", "ArithmeticError",
                          "LookupError", "OverflowError", "NameError", "AssertionError"])
        arg = rng.choice(["", "'boom'", "'bad value: %d' % 3", "42", "'a', 'b'", "f'x={1 + 1}'"])
        p.add(f"raise {exc}({arg})" if rng.random() < 0.8 else f"raise {exc}")
    elif kind == "raise_custom":
        p.add("class AppError(Exception):", "    pass", "class SubError(AppError):", "    pass",
              "try:", "    raise SubError('inner')", "except AppError as e:", "    print('caught', type(e).__name__, e)",
              "raise AppError('outer problem')")
    elif kind == "assert":
        p.add("x = 3", rng.choice(["assert x == 4", "assert x > 5, 'x too small'", "assert isinstance(x, str), x"]))
    elif kind == "reraise":
        p.add("try:", "    {}['k']", "except KeyError:", "    print('handling')", "    raise")
    elif kind == "in_func":
        p.add("def g(v):", "    return 10 / v", "def f(v):", "    return g(v) + 1", "print(f(5))", "print(f(0))")
    elif kind == "finally":
        p.add("try:", "    print('body')", "    x = [][1]", "finally:", "    print('cleanup')")
    elif kind == "raise_from":
        p.add("try:", "    int('z')", "except ValueError as e:", "    raise RuntimeError('wrapped') from e")
    elif kind == "recursion":
        p.add("def down(n):", "    return down(n + 1)", "try:", "    down(0)", "except RecursionError:", "    print('too deep')",
              "def again(n):", "    return again(n) + 1", "again(1)")
    elif kind == "stopiter":
        p.add("it = iter([1])", "print(next(it))", "next(it)")
    else:
        p.add("d = {'a': 1}", f"print(d[{lit(rng.choice(['b', 'A', 1, 2.5]))}])")
    p.add("print('unreachable')")
    return p.src()


def gen_errors_messages(rng):
    """Catch and print full messages of common errors (messages differ between versions)."""
    p = Prog()
    cases = [
        "x = undefined", "l = [1]; l[3]", "d = {}; d['k']", "t = (1, 2); t[0] = 5", "s = 'ab'; s[0] = 'c'",
        "n = None; n.attr", "f = 1.5; f.nope", "o = object(); o.x = 1", "int('4.5')", "float('abc')", "[1, 2, 3].remove(7)",
        "1 + None", "None + 1", "'a' - 'b'", "[1] - [1]", "{1} + {2}", "len(None)", "len(1.5)", "iter(None)",
        "x = 1; x()", "'abc'()", "[].foo", "{}.bar()", "import zzz_missing_module", "from collections import nope",
        "def f(a): pass\nf()", "def f(a): pass\nf(1, 2)", "def f(a): pass\nf(b=1)", "def f(*, k): pass\nf(1)",
        "class K: pass\nK(1)", "class K:\n    def __init__(self, a): pass\nK()", "1 < []", "[] < ()", "{} < {}",
        "range(3)[5]", "'%d' % []", "int(None)", "list(None)", "sorted(5)", "dict([('a',)])", "max(1)",
        "sum([1], 'a')", "'a'.join('b', 'c')", "b'abc'[5]", "bytearray(3)[9]",
        "{}.fromkeys()", "[1, 2, 3][::0]", "'x' * -1 + 'ok' and 1 / 0", "2 ** 10000 * 1.0", "10 ** 400 / 1",
        "float(10 ** 400)", "int(float('inf'))", "int(float('nan'))", "1 << -1", "(-8) ** 0.5 > 1",
    ]
    for code in rng.sample(cases, rng.randint(2, 6)):
        body = ["    " + line for line in code.split("\n")]
        p.add("try:", *body, "except Exception as e:", "    print(type(e).__name__, '->', e)")
    return p.src()


def gen_mixed(rng):
    """A small 'realistic' program: records in a list, grouped in a dict, sizes reported."""
    p = Prog()
    n = rng.randint(1, 30)
    p.add("rows = []", f"for i in range({n}):",
          "    rows.append({'id': i, 'name': 'item' + str(i), 'price': i * 1.25, 'tags': ['a'] * (i % 3)})",
          "by_tag = {}", "for r in rows:", "    by_tag.setdefault(len(r['tags']), []).append(r['id'])",
          "print(by_tag)", P("rows"), P("rows[0]"), P("by_tag"), "print(sum(sys.getsizeof(r) for r in rows))",
          "total = sum(r['price'] for r in rows)", "print(f'{total:.2f}', int(total))")
    if rng.random() < 0.5:
        p.add("names = [r['name'] for r in rows]", "print(', '.join(names[:4]))", P("names"),
              "print(max(names, key=len), sys.getsizeof(max(names, key=len)))")
    if rng.random() < 0.5:
        p.add("tuples = [tuple(r.values()) for r in rows]", P("tuples[0]"), "print(tuples[0])")
    return p.src()


def gen_str_methods(rng):
    p = Prog()
    s = rng.choice(["hello world", "  Mixed Case  ", "a,b,,c", "line1\nline2\n", "tab\tsep", "ÉCOLE été",
                    "αβγ ΑΒΓ", "x" * rng.randint(0, 30), "snake_case_name", "42", "-7.5", "", "🐍 py 🐍"])
    p.add(f"s = {s!r}")
    ops = ["s.split(',')", "s.split(None, 1)", "s.rsplit(' ', 1)", "s.splitlines()", "s.partition(' ')",
           "s.rpartition(',')", "s.zfill(8)", "s.lstrip()", "s.rstrip()", "s.strip('x ')", "s.replace(' ', '', 1)",
           "s.upper()", "s.lower()", "s.casefold()", "s.title()", "s.capitalize()", "s.swapcase()", "s.center(20, '.')",
           "s.ljust(12, '-')", "s.rjust(12)", "s.find('o')", "s.rfind('o')", "s.index(s[:1]) if s else -1",
           "s.count('')", "s.startswith(('he', 'a'))", "s.endswith('\\n')", "s.isdigit()", "s.isalnum()", "s.isupper()",
           "s.islower()", "s.isidentifier()", "s.istitle()", "s.isspace()", "s.isnumeric()", "s.expandtabs(4)",
           "'-'.join(s.split())", "s[::-1]", "s[1:-1]", "len(s)", "s * 2", "s.encode('utf-8')", "s.encode('latin-1', 'replace')",
           "list(s[:5])", "sorted(s)[:5]", "s.format()", "s.removeprefix('he') if hasattr(s, 'removeprefix') else s",
           "s.strip().split(' ')", "str(len(s)).zfill(3)", "s.translate({97: 'A'})", "max(s) if s else ''", "s.count('a', 2)"]
    for expr in rng.sample(ops, rng.randint(3, 8)):
        form = rng.choice(["print(repr(%s))", "print(%s)", "r = %s\nprint(r, sys.getsizeof(r))"])
        p.add(*(form % expr).split("\n"))
    return p.src()


def gen_subclass_builtin(rng):
    p = Prog()
    kind = rng.choice(["exc", "exc", "list", "dict", "inherit_chain"])
    if kind == "exc":
        p.add("class AppError(Exception):", "    def __init__(self, code, msg='failed'):", "        super().__init__(msg)" if rng.random() < 0.5 else "        Exception.__init__(self, msg)",
              "        self.code = code", "class NotFound(AppError):", "    pass")
        p.add("try:", f"    raise NotFound({rng.randint(1, 999)}, {lit(rstr(rng, 'ascii', 6))})", "except AppError as e:",
              "    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))")
        if rng.random() < 0.5:
            p.add("e = AppError(5)", "print(repr(str(e)), len(e.args))")
        if rng.random() < 0.5:
            p.add("raise NotFound(404, 'missing page')")
    elif kind == "list":
        p.add("class Stack(list):", "    def push(self, v):", "        self.append(v)", "    def peek(self):", "        return self[-1]")
        n = rng.randint(0, 20)
        p.add("st = Stack()", f"for i in range({n}):", "    st.push(i)", "print(len(st), st.peek() if st else None, isinstance(st, list))",
              "print(st[:3], type(st).__name__)")
        if rng.random() < 0.5:
            p.add(P("st"))
    elif kind == "dict":
        p.add("class Registry(dict):", "    def register(self, k, v):", "        self[k] = v", "        return v")
        n = rng.randint(0, 10)
        p.add("r = Registry()", f"for i in range({n}):", "    r.register('k' + str(i), i)", "print(len(r), sorted(r)[:3], isinstance(r, dict))")
        if rng.random() < 0.5:
            p.add(P("r"))
    else:
        p.add("class Base:", "    tag = 'base'", "    def __init__(self, v):", "        self.v = v", "    def describe(self):",
              "        return self.tag + ':' + str(self.v)", "class Mid(Base):", "    tag = 'mid'", "class Leaf(Mid):",
              "    def describe(self):", "        return 'leaf/' + Mid.describe(self)",
              f"objs = [Base(1), Mid(2), Leaf({rng.randint(0, 9)})]", "for o in objs:",
              "    print(o.describe(), isinstance(o, Base), isinstance(o, Leaf), type(o).__name__)",
              P("objs[2]"), P("objs[2].__dict__"))
    return p.src()


def gen_misc_statements(rng):
    p = Prog()
    ops = [
        ["x = 5", "del x", "try:", "    print(x)", "except NameError as e:", "    print('NameError', e)"],
        ["l = [1, 2, 3]", "del l[0], l[-1]", "print(l)", P("l")],
        ["d = {'a': 1, 'b': 2}", "print(d.keys(), d.values(), d.items())"],
        ["d = {'a': 1}", "k = d.keys()", "d['b'] = 2", "print(list(k), len(k), 'b' in k)"],
        ["a = [1]", "b = a", "c = [1]", "print(a is b, a is c, a == c, a is not c, None is None)"],
        ["i = 0", "while i < 10 and not (i > 3 and i % 2 == 0):", "    i += 1", "print(i)"],
        ["def outer():", "    def inner(v):", "        return v * 2", "    return inner(21)", "print(outer())"],
        ["def f(x, acc=None):", "    if acc is None:", "        acc = []", "    acc.append(x)", "    return acc", "print(f(1), f(2))"],
        ["t = ()", "for x in t:", "    print('never')", "else:", "    print('empty loop else')"],
        ["n = 0", "for i in range(3):", "    for j in range(3):", "        if j == i:", "            break", "        n += 1", "print(n)"],
        ["if not []:", "    print('empty list is falsy')", "if {0}:", "    print('set with zero is truthy')"],
        ["x = 7", "r = 'big' if x > 5 else 'small' if x > 2 else 'tiny'", "print(r)"],
        ["pass", "print('after pass')"],
        ["assert 1 + 1 == 2", "assert [1], 'non-empty'", "print('asserts ok')"],
        ["x = y = []", "x.append(1)", "print(y, x is y)"],
        ["s = 0", "for i in range(1, 101):", "    if i % 3:", "        continue", "    s += i", "print(s)"],
        ["print(type(print).__name__ if False else 'fn', callable if False else 'no')"],
        ["g = (i for i in range(3))", "print(list(g), list(g))"],
        ["it = iter(range(3))", "for v in it:", "    print(v, next(it, 'x'))"],
        ["print([i for i in range(3)] == list(range(3)), (1, 2) == (1, 2), [1, 2] == (1, 2))"],
        ["print(1 if [] else 2, 3 if 'a' else 4, 'x' and 'y' or 'z')"],
        ["def g(*args, **kwargs):", "    return args, kwargs", "print(g(1, 2, a=3))", "print(g(*[1], **{'b': 2}))"],
        ["def kw(a, *, b=2):", "    return a + b", "print(kw(1), kw(1, b=5))"],
        ["x = 10", "def show():", "    return x", "x = 20", "print(show())"],
        ["total = 0", "def add(v):", "    global total", "    total += v", "for v in range(5):", "    add(v)", "print(total)"],
    ]
    ops = [o for o in ops if "if False" not in " ".join(o)]
    for code in rng.sample(ops, rng.randint(2, 5)):
        p.add(*code)
    return p.src()


# ## Harder, fuzz-like categories (random values checked against CPython)

def rand_float(rng):
    r = rng.random()
    if r < 0.3:
        return rng.uniform(-1000, 1000)
    if r < 0.55:
        return rng.random() * 10 ** rng.randint(-30, 30) * rng.choice([1, -1])
    if r < 0.7:
        return rng.randint(-10**6, 10**6) / rng.choice([3, 7, 10, 100, 1024, 1000003])
    if r < 0.85:
        return float(rng.randint(-2**60, 2**60))
    return rng.choice([0.1, 0.2, 0.3, 1e16, 1e-5, 9007199254740993.0, 2.5, 0.5, 1.0, 123456.789, 5e-324,
                       1.7976931348623157e308, 4.35, 0.035, 1e22, 1e23, 2**0.5, 1/3])


def gen_float_fuzz(rng):
    p = Prog()
    for _ in range(rng.randint(3, 8)):
        a, b = rand_float(rng), rand_float(rng)
        prec = rng.randint(0, 17)
        op = rng.choice(["repr", "arith", "fmt", "pct", "str_list", "int", "cmp", "parse", "pow", "mixed_int"])
        if op == "repr":
            p.add(f"x = {a!r}", "print(x, repr(x), str(-x), [x])")
        elif op == "arith":
            p.add(f"a, b = {a!r}, {b!r}", "print(a + b, a - b, a * b)", "try:",
                  "    print(a / b, a // b, a % b)", "except ZeroDivisionError as e:", "    print('ZeroDivisionError', e)")
        elif op == "fmt":
            spec = rng.choice([f".{prec}f", f".{prec}e", f".{prec}g", "e", "g", "f", f"12.{prec % 8}f", ",.2f",
                               "+.3f", f".{prec % 6}%", "010.2f", "<14g", "^15.4e"])
            p.add(f"x = {a!r}", "print(f'[{x:%s}]')" % spec)
        elif op == "pct":
            fmt = rng.choice([f"%.{prec}f", f"%.{prec}e", f"%.{prec}g", "%g", "%e", "%f", "%10.3f", "%-10.2e|", "%+g", "%s", "%r"])
            p.add(f"print({fmt!r} % {a!r})")
        elif op == "str_list":
            p.add(f"print([{a!r}, {b!r}], ({a!r},), {{'k': {b!r}}})")
        elif op == "int":
            p.add(f"print(int({a!r}), int({b!r} * 10))")
        elif op == "cmp":
            p.add(f"print({a!r} < {b!r}, {a!r} == {a!r}, max({a!r}, {b!r}), min([{a!r}, {b!r}, 0]))")
        elif op == "parse":
            p.add(f"print(float({repr(a)!r}), float({str(b)!r}) == {b!r})")
        elif op == "pow":
            p.add(f"x = abs({a!r})", "print(x ** 0.5, x ** 2, 2.0 ** -3)" if abs(a) < 1e150 else "print(x ** 0.5)")
        else:
            k = rng.randint(-10**9, 10**9)
            p.add(f"print({k} + {a!r}, {k} * {b!r}, {k} / 7, {k} // 7.0, -{abs(k)} % 7.5)")
    return p.src()


def rand_big(rng):
    return rng.choice([1, -1]) * rng.randint(0, 10 ** rng.choice([1, 3, 9, 10, 18, 19, 20, 30, 50, 100, 300]))


def gen_int_fuzz(rng):
    p = Prog()
    for _ in range(rng.randint(3, 8)):
        a, b = rand_big(rng), rand_big(rng) or 7
        op = rng.choice(["arith", "divmod", "pow", "shift", "bits", "size", "str", "cmp", "truediv", "mixed"])
        if op == "arith":
            p.add(f"a, b = {a}, {b}", "print(a + b, a - b, a * b)")
        elif op == "divmod":
            p.add(f"a, b = {a}, {b}", "print(a // b, a % b, -a // b, a % -b)")
        elif op == "pow":
            p.add(f"print(({a % 10**6}) ** {rng.randint(0, 40)}, (-3) ** {rng.randint(0, 60)}, 2 ** {rng.randint(0, 400)})")
        elif op == "shift":
            p.add(f"print({a} << {rng.randint(0, 100)}, {a} >> {rng.randint(0, 100)}, -1 >> 3, -{abs(b)} >> 1)")
        elif op == "bits":
            p.add(f"print({a} & {b}, {a} | {b}, {a} ^ {b}, ~{a}, -{abs(a)} & 255)")
        elif op == "size":
            p.add(f"x = {a}", "print(sys.getsizeof(x), sys.getsizeof(x * x), sys.getsizeof(-x), sys.getsizeof(x - x))")
        elif op == "str":
            p.add(f"s = str({a})", "print(len(s), int(s) == " + str(a) + ", s[:20])", "print('%d|%x|%o' % (" + str(a) + ", abs(" + str(a) + "), abs(" + str(b) + ")))")
        elif op == "cmp":
            p.add(f"print({a} < {b}, {a} == {b}, {a} <= {a}, max({a}, {b}) - min({a}, {b}) >= 0)")
        elif op == "truediv":
            p.add("try:", f"    print({a} / {b})", "except OverflowError as e:", "    print('OverflowError', e)")
        else:
            p.add("try:", f"    print(float({a}), {a} + 0.5, {a} * 1.0 == {a})", "except OverflowError as e:", "    print('OverflowError', e)")
    return p.src()


OPS_POOL = ["0", "1", "-3", "True", "2.5", "0.0", "'ab'", "''", "[1, 2]", "[]", "(1,)", "()", "{'a': 1}", "{1, 2}",
            "None", "b'xy'", "bytearray(b'z')", "1j", "frozenset({3})", "range(3)", "10**20"]
# No `is`: its result on equal constants is a compiler detail (constant merging), not part of the subset's teaching.
BINOPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "<=", ">", "==", "!=", "in"]


def gen_ops_matrix(rng):
    p = Prog()
    for _ in range(rng.randint(4, 10)):
        a, b = rng.choice(OPS_POOL), rng.choice(OPS_POOL)
        op = rng.choice(BINOPS + ["unary", "aug"])
        if op == "unary":
            expr = f"{rng.choice(['-', '+', '~', 'not '])}{a}"
        elif op == "aug":
            p.add(f"v = {a}", "try:", f"    v {rng.choice(['+=', '*=', '-=', '|='])} {b}", "    print(repr(v))",
                  "except Exception as e:", "    print(type(e).__name__ + ':', e)")
            continue
        elif op == "**" and b == "10**20":
            continue
        elif op in ("<<", "*") and "10**20" in (a, b):
            continue
        else:
            expr = f"{a} {op} {b}"
        p.add("try:", f"    print(repr({expr}))", "except Exception as e:", "    print(type(e).__name__ + ':', e)")
    return p.src()


SPECIAL_CASE = "ßŉǰﬁİıςΣΐẞÆæŒœǅǆÐðÞþĲĳſ"
UNI_POOLS = [
    "".join(chr(c) for c in range(0x41, 0x7b)),
    "".join(chr(c) for c in range(0xc0, 0x100)),
    "".join(chr(c) for c in range(0x100, 0x180)),
    "".join(chr(c) for c in range(0x391, 0x3ca) if c != 0x3a2),
    "".join(chr(c) for c in range(0x410, 0x450)),
    "".join(chr(c) for c in range(0x4e00, 0x4e30)),
    "".join(chr(c) for c in range(0x3041, 0x3090)),
    "😀🐍🚀🎉🌍🤖🦀𝄞𝔘𝕏",
    SPECIAL_CASE,
    "0123456789٠١٢٣٤٥٦٧٨٩²³½",
    " \t\n\u00a0\u2003",
]


def gen_str_unicode(rng):
    p = Prog()
    pools = rng.sample(UNI_POOLS, rng.randint(1, 3))
    for _ in range(rng.randint(2, 5)):
        n = rng.randint(0, 12)
        s = "".join(rng.choice(rng.choice(pools)) for _ in range(n))
        p.add(f"s = {s!r}")
        for expr in rng.sample(["s.upper()", "s.lower()", "s.casefold()", "s.title()", "s.capitalize()", "s.swapcase()",
                                "s[::-1]", "s * 2", "s + 'x'", "s.strip()", "s.split()", "len(s)", "s.isalpha()",
                                "s.isdigit()", "s.isdecimal()", "s.isnumeric()", "s.isalnum()", "s.isspace()",
                                "s.isprintable()", "s.isidentifier()", "s.isupper()", "s.islower()", "s.istitle()",
                                "[ord(c) for c in s[:3]]", "s.encode('utf-8')", "s.center(15, '·')", "sorted(s)[:4]"],
                               rng.randint(2, 6)):
            p.add(f"r = {expr}", "print(repr(r), sys.getsizeof(r) if isinstance(r, (str, bytes)) else '')")
        p.add("print(sys.getsizeof(s), repr(s))")
    return p.src()


def gen_dict_tricky(rng):
    p = Prog()
    n = rng.randint(0, 12)
    m = rng.randint(0, 12)
    p.add("a = {" + ", ".join(f"'a{i}': {i}" for i in range(n)) + "}",
          "b = {" + ", ".join(f"{i}: {i}" for i in range(m)) + "}")
    for _ in range(rng.randint(2, 6)):
        op = rng.choice(["mix", "mix2", "big_display", "big_display_names", "del_copy", "del_dictcopy", "fromkeys_set",
                         "fromkeys_dict", "fromkeys_str", "or", "ior", "kwargs_update", "comp_items", "window",
                         "nonstr_into_str", "popitem_all", "setdefault_many", "clear_reuse"])
        if op == "mix":
            p.add("d = {**a, 'k': 1, **b}", P("d"), "print(len(d))")
        elif op == "mix2":
            p.add("d = {'x': 0, **a, 'y': 1}", P("d"), "print(list(d)[:4])")
        elif op == "big_display":
            k = rng.randint(10, 40)
            p.add("d = {" + ", ".join(f"'c{i}': {i}" for i in range(k)) + "}", P("d"))
        elif op == "big_display_names":
            k = rng.randint(10, 40)
            p.add("v = 1", "d = {" + ", ".join(f"'n{i}': v" for i in range(k)) + "}", P("d"))
        elif op == "del_copy":
            k = rng.randint(1, 30)
            p.add(f"d = {{i: i for i in range({k})}}", f"for i in range({rng.randint(0, k)}):", "    del d[i]",
                  P("d"), P("d.copy()"), P("dict(d)"), P("{**d}"))
        elif op == "del_dictcopy":
            p.add("d = dict(a)", "for k in list(d)[::2]:", "    del d[k]", P("d"), P("d.copy()"), P("dict(d)"))
        elif op == "fromkeys_set":
            k = rng.randint(0, 25)
            p.add(f"d = dict.fromkeys({{'s' + str(i) for i in range({k})}})", P("d"),
                  f"d2 = dict.fromkeys(set(range({k})))", P("d2"))
        elif op == "fromkeys_dict":
            p.add("d = dict.fromkeys(a, 0)", P("d"), "d2 = dict.fromkeys(b)", P("d2"))
        elif op == "fromkeys_str":
            p.add(f"d = dict.fromkeys({'abcdefghijklmnopqrstuvwxyz'[:rng.randint(0, 26)]!r})", P("d"))
        elif op == "or":
            p.add("try:", "    d = a | b", "    print(len(d), sys.getsizeof(d))", "except TypeError as e:", "    print('TypeError', e)")
        elif op == "ior":
            p.add("d = dict(a)", "try:", "    d |= b", "except TypeError as e:", "    print('TypeError', e)", P("d"))
        elif op == "kwargs_update":
            p.add("d = {}", "d.update(" + ", ".join(f"u{i}={i}" for i in range(rng.randint(0, 12))) + ")", P("d"))
        elif op == "comp_items":
            p.add("d = {k: v * 2 for k, v in a.items() if v % 2 == 0}", P("d"), "print(d)")
        elif op == "window":
            w = rng.randint(1, 6)
            p.add("d = {}", f"for i in range({rng.randint(5, 60)}):", "    d[i] = i", f"    if i >= {w}:", f"        del d[i - {w}]",
                  P("d"), "print(list(d))")
        elif op == "nonstr_into_str":
            p.add("d = dict(a)", "d[1] = 'int key'", P("d"), "d[(1, 2)] = 0", P("d"))
        elif op == "popitem_all":
            p.add("d = dict(a)", "while d:", "    d.popitem()", P("d"), "d['z'] = 1", P("d"))
        elif op == "setdefault_many":
            p.add("d = {}", f"for w in 'the quick brown fox jumps over the lazy dog'.split():", "    d.setdefault(w[0], []).append(w)",
                  "print(d)", P("d"))
        else:
            p.add("d = dict(b)", "d.clear()", P("d"), "d.update(a)", P("d"), "d.clear()", "d['q'] = 1", P("d"))
    return p.src()


def gen_list_tricky(rng):
    p = Prog()
    for _ in range(rng.randint(2, 6)):
        n = rng.randint(0, 45)
        op = rng.choice(["big_const", "big_names", "star_mix", "from_set", "from_dict_views", "extend_set",
                         "extend_views", "sorted_set", "slice_assign", "del_step", "imul_shared", "pop0",
                         "insert_neg", "grid", "clear_then_extend", "pop_to_empty_extend", "extend_self", "list_of_gen_filter"])
        if op == "big_const":
            p.add("l = [" + ", ".join(str(i) for i in range(n)) + "]", P("l"))
        elif op == "big_names":
            p.add("v = 0", "l = [" + ", ".join(["v"] * n) + "]", P("l"))
        elif op == "star_mix":
            p.add(f"a = list(range({n}))", f"l = [*a, {rng.randint(0, 9)}, *a[:3]]", P("l"), "print(len(l))")
        elif op == "from_set":
            p.add(f"l = list(set(range({n})))", P("l"), f"l2 = list(frozenset(range({n})))", P("l2"))
        elif op == "from_dict_views":
            p.add(f"d = dict.fromkeys(range({n}), 0)", P("list(d)"), P("list(d.keys())"), P("list(d.values())"), P("list(d.items())"))
        elif op == "extend_set":
            p.add(f"l = [1, 2]", f"l.extend(set(range({n})))", P("l"), "l3 = []", f"l3.extend({{i for i in range({n})}})", P("l3"))
        elif op == "extend_views":
            p.add(f"d = {{i: i for i in range({n})}}", "l = []", "l.extend(d.values())", P("l"), "l.extend(d.items())", P("l"))
        elif op == "sorted_set":
            p.add(f"l = sorted({{i * 7 % 11 for i in range({n})}})", P("l"), "print(l)")
        elif op == "slice_assign":
            a = rng.randint(0, n)
            p.add(f"l = list(range({n}))", f"l[{a}:{a}] = range({rng.randint(0, 30)})", P("l"),
                  f"l[:{rng.randint(0, n)}] = []", P("l"), "l[len(l):] = (7, 8, 9)", P("l"))
        elif op == "del_step":
            p.add(f"l = list(range({n}))", f"del l[::{rng.randint(1, 4)}]", P("l"), f"del l[1::{rng.randint(2, 3)}]", P("l"))
        elif op == "imul_shared":
            p.add(f"l = [0] * {n % 10}", "m = l", f"l *= {rng.randint(0, 5)}", "print(m is l, len(m))", P("l"))
        elif op == "pop0":
            p.add(f"l = list(range({n}))", "while len(l) > 2:", "    l.pop(0)", "    print(sys.getsizeof(l), end=' ')", "print()")
        elif op == "insert_neg":
            p.add("l = []", f"for i in range({n}):", "    l.insert(-1, i)", "print(l[:6])", P("l"))
        elif op == "grid":
            r, c = rng.randint(1, 6), rng.randint(1, 6)
            p.add(f"g = [[0] * {c}] * {r}", "g[0][0] = 1", "print(g)", P("g"), P("g[0]"), f"h = [[0] * {c} for _ in range({r})]", P("h"))
        elif op == "clear_then_extend":
            p.add(f"l = list(range({n}))", "l.clear()", f"l.extend(range({rng.randint(0, 20)}))", P("l"))
        elif op == "pop_to_empty_extend":
            p.add(f"l = list(range({max(1, n % 8)}))", "while l:", "    l.pop()", P("l"), f"l.extend(range({rng.randint(0, 12)}))", P("l"))
        elif op == "extend_self":
            p.add(f"l = list(range({n % 12}))", "l.extend(l)", P("l"), "l += l", P("l"))
        else:
            p.add(f"l = list(x for x in range({n}) if x % 3)", P("l"), f"l2 = list(filter(lambda x: x > 3, range({n})))", P("l2"))
    return p.src()


def gen_set_tricky(rng):
    p = Prog()
    for _ in range(rng.randint(2, 5)):
        n = rng.randint(0, 60)
        op = rng.choice(["remove_readd", "pop_seq", "copy_after_remove", "frozen_nested", "star_display", "big_const",
                         "update_many", "discard_all_add", "inplace_ops", "comp_vs_set", "set_from_str"])
        if op == "remove_readd":
            k = rng.randint(0, n)
            p.add(f"s = set(range({n}))", f"for i in range({k}):", "    s.remove(i)", P("s"), f"for i in range(100, {100 + rng.randint(0, 40)}):",
                  "    s.add(i)", P("s"), "print(len(s))")
        elif op == "pop_seq":
            p.add(f"s = set(range(0, {n * 3}, 3))", f"out = [s.pop() for _ in range(min(len(s), {rng.randint(0, 10)}))]", "print(out)", P("s"))
        elif op == "copy_after_remove":
            p.add(f"s = set(range({n}))", f"for i in range(0, {n}, 2):", "    s.discard(i)", P("s"), P("s.copy()"), P("set(s)"), P("frozenset(s)"))
        elif op == "frozen_nested":
            p.add(f"f = frozenset(frozenset(range(i)) for i in range({n % 8}))", "print(len(f))", P("f"), "print(sorted(len(x) for x in f))")
        elif op == "star_display":
            p.add(f"a = range({n})", "s = {*a, -1}", P("s"), "t = {*a, *range(5, 70)}", P("t"))
        elif op == "big_const":
            p.add("s = {" + ", ".join(str(i * 3) for i in range(max(1, n))) + "}", P("s"))
        elif op == "update_many":
            p.add("s = {1, 2, 3}", f"s.update(range({n}), [100, 101], (200,))", P("s"), "print(len(s))")
        elif op == "discard_all_add":
            p.add(f"s = set(range({n}))", f"for i in range({n}):", "    s.discard(i)", P("s"), "s.add(5)", P("s"), "print(s)")
        elif op == "inplace_ops":
            p.add(f"s = set(range({n}))", f"s &= set(range(0, {n}, 2))", P("s"), f"s ^= set(range({n // 2}))", P("s"),
                  "s -= {0, 2, 4}", P("s"), "print(sorted(s)[:8])")
        elif op == "comp_vs_set":
            p.add(f"a = {{i for i in range({n})}}", f"b = set(range({n}))", f"c = set(list(range({n})))", "print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), a == b == c)")
        else:
            p.add(f"s = set({'mississippi river ' * (n % 4)!r})", P("s"), "print(sorted(s))")
    return p.src()


def gen_instance_tricky(rng):
    p = Prog()
    attrs = [f"f{i}" for i in range(rng.randint(1, 8))]
    p.add("class K:", "    def __init__(self, flag):", *[f"        self.{a} = {i}" for i, a in enumerate(attrs)],
          "        if flag:", "            self.extra = flag")
    for step in range(rng.randint(2, 7)):
        op = rng.choice(["create", "create_flag", "del_first", "reorder", "many", "wide", "dict_update", "dict_clear",
                         "setattr_weird", "class_attr", "compare_two"])
        if op == "create":
            p.add(f"o{step} = K(0)", P(f"o{step}.__dict__"), P(f"o{step}"))
        elif op == "create_flag":
            p.add(f"o{step} = K(1)", P(f"o{step}.__dict__"), f"print(sorted(o{step}.__dict__))")
        elif op == "del_first":
            p.add(f"t{step} = K(0)", f"del t{step}.{attrs[0]}", P(f"t{step}.__dict__"), f"n{step} = K(0)", P(f"n{step}.__dict__"))
        elif op == "reorder":
            p.add(f"r{step} = K.__new__(K)", *[f"r{step}.{a} = 0" for a in reversed(attrs)], P(f"r{step}.__dict__"),
                  f"q{step} = K(0)", P(f"q{step}.__dict__"))
        elif op == "many":
            p.add(f"objs = [K(i % 2) for i in range({rng.randint(2, 40)})]", P("objs[0].__dict__"), P("objs[-1].__dict__"),
                  "print(sum(sys.getsizeof(o.__dict__) for o in objs))")
        elif op == "wide":
            p.add(f"w = K(0)", f"for i in range({rng.randint(5, 45)}):", "    setattr(w, 'w' + str(i), i)", P("w.__dict__"), "print(len(w.__dict__))",
                  "w2 = K(0)", P("w2.__dict__"))
        elif op == "dict_update":
            p.add("u = K(0)", "u.__dict__.update({'p': 1, 'q': 2})", P("u.__dict__"), "print(u.p, u.q)")
        elif op == "dict_clear":
            p.add("c = K(0)", "c.__dict__.clear()", P("c.__dict__"), "c.z = 1", P("c.__dict__"))
        elif op == "setattr_weird":
            p.add("s = K(0)", "setattr(s, 'not an identifier', 1)", P("s.__dict__"), "print(getattr(s, 'not an identifier'))")
        elif op == "class_attr":
            p.add("K.shared = []", "k = K(0)", "k.shared.append(1)", "print(K.shared, 'shared' in k.__dict__)", P("k.__dict__"))
        else:
            p.add("x1 = K(0)", "x2 = K(1)", "print(sys.getsizeof(x1.__dict__), sys.getsizeof(x2.__dict__), sys.getsizeof(x1) == sys.getsizeof(x2))")
    return p.src()


def gen_bytes_tricky(rng):
    p = Prog()
    n = rng.randint(0, 40)
    p.add(f"b = bytearray(range({n}))", P("b"))
    for _ in range(rng.randint(3, 9)):
        op = rng.choice(["del_front", "del_mid", "slice_grow", "slice_shrink", "append_many", "iadd", "imul",
                         "insert", "remove", "reverse", "pct", "methods", "extend_list"])
        if op == "del_front":
            p.add(f"del b[:{rng.randint(0, 8)}]")
        elif op == "del_mid":
            p.add(f"del b[{rng.randint(0, 5)}:{rng.randint(5, 20)}]")
        elif op == "slice_grow":
            p.add(f"b[0:1] = b'{'q' * rng.randint(2, 30)}'")
        elif op == "slice_shrink":
            p.add("b[1:] = b'k'")
        elif op == "append_many":
            p.add(f"for i in range({rng.randint(1, 30)}):", "    b.append(i)")
        elif op == "iadd":
            p.add(f"b += b'{'z' * rng.randint(0, 25)}'")
        elif op == "imul":
            p.add(f"b *= {rng.randint(0, 3)}")
        elif op == "insert":
            p.add(f"b.insert(0, {rng.randint(0, 255)})")
        elif op == "remove":
            p.add("if b:", "    b.remove(b[-1])")
        elif op == "reverse":
            p.add("b.reverse()")
        elif op == "pct":
            p.add("print(b'%s-%d-%5.1f-%r' % (b'ab', 42, 2.25, 'é'))", "print(bytearray(b'%x') % 255)")
        elif op == "methods":
            p.add("print(bytes(b[:6]).hex(), b[:4].upper(), b.count(1), len(b))")
        else:
            p.add(f"b.extend([{', '.join(str(rng.randint(0, 255)) for _ in range(rng.randint(0, 12)))}])")
        p.add(P("b"), "print(len(b))")
    return p.src()


def gen_set_hash(rng):
    """str/bytes/tuple sets and hash() under PYTHONHASHSEED=0 (run-batch.py sets it): printed set order,
    removals, pop order, set algebra and its in-place forms, sizes after removals, hash() values. No None:
    its hash is its address before 3.12 (nondeterministic under ASLR)."""
    p = Prog()

    def word(kind=None):
        # Never identifier-like ([A-Za-z0-9_]+): CPython interns those when it builds a code object, and
        # a constant set display (a frozenset constant, 3.9+) is rebuilt when interning replaces one of
        # its strings, which reorders colliding members depending on what the process interned before.
        w = rstr(rng, kind or rng.choice(["ascii", "ascii", "latin1", "bmp", "astral"]), rng.randint(0, 7))
        if w and all(c.isascii() and (c.isalnum() or c == "_") for c in w):
            w += rng.choice(" -.,:;!?")
        return w

    def member(flavour):
        if flavour == "str":
            return lit(word())
        if flavour == "bytes":
            return lit(word("ascii").encode())
        if flavour == "tuple":
            return "(%s, %s)" % (lit(word("ascii")), rng.choice([lit(word("ascii")), str(rng.randint(-3, 99)), "True"]))
        return rng.choice([lit(word()), str(rng.randint(-5, 300)), lit(word("ascii").encode()), "False", "True",
                           lit(rng.choice([0.5, 1.25, -2.0, 1e10])), "(%d, %s)" % (rng.randint(0, 9), lit(word("ascii"))),
                           "frozenset({%s})" % lit(word("ascii"))])

    for _ in range(rng.randint(1, 3)):
        flavour = rng.choice(["str", "str", "str", "bytes", "tuple", "mixed"])
        n = size_n(rng, 0, 40)
        items = [member(flavour) for _ in range(n)]
        way = rng.choice(["literal", "set_list", "add", "comp", "frozen", "set_str", "star", "dict_keys"])
        if way == "literal" and n > 0:
            p.add("s = {" + ", ".join(items) + "}")
        elif way == "add":
            p.add("s = set()", "for w in [" + ", ".join(items) + "]:", "    s.add(w)")
        elif way == "comp":
            p.add("s = {x for x in [" + ", ".join(items) + "]}")
        elif way == "frozen":
            p.add("s = set(frozenset([" + ", ".join(items) + "]))")
        elif way == "set_str":
            p.add("s = set(%s)" % lit(word() * rng.randint(1, 4)))
        elif way == "star":
            p.add("a = [" + ", ".join(items) + "]", "s = {*a, %s}" % member(flavour))
        elif way == "dict_keys":
            p.add("s = set(dict.fromkeys([" + ", ".join(items) + "]))")
        else:
            p.add("s = set([" + ", ".join(items) + "])")
        p.add("print(s)", "print(len(s), sys.getsizeof(s))")
        other = [member(flavour) for _ in range(rng.randint(0, 12))] + rng.sample(items, min(len(items), rng.randint(0, 5)))
        p.add("t = {" + ", ".join(other) + "}" if other else "t = set()")
        for _ in range(rng.randint(1, 8)):
            op = rng.choice(["add", "remove", "discard", "pop", "pops", "or", "and", "sub", "xor", "ior", "iand", "isub",
                             "ixor", "union", "inter", "diff", "symdiff", "update", "inter_update", "diff_update",
                             "sym_update", "copy", "frozen", "list", "in", "remove_all_readd"])
            if op == "add":
                p.add("s.add(%s)" % member(flavour))
            elif op == "remove":
                p.add("if s:", "    s.remove(sorted(s, key=repr)[%d %% len(s)])" % rng.randint(0, 9))
            elif op == "discard":
                p.add("s.discard(%s)" % (rng.choice(items) if items and rng.random() < 0.7 else member(flavour)))
            elif op == "pop":
                p.add("if s:", "    print(s.pop())")
            elif op == "pops":
                p.add("print([s.pop() for _ in range(min(len(s), %d))])" % rng.randint(1, 6))
            elif op in ("or", "and", "sub", "xor"):
                sym = {"or": "|", "and": "&", "sub": "-", "xor": "^"}[op]
                p.add("u = s %s t" % sym if rng.random() < 0.7 else "u = t %s s" % sym, "print(u)", P("u"))
            elif op in ("ior", "iand", "isub", "ixor"):
                sym = {"ior": "|=", "iand": "&=", "isub": "-=", "ixor": "^="}[op]
                p.add("s %s t" % sym)
            elif op in ("union", "inter", "diff", "symdiff"):
                meth = {"union": "union", "inter": "intersection", "diff": "difference", "symdiff": "symmetric_difference"}[op]
                arg = rng.choice(["t", "list(t)", "[" + ", ".join(other) + "]", "frozenset(t)", "dict.fromkeys(t)"])
                if meth != "symmetric_difference" and rng.random() < 0.3:
                    arg += ", [%s]" % member(flavour)
                p.add("u = s.%s(%s)" % (meth, arg), "print(u)", P("u"))
            elif op in ("update", "inter_update", "diff_update", "sym_update"):
                meth = {"update": "update", "inter_update": "intersection_update", "diff_update": "difference_update",
                        "sym_update": "symmetric_difference_update"}[op]
                p.add("s.%s(%s)" % (meth, rng.choice(["t", "list(t)", "tuple(t)"])))
            elif op == "copy":
                p.add("c = s.copy()", "print(c)", P("c"))
            elif op == "frozen":
                p.add("f = frozenset(s)", "print(f)", "print(hash(f))", P("f"))
            elif op == "list":
                p.add("print(list(s))", "print([x for x in s][:5])")
            elif op == "in":
                p.add("print(%s in s, %s in t)" % (member(flavour), rng.choice(items) if items else "0"))
            else:
                p.add("for x in list(s):", "    s.remove(x)", P("s"), "s.add(%s)" % member(flavour), "print(s)")
            p.add("print(s)" if rng.random() < 0.6 else "print(len(s), sys.getsizeof(s))")
    hashed = [lit(word()) for _ in range(rng.randint(1, 4))] + [lit(word("ascii").encode())]
    if rng.random() < 0.5:
        hashed += ["(%s, %s)" % (lit(word()), rng.randint(-9, 9)), "frozenset({%s, %s})" % (lit(word()), lit(word()))]
    if rng.random() < 0.3:
        hashed += ["True", "False", "-1", "-2", "0", "2**61 - 1", "2**61", "-2**63", "1.5", "-0.0", "1e300", "(1, 2)", "()",
                   "(1, 'a')", "complex(1, 2)", "frozenset()"]
    p.add("print(" + ", ".join("hash(%s)" % h for h in hashed) + ")")
    return p.src()


def gen_set_views(rng):
    """Set operators on dict views under PYTHONHASHSEED=0: each operator has its own construction in
    CPython (dictviews_sub/_or/_xor, _PyDictView_Intersect, 3.10+ dictitems_xor), which decides the
    printed order and the size of the result. Keys are never identifier-like (see gen_set_hash)."""
    p = Prog()

    def key():
        w = rstr(rng, rng.choice(["ascii", "ascii", "latin1", "bmp"]), rng.randint(1, 6))
        return w + rng.choice(" -.,:;!?") if all(c.isascii() and (c.isalnum() or c == "_") for c in w) else w

    pool = [key() for _ in range(rng.randint(4, 40))]
    for name in ("d", "e"):
        ks = rng.sample(pool, rng.randint(0, len(pool)))
        p.add("%s = {%s}" % (name, ", ".join("%s: %d" % (lit(k), rng.randint(0, 3)) for k in ks)))
    others = ["e.keys()", "e.items()", "set(e)", "list(e)", "tuple(e)", "e", "frozenset(e)",
              "{%s}" % ", ".join(lit(k) for k in rng.sample(pool, min(len(pool), rng.randint(1, 6)))),
              "[%s]" % ", ".join(lit(k) for k in rng.sample(pool, min(len(pool), rng.randint(0, 6))))]
    for _ in range(rng.randint(2, 7)):
        op = rng.choice(["-", "&", "|", "^"])
        left = rng.choice(["d.keys()", "d.keys()", "d.items()"])
        other = rng.choice(others) if left == "d.keys()" else rng.choice(["e.items()", "{(%s, 1)}" % lit(rng.choice(pool))])
        expr = "%s %s %s" % (left, op, other) if rng.random() < 0.75 or not other.startswith(("{", "set", "frozen")) \
            else "%s %s %s" % (other, op, left)
        p.add("r = %s" % expr, "print(r)", "print(len(r), sys.getsizeof(r))")
    if rng.random() < 0.5:
        p.add("print(set(d), set(d.keys()) == set(d), sys.getsizeof(set(d.keys())))", "print(set(d.items()))")
    return p.src()


# ## Hand-written regressions
#
# Programs written the way an outside author would (scripts/corpus-check/ found each of these differing
# from CPython); one program per entry, in order. Append only: an entry's index is its id.

HANDWRITTEN = [
    # reversed() of dict views (3.8+) and the reverse-iterator types and sizes
    """import sys
d = {"one": 1, "two": 2, "three": 3}
if sys.version_info >= (3, 8):
    print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())), list(reversed(d.keys())))
    for r in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
        print(type(r).__name__, sys.getsizeof(r))
    del d["two"]
    d["four"] = 4
    print(list(reversed(d.items())))
""",
    """d = {"a": 1, "b": 2}
print(list(reversed(d.items())))
""",
    """d = {"a": 1, "b": 2}
try:
    print(list(reversed(d.values())))
except TypeError as e:
    print("TypeError:", e)
print(sorted(d.values(), reverse=True))
""",
    # '=' alignment in an f-string spec is not a walrus
    """for v in [1, -1, 3.5, -0.25, 1000000]:
    print(f"[{v:>10}] [{v:<10}] [{v:^10}] [{v:=+10}] [{v:=10}] [{v:*=12}]")
w = 7
print(f"{w:=5d}|{-w:=05}|{'x':=>3}|")
""",
    # read-only attributes: namedtuple fields (_tuplegetter) and properties without a setter/deleter
    """from collections import namedtuple
from typing import NamedTuple
P = namedtuple("P", "a b")
class Q(NamedTuple):
    a: int
class T:
    @property
    def f(self):
        return 1
for label, fn in [("nt set", lambda: setattr(P(1, 2), "a", 5)), ("typing set", lambda: setattr(Q(1), "a", 5)),
                  ("prop set", lambda: setattr(T(), "f", 5))]:
    try:
        fn()
    except AttributeError as e:
        print(label, "->", e)
try:
    del P(1, 2).a
except AttributeError as e:
    print("nt del ->", e)
try:
    del T().f
except AttributeError as e:
    print("prop del ->", e)
""",
    """from collections import namedtuple
Car = namedtuple("Car", "make year")
c = Car("VW", 2010)
c.year = 2020
""",
    # zip of a non-iterable: message changed in 3.8
    """class A:
    pass
for args in [(1,), ([1], 2), ([], None), ([1], A())]:
    try:
        zip(*args)
    except TypeError as e:
        print(e)
""",
    """print(list(zip([1, 2], "ab")))
zip([1], 5)
""",
    # a positional key function: 3.6's own message
    """for f in [lambda: sorted([3, 1], lambda x: x), lambda: sorted(), lambda: [2, 1].sort(lambda x: x), lambda: sorted([1], None, True)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
""",
    # str iterator types (str_ascii_iterator from 3.11)
    """import sys
for s in ["", "abc", "caf\u00e9", "\u20ac", "\U0001F600"]:
    it = iter(s)
    print(repr(s), type(it).__name__, sys.getsizeof(it), list(it))
e = enumerate("ab")
print(type(e).__name__, type(iter({})).__name__, type(iter(())).__name__, type(iter(set())).__name__)
""",
    # wrong argument counts of str/bytes/list/dict methods: PyArg_ParseTuple vs Argument Clinic per version
    """calls = [
    lambda: "a".center(), lambda: "a".center(1, "x", 3), lambda: "a".rjust(), lambda: "a".ljust(1, 2, 3),
    lambda: "a".replace("a"), lambda: "a".replace("a", "b", 1, 2),
    lambda: "a".count(), lambda: "a".find(), lambda: "a".find(1, 2, 3, 4), lambda: "a".index(), lambda: "a".rfind(),
    lambda: "a".startswith(), lambda: "a".endswith("a", 0, 1, 2),
    lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".rstrip(2.5), lambda: "a".strip("a", "b"),
    lambda: "a".encode(1), lambda: "a".encode("utf-8", 1),
    lambda: b"a".replace(b"a"), lambda: b"a".count(), lambda: b"a".find(), lambda: b"a".startswith(),
    lambda: bytearray(b"a").replace(b"a"), lambda: bytearray(b"a").index(),
    lambda: [].pop(1, 2), lambda: [1].index(), lambda: [1].index(1, 0, 1, 2), lambda: [].insert(1),
    lambda: {}.pop(), lambda: {}.pop(1, 2, 3), lambda: {}.get(), lambda: {}.setdefault(),
]
for i, f in enumerate(calls):
    try:
        print(i, f())
    except Exception as e:
        print(i, type(e).__name__, e)
""",
    """words = ["  Alpha ", "beta  "]
print([w.strip() for w in words])
print(words[0].strip(None), words[1].rstrip(" a"))
print(words[0].strip(0))
""",
    # a tuple's reversed/stepped full-length slice is a new tuple, not the tuple itself
    """import sys
t = (1, 2, 2, 3, 2)
print(t[::-1], t[::1] is t, t[:] is t, t[::-1] is t, t[-1::-1], t[::-2], t[4::-1], t[10::-1])
u = ("a", "b")
r = u[::-1]
print(r, r == u, sys.getsizeof(r), tuple(reversed(u)) == r, (1,)[::-1], ()[::-1])
""",
    # dict views against sets and views: ==, !=, <, <=, >, >= (dictview_richcompare)
    """d = {"a": 1, "b": 2, "c": 3}
e = {"b": 0, "d": 4}
ops = [lambda x, y: x == y, lambda x, y: x != y, lambda x, y: x < y, lambda x, y: x <= y, lambda x, y: x > y, lambda x, y: x >= y]
others = [{"a", "b", "c"}, {"a"}, frozenset("abcd"), e.keys(), d.keys(), {("a", 1)}, d.items(), set(), {"a": 1}.items()]
for o in others:
    print([f(d.keys(), o) for f in ops], [f(o, d.keys()) for f in ops], [f(d.items(), o) for f in ops], [f(o, d.items()) for f in ops])
print(d.values() == d.values(), d.keys() == ["a", "b", "c"], d.keys() != ("a",), d.items() >= {("a", 1)})
for f in [lambda: d.keys() < ["a"], lambda: d.values() < d.values(), lambda: d.items() > [("a", 1)]]:
    try:
        f()
    except TypeError as err:
        print(err)
""",
    # range.index / range.count; s[:] and b[:] are the object itself
    """r = range(2, 20, 3)
print(r.index(8), r.count(11), r.count(12), r.count(True), range(5).index(True), range(10, 0, -2).index(4), range(0).count(0))
print(r.count(8.0), r.index(8.0), range(-5, 5).index(-5))
for x in [9, 20, -1, 2.5, "a"]:
    try:
        print(r.index(x))
    except ValueError as e:
        print("ValueError:", e)
s, b, t, l, ba = "abc", b"abc", (1, 2), [1], bytearray(b"x")
print(s[:] is s, s[0:3] is s, s[::1] is s, s[::-1] is s, b[:] is b, b[::-1] == b"cba", t[:] is t, l[:] is l, ba[:] is ba)
w = "a\u00e9\u20ac\U0001F600"
print(w[:] is w, w[0:4] is w, w[1:] is w)
""",
    """range(3).index(7)
""",
    # docstrings: __doc__ of classes, instances and functions
    """class A:
    \"\"\"Doc A.\"\"\"
    x = 1
class B(A):
    pass
class C:
    x = 1
    \"\"\"not a docstring\"\"\"
def f():
    \"\"\"F doc.\"\"\"
    return 1
def g():
    x = "not"
    return x
class E(Exception):
    \"\"\"Custom error.\"\"\"
print(A.__doc__, B.__doc__, C.__doc__, A().__doc__, B().__doc__, f.__doc__, g.__doc__, (lambda: 0).__doc__)
print(E.__doc__, E("m").__doc__)
""",
    # the empty tuple and b"" are singletons; the empty frozenset until 3.9
    """s = "abc"
print(() is (), tuple() is (), tuple([]) is (), (1, 2)[5:] is (), str() is "", s[5:] is "", "".join([]) is "")
print(bytes() is b"", b"ab"[3:] is b"", frozenset() is frozenset(), frozenset([]) is frozenset(), bytearray() is bytearray(), [] is [])
""",
    # deleting a missing instance attribute (bare name until 3.10) and an unset slot (bare name, all versions)
    """class C:
    pass
class S:
    __slots__ = ("a",)
class T:
    __slots__ = ("a", "__dict__")
c = C()
c.a = 1
s = S()
s.a = 1
del s.a
for f in [lambda: delattr(c, "zz"), lambda: delattr(C(), "zz"), lambda: delattr(S(), "a"), lambda: delattr(s, "a"), lambda: delattr(T(), "a"), lambda: delattr(T(), "b")]:
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
del c.a
print(c.__dict__)
del c.a
""",
    # dunder slot wrappers of int/float/complex/bool: NotImplemented for operands the slot does not handle
    r"""print((3).__add__(4), (3).__add__("a"), (3).__add__(4.5), (3.5).__add__(1), (1j).__add__(2), (2).__radd__(1.5), True.__add__(True), (1).__add__(False))
print((3).__lt__(4), (3).__lt__(4.5), (4.5).__gt__(3), (1).__eq__(1.0), (1.0).__eq__(1), (1).__eq__("a"), (1).__ne__(2), (2.5).__le__(True), (1j).__eq__(1), (1j).__lt__(2j))
print((7).__divmod__(2), (7).__rdivmod__(30), (7.5).__floordiv__(2), (2).__truediv__(4), (2).__pow__(10), (2).__pow__(3, 5), (2.0).__pow__(2), (5).__rsub__(1), (6).__rfloordiv__(20))
print((5).__and__(3), (5).__or__(3), (5).__xor__(3), (1).__lshift__(4), (256).__rshift__(2), (5).__rand__(1.0), (5).__mod__(3), (5.5).__mod__(2), (5).__rmod__(17))
print((1).__neg__(), (-2.5).__neg__(), (3).__pos__(), (5).__invert__(), (-3).__abs__(), (-3.5).__abs__(), (3 + 4j).__abs__(), True.__invert__(), (0).__bool__(), (0.5).__bool__(), (0j).__bool__())
print((7).__index__(), (2.9).__int__(), (3).__float__(), (2.5).__round__(), (2.567).__round__(2), (3).__round__(), (1234).__round__(-2), (3).__trunc__(), (-7).__hash__(), (1.5).__hash__(), True.__hash__(), (-1).__hash__())
print((255).__format__("x"), (1.5).__format__(">6"), (3).__format__(""), True.__format__(""), True.__format__("d"), (1.25).__format__(".1f"), (2j).__format__(""))
print((3).__repr__(), (2.5).__str__(), True.__repr__(), (1j).__repr__(), (1e300).__mul__(1e10), (10).__sub__(2.5), (3).__mul__([1]), (3).__rmul__(2))
try:
    (1).__truediv__(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
""",
    # dunder slot wrappers and methods of str, list, tuple, dict, set, frozenset, bytes, bytearray, range, None
    r"""print("ab".__len__(), "ab".__add__("c"), "a".__mul__(3), "a".__rmul__(2), "b".__contains__("b"), "abc".__getitem__(1), "abc".__getitem__(slice(1, None)), "a".__eq__(1), "a".__lt__("b"), "a".__ge__(1))
print("%s-%d".__mod__(("x", 3)), "x".__repr__(), "x".__str__(), "ab".__format__(">4"), "ab".__hash__() == hash("ab"), type("ab".__iter__()).__name__, list("ab".__iter__()))
print([1, 2].__len__(), [1].__contains__(1), [1].__contains__(2), [1].__add__([2]), [1].__mul__(3), [3, 4].__getitem__(-1), [1].__eq__([1]), [1].__eq__((1,)), [1].__lt__([2]), [1].__gt__(1))
print(type([1, 2].__iter__()).__name__, list([1, 2].__iter__()), type([1].__reversed__()).__name__, [1, 2].__repr__(), [].__bool__() if hasattr([], "__bool__") else "-")
l = [1, 2, 3]
print(l.__iadd__((4,)), l.__imul__(2), l)
l.__setitem__(0, 9)
l.__delitem__(1)
print(l, l.__len__(), l.__getitem__(slice(0, 2)))
print((1, 2).__len__(), (1, 2).__add__((3,)), (1,).__mul__(2), (1, 2).__contains__(2), (1, 2).__getitem__(0), (1,).__lt__([2]), (1,).__eq__((1,)), type((1,).__iter__()).__name__, (1, 2).__hash__() == hash((1, 2)))
d = {"a": 1}
print(d.__len__(), d.__contains__("a"), d.__getitem__("a"), d.__eq__({"a": 1}), d.__eq__([]), d.__lt__({}), type(d.__iter__()).__name__, list(d.__iter__()))
d.__setitem__("b", 2)
d.__delitem__("a")
print(d, d.__repr__(), d.__ne__({"b": 2}))
try:
    {}.__getitem__("x")
except KeyError as e:
    print("KeyError", e)
try:
    [].__getitem__(3)
except IndexError as e:
    print("IndexError", e)
s = {1, 2}
print(s.__len__(), s.__contains__(1), s.__or__({3}), s.__or__([3]), s.__and__({2}), s.__sub__({1}), s.__xor__(frozenset({2, 5})), s.__eq__(frozenset({1, 2})), s.__le__({1, 2, 3}), s.__lt__(1), type(s.__iter__()).__name__)
print(frozenset({1}).__or__({2}), frozenset({1}).__contains__(1), frozenset().__hash__() == hash(frozenset()), s.__ior__({7}), s)
print(b"ab".__len__(), b"ab".__add__(b"c"), b"a".__mul__(2), b"ab".__getitem__(0), b"ab".__contains__(97), b"a".__eq__(bytearray(b"a")), b"a".__eq__("a"), b"a".__lt__(b"b"), type(b"ab".__iter__()).__name__, b"x%db".__mod__(3))
ba = bytearray(b"ab")
print(ba.__len__(), ba.__add__(b"c"), ba.__iadd__(b"d"), ba.__getitem__(1), ba.__contains__(b"b"), ba, ba.__eq__(b"abd"))
print(range(5).__len__(), range(5).__contains__(3), range(5).__getitem__(-1), range(3).__eq__(range(3)), type(range(3).__iter__()).__name__, range(3).__bool__(), range(0).__bool__())
print(None.__eq__(None), None.__eq__(1), None.__ne__(None), None.__bool__(), None.__repr__(), None.__str__(), None.__lt__(None))
""",
    # types and reprs of dunder attributes (method-wrapper, builtin_function_or_method, wrapper_descriptor, method_descriptor), hasattr per version
    r"""import sys
o = object()
print(type(o.__eq__).__name__, type(o.__sizeof__).__name__, type(o.__format__).__name__, type(o.__reduce__).__name__, type(o.__init__).__name__, type(o.__class__).__name__)
print(type((1).__add__).__name__, type("a".__len__).__name__, type([].__getitem__).__name__, type({}.__getitem__).__name__, type({}.__contains__).__name__, type(set().__contains__).__name__, type("a".__getitem__).__name__, type([].__iter__).__name__)
print(type(int.__add__).__name__, type(object.__sizeof__).__name__, type(str.__len__).__name__, type(list.__getitem__).__name__, type(dict.__getitem__).__name__, type(float.__format__).__name__)
print(int.__add__, object.__ge__, str.__len__, int.__sizeof__, list.__getitem__, float.__format__)
print(int.__add__(3, 4), str.__len__("abc"), list.__getitem__([5, 6], 1), object.__eq__(o, o), int.__lt__(1, 2.0), float.__lt__(1.0, 2))
print(hasattr(1, "__add__"), hasattr("", "__iter__"), hasattr([], "__getstate__"), hasattr({}, "__or__"), hasattr({}, "__reversed__"), hasattr(1.0, "__floor__"), hasattr(1j, "__int__"), hasattr(1j, "__mod__"), hasattr(b"", "__bytes__"))
print(hasattr(1, "__iter__"), hasattr([], "__hash__"), [].__hash__, hasattr("", "__sizeof__"), hasattr(None, "__bool__"), hasattr((), "__class_getitem__"), hasattr(True, "__and__"), hasattr(range(1), "__reversed__"))
print(getattr(1, "__add__")(2), getattr("a", "__len__")(), callable((1).__add__), callable(int.__add__), callable([].__len__))
print(sys.getsizeof((1).__add__) == sys.getsizeof(o.__eq__), sys.getsizeof((1).__sizeof__) == sys.getsizeof(len), sys.getsizeof({}.__getitem__) == sys.getsizeof(len), (3).__sizeof__() == sys.getsizeof(3))
try:
    (1).__len__
except AttributeError as e:
    print("AttributeError", e)
try:
    int.__zz__
except AttributeError as e:
    print("AttributeError", e)
""",
    # dunders inherited from object by user classes (V.__ge__), object.__ne__ inverting __eq__, builtin subclasses
    r"""class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __le__(self, o):
        return self.n <= o.n
    def __gt__(self, o):
        return self.n > o.n
print(V(1) < V(2), V(3) > V(2), V(2) <= V(2), V(1) >= V(0) if hasattr(V, "__ge__") else "-")
print(hasattr(V, "__ge__"), hasattr(V(1), "__ge__"), V(1).__ge__(V(0)), V(1).__eq__(V(1)), V(1).__ne__(V(2)), type(V(1).__ge__).__name__, type(V.__ge__).__name__, type(V.__lt__).__name__)
print(V.__ge__, V.__init__ is V.__dict__["__init__"], type(V(1).__lt__).__name__, V(1).__lt__(V(2)))
v = V(1)
print(v.__eq__(v), v.__ne__(v), v.__eq__(1), v.__hash__() == hash(v), v.__str__() == v.__repr__(), v.__format__("") == str(v), v.__class__.__name__)
class L(list):
    pass
x = L([1, 2])
print(x.__len__(), x.__add__([3]), x.__contains__(2), type(x.__len__).__name__, L.__len__(x), L.__len__)
class I(int):
    def __add__(self, o):
        return "I.add"
print(I(1) + 1, I(1).__add__(2), I(1).__sub__(2), int.__add__(I(1), 2), I(1).__radd__(5))
class E:
    def __eq__(self, o):
        return True
print(E().__eq__(1), E().__ne__(1), E() != 1, object.__eq__(E(), 1))
""",
    # print(file=sys.stdout / sys.stderr / a writer), flush=True, sys.stdout.write
    r"""import sys
print("x", file=sys.stdout)
print("hidden", file=sys.stderr, flush=True)
print("a", "b", sep="-", end="!\n", file=sys.stdout, flush=True)
n = sys.stdout.write("h\u00e9llo\n")
print(n, sys.stdout.flush(), sys.stderr.write("zz"), sys.stdout is sys.stdout, sys.stdout is sys.stderr)
print("to none", file=None, flush=False)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print(1, 2, file=w, sep=", ")
print(file=w)
print(w.parts)
for bad in [3, None]:
    try:
        print("x", file=bad)
    except AttributeError as e:
        print("AttributeError", e)
sys.stderr.write("gone\n")
print("end")
""",
    # equal constants of one compilation are one object (co_consts merging, folding, _PyCode_ConstantKey keys)
    """a = 257
b = 257
c = 256 + 1
x = 1.5
y = 1.5
z = 2j
w = 2j
p = b"by tes"
q = b"by tes"
s = "hello world"
t = "hello world"
u = "ab c" * 2
v = "ab cab c"
n = -1000
m = -1000
e = 2 ** 20
f = 1048576
print(a is b, a is c, x is y, z is w, p is q, s is t, u is v, n is m, e is f)
f0 = 0.0
f1 = -0.0
f2 = -0.0
one = 1
onef = 1.0
tru = True
print(f0 is f1, f1 is f2, one is onef, one is tru, onef is tru, 1000 == 1000.0)
objs = []
for i in range(3):
    objs.append(12345)
    objs.append(2.5)
    objs.append("x y")
    objs.append(12345 + i)
print(objs[0] is objs[4], objs[1] is objs[5], objs[2] is objs[6], objs[3] is objs[7], int("12345") is objs[0])
""",
    # constant tuples: merged per code object, items merged (3.6, 3.8+) or not (3.7); t + () is t from 3.7
    """t1 = (1, 2)
t2 = (1, 2)
u = ((1, 2), "x y", 3000, "x_y")
v = ("x y", 3000, "x_y")
xy = "x y"
print(t1 is t2, u[0] is t1, u[1] is v[0], u[2] is v[1], u[1] is xy, u[3] is v[2])
t = (1, 2)
e = ()
print(t + () is t, () + t is t, t + e is t, t * 1 is t, tuple(t) is t, t[:] is t)
def f():
    return (1, 2)
print(f() is f(), f() is t, f() == t)
""",
    # constants across code objects: per code object until 3.7, per compilation from 3.8; identifier-like str interned; "" + s is s
    """big = 100000
name = "hello world"
ident = "hello_world"
def f():
    return 100000, "hello world", "hello_world"
def g():
    return 100000
class C:
    k = 100000
    s = "hello world"
    i = "hello_world"
lam = lambda: (100000, "hello world")
r = f()
print(r[0] is big, r[1] is name, r[2] is ident, g() is big, g() is f()[0])
print(C.k is big, C.s is name, C.i is ident, lam()[0] is big, lam()[1] is name)
print([100000 for _ in range(1)][0] is big, list(y * 1 for y in [100000])[0] is big, [y for y in (100000, 7)][0] is big)
print({k: 100000 for k in "a"}["a"] is big, next(iter({"hello world" for _ in "a"})) is name)
def h(x=100000, y="hello world"):
    return x, y
print(h()[0] is big, h()[1] is name)
d = {"na me": 1, "name": 2}
k1, k2 = list(d)
nm = "na me"
print(k1 is nm, k2 is "name" if False else k2 == "name", k2 is ident[:0] + "name")
s = "x y"
print("" + s is s, s + "" is s, b"" + b"q r" is b"q r", bytearray(b"") + b"" is bytearray(b""))
""",
    # one-character str constants: Latin-1 singletons, except the static _Py_ID strings of 3.11/3.12
    """s = "ag1_ \\xe9Zb"
chars = ["a", "g", "1", "_", " ", "\\xe9", "Z", "b"]
print([s[i] is c for i, c in enumerate(chars)])
print([chr(ord(c)) is c for c in chars])
ab = "ab"
print(s[0] is s[0], s[:1] is s[0], ab[0] is s[0])
def one():
    return "a"
print(one() is chars[0], one() is s[0])
""",
    # sizes: s | s, s.union(s), s |= s, s.update(s) are the copy / a no-op (set_or, set_union, set_merge identity checks)
    """import sys
for n in [3, 4, 5, 10, 19, 50]:
    a = set(range(n))
    print(n, sys.getsizeof(a), sys.getsizeof(a | a), sys.getsizeof(a.union(a)), sys.getsizeof(a & a), sys.getsizeof(a - a), sys.getsizeof(a ^ a))
    b = set(a)
    b |= b
    c = set(a)
    c.update(c)
    print(sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(a.union(a, a, [1])))
f = frozenset('abcdefgh')
print(sys.getsizeof(f | f), sys.getsizeof(f.union(f)), sys.getsizeof(f & f))
""",
    # sizes: collections.OrderedDict (odict_sizeof) and namedtuple _asdict (an OrderedDict on 3.6/3.7)
    """import sys
from collections import OrderedDict, namedtuple
od = OrderedDict()
print(sys.getsizeof(od))
for k in ['route', 'date', 'daytype', 'rides', 'a', 'b', 'c']:
    od[k] = 1
    print(k, sys.getsizeof(od))
od.pop('a')
print(sys.getsizeof(od))
od.clear()
print(sys.getsizeof(od))
for n in range(1, 12):
    T = namedtuple('T', ['f%d' % i for i in range(n)])
    d = T(*range(n))._asdict()
    print(n, sys.getsizeof(d))
    d['extra'] = 0
    print(sys.getsizeof(d))
""",
    # sizes: attribute-name keys are one interned object per name (a teacher's id()-based deep_getsizeof)
    """import sys
def total_size(o, seen):
    if id(o) in seen:
        return 0
    seen.add(id(o))
    s = sys.getsizeof(o)
    if isinstance(o, dict):
        for k in o:
            s += total_size(k, seen)
            s += total_size(o[k], seen)
    elif isinstance(o, (list, tuple, set)):
        for x in o:
            s += total_size(x, seen)
    elif hasattr(o, '__dict__'):
        s += total_size(o.__dict__, seen)
    return s
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class Leaf:
    def __init__(self):
        self.val = 0
        setattr(self, 'tag', 'x')
head = None
for i in range(5):
    head = Node(i * 1000, head)
print(total_size(head, set()))
print(total_size([Node(1), Leaf(), Leaf()], set()))
""",
    # sizes: d.update(k=v) merges the keyword dict; instance __dict__.update (clone into the split dict on 3.10-3.12, not 3.13)
    """import sys
class C:
    pass
a = C()
a.__dict__.update(x=1, y=2)
print(sys.getsizeof(a.__dict__))
b = C()
b.__dict__.update({'x': 1})
print(sys.getsizeof(b.__dict__))
c = C()
vars(c).update([('x', 1)])
print(sys.getsizeof(c.__dict__))
for n in [1, 5, 6, 10, 11, 20, 22, 42, 43]:
    kw = {'k%d' % i: i for i in range(n)}
    e = {}
    e.update(**kw)
    f = {'z': 0}
    f.update(**kw)
    print(n, sys.getsizeof(e), sys.getsizeof(f))
d = {}
d.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(sys.getsizeof(d))
g = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5}
g.update(k0=0, k1=1, k2=2, k3=3, k4=4, k5=5, k6=6, k7=7, k8=8, k9=9, k10=10)
print(sys.getsizeof(g))
""",
]


def gen_handwritten_factory():
    state = {"i": 0}

    def gen(rng):
        src = HANDWRITTEN[state["i"]]
        state["i"] += 1
        return src
    return gen


CATEGORIES = [
    # (name, generator, count)
    ("dict_build", gen_dict_build, 250),
    ("dict_sweep", gen_dict_literal_sweep, 120),
    ("dict_mutate_str", lambda r: gen_dict_mutate(r, ("str",)), 220),
    ("dict_mutate_int", lambda r: gen_dict_mutate(r, ("int",)), 200),
    ("dict_mutate_mixed", lambda r: gen_dict_mutate(r, ("mixed",)), 150),
    ("dict_methods", gen_dict_methods, 120),
    ("dict_errors", gen_dict_errors, 80),
    ("list_build", gen_list_build, 250),
    ("list_sweep", gen_list_sweep, 120),
    ("list_growth", gen_list_growth, 160),
    ("list_shrink", gen_list_shrink, 220),
    ("list_ops", gen_list_ops, 120),
    ("list_errors", gen_list_errors, 80),
    ("tuple", gen_tuple, 160),
    ("namedtuple", gen_namedtuple, 150),
    ("set_int", gen_set_int, 220),
    ("set_str", gen_set_str, 100),
    ("set_errors", gen_set_errors, 50),
    ("str", gen_str, 230),
    ("str_sweep", gen_str_sweep, 80),
    ("str_repr", gen_str_repr, 100),
    ("bytes", gen_bytes, 130),
    ("bytearray", gen_bytearray, 120),
    ("int", gen_int, 180),
    ("float", gen_float, 160),
    ("records", gen_records, 150),
    ("instance_dict", gen_instance_dict, 220),
    ("slots", gen_slots, 120),
    ("class_misc", gen_class_misc, 120),
    ("dataclass", gen_dataclass, 140),
    ("control", gen_control, 140),
    ("functions", gen_functions, 120),
    ("comprehension", gen_comprehension, 120),
    ("builtins", gen_builtins, 150),
    ("formatting", gen_formatting, 160),
    ("unpack", gen_unpack, 120),
    ("errors_caught", gen_errors_caught, 180),
    ("errors_uncaught", gen_errors_uncaught, 150),
    ("errors_messages", gen_errors_messages, 120),
    ("mixed", gen_mixed, 60),
    ("str_methods", gen_str_methods, 120),
    ("subclass_builtin", gen_subclass_builtin, 80),
    ("misc_statements", gen_misc_statements, 100),
    ("float_fuzz", gen_float_fuzz, 150),
    ("int_fuzz", gen_int_fuzz, 150),
    ("ops_matrix", gen_ops_matrix, 200),
    ("str_unicode", gen_str_unicode, 150),
    ("dict_tricky", gen_dict_tricky, 150),
    ("list_tricky", gen_list_tricky, 150),
    ("set_tricky", gen_set_tricky, 120),
    ("instance_tricky", gen_instance_tricky, 120),
    ("bytes_tricky", gen_bytes_tricky, 100),
    ("set_hash", gen_set_hash, 300),
    ("set_views", gen_set_views, 120),
    ("handwritten", gen_handwritten_factory(), len(HANDWRITTEN)),
]


def main():
    out = "tests/golden/programs.jsonl"
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        out = sys.argv[2]
    total = 0
    with open(out, "w", encoding="utf-8") as f:
        for name, gen, count in CATEGORIES:
            for i in range(count):
                pid = "%s-%04d" % (name, i)
                rng = random.Random("golden:" + pid)
                f.write(json.dumps({"id": pid, "category": name, "source": gen(rng)}, ensure_ascii=False) + "\n")
                total += 1
    print("wrote %d programs in %d categories to %s" % (total, len(CATEGORIES), out))


if __name__ == "__main__":
    main()
