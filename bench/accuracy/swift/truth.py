#!/usr/bin/env python3
"""Ground truth for callers in a Swift package, from sourcekit-lsp over the compiler's index store.

The package must have been built with an index store first (`swift build --build-tests
--enable-index-store` in REPO). sourcekit-lsp is started in REPO with background indexing off, so
it answers from that store (what swiftc recorded while compiling, i.e. only the active `#if`
branches of the files the build compiles). For every function, method and initializer that
`textDocument/documentSymbol` lists in a compiled file, `textDocument/references` (without the
declaration) at its name gives every resolved use; a use is a call when the source after the
referenced name (after generic arguments `<...>`) is `(` or a trailing closure `{`, and is not an
unapplied full name `foo(x:)`. Initializer references sit on the type name (`Foo(`), `Self(`,
`.init(`, `super.init(` or an attribute (`@Option(`, `@Flag var x` applies a property wrapper
without parentheses: listed as `wrapper_sites`, not as callers). A function's use must be spelt
with its name: implicit calls the index records elsewhere (a result builder's buildExpression at
each component, literal initializers at the literal) are not call sites. Each site is compared
with `callHierarchy/incomingCalls` (the index's `calledBy` role, which also marks functions passed
as values and implicit calls; counted in coverage.role_check).

Calls through a protocol requirement or an overridden class method are recorded by the compiler
against the requirement / base method; `textDocument/implementation` gives the implementations,
and each implementation lists those sites as `dispatch_sites` (not callers; score.py ignores them).

Names are Lattice's: labelled `remove(at:)`, but a method without parameters is `popNext`, not
`popNext()` (and `init()` is `init`). Operators, subscripts and deinitializers are left out (Lattice
does not index them as functions; their uses are not `name(` calls).

usage: truth.py REPO [--details OUT.json] > truth.json
Output: {"tool", "symbols": [{"file", "line", "column", "name", "callers": [[file, line], ...],
         "dispatch_sites": [...], "wrapper_sites": [...]}], "coverage": {...}}
line is 1-based (of the name), column 0-based (of the name).
"""
import argparse, json, os, re, subprocess, sys, time
from urllib.parse import quote, unquote

FUNCTION, METHOD, CONSTRUCTOR, OPERATOR = 12, 6, 9, 25


