#!/usr/bin/env python3
"""Save-to-consistent latency of the live index: starts `lattice watch` on a copy of a repository,
then N times appends a new function to one file and measures the time until the index holds it and
has resolved the change (polling the SQLite index read-only every 2 ms). Prints p50/p95/max.

Usage: run.py LATTICE_BINARY REPO FILE [N]   (FILE: a .py, .ts, .swift or .go file of REPO, relative path)"""
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

binary, repo, target = sys.argv[1], sys.argv[2], sys.argv[3]
count = int(sys.argv[4]) if len(sys.argv) > 4 else 30
work = tempfile.mkdtemp(prefix="lattice-latency-")
copy = os.path.join(work, "repo")
shutil.copytree(repo, copy, ignore=shutil.ignore_patterns(".lattice"))
subprocess.run([binary, "index", copy], check=True, capture_output=True)
watch = subprocess.Popen([binary, "watch", copy], stderr=subprocess.PIPE, text=True)
try:
    # Wait for the catch-up run, the watcher and the kept resolution session.
    while True:
        line = watch.stderr.readline()
        if not line:
            sys.exit("lattice watch exited early")
        if line.startswith("watching for changes"):
            break
    time.sleep(0.5)
    database = sqlite3.connect(f"file:{copy}/.lattice/index.db?mode=ro", uri=True)
    path = os.path.join(copy, target)
    latencies = []
    for i in range(count):
        name = f"lattice_probe_{i}" if target.endswith(".py") else f"latticeProbe{i}"
        if target.endswith(".py"):
            code = f"\n\ndef {name}():\n    return {i}\n"
        elif target.endswith((".swift", ".go")):
            code = f"\nfunc {name}() {{}}\n"
        else:
            code = f"\nexport function {name}() {{ return {i}; }}\n"
        with open(path, "a") as handle:
            handle.write(code)
        start = time.monotonic()
        while True:
            # Applied = the new definition is stored and the batch's resolution has committed (the
            # watcher lists a batch's paths in meta.pending_paths until then).
            row = database.execute(
                "SELECT 1 FROM symbols WHERE name = ? AND NOT EXISTS "
                "(SELECT 1 FROM meta WHERE key IN ('pending_paths') OR (key = 'index_state' AND value != 'complete'))",
                (name,)).fetchone()
            if row:
                break
            if time.monotonic() - start > 30:
                sys.exit(f"{name} did not appear within 30 s")
            time.sleep(0.002)
        latencies.append(time.monotonic() - start)
        time.sleep(0.4)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[min(len(latencies) - 1, int(round(0.95 * (len(latencies) - 1))))]
    print(f"{count} single-file edits of {target}: p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms (save to resolved, including the watcher's 150 ms quiet period)")
finally:
    watch.terminate()
    watch.wait(timeout=10)
    shutil.rmtree(work, ignore_errors=True)
