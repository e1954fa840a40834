#!/usr/bin/env python3
"""Regenerates recursion-expected.json: how each real CPython (3.6 ... 3.13, the pyenv builds the golden
suite uses) behaves at its recursion limit. Interpreters that are not installed are skipped (their entries
are kept from the previous file). Run: python3 tests/unit/simulator/budgets/recursion-oracle.py
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "recursion-expected.json")
VERSIONS = {"3.6": "3.6.15", "3.7": "3.7.16", "3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13",
            "3.11": "3.11.7", "3.12": "3.12.1", "3.13": "3.13.0"}

COUNTER = "n = 0\n"
CATCH = "try:\n    f(1)\nexcept RecursionError as e:\n    print(n, e)\n"
CASES = {
    # the depth at which a plain recursive function gets RecursionError (n = frames entered below <module>)
    "plain": COUNTER + "def f(k):\n    global n\n    n = k\n    f(k + 1)\n" + CATCH,
    "return": COUNTER + "def f(k):\n    global n\n    n = k\n    return f(k + 1)\n" + CATCH,
    "binop": COUNTER + "def f(k):\n    global n\n    n = k\n    return f(k + 1) + 1\n" + CATCH,
    "if": COUNTER + "def f(k):\n    global n\n    n = k\n    if k > 0:\n        return f(k + 1)\n" + CATCH,
    "try": COUNTER + "def f(k):\n    global n\n    n = k\n    try:\n        f(k + 1)\n    except ZeroDivisionError:\n        pass\n" + CATCH,
    "method": COUNTER + "class A:\n    def g(self, k):\n        global n\n        n = k\n        return self.g(k + 1)\ndef f(k):\n    A().g(k + 1)\n" + CATCH,
    "init": COUNTER + "class A:\n    def __init__(self, k):\n        global n\n        n = k\n        self.c = A(k + 1)\ndef f(k):\n    A(k + 1)\n" + CATCH,
    # a comprehension is a frame of its own up to 3.11 (PEP 709 inlines it in 3.12)
    "listcomp": COUNTER + "def f(k):\n    global n\n    n = k\n    return [f(k + 1) for _ in range(1)]\n" + CATCH,
    "dictcomp": COUNTER + "def f(k):\n    global n\n    n = k\n    return {0: f(k + 1) for _ in range(1)}\n" + CATCH,
    # the interpreter keeps working after a caught RecursionError (deep but legal recursion, twice)
    "continue": (
        "import sys\nprint(sys.getrecursionlimit())\n"
        "def f(k):\n    return f(k + 1)\n"
        "def h(k):\n    return 0 if k == 0 else h(k - 1) + 1\n"
        "for attempt in range(3):\n    try:\n        f(0)\n    except RecursionError as e:\n        print(attempt, type(e).__name__, e)\n"
        "    print(h(900), h(10))\n"
        "l = []\nfor i in range(5):\n    l.append(i)\nprint(l, sum(l))\n"
        "try:\n    f(0)\nexcept Exception as e:\n    print('Exception catches it:', isinstance(e, RuntimeError))\n"
    ),
    # uncaught: the last traceback line
    "uncaught": "def f(k):\n    return f(k + 1)\nprint('before')\nf(0)\nprint('after')\n",
}


def run(version, source):
    exe = os.path.expanduser(f"~/.pyenv/versions/{version}/bin/python")
    try:
        root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
        if root:
            exe = os.path.join(root, "versions", version, "bin", "python")
    except OSError:
        pass
    if not os.path.exists(exe):
        return None
    p = subprocess.run([exe, "-c", source], capture_output=True, text=True, timeout=60)
    err = p.stderr.strip().splitlines()
    return {"stdout": p.stdout, "error": err[-1] if p.returncode != 0 and err else None}


def main():
    old = {}
    if os.path.exists(OUT):
        old = {c["id"]: c for c in json.load(open(OUT))}
    cases = []
    for cid, source in CASES.items():
        results = dict(old.get(cid, {}).get("results", {})) if old.get(cid, {}).get("source") == source else {}
        for minor, version in VERSIONS.items():
            r = run(version, source)
            if r is None:
                print(f"skip {version} (not installed)", file=sys.stderr)
                continue
            results[minor] = r
        cases.append({"id": cid, "source": source, "results": results})
    with open(OUT, "w") as f:
        json.dump(cases, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
