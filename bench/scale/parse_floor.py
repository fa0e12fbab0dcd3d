#!/usr/bin/env python3
"""The floor under any tree-sitter indexer: the CPU time tree-sitter itself takes to parse a corpus, and to
run Lattice's query files over the trees, with the same runtime and grammars the build pins (the Python
bindings of scripts/query-check-requirements.txt). Lattice's extraction is these two steps plus turning
captures into facts; resolution and SQLite come after. The ctags target of the scale issue is judged
against this floor.

usage: parse_floor.py [--lattice PATH] [CORPUS | PATH/ ...]   (default: every corpus in results.json;
       a path with a "/" is measured and printed only)
Setup: python3 -m venv .build/query-venv && .build/query-venv/bin/pip install -r scripts/query-check-requirements.txt
Run it with .build/query-venv/bin/python. The files are those Lattice parsed (`files` rows not skipped, from
the corpus's index, which is built first if missing and then removed). CPU = the parse and query calls
only (time.process_time around them, summed over two worker processes); reading files is not counted.
Writes "floor" into each corpus's entry of bench/scale/results.json.
"""
import argparse, json, multiprocessing, shutil, sqlite3, subprocess, sys, time
from pathlib import Path

import tree_sitter as ts

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / ".build" / "bench-corpus"
QUERIES = ROOT / "Sources" / "LatticeExtraction" / "Languages" / "Queries"
# LanguageRegistry.queryFileNames: TypeScript and JavaScript share ecmascript.scm.
QUERY_FILES = {"typescript": ["typescript", "ecmascript"], "tsx": ["typescript", "ecmascript"],
               "javascript": ["javascript", "ecmascript"]}
NO_GRAMMAR = {"json", "yaml", "toml"}

_state = {}


def language(name):
    if name == "csharp":
        import tree_sitter_c_sharp as cs
        return ts.Language(cs.language())
    from tree_sitter_language_pack import get_language
    return get_language(name)


def tools(name):
    if name not in _state:
        lang = language(name)
        text = "\n".join((QUERIES / f"{f}.scm").read_text() for f in QUERY_FILES.get(name, [name])
                         if (QUERIES / f"{f}.scm").exists())
        try:
            query = ts.Query(lang, text) if text else None
        except Exception as error:  # a query py-tree-sitter cannot compile: counted as parse only
            print(f"parse_floor: {name} query not compiled here: {error}", file=sys.stderr)
            query = None
        _state[name] = (ts.Parser(lang), query)
    return _state[name]


def work(batch):
    parse_s = query_s = 0.0
    parsed = queried = size = 0
    for path, name in batch:
        try:
            source = Path(path).read_bytes()
        except OSError:
            continue
        parser, query = tools(name)
        start = time.process_time()
        tree = parser.parse(source)
        parse_s += time.process_time() - start
        parsed += 1
        size += len(source)
        if query is not None:
            start = time.process_time()
            ts.QueryCursor(query).captures(tree.root_node)
            query_s += time.process_time() - start
            queried += 1
    return parse_s, query_s, parsed, queried, size


def files_of(corpus, lattice):
    db = corpus / ".lattice" / "index.db"
    built = not db.exists()
    if built:
        subprocess.run([lattice, "index", str(corpus)], capture_output=True, check=True)
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT path, language FROM files WHERE status != 'skipped' AND language IS NOT NULL ORDER BY path"
        ).fetchall()
    if built:
        shutil.rmtree(corpus / ".lattice", ignore_errors=True)
    return [(str(corpus / path), lang) for path, lang in rows if lang not in NO_GRAMMAR]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lattice", default=str(ROOT / ".build" / "release" / "lattice"))
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args()
    results_path = Path(__file__).with_name("results.json")
    results = json.loads(results_path.read_text())
    for name in args.corpora or list(results):
        # A path (with a "/") is measured and printed, not recorded: a repository outside the bench.
        corpus = Path(name) if "/" in name else CORPORA / name
        files = files_of(corpus, args.lattice)
        batches = [files[i:i + 200] for i in range(0, len(files), 200)]
        with multiprocessing.Pool(2) as pool:
            parts = pool.map(work, batches, chunksize=1)
        parse_s, query_s, parsed, queried, size = (sum(p[i] for p in parts) for i in range(5))
        floor = {"files": parsed, "queried_files": queried, "mb": round(size / 1048576, 1),
                 "parse_cpu_s": round(parse_s, 2), "query_cpu_s": round(query_s, 2),
                 "date": time.strftime("%Y-%m-%d")}
        print(name, json.dumps(floor), file=sys.stderr)
        if corpus.parent == CORPORA:
            results[name]["floor"] = floor
            results_path.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
