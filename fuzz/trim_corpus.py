#!/usr/bin/env python3
"""Picks the committed corpus from a libFuzzer merge control file (steps in fuzz/README.md).

`cargo fuzz cmin` keeps every input that adds a feature: thousands of files. This keeps the named
seeds already in CORPUS_DIR and adds inputs greedily (most edges not yet covered first, the
smaller on a tie): first until every edge on a line of lagesbild's own code (`src/`) that any
input reaches is covered, then for edges of library code inlined into ours, then for all edges,
until MAX_FILES. The control file must come from a merge run with
`-set_cover_merge=1 -use_counters=0`, so that each input's `FT` line lists every edge it covers.

Which edges are "own code" is read from the fuzz binary: its PC table (through its relocations,
`readelf`) symbolised with `llvm-symbolizer`. It relies on how libFuzzer numbers an edge feature
without counters (its index within the counter region of its 4 KiB page, regions numbered 8 apart);
if a feature does not fit that, the script says so and treats all edges alike.

    python3 fuzz/trim_corpus.py CONTROL_FILE CORPUS_DIR FUZZ_BINARY [MAX_FILES]
"""

import os
import shutil
import subprocess
import sys

PAGE = 4096


def sections(binary: str) -> dict[str, tuple[int, int]]:
    """Address and size of the sanitizer-coverage sections."""
    out = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True, check=True)
    found = {}
    for line in out.stdout.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 5 and parts[1] in ("__sancov_cntrs", "__sancov_pcs"):
            found[parts[1]] = (int(parts[3], 16), int(parts[5], 16))
    return found


def own_edges(
    binary: str, repo_src: str
) -> tuple[set[int], set[int], list[tuple[int, int]]] | None:
    """The edge indices in `repo_src` (innermost frame; any frame) and the counter regions."""
    secs = sections(binary)
    if set(secs) != {"__sancov_cntrs", "__sancov_pcs"}:
        return None
    (cntrs, count), (pcs_at, pcs_size) = secs["__sancov_cntrs"], secs["__sancov_pcs"]
    pcs = {}
    relocs = subprocess.run(["readelf", "-rW", binary], capture_output=True, text=True, check=True)
    for line in relocs.stdout.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[2] == "R_X86_64_RELATIVE":
            at = int(parts[0], 16)
            if pcs_at <= at < pcs_at + pcs_size and (at - pcs_at) % 16 == 0:
                pcs[(at - pcs_at) // 16] = int(parts[3], 16)
    if not pcs:  # not a position-independent binary: not handled
        return None
    query = "".join(f"0x{pcs.get(i, 0):x}\n" for i in range(count))
    sym = subprocess.run(
        ["llvm-symbolizer", f"--obj={binary}"], input=query, capture_output=True, text=True
    )
    frames = [b.splitlines() for b in sym.stdout.strip().split("\n\n")]
    # Innermost frame in src/ (our own lines), or any frame (std and serde code inlined into ours).
    own = {i for i, f in enumerate(frames) if len(f) > 1 and f[1].startswith(repo_src)}
    inlined = {i for i, f in enumerate(frames) if any(x.startswith(repo_src) for x in f[1::2])}
    # libFuzzer's counter regions: the part before the first page boundary, whole pages, the rest.
    regions, start = [], 0
    while start < count:
        end = min(count, ((cntrs + start) // PAGE + 1) * PAGE - cntrs)
        regions.append((start, end - start))
        start = end
    return own, inlined, regions


def main() -> None:
    control, corpus, binary = sys.argv[1], sys.argv[2], sys.argv[3]
    max_files = int(sys.argv[4]) if len(sys.argv) > 4 else 290
    repo_src = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(__file__))), "src/")

    lines = open(control, encoding="utf-8").read().splitlines()
    count = int(lines[0])
    files = lines[2 : 2 + count]
    features: dict[int, set[int]] = {i: set() for i in range(count)}
    for line in lines[2 + count :]:
        parts = line.split()
        if parts and parts[0] == "FT":
            features[int(parts[1])] = {int(p) for p in parts[2:]}

    own: set[int] = set()
    inlined: set[int] = set()
    mapped = own_edges(binary, repo_src)
    if mapped:
        own_idx, inlined_idx, regions = mapped

        def edge(feature: int) -> int | None:
            for start, length in regions:
                if 8 * start <= feature < 8 * start + length:
                    return start + feature - 8 * start
            return None

        edges = {f: edge(f) for fs in features.values() for f in fs}
        if None in edges.values():
            print("features do not fit libFuzzer's numbering as expected: all edges treated alike")
        else:
            own = {f for f, e in edges.items() if e in own_idx}
            inlined = {f for f, e in edges.items() if e in inlined_idx}
    else:
        print("no PC table found: all edges treated alike")

    corpus_abs = os.path.realpath(corpus)
    seeds = [i for i, f in enumerate(files) if os.path.realpath(os.path.dirname(f)) == corpus_abs]
    covered = set().union(*(features[i] for i in seeds))
    size = {i: os.path.getsize(f) for i, f in enumerate(files)}
    rest = set(range(count)) - set(seeds)
    chosen: list[int] = []
    for wanted in (own, inlined, set().union(*features.values())):
        while rest and len(seeds) + len(chosen) < max_files:
            best = max(rest, key=lambda i: (len((features[i] & wanted) - covered), -size[i]))
            if not (features[best] & wanted) - covered:
                break
            chosen.append(best)
            covered |= features[best]
            rest.discard(best)

    for i in chosen:
        shutil.copy(files[i], os.path.join(corpus, os.path.basename(files[i])))
    everything = set().union(*features.values())
    print(
        f"{len(seeds)} seeds kept, {len(chosen)} inputs added ({sum(size[i] for i in chosen)} bytes); "
        f"edges covered: {len(covered)} of {len(everything)}, "
        f"in src/: {len(covered & own)} of {len(own)}, "
        f"in functions of src/: {len(covered & inlined)} of {len(inlined)}"
    )


if __name__ == "__main__":
    main()
