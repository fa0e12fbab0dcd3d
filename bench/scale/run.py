#!/usr/bin/env python3
"""Scale benchmark (issue: performance and scale). For each prepared corpus (prepare.sh) it measures
Lattice — cold index wall/CPU/peak RSS/peak WAL (median of N runs), database size, files/s and MB/s,
a no-change re-index, a one-file incremental update (p50/p95), and query latency (p50/p95) for
search, callers, callees and context through the CLI and through one long-running MCP server — and, in the same run, Universal Ctags
(`ctags -R`, the reference) and the PyPI peers code-review-graph and jcodemunch-mcp where they finish.
Writes bench/scale/results.json and docs/benchmarks-chart.svg; docs/benchmarks.md's tables are
copied from results.json. With --no-peers, the peers' numbers of an earlier run are kept and marked.

usage: run.py [--runs N] [--no-peers] [--lattice PATH] [CORPUS...]
       run.py --queries-only [CORPUS...]     (query latency only, into the existing results.json)
       run.py --ctags-only [CORPUS...]       (Universal Ctags only, into the existing results.json)
       run.py --tables                       (print docs/benchmarks.md's tables)
"""
import argparse, json, os, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / ".build" / "bench-corpus"
MEASURE = Path(__file__).with_name("measure.py")
PEERS_VENV = ROOT / ".build" / "bench-peers"
PEERS = {"code-review-graph": "2.3.9", "jcodemunch-mcp": "1.108.399"}
# Corpora the peers are run on (the largest would take them far longer than the bench's budget).
PEER_CORPORA = {"django", "gin", "tokio", "swift-nio"}
ORDER = ["django", "gin", "tokio", "swift-nio", "typescript", "jdk", "linux"]


def measured(cmd, watch=None, env=None, timeout=3600):
    args = [sys.executable, str(MEASURE)] + (["--watch", str(watch)] if watch else []) + ["--"] + cmd
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=timeout)
    return json.loads(out.stdout)


def median(values):
    return round(statistics.median(values), 3) if values else None


def pct(values, q):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(q * (len(values) - 1))))], 4) if values else None


def corpus_size(path):
    files, size = 0, 0
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if d not in (".lattice", ".git", ".code-review-graph")]
        for name in filenames:
            try:
                size += os.path.getsize(os.path.join(dirpath, name))
                files += 1
            except OSError:
                pass
    return files, size


def lattice_runs(lattice, corpus, runs):
    db = corpus / ".lattice" / "index.db"
    cold = []
    for _ in range(runs):
        shutil.rmtree(corpus / ".lattice", ignore_errors=True)
        cold.append(measured([lattice, "index", str(corpus), "--json"], watch=str(db) + "-wal"))
    summary = json.loads(cold[-1]["stdout_tail"][cold[-1]["stdout_tail"].index("{"):])
    result = {
        "cold_wall_s": median([r["wall_s"] for r in cold]), "cold_cpu_s": median([r["cpu_s"] for r in cold]),
        "peak_rss_mb": median([r["peak_rss_mb"] for r in cold]),
        "peak_wal_mb": median([r["peak_watched_file_mb"] for r in cold]),
        "db_mb": round(db.stat().st_size / 1048576, 1), "files_parsed": summary["filesParsed"],
        "symbols": summary["symbols"], "edges": summary["edges"], "phases_last_run": summary["phaseSeconds"],
    }
    result["files_per_s"] = round(result["files_parsed"] / result["cold_wall_s"], 1)
    again = [measured([lattice, "index", str(corpus)])["wall_s"] for _ in range(runs)]
    result["nochange_wall_s"] = median(again)
    # One-file update: append a newline to a mid-sized source file, then index.
    target = pick_file(corpus)
    incremental = []
    resolved = set()
    for _ in range(5):
        with open(target, "a") as f:
            f.write("\n")
        run = measured([lattice, "index", str(corpus), "--json"])
        incremental.append(run["wall_s"])
        resolved.add(json.loads(run["stdout_tail"][run["stdout_tail"].index("{"):])["resolvedFiles"])
    result["incremental_file"] = str(target.relative_to(corpus))
    # A body edit re-resolves only its file (scoped resolution); a whole run would say every file.
    result["incremental_resolved_files"] = sorted(resolved)
    result["incremental_p50_s"], result["incremental_p95_s"] = pct(incremental, 0.5), pct(incremental, 0.95)
    result["watch_update"] = watch_latency(lattice, corpus, target)
    result["queries"] = query_latency(lattice, corpus, db)
    result["mcp_queries"] = mcp_latency(lattice, corpus, result["queries"]["symbol"])
    return result


