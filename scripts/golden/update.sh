#!/usr/bin/env bash
# Regenerate the golden corpus and its expected results from the real CPythons on this machine.
#
#   npm run golden:update                 # programs.jsonl + results-X.Y.jsonl for every CPython found
#   VERIFY_EVERY=3 npm run golden:update  # also re-check exec-vs-fresh-process on every 3rd program
#
# The programs are generated deterministically (scripts/golden/generate.py), then each interpreter runs
# them all in ONE process with exec (scripts/golden/run-batch.py --mode exec). That was checked to give
# byte-identical stdout and errors to running each program as a fresh `python main.py` process; the
# categories in FRESH_CATEGORIES are run fresh anyway. Everything runs with PYTHONHASHSEED=0, so str and
# bytes hashes (and str set order) are deterministic; run-batch.py enforces it.
set -euo pipefail
cd "$(dirname "$0")/../.."

PYENV=/root/.pyenv/versions
VERSIONS="3.6.15 3.7.16 3.8.18 3.9.18 3.10.13 3.11.7 3.12.1 3.13.0"
# Categories to run in fresh processes anyway: set_hash and set_views, because exec in one long-lived process
# changes which strings are already interned, and with it the table order of constant str set
# displays on 3.9+ (a frozenset constant is rebuilt when interning replaces one of its members).
FRESH_CATEGORIES="${FRESH_CATEGORIES:-set_hash,set_views}"
GEN_PY="$PYENV/3.12.1/bin/python"
[ -x "$GEN_PY" ] || GEN_PY=python3

"$GEN_PY" scripts/golden/generate.py --out tests/golden/programs.jsonl

for full in $VERSIONS; do
  py="$PYENV/$full/bin/python"
  minor="${full%.*}"
  if [ ! -x "$py" ]; then
    echo "skip $full: $py not found" >&2
    continue
  fi
  start=$(date +%s.%N)
  PYTHONHASHSEED=0 nice -n 10 "$py" -W ignore scripts/golden/run-batch.py --mode exec --fresh-categories "$FRESH_CATEGORIES" \
    < tests/golden/programs.jsonl > "tests/golden/results-$minor.jsonl.tmp"
  mv "tests/golden/results-$minor.jsonl.tmp" "tests/golden/results-$minor.jsonl"
  echo "results-$minor.jsonl ($full) in $(echo "$(date +%s.%N) - $start" | bc) s" >&2
  if [ -n "${VERIFY_EVERY:-}" ]; then
    PYTHONHASHSEED=0 nice -n 10 "$py" -W ignore scripts/golden/run-batch.py --mode verify --every "$VERIFY_EVERY" \
      < tests/golden/programs.jsonl
  fi
done
