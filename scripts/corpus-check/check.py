"""Independent-style corpus check: hand-written programs vs real CPython vs the simulator.

Programs live in scripts/corpus-check/programs/*.py; each file holds several programs separated by
lines `#### <name>`. Every program runs under each pyenv CPython in a fresh process (run-batch.py
--mode fresh, PYTHONHASHSEED=0; results cached in scripts/corpus-check/.cache/ keyed by the source) and
through `pysize batch`, and is compared the way tests/golden/golden-lib.ts compares: stdout byte for
byte and the error's class name (text before the first ':'). Differences in the full error message are
listed too, as "message-only".

  python3 scripts/corpus-check/check.py [--versions 3.8.18,3.12.1] [--only substr] [-v] [--sim-root DIR]
Not part of npm test.
"""
import argparse, glob, hashlib, json, os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PYENV = "/root/.pyenv/versions"
VERSIONS = ["3.6.15", "3.7.16", "3.8.18", "3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]


def load_programs():
    progs = []
    for path in sorted(glob.glob(os.path.join(HERE, "programs", "*.py"))):
        base = os.path.splitext(os.path.basename(path))[0]
        name, lines = None, []
        for line in open(path, encoding="utf-8").read().split("\n") + ["#### <end>"]:
            if line.startswith("#### "):
                if name is not None:
                    src = "\n".join(lines).strip("\n") + "\n"
                    progs.append({"id": base + "/" + name, "category": base, "source": src})
                name, lines = line[5:].strip(), []
            else:
                lines.append(line)
    return progs


def cpython_results(progs, full):
    cache_dir = os.path.join(HERE, ".cache")
    os.makedirs(cache_dir, exist_ok=True)
    cache_file = os.path.join(cache_dir, full + ".jsonl")
    cache = {}
    if os.path.exists(cache_file):
        for l in open(cache_file):
            r = json.loads(l)
            cache[r["key"]] = r
    key = lambda p: hashlib.sha1(p["source"].encode()).hexdigest()
    todo = [p for p in progs if key(p) not in cache]
    if todo:
        inp = "".join(json.dumps(p) + "\n" for p in todo)
        out = subprocess.run(["nice", "-n", "10", os.path.join(PYENV, full, "bin", "python"), "-W", "ignore",
                              os.path.join(ROOT, "scripts/golden/run-batch.py"), "--mode", "fresh"],
                             input=inp, capture_output=True, text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
        with open(cache_file, "a") as f:
            for p, l in zip(todo, out.stdout.splitlines()):
                r = json.loads(l)
                r["key"] = key(p)
                cache[r["key"]] = r
                f.write(json.dumps(r) + "\n")
    return {p["id"]: cache[key(p)] for p in progs}


def sim_results(progs, full, sim_root):
    inp = "".join(json.dumps({"id": p["id"], "source": p["source"]}) + "\n" for p in progs)
    out = subprocess.run(["nice", "-n", "10", "npm", "run", "--silent", "pysize", "--", "batch", "--python", full],
                         input=inp, capture_output=True, text=True, cwd=sim_root)
    return {r["id"]: r for r in map(json.loads, out.stdout.splitlines())}


def cls(e):
    return None if e is None else e.split(":", 1)[0].strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--versions", default=",".join(VERSIONS))
    ap.add_argument("--only", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--sim-root", default=ROOT, help="checkout whose simulator runs (e.g. a git worktree of an older commit)")
    a = ap.parse_args()
    progs = [p for p in load_programs() if a.only in p["id"]]
    print("%d programs" % len(progs))
    total = 0
    for full in a.versions.split(","):
        exp, act = cpython_results(progs, full), sim_results(progs, full, a.sim_root)
        bad, msg = [], []
        for p in progs:
            e, s = exp[p["id"]], act.get(p["id"], {"stdout": "", "error": "MISSING"})
            if e["stdout"] != s["stdout"] or cls(e["error"]) != cls(s["error"]):
                bad.append((p, e, s))
            elif e["error"] != s["error"]:
                msg.append((p, e, s))
        total += len(bad)
        print("%s: %d mismatches, %d message-only" % (full, len(bad), len(msg)))
        for p, e, s in bad + (msg if a.v else []):
            el, sl = e["stdout"].split("\n"), s["stdout"].split("\n")
            i = 0
            while i < len(el) and i < len(sl) and el[i] == sl[i]:
                i += 1
            print("  -- %s" % p["id"])
            if e["stdout"] != s["stdout"]:
                print("     line %d: cpython %r | sim %r" % (i + 1, el[i] if i < len(el) else "<end>", sl[i] if i < len(sl) else "<end>"))
            if e["error"] != s["error"]:
                print("     error: cpython %r | sim %r" % (e["error"], s["error"]))
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