class LSP:
    def __init__(self, root):
        self.root = root
        self.proc = subprocess.Popen(["sourcekit-lsp"], cwd=root, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def read(self):
        headers = {}
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise EOFError("sourcekit-lsp exited")
            line = line.strip()
            if not line:
                break
            key, value = line.decode().split(":", 1)
            headers[key.lower()] = value.strip()
        return json.loads(self.proc.stdout.read(int(headers["content-length"])))

    def request(self, method, params):
        self.next_id += 1
        mine = self.next_id
        self.send({"jsonrpc": "2.0", "id": mine, "method": method, "params": params})
        while True:
            message = self.read()
            if "method" in message:
                if "id" in message:  # a request from the server (progress, registration): accept
                    self.send({"jsonrpc": "2.0", "id": message["id"], "result": None})
                continue
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def close(self):
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.proc.wait(timeout=30)
        except Exception:
            self.proc.kill()


def uri_of(path):
    return "file://" + quote(path)


def path_of(uri):
    return unquote(uri[len("file://"):])


def swift_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith(".swift"):
                yield os.path.relpath(os.path.join(dirpath, name), root)


def compiled_files(root):
    """Repo-relative .swift files that SwiftPM's build manifest compiles (the ones in the index)."""
    manifest = open(os.path.join(root, ".build", "debug.yaml"), encoding="utf-8").read()
    prefix = os.path.realpath(root) + "/"
    found = set()
    for match in re.finditer(r'"([^"\n]+\.swift)"', manifest):
        path = os.path.realpath(match.group(1))
        if path.startswith(prefix) and "/.build/" not in path[len(prefix) - 1:]:
            found.add(path[len(prefix):])
    found.discard("Package.swift")  # an input of the build, compiled by the manifest loader only
    return found


def lattice_name(name):
    # sourcekit-lsp: `popNext()`, `init()`, `remove(at:)`; Lattice: `popNext`, `init`, `remove(at:)`.
    return name[:-2] if name.endswith("()") else name


def char_index(text, utf16):
    """Python index of the LSP (UTF-16) column `utf16` in `text`."""
    count = 0
    for index, ch in enumerate(text):
        if count >= utf16:
            return index
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


IDENT = re.compile(r"`?[A-Za-z_][A-Za-z0-9_]*`?")
UNAPPLIED = re.compile(r"\((?:[A-Za-z_`][A-Za-z0-9_`]*:)+\)")


def skip_generics(rest):
    if not rest.startswith("<"):
        return rest
    depth = 0
    for index, ch in enumerate(rest):
        depth += ch == "<"
        depth -= ch == ">"
        if depth == 0:
            return rest[index + 1:]
    return rest


def classify(line_text, column, name):
    """'call', 'wrapper' (property-wrapper attribute without arguments) or 'ref' for the use of
    `name` (base name; 'init' for initializers) that starts at `column` (Python index) of
    `line_text`. A function's use must be spelt with its name: the index also records implicit
    calls (result builders' buildExpression/buildBlock at each component) at other text."""
    match = IDENT.match(line_text, column)
    if not match:
        return "ref"
    if name != "init" and match.group().strip("`") != name:
        return "implicit"
    rest = skip_generics(line_text[match.end():]).lstrip(" \t")
    before = line_text[:column].rstrip()
    attribute = before.endswith("@")
    if rest.startswith("("):
        return "ref" if UNAPPLIED.match(rest) else "call"
    if rest.startswith("{") and not attribute:
        return "call"
    if attribute:
        return "wrapper"
    return "ref"


def walk(symbols, container=()):
    for symbol in symbols:
        yield symbol, container
        yield from walk(symbol.get("children") or [], container + (symbol["name"],))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("repo")
    parser.add_argument("--details", help="also write every reference with its classification here")
    args = parser.parse_args()
    root = os.path.realpath(args.repo)
    version = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout
    version = re.search(r"Swift version (\S+)", version).group(1)
    compiled = compiled_files(root)
    files = list(swift_files(root))
    lines_cache = {}

    def lines_of(file):
        if file not in lines_cache:
            lines_cache[file] = open(os.path.join(root, file), encoding="utf-8", errors="replace").read().split("\n")
        return lines_cache[file]

    lsp = LSP(root)
    lsp.request("initialize", {
        "processId": os.getpid(), "rootUri": uri_of(root),
        "capabilities": {"textDocument": {"documentSymbol": {"hierarchicalDocumentSymbolSupport": True}},
                         "window": {"workDoneProgress": True}},
        "initializationOptions": {"backgroundIndexing": False}})
    lsp.notify("initialized", {})
    # Loads the index store's units into the index database and waits until that is done.
    lsp.request("workspace/synchronize", {"index": True})

    coverage = {"swift_files": len(files), "compiled_files": len(compiled & set(files)),
                "not_compiled": sorted(set(files) - compiled), "definitions_in_uncompiled_files": 0,
                "inactive_definitions": [], "unavailable_definitions": [], "local_functions": 0, "operators_skipped": 0, "definitions": 0}
    defs = []
    for file in files:
        path = os.path.join(root, file)
        uri = uri_of(path)
        lsp.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "swift", "version": 1,
            "text": open(path, encoding="utf-8", errors="replace").read()}})
        symbols = lsp.request("textDocument/documentSymbol", {"textDocument": {"uri": uri}}) or []
        for symbol, container in walk(symbols):
            kind = symbol["kind"]
            if kind == OPERATOR:
                coverage["operators_skipped"] += file in compiled
                continue
            if kind not in (FUNCTION, METHOD, CONSTRUCTOR) or symbol["name"].startswith(("subscript", "deinit")):
                continue
            if file not in compiled:
                coverage["definitions_in_uncompiled_files"] += 1
                continue
            start = symbol["selectionRange"]["start"]
            position = {"textDocument": {"uri": uri}, "position": start}
            items = lsp.request("textDocument/prepareCallHierarchy", position) or []
            line_text = lines_of(file)[start["line"]]
            column = char_index(line_text, start["character"])
            entry = {"file": file, "line": start["line"] + 1, "column": column,
                     "name": lattice_name(symbol["name"]), "lsp_name": symbol["name"],
                     "container": ".".join(container), "kind": kind}
            if items:
                entry["usr"] = items[0].get("data", {}).get("usr")
                refs = lsp.request("textDocument/references", dict(position, context={"includeDeclaration": False})) or []
                incoming = lsp.request("callHierarchy/incomingCalls", {"item": items[0]}) or []
                impls = lsp.request("textDocument/implementation", position) or []
            else:
                info = lsp.request("textDocument/symbolInfo", position) or []
                if not info or not info[0].get("usr"):
                    # sourcekitd has no symbol here: an inactive `#if` branch, or a declaration
                    # marked `@available(*, unavailable)` (which no call can resolve to).
                    above = "\n".join(lines_of(file)[max(0, start["line"] - 6):start["line"] + 1])
                    reason = "unavailable" if re.search(r"@available\(\s*\*\s*,\s*unavailable", above) else "inactive"
                    coverage[f"{reason}_definitions"].append(f"{file}:{entry['line']} {symbol['name']}")
                    continue
                # A local function: the index store leaves locals out; sourcekitd's semantic
                # highlighting of this file (its only possible scope) lists its uses.
                entry["usr"] = info[0]["usr"]
                entry["local"] = True
                highlights = lsp.request("textDocument/documentHighlight", position) or []
                refs = [{"uri": uri, "range": h["range"]} for h in highlights if h["range"]["start"] != start]
                incoming = impls = []
            entry["refs"] = sorted({(os.path.relpath(path_of(r["uri"]), root), r["range"]["start"]["line"],
                                     r["range"]["start"]["character"]) for r in refs})
            entry["called_by"] = sorted({(os.path.relpath(path_of(c["from"]["uri"]), root), r["start"]["line"] + 1)
                                         for c in incoming for r in c.get("fromRanges", [])
                                         if "uri" in c.get("from", {}) and not path_of(c["from"]["uri"]).startswith(root + "/.build/")})
            entry["implementations"] = sorted({(os.path.relpath(path_of(i["uri"]), root), i["range"]["start"]["line"] + 1)
                                              for i in impls})
            defs.append(entry)
        lsp.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        print(f"{file}: {len(defs)} definitions so far", file=sys.stderr)
    lsp.close()

    details = []
    for entry in defs:
        callers, wrappers = set(), set()
        for file, line, character in entry["refs"]:
            if file.startswith("..") or file.startswith(".build/"):
                continue  # the toolchain's files, and test-discovery code SwiftPM generates
            text = lines_of(file)[line] if line < len(lines_of(file)) else ""
            how = classify(text, char_index(text, character), entry["lsp_name"].split("(")[0])
            if how == "call":
                callers.add((file, line + 1))
            elif how == "wrapper":
                wrappers.add((file, line + 1))
            details.append({"definition": f"{entry['file']}:{entry['line']} {entry['lsp_name']}",
                            "site": f"{file}:{line + 1}:{character}", "as": how, "text": text.strip(),
                            "called_by_role": (file, line + 1) in set(map(tuple, entry["called_by"]))})
        entry["callers"] = sorted(callers)
        entry["wrapper_sites"] = sorted(wrappers)

    # Dispatch: calls the compiler bound to a requirement / base method can reach its implementations.
    by_position = {(e["file"], e["line"]): e for e in defs}
    for entry in defs:
        entry.setdefault("dispatch_sites", set())
    for entry in defs:
        for impl in entry["implementations"]:
            target = by_position.get(tuple(impl))
            if target is not None and target is not entry:
                target["dispatch_sites"] |= set(entry["callers"])
    coverage["definitions"] = len(defs)
    coverage["local_functions"] = sum(1 for e in defs if e.get("local"))
    # sourcekit-lsp's incoming calls of an implementation include the calls to its requirement.
    role_check = {"text_call_without_calledBy_role": [], "calledBy_role_without_text_call": []}
    for entry in defs:
        if entry.get("local"):
            continue
        called_by = set(map(tuple, entry["called_by"]))
        where = f"{entry['file']}:{entry['line']} {entry['lsp_name']}"
        role_check["text_call_without_calledBy_role"] += [f"{where} <- {f}:{l}" for f, l in sorted(set(entry["callers"]) - called_by)]
        role_check["calledBy_role_without_text_call"] += [f"{where} <- {f}:{l}" for f, l in
                                                          sorted(called_by - set(entry["callers"]) - entry["dispatch_sites"])]
    coverage["role_check"] = {k: len(v) for k, v in role_check.items()}

    symbols = [{"file": e["file"], "line": e["line"], "column": e["column"], "name": e["name"],
                "usr": e["usr"], "callers": [list(s) for s in e["callers"]],
                **({"dispatch_sites": [list(s) for s in sorted(set(e["dispatch_sites"]) - set(e["callers"]))]}
                   if set(e["dispatch_sites"]) - set(e["callers"]) else {}),
                **({"wrapper_sites": [list(s) for s in e["wrapper_sites"]]} if e["wrapper_sites"] else {})}
               for e in sorted(defs, key=lambda e: (e["file"], e["line"], e["column"]))]
    json.dump({"tool": f"sourcekit-lsp (Swift {version})", "coverage": coverage, "symbols": symbols},
              sys.stdout, indent=1)
    print()
    if args.details:
        json.dump({"definitions": [{k: v for k, v in e.items() if k != "dispatch_sites"} | {"dispatch_sites": sorted(e["dispatch_sites"])}
                                   for e in defs], "references": details, "role_check": role_check}, open(args.details, "w"), indent=1)
    print(json.dumps({k: len(v) if isinstance(v, list) else v for k, v in coverage.items()}), file=sys.stderr)


if __name__ == "__main__":
    main()
