"""Writes lib/simulator/runtime/dunders.json: which dunder attributes each built-in type of the subset
has on each CPython version, and what kind of object the attribute is when read from an instance.

  python3 scripts/dunder-table.py        (runs every pyenv CPython found; absent ones are skipped)

Kinds: "w" slot wrapper (type(obj.name) is method-wrapper), "m" builtin method
(builtin_function_or_method: __sizeof__, __format__, __reduce__ ...), "c" a class method (__new__,
__init_subclass__, __subclasshook__, __class_getitem__ ...), "a" any other attribute (__class__, __doc__,
__hash__ = None ...). The JSON maps type -> name -> kind, with " X,Y,..." appended (the minor versions
that have it) when the name exists only on some versions. User-class instances inherit object's entries.
"""
import json, os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "lib", "simulator", "runtime", "dunders.json")
PYENV = "/root/.pyenv/versions"
VERSIONS = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]

PROBE = r'''
import json
samples = {"int": 5, "str": "ab", "list": [1], "dict": {1: 2}, "tuple": (1,), "set": {1}, "frozenset": frozenset([1]),
           "bytes": b"a", "bytearray": bytearray(b"a"), "float": 1.5, "complex": 1j, "bool": True,
           "NoneType": None, "range": range(3), "object": object()}
out = {}
for name, inst in samples.items():
    t = type(inst)
    row = {}
    for a in dir(t):
        if not (a.startswith("__") and a.endswith("__")):
            continue
        d = t.__dict__.get(a) if a in t.__dict__ else None
        for k in t.__mro__:
            if a in k.__dict__:
                d = k.__dict__[a]
                break
        dk = type(d).__name__
        if dk in ("classmethod_descriptor", "classmethod") or (a == "__new__"):
            kind = "c"
        else:
            v = getattr(inst, a)
            kind = {"method-wrapper": "w", "builtin_function_or_method": "m"}.get(type(v).__name__, "a")
        row[a] = kind
    out[name] = row
print(json.dumps(out))
'''


def main():
    per = {}
    for full in VERSIONS:
        exe = os.path.join(PYENV, full, "bin", "python")
        if not os.path.exists(exe):
            print("skipping absent", exe)
            continue
        minor = int(full.split(".")[1])
        per[minor] = json.loads(subprocess.run([exe, "-c", PROBE], capture_output=True, text=True, check=True).stdout)
    minors = sorted(per)
    table = {}
    for t in per[minors[0]]:
        names = sorted({n for m in minors for n in per[m][t]})
        row = {}
        for n in names:
            have = [m for m in minors if n in per[m][t]]
            kinds = {per[m][t][n] for m in have}
            assert len(kinds) == 1, (t, n, kinds)
            kind = kinds.pop()
            row[n] = kind if have == minors else kind + " " + ",".join(str(m) for m in have)
        table[t] = row
    with open(OUT, "w") as f:
        json.dump({"versions": ["3.%d" % m for m in minors], "types": table}, f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print("wrote", OUT, os.path.getsize(OUT), "bytes")


main()
