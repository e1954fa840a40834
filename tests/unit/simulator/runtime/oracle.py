# Oracle for the runtime tests: runs each program of a JSON list (stdin) under the real CPython that
# executes this script, in a fresh __main__-like namespace, and prints a JSON list of
# {"stdout", "error"} where error is "ClassName: message" (as the last traceback line) or null.
# Usage: /root/.pyenv/versions/3.12.1/bin/python oracle.py < programs.json
import io, json, sys, traceback

def run(src):
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    err = None
    try:
        code = compile(src, "<program>", "exec")
        exec(code, {"__name__": "__main__", "__builtins__": __builtins__})
    except BaseException as e:  # noqa: BLE001 - the oracle reports everything
        line = traceback.format_exception_only(type(e), e)[-1].strip()
        err = line
    finally:
        sys.stdout = saved
    return {"stdout": out.getvalue(), "error": err}

programs = json.load(sys.stdin)
json.dump([run(p) for p in programs], sys.stdout)
