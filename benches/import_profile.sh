#!/usr/bin/env bash
# Where the import of a year's bundle spends its work (issue 9), per function and per phase:
#
#   1. callgrind of one CLI import (instruction counts: immune to the load of a shared machine);
#   2. the phases of one CLI import on the real machine, from the timestamps of the few
#      system calls that mark them (strace on those calls only, so the run is not slowed):
#      open + quick check → verify (read, decompress, parse, hash on worker threads) → backup →
#      the store's op loop → commit (WAL fsync), checkpoint (database fsync), close.
#
# Needs a release binary with symbols, which the normal release profile strips. Only our
# crate needs them (same optimisation; the dependencies keep the normal release flags):
#
#   cargo build --release --target-dir target/profiling \
#       --config 'profile.release.package.lagesbild.debug="line-tables-only"' \
#       --config 'profile.release.package.lagesbild.strip=false'
#
# (Without --target-dir it builds into target/release, replacing the stripped binary.)
#
# Usage, from the repository root:  benches/import_profile.sh [BIN]
# Needs valgrind (callgrind_annotate), strace, python3. Figures go in BENCHMARKS.md.
set -euo pipefail

BIN=$(realpath "${1:-target/profiling/release/lagesbild}")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export LAGESBILD_TODAY=2026-11-19 XDG_CONFIG_HOME="$WORK"

token() { "$BIN" --db "$1" partner show-key | grep -o 'lagesbild-nyckel:[^ ]*'; }

echo "== A year of data (as in benches/e2e_import.sh)"
"$BIN" --db "$WORK/kommun.db" demo --years 1 >/dev/null 2>&1
"$BIN" --db "$WORK/kommun.db" partner init --name "Sjöviks kommun" >/dev/null
"$BIN" --db "$WORK/polis.db" partner init --name "Polisen Sjövik" >/dev/null
"$BIN" --db "$WORK/kommun.db" partner trust "Polisen Sjövik" "$(token "$WORK/polis.db")" >/dev/null
"$BIN" --db "$WORK/polis.db" partner trust "Sjöviks kommun" "$(token "$WORK/kommun.db")" >/dev/null
"$BIN" --db "$WORK/kommun.db" export --to "Polisen Sjövik" -o "$WORK/ar.lagesbild" >/dev/null

# A fresh copy of the receiving database for each run.
fresh() {
    rm -rf "$WORK/$1" && mkdir "$WORK/$1"
    cp "$WORK/polis.db" "$WORK/polis.db.partner-key" "$WORK/$1/"
}

echo "== Phases (wall clock, this machine, now: $(uptime | sed 's/.*load/load/'))"
fresh phases
strace --seccomp-bpf -f -tt -o "$WORK/strace" \
    -e trace=execve,openat,fsync,unlink,exit_group \
    "$BIN" --db "$WORK/phases/polis.db" import "$WORK/ar.lagesbild" >/dev/null
python3 - "$WORK/strace" <<'PY'
import sys
from datetime import datetime
lines = [l for l in open(sys.argv[1]) if "ENOENT" not in l]
main = lines[0].split()[0]
def t(l): return datetime.strptime(l.split()[1], "%H:%M:%S.%f")
def first(pred): return next(t(l) for l in lines if pred(l))
def last(pred): return [t(l) for l in lines if pred(l)][-1]
start = t(lines[0])
bundle = first(lambda l: "openat" in l and "ar.lagesbild" in l)
hashed = last(lambda l: l.split()[0] != main and "exited" in l)
# The backup ends with the temp-file sweep beside the database (directory listings).
loop = last(lambda l: "O_DIRECTORY" in l)
# The last three fsyncs: the commit's WAL, the checkpoint's WAL and database.
commit = [t(l) for l in lines if l.split()[0] == main and "fsync(" in l][-3]
end = first(lambda l: "exit_group" in l)
def s(a, b): return f"{(b - a).total_seconds():6.3f} s"
print(f"open + quick check           {s(start, bundle)}")
print(f"verify (read, parse, hash)   {s(bundle, hashed)}")
print(f"backup                       {s(hashed, loop)}")
print(f"the store's op loop          {s(loop, commit)}")
print(f"commit, checkpoint, close    {s(commit, end)}")
print(f"total                        {s(start, end)}")
PY

echo "== callgrind (instructions; inclusive, top entries)"
fresh cg
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
    "$BIN" --db "$WORK/cg/polis.db" import "$WORK/ar.lagesbild" >/dev/null 2>"$WORK/valgrind"
grep Collected "$WORK/valgrind"
callgrind_annotate --inclusive=yes "$WORK/callgrind.out" 2>/dev/null |
    grep -E "lagesbild::|sqlite3|compress256|subjournal|memjrnl|fts5|malloc" | awk "n++ < 60" |
    cut -c1-160