def watch_latency(lattice, corpus, target, edits=5):
    """The same one-file edit under `lattice watch`, the live path: its compiled queries are kept
    between saves and there is no process start-up. `apply` is the re-index the watcher reports;
    `saved_to_indexed` runs from the write to that report, so it includes the watcher's 150 ms quiet
    period that coalesces bursts of saves."""
    import selectors
    proc = subprocess.Popen([lattice, "watch", str(corpus)], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, bufsize=1)
    selector = selectors.DefaultSelector()
    selector.register(proc.stderr, selectors.EVENT_READ)

    def line_with(prefix, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if selector.select(timeout=max(0, deadline - time.monotonic())):
                line = proc.stderr.readline()
                if line.startswith(prefix):
                    return line
                if not line:
                    return None
        return None

    applied, end_to_end = [], []
    try:
        if line_with("watching for changes", 7200) is None:
            return None
        for _ in range(edits):
            time.sleep(0.5)
            start = time.monotonic()
            with open(target, "a") as f:
                f.write("\n")
            line = line_with("re-indexed", 600)
            if line is None:
                return None
            end_to_end.append(time.monotonic() - start)
            applied.append(float(line.rsplit(" in ", 1)[1].rstrip("s\n")))
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    return {
        "apply_p50_s": pct(applied, 0.5), "apply_p95_s": pct(applied, 0.95),
        "saved_to_indexed_p50_s": pct(end_to_end, 0.5), "saved_to_indexed_p95_s": pct(end_to_end, 0.95),
    }


def pick_file(corpus):
    """The median-sized file among those Lattice parsed (a typical edit)."""
    import sqlite3
    con = sqlite3.connect(corpus / ".lattice" / "index.db")
    rows = con.execute(
        "SELECT path FROM files WHERE status = 'ok' AND language NOT IN ('json','yaml','toml','markdown') "
        "ORDER BY size, path").fetchall()
    con.close()
    return corpus / rows[len(rows) // 2][0]


def query_latency(lattice, corpus, db, repeats=10):
    import sqlite3
    con = sqlite3.connect(db)
    (target,) = con.execute(
        "SELECT s.qualified_name FROM edges e JOIN symbols s ON s.id = e.target_id WHERE e.kind = 'calls' "
        "GROUP BY e.target_id ORDER BY count(*) DESC, s.qualified_name LIMIT 1").fetchone()
    con.close()
    name = target.split(".")[-1]
    asks = {
        "search": ["query", name], "callers": ["callers", target], "callees": ["callees", target],
        "context": ["context", f"how does {name} work"],
    }
    latency = {"symbol": target}
    for label, args in asks.items():
        times = []
        for _ in range(repeats):
            start = time.monotonic()
            subprocess.run([lattice, *args, "--root", str(corpus)], capture_output=True)
            times.append(time.monotonic() - start)
        latency[label] = {"p50_ms": round(pct(times, 0.5) * 1000, 1), "p95_ms": round(pct(times, 0.95) * 1000, 1)}
    return latency


MCP_VENV = ROOT / ".build" / "mcp-venv"


def mcp_latency(lattice, corpus, symbol, count=50):
    """The same questions through one long-running `serve --mcp` and the official MCP client
    (bench/scale/mcp_latency.py): no process start-up, JSON-RPC over stdio included."""
    python = MCP_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(MCP_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "-r",
                        str(ROOT / "Tests" / "MCP" / "requirements.txt")], check=True)
    out = subprocess.run([str(python), str(Path(__file__).with_name("mcp_latency.py")), lattice, str(corpus), symbol,
                          str(count)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def ctags_runs(corpus, runs):
    # Into a real file: with `-f /dev/null` ctags stops at the first file it re-tags ("failed to truncate
    # the tag file") — on the kernel after 2 KB, which once made it look 25 times faster than it is.
    results, tags = [], 0
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-ctags-") as scratch:
            out = Path(scratch) / "tags"
            r = measured(["ctags", "-R", "-f", str(out), "--exclude=.lattice", str(corpus)])
            if r.get("exit") != 0:
                raise RuntimeError(f"ctags failed on {corpus}: {r.get('stderr_tail', '')[-300:]}")
            with out.open("rb") as lines:
                tags = sum(1 for line in lines if not line.startswith(b"!_TAG_"))
        results.append(r)
    return {"wall_s": median([r["wall_s"] for r in results]), "cpu_s": median([r["cpu_s"] for r in results]),
            "peak_rss_mb": median([r["peak_rss_mb"] for r in results]), "tags": tags}


def ensure_peers():
    if not (PEERS_VENV / "bin" / "code-review-graph").exists():
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
        subprocess.run([str(PEERS_VENV / "bin" / "pip"), "install", "-q"] + [f"{n}=={v}" for n, v in PEERS.items()],
                       check=True)


def peer_runs(corpus, runs, timeout=900):
    out = {}
    for peer in PEERS:
        times = []
        for _ in range(runs):
            home = tempfile.mkdtemp(prefix="bench-home-")
            shutil.rmtree(corpus / ".code-review-graph", ignore_errors=True)
            env = dict(os.environ, HOME=home)
            cmd = ([str(PEERS_VENV / "bin" / "code-review-graph"), "build", "--repo", str(corpus), "-q"]
                   if peer == "code-review-graph" else [str(PEERS_VENV / "bin" / "jcodemunch-mcp"), "index", str(corpus)])
            try:
                r = measured(cmd, env=env, timeout=timeout)
            except subprocess.TimeoutExpired:
                r = {"exit": "timeout"}
            shutil.rmtree(home, ignore_errors=True)
            shutil.rmtree(corpus / ".code-review-graph", ignore_errors=True)
            if r.get("exit") != 0:
                out[peer] = {"error": str(r.get("exit")), "stderr": r.get("stderr_tail", "")[-300:]}
                break
            times.append(r)
        if times:
            out[peer] = {"wall_s": median([t["wall_s"] for t in times]), "cpu_s": median([t["cpu_s"] for t in times]),
                         "peak_rss_mb": median([t["peak_rss_mb"] for t in times])}
    return out


def chart(results, path):
    """Cold-index CPU seconds per corpus, Lattice beside ctags and the peers (log scale), as SVG."""
    import math
    tools = [("lattice", "#2b6cb0"), ("ctags", "#718096"), ("code-review-graph", "#c05621"), ("jcodemunch-mcp", "#2f855a")]
    names = [n for n in ORDER if n in results]
    width, bar, gap, height, top = 120 + len(names) * 110, 22, 10, 300, 30
    top_value = max(1.0, max(v for n in names for v in cpu_values(results[n]).values()))
    scale = lambda v: (math.log10(max(v, 0.001)) + 3) / (math.log10(top_value) + 3) * (height - top)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 60}" font-family="sans-serif" font-size="11">',
             f'<text x="10" y="18" font-size="13">Cold index CPU seconds (log scale; lower is better)</text>']
    for i, name in enumerate(names):
        x0 = 60 + i * 110
        for j, (tool, color) in enumerate(tools):
            value = cpu_values(results[name]).get(tool)
            if value is None:
                continue
            h = scale(value)
            x = x0 + j * bar
            parts.append(f'<rect x="{x}" y="{height - h + 10}" width="{bar - 4}" height="{h}" fill="{color}"/>')
            parts.append(f'<text x="{x}" y="{height - h + 6}" font-size="8">{value:g}</text>')
        parts.append(f'<text x="{x0}" y="{height + 26}">{name}</text>')
    for j, (tool, color) in enumerate(tools):
        parts.append(f'<rect x="{60 + j * 150}" y="{height + 38}" width="10" height="10" fill="{color}"/>'
                     f'<text x="{74 + j * 150}" y="{height + 47}">{tool}</text>')
    parts.append("</svg>")
    path.write_text("\n".join(parts) + "\n")


def cpu_values(entry):
    values = {"lattice": entry["lattice"]["cold_cpu_s"], "ctags": entry["ctags"]["cpu_s"]}
    for peer, data in entry.get("peers", {}).items():
        if "cpu_s" in data:
            values[peer] = data["cpu_s"]
    return values


def watch_cell(watch):
    return f"{watch['apply_p95_s']} / {watch['saved_to_indexed_p95_s']}" if watch else "-"


def tables(results):
    """docs/benchmarks.md's result tables, from results.json."""
    rows = ["| corpus | files | MB | Lattice cold wall s | CPU s | peak RSS MB | peak WAL MB | DB MB | files/s | MB/s "
            "| no-change s | 1-file update p50/p95 s | under watch: apply / saved→indexed p95 s | ctags CPU s | ×ctags "
            "| code-review-graph CPU s | jcodemunch CPU s |",
            "|" + "---|" * 17]
    queries = ["| corpus | symbol asked | CLI search p50/p95 ms | callers | callees | context |", "|" + "---|" * 6]
    mcp = ["| corpus | symbol asked | MCP search p50/p95 ms | callers | callees | context |", "|" + "---|" * 6]
    for name in [n for n in ORDER if n in results]:
        entry, lat = results[name], results[name]["lattice"]
        peers = entry.get("peers", {})
        cpu = lambda peer: peers.get(peer, {}).get("cpu_s", "-") if isinstance(peers.get(peer), dict) else "-"
        rows.append(
            f"| {name} | {lat['files_parsed']} parsed ({entry['files']} on disk) | {entry['mb']} | {lat['cold_wall_s']} "
            f"| {lat['cold_cpu_s']} | {lat['peak_rss_mb']} | {lat['peak_wal_mb']} | {lat['db_mb']} | {lat['files_per_s']} "
            f"| {lat['mb_per_s']} | {lat['nochange_wall_s']} | {lat['incremental_p50_s']} / {lat['incremental_p95_s']} "
            f"| {watch_cell(lat.get('watch_update'))} "
            f"| {entry['ctags']['cpu_s']} | {round(lat['cold_cpu_s'] / entry['ctags']['cpu_s'], 1)} "
            f"| {cpu('code-review-graph')} | {cpu('jcodemunch-mcp')} |")
        q = lat["queries"]
        cell = lambda k: f"{q[k]['p50_ms']} / {q[k]['p95_ms']}"
        queries.append(f"| {name} | `{q['symbol']}` | {cell('search')} | {cell('callers')} | {cell('callees')} "
                       f"| {cell('context')} |")
        m = lat.get("mcp_queries")
        if m:
            mcell = lambda k: f"{m[k]['p50_ms']} / {m[k]['p95_ms']}"
            mcp.append(f"| {name} | `{q['symbol']}` | {mcell('search')} | {mcell('callers')} | {mcell('callees')} "
                       f"| {mcell('context')} |")
    floor = ["| corpus | files | ctags CPU s (tags) | tree-sitter parse CPU s | parse + Lattice's queries CPU s "
             "| parse ×ctags | parse+queries ×ctags | Lattice CPU s | Lattice ×(parse+queries) |", "|" + "---|" * 9]
    for name in [n for n in ORDER if "floor" in results.get(n, {})]:
        entry, f = results[name], results[name]["floor"]
        ctags, both, lattice = entry["ctags"]["cpu_s"], round(f["parse_cpu_s"] + f["query_cpu_s"], 2), \
            entry["lattice"]["cold_cpu_s"]
        floor.append(f"| {name} | {f['files']} | {ctags} ({entry['ctags'].get('tags', '-')}) | {f['parse_cpu_s']} "
                     f"| {both} | {round(f['parse_cpu_s'] / ctags, 1)} | {round(both / ctags, 1)} | {lattice} "
                     f"| {round(lattice / both, 1)} |")
    return "\n\n".join("\n".join(t) for t in (rows, queries, mcp, floor))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--lattice", default=str(ROOT / ".build" / "release" / "lattice"))
    parser.add_argument("--tables", action="store_true", help="print docs/benchmarks.md's tables and exit")
    parser.add_argument("--queries-only", action="store_true", help="measure only query latency (CLI and MCP)")
    parser.add_argument("--ctags-only", action="store_true", help="measure only Universal Ctags")
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args()
    if args.queries_only:
        # Query latency only (CLI and MCP), on a fresh index, into the existing results.
        results_path = Path(__file__).with_name("results.json")
        results = json.loads(results_path.read_text())
        for name in args.corpora or [n for n in ORDER if n in results]:
            corpus = CORPORA / name
            shutil.rmtree(corpus / ".lattice", ignore_errors=True)
            subprocess.run([args.lattice, "index", str(corpus)], capture_output=True, check=True)
            lat = results[name]["lattice"]
            lat["queries"] = query_latency(args.lattice, corpus, corpus / ".lattice" / "index.db")
            lat["mcp_queries"] = mcp_latency(args.lattice, corpus, lat["queries"]["symbol"])
            shutil.rmtree(corpus / ".lattice", ignore_errors=True)
            print(name, json.dumps(lat["mcp_queries"]), file=sys.stderr)
            results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
        return
    if args.ctags_only:
        # Universal Ctags only, into the existing results (the Lattice columns are kept).
        results_path = Path(__file__).with_name("results.json")
        results = json.loads(results_path.read_text())
        for name in args.corpora or [n for n in ORDER if n in results]:
            results[name]["ctags"] = ctags_runs(CORPORA / name, args.runs)
            results[name]["ctags_date"] = time.strftime("%Y-%m-%d")
            print(name, json.dumps(results[name]["ctags"]), file=sys.stderr)
            results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
        chart(results, ROOT / "docs" / "benchmarks-chart.svg")
        return
    if args.tables:
        print(tables(json.loads(Path(__file__).with_name("results.json").read_text())))
        return
    names = args.corpora or [n for n in ORDER if (CORPORA / n / ".prepared").exists()]
    results_path = Path(__file__).with_name("results.json")
    results = json.loads(results_path.read_text()) if results_path.exists() else {}
    if not args.no_peers:
        ensure_peers()
    for name in names:
        corpus = CORPORA / name
        files, size = corpus_size(corpus)
        print(f"bench: {name} ({files} files, {size / 1048576:.0f} MB)", file=sys.stderr)
        entry = {"files": files, "mb": round(size / 1048576, 1), "lattice": lattice_runs(args.lattice, corpus, args.runs),
                 "ctags": ctags_runs(corpus, args.runs)}
        entry["lattice"]["mb_per_s"] = round(entry["mb"] / entry["lattice"]["cold_wall_s"], 2)
        if not args.no_peers and name in PEER_CORPORA:
            entry["peers"] = peer_runs(corpus, args.runs)
        elif "peers" in results.get(name, {}):
            # Kept from an earlier run on this machine (the peers did not change); marked as such.
            entry["peers"] = results[name]["peers"]
            entry["peers_from_earlier_run"] = True
        if "floor" in results.get(name, {}):
            entry["floor"] = results[name]["floor"]  # parse_floor.py's, dated; it measures tree-sitter only
        entry["date"] = time.strftime("%Y-%m-%d")
        shutil.rmtree(corpus / ".lattice", ignore_errors=True)
        results[name] = entry
        results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    chart(results, ROOT / "docs" / "benchmarks-chart.svg")
    print(json.dumps(results, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
