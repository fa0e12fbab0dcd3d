#!/usr/bin/env python3
"""Runs one command and reports what it cost: wall and CPU seconds, peak RSS (the process tree's,
sampled, and the kernel's max for the main process), and the peak size of a file (the index's WAL)
sampled while it runs. Prints one JSON object.

usage: measure.py [--watch FILE] -- COMMAND...
"""
import json, os, resource, subprocess, sys, threading, time


def tree_rss_kb(pid):
    """Resident memory of a process and its children, from /proc (KB)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            with open(f"/proc/{p}/task/{p}/children") as f:
                stack += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            pass
    return total


def main():
    args = sys.argv[1:]
    watch = None
    if args and args[0] == "--watch":
        watch, args = args[1], args[2:]
    if args and args[0] == "--":
        args = args[1:]
    peaks = {"file": 0, "rss_kb": 0}
    start = time.monotonic()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample():
        while not done.is_set():
            if watch:
                try:
                    peaks["file"] = max(peaks["file"], os.path.getsize(watch))
                except OSError:
                    pass
            peaks["rss_kb"] = max(peaks["rss_kb"], tree_rss_kb(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    wall = time.monotonic() - start
    done.set()
    sampler.join()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({
        "exit": proc.returncode, "wall_s": round(wall, 3),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "peak_rss_mb": round(max(peaks["rss_kb"], usage.ru_maxrss) / 1024, 1),
        "peak_watched_file_mb": round(peaks["file"] / 1048576, 1),
        "stdout_tail": out.decode(errors="replace")[-2000:], "stderr_tail": err.decode(errors="replace")[-1000:],
    }))


if __name__ == "__main__":
    main()
