#!/usr/bin/env bash
# End-to-end figures for the exchange (issue 9), with their anchor, in one run on one machine:
#
#   1. a year of a municipality's data (the demo seeder's year) exported for a partner: the
#      bundle's size;
#   2. that bundle imported through the CLI (quick check, backup, verification, one
#      transaction): wall time and peak memory;
#   3. the anchor: taskwarrior importing 10,000 tasks, on the same machine in the same run;
#   4. `check` on the ten-year demo database: wall time and peak memory.
#
# Usage, from the repository root:  benches/e2e_import.sh
# Needs: a release build (cargo build --release), taskwarrior (apt-get install taskwarrior),
# GNU time (/usr/bin/time), python3. Figures go in BENCHMARKS.md with the machine and its load.
set -euo pipefail

BIN=${BIN:-target/release/lagesbild}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export LAGESBILD_TODAY=2026-11-19 XDG_CONFIG_HOME="$WORK"
TIME=/usr/bin/time

# "<seconds> <peak MB>" of a command (its output goes to $WORK/out).
measure() {
    "$TIME" -f "%e %M" -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/stderr" || {
        cat "$WORK/stderr" >&2
        exit 1
    }
    awk '{ printf "%.2f s, %.0f MB", $1, $2 / 1024 }' "$WORK/time"
}

token() { "$BIN" --db "$1" partner show-key | grep -o 'lagesbild-nyckel:[^ ]*'; }

echo "== A year of data"
"$BIN" --db "$WORK/kommun.db" demo --years 1 >/dev/null 2>&1
"$BIN" --db "$WORK/kommun.db" partner init --name "Sjöviks kommun" >/dev/null
"$BIN" --db "$WORK/polis.db" partner init --name "Polisen Sjövik" >/dev/null
"$BIN" --db "$WORK/kommun.db" partner trust "Polisen Sjövik" "$(token "$WORK/polis.db")" >/dev/null
"$BIN" --db "$WORK/polis.db" partner trust "Sjöviks kommun" "$(token "$WORK/kommun.db")" >/dev/null
echo "export:            $(measure "$BIN" --db "$WORK/kommun.db" export --to "Polisen Sjövik" -o "$WORK/ar.lagesbild")"
echo "                   $(head -1 "$WORK/out")"
echo "bundle:            $(stat -c %s "$WORK/ar.lagesbild") bytes"
echo "import (CLI):      $(measure "$BIN" --db "$WORK/polis.db" import "$WORK/ar.lagesbild")"
echo "                   $(head -1 "$WORK/out")"

echo "== Anchor: taskwarrior importing 10,000 tasks"
python3 - "$WORK/tasks.json" <<'PY'
import json, sys, uuid
tasks = [{
    "uuid": str(uuid.UUID(int=i + 1)),
    "description": f"Åtgärd {i}: röja buskage vid gångväg {i % 97}",
    "status": "pending",
    "entry": "20261119T100000Z",
    "project": f"omrade{i % 13}",
    "tags": ["trygghet", f"v{i % 52}"],
} for i in range(10_000)]
json.dump(tasks, open(sys.argv[1], "w"))
PY
mkdir -p "$WORK/task"
printf 'data.location=%s\nconfirmation=off\nhooks=off\nverbose=nothing\n' "$WORK/task" >"$WORK/taskrc"
echo "task import:       $(TASKRC="$WORK/taskrc" measure task import "$WORK/tasks.json")"

echo "== check on ten years"
"$BIN" --db "$WORK/tio.db" demo --years 10 >/dev/null 2>&1
echo "check (10 years):  $(measure "$BIN" --db "$WORK/tio.db" check)"
