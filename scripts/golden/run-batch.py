"""Run golden-corpus programs under the CPython executing this script (the oracle).

Reads {"id","category","source"} JSONL on stdin and writes {"id","version","stdout","error"} JSONL on
stdout, in input order. `error` is the last line of the traceback ("ClassName: message") or null.

Modes:
  --mode exec     every program is exec'd in this one process, in a fresh __main__ module with stdout
                  captured. Much faster than a process per program; `--mode verify` shows it gives the
                  same results as fresh processes.
  --mode fresh    every program runs as `python main.py` in a new process: the ground truth.
  --mode verify   runs every Nth program (--every N) both ways and reports differences on stderr;
                  exit status 1 if any differ. Writes nothing on stdout.
  --fresh-categories a,b   in exec mode, run these categories in fresh processes anyway.

Every program runs with PYTHONHASHSEED=0 (this script re-executes itself with it when the variable is
not "0", and passes it to fresh processes): the hash secret is then all zeros, so str/bytes hashes,
and with them the iteration order of str sets, are deterministic. That is the model the simulator
follows (lib/simulator/pylib/siphash.ts).

Works on Python 3.6+ (no f-strings with `=`, no walrus).
"""

import argparse
import builtins
import io
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import types

TIMEOUT_S = 20


class ProgramTimeout(BaseException):
    pass


def _on_alarm(signum, frame):
    raise ProgramTimeout()


def last_traceback_line(exc):
    lines = traceback.format_exception_only(type(exc), exc)
    return lines[-1].rstrip("\n") if lines else type(exc).__name__


def run_exec(source):
    """exec one program in a fresh __main__ module; returns (stdout, error, exact).

    exact is False when the interpreter's own top-level handler would print the last traceback line
    differently from traceback.format_exception_only, so the program is re-run in a fresh process:
    a class defined in the program ("__main__.AppError" in 3.6-3.12, "AppError" here), and the
    "Did you mean: ...?" suggestions the 3.10+ handler adds to NameError/AttributeError/ImportError."""
    buf = io.StringIO()
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    saved_main, saved_stdout = sys.modules["__main__"], sys.stdout
    sys.modules["__main__"] = main
    sys.stdout = buf
    error = None
    exact = True
    signal.alarm(TIMEOUT_S)
    try:
        code = compile(source, "main.py", "exec")
        exec(code, main.__dict__)
    except ProgramTimeout:
        error = "Timeout: program ran longer than %d s" % TIMEOUT_S
    except BaseException as exc:  # SystemExit, RecursionError, ... all end the program the same way
        error = last_traceback_line(exc)
        exact = type(exc).__module__ != "__main__" and not isinstance(exc, (NameError, AttributeError, ImportError))
    finally:
        signal.alarm(0)
        sys.stdout = saved_stdout
        sys.modules["__main__"] = saved_main
    return buf.getvalue(), error, exact


def run_fresh(source, workdir):
    """Run one program as `python main.py` in a new process; returns (stdout, error)."""
    path = os.path.join(workdir, "main.py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(source)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONIOENCODING": "utf-8", "LC_ALL": "C.UTF-8",
           "PYTHONHASHSEED": "0"}
    try:
        proc = subprocess.run([sys.executable, path], cwd=workdir, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "", "Timeout: program ran longer than %d s" % TIMEOUT_S
    stdout = proc.stdout.decode("utf-8", "replace")
    error = None
    if proc.returncode != 0:
        lines = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
        error = lines[-1] if lines else "exit status %d" % proc.returncode
    return stdout, error


def run_exec_mode(source, workdir):
    """What --mode exec does for one program: exec, or a fresh process when exec can't be exact."""
    stdout, error, exact = run_exec(source)
    if not exact:
        stdout, error = run_fresh(source, workdir)
    return stdout, error, not exact


def ensure_hash_seed_zero():
    """Re-exec this interpreter with PYTHONHASHSEED=0 unless it already runs with it (the hash secret is
    fixed at startup, so it cannot be changed from inside)."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ)
        env["PYTHONHASHSEED"] = "0"
        sys.stdout.flush()
        os.execve(sys.executable, [sys.executable] + ["-W" + w for w in sys.warnoptions] + sys.argv, env)
    assert hash("abc") in (4596069200710135518, -4594863902769663758), "PYTHONHASHSEED=0 not in effect"


def main():
    ensure_hash_seed_zero()
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", choices=["exec", "fresh", "verify"], default="exec")
    ap.add_argument("--fresh-categories", default="")
    ap.add_argument("--every", type=int, default=5)
    args = ap.parse_args()
    fresh_cats = set(c for c in args.fresh_categories.split(",") if c)
    version = platform.python_version()
    signal.signal(signal.SIGALRM, _on_alarm)
    # The programs print non-ASCII text; make our own stdout UTF-8 whatever the locale.
    out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    programs = [json.loads(line) for line in io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8") if line.strip()]
    workdir = tempfile.mkdtemp(prefix="golden-")
    started = time.time()
    mismatches = 0
    checked = 0
    fallbacks = 0
    for i, prog in enumerate(programs):
        if args.mode == "verify":
            if i % args.every:
                continue
            checked += 1
            stdout, error, fell_back = run_exec_mode(prog["source"], workdir)
            fallbacks += fell_back
            a = (stdout, error)
            b = run_fresh(prog["source"], workdir)
            if a != b:
                mismatches += 1
                sys.stderr.write("DIFF %s\n  exec:  %r\n  fresh: %r\n" % (prog["id"], a, b))
            continue
        if args.mode == "fresh" or prog.get("category") in fresh_cats:
            stdout, error = run_fresh(prog["source"], workdir)
        else:
            stdout, error, _ = run_exec_mode(prog["source"], workdir)
        out.write(json.dumps({"id": prog["id"], "version": version, "stdout": stdout, "error": error},
                             ensure_ascii=False) + "\n")
    out.flush()
    elapsed = time.time() - started
    if args.mode == "verify":
        sys.stderr.write("verify %s: %d programs checked, %d differ (%d re-run fresh by exec mode) (%.1f s)\n"
                         % (version, checked, mismatches, fallbacks, elapsed))
        sys.exit(1 if mismatches else 0)
    sys.stderr.write("%s: %d programs in %.1f s (%s)\n" % (version, len(programs), elapsed, args.mode))


if __name__ == "__main__":
    main()
