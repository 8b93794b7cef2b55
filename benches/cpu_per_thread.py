#!/usr/bin/env python3
"""CPU time of each thread of one lagesbild command: a figure the machine's load does not move
much, unlike wall time (issue 9's `check` target was measured with it on a loaded machine).

Usage, from the repository root:
    python3 benches/cpu_per_thread.py target/release/lagesbild --db tio.db check

Samples /proc/PID/task/*/stat every 20 ms while the command runs (Linux only); a thread's last
sample is its CPU time (it may end up to 20 ms later). The first thread is the main one. The
estimate for an idle two-core machine is the larger of the main thread and half the total.
"""
import os
import subprocess
import sys
import time

tick = os.sysconf("SC_CLK_TCK")
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
cpu = {}
start = time.time()
while proc.poll() is None:
    try:
        tids = os.listdir(f"/proc/{proc.pid}/task")
    except OSError:
        break
    for tid in tids:
        try:
            with open(f"/proc/{proc.pid}/task/{tid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        cpu[int(tid)] = (int(fields[11]) + int(fields[12])) / tick
    time.sleep(0.02)
wall = time.time() - start
threads = [cpu[t] for t in sorted(cpu)]
if not threads:
    sys.exit("no samples: the command ended at once")
main, others = threads[0], threads[1:]
total = sum(threads)
print(
    f"wall {wall:.2f} s; main thread {main:.2f} s CPU; other threads "
    f"{', '.join(f'{t:.2f}' for t in others) or '-'} s; total {total:.2f} s; "
    f"idle two-core estimate >= {max(main, total / 2):.2f} s"
)
sys.exit(proc.returncode)
