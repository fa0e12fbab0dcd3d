"""End-to-end tests of `lattice serve --mcp` through the official MCP Python SDK.

Every test starts the real server binary on a copy of Tests/Fixtures/typescript. Tests marked
xfail(strict=True) pin known server bugs: they fail today and will report XPASS (a failure) once
the bug is fixed, so the marker must then be removed.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
from mcp import MCPError
from mcp.types import CONNECTION_CLOSED, REQUEST_TIMEOUT
from mcp.types.version import HANDSHAKE_PROTOCOL_VERSIONS

from conftest import GOLDEN_DIR, MEMORY_TOOL_NAMES, TOOL_NAMES, assert_no_stack_trace, binary_path, connect

pytestmark = pytest.mark.anyio


def symbols(answer: dict[str, Any]) -> list[str]:
    return [record["symbol"] for record in answer["results"]]


def record(answer: dict[str, Any], symbol: str) -> dict[str, Any]:
    matches = [r for r in answer["results"] if r["symbol"] == symbol]
    assert matches, f"{symbol} not in {symbols(answer)}"
    return matches[0]


def assert_agent_answer(answer: dict[str, Any], max_tokens: int = 2000) -> None:
    """The shape shared by context/search/node/explore answers."""
    assert set(answer) <= {"results", "notes", "cut", "tokens", "extra"}, answer.keys()
    assert isinstance(answer["results"], list)
    assert isinstance(answer["notes"], list)
    assert answer.get("cut") is None or isinstance(answer["cut"], str)
    assert isinstance(answer["tokens"], int) and 0 <= answer["tokens"] <= max_tokens
    for r in answer["results"]:
        assert {"symbol", "kind", "file", "line", "signature"} <= set(r), r  # `related` only when non-empty
        assert isinstance(r["line"], int) and r["line"] >= 1
        assert not r["file"].startswith("/"), r  # repository-relative
        for rel in r.get("related", []):
            assert {"symbol", "relation", "file", "line"} <= set(rel), rel


# ---------------------------------------------------------------------------------------------
# Handshake and listing


async def test_initialize(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        init = conn.init
        assert init.server_info.name == "lattice"
        assert init.server_info.title == "Lattice code graph"
        assert init.server_info.version
        assert init.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS
        assert init.instructions and "lattice_context" in init.instructions
        assert "grep" in init.instructions
        assert init.capabilities.tools is not None
        assert init.capabilities.tools.list_changed is False
        assert init.capabilities.resources is None and init.capabilities.prompts is None
        await conn.session.send_ping()


REQUIRED = {
    "lattice_context": ["task"],
    "lattice_search": ["query"],
    "lattice_node": ["symbol"],
    "lattice_explore": ["items"],
    "lattice_trace": ["from", "to"],
    "lattice_impact": ["symbol"],
}


async def test_list_tools(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        listing = await conn.session.list_tools()
        assert listing.next_cursor is None
        assert [tool.name for tool in listing.tools] == TOOL_NAMES + MEMORY_TOOL_NAMES
        for tool in listing.tools:
            if tool.name in MEMORY_TOOL_NAMES:
                continue  # checked in test_memory_round_trip
            assert tool.description and tool.title
            assert tool.annotations is not None
            assert tool.annotations.read_only_hint is True, tool.name
            assert tool.annotations.destructive_hint is False, tool.name
            schema = tool.input_schema
            assert schema["type"] == "object"
            assert schema["additionalProperties"] is False
            assert sorted(schema["required"]) == sorted(REQUIRED[tool.name]), tool.name
            assert set(schema["required"]) <= set(schema["properties"])
            max_tokens = schema["properties"]["max_tokens"]
            assert (max_tokens["type"], max_tokens["minimum"], max_tokens["maximum"], max_tokens["default"]) == (
                "integer",
                200,
                20000,
                2000,
            )
        by_name = {tool.name: tool.input_schema for tool in listing.tools}
        assert by_name["lattice_node"]["properties"]["focus"]["enum"] == ["overview", "callers", "callees", "refs"]
        items = by_name["lattice_explore"]["properties"]["items"]
        assert (items["type"], items["minItems"], items["maxItems"]) == ("array", 1, 20)
        assert set(by_name["lattice_search"]["properties"]) == {"query", "kind", "path", "limit", "max_tokens"}


# ---------------------------------------------------------------------------------------------
# Each tool on the fixture


async def test_node_greeter_greet(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_node", {"symbol": "Greeter.greet"})
        assert_agent_answer(answer)
        assert symbols(answer) == ["Greeter.greet"]
        greet = answer["results"][0]
        assert (greet["kind"], greet["file"], greet["line"]) == ("method", "src/services/greeter.ts", 20)
        assert greet["signature"] == "greet(id: number): string"
        related = {(r["relation"], r["symbol"], r["file"], r["line"]) for r in greet["related"]}
        assert ("called_by", "main", "src/app.ts", 31) in related
        assert ("called_by", "Greeter.greetAll", "src/services/greeter.ts", 41) in related
        assert ("calls", "Greeter.lookup", "src/services/greeter.ts", 21) in related
        assert ("calls", "formatName", "src/services/greeter.ts", 26) in related
        assert answer.get("cut") is None and answer["notes"] == []


async def test_node_focus_source_and_location(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        callers = await conn.ok("lattice_node", {"symbol": "Greeter.greet", "focus": "callers"})
        assert {r["relation"] for r in callers["results"][0]["related"]} == {"called_by"}
        assert {r["symbol"] for r in callers["results"][0]["related"]} == {"main", "Greeter.greetAll"}

        callees = await conn.ok("lattice_node", {"symbol": "main", "focus": "callees"})
        callee_names = {r["symbol"] for r in callees["results"][0]["related"]}
        assert {"Greeter.greet", "Cat.speak", "Dog.speak", "formatName", "Geometry.area"} <= callee_names
        assert {r["relation"] for r in callees["results"][0]["related"]} <= {"calls", "instantiates"}

        with_source = await conn.ok("lattice_node", {"symbol": "Greeter.greet", "include_source": True})
        snippet = with_source["results"][0]["snippet"]
        assert snippet.lstrip().startswith("greet(id: number): string {")
        assert "this.lookup(id)" in snippet

        by_line = await conn.ok("lattice_node", {"symbol": "src/services/greeter.ts:20"})
        assert symbols(by_line) == ["Greeter.greet"]


async def test_search_speak(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_search", {"query": "speak"})
        assert_agent_answer(answer)
        found = symbols(answer)
        assert {"Cat.speak", "Dog.speak", "Animal.speak", "Speaker.speak"} <= set(found)
        cat = record(answer, "Cat.speak")
        assert (cat["file"], cat["line"], cat["kind"]) == ("src/models/animals.ts", 39, "method")
        assert all("related" not in r for r in answer["results"])  # search gives locations only

        methods = await conn.ok("lattice_search", {"query": "speak", "kind": "method"})
        assert {r["kind"] for r in methods["results"]} == {"method"}
        assert set(symbols(methods)) == {"Cat.speak", "Dog.speak", "Animal.speak", "Speaker.speak"}


async def test_search_path_filter_and_no_match(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        scoped = await conn.ok("lattice_search", {"query": "greet", "path": "src/services"})
        assert "Greeter.greet" in symbols(scoped)
        assert all(r["file"].startswith("src/services/") for r in scoped["results"])

        nothing = await conn.ok("lattice_search", {"query": "zzqqxx"})
        assert nothing["results"] == [] and 0 < nothing["tokens"] < 100  # only the notes
        assert any("grep" in note for note in nothing["notes"])

        # Query syntax of the underlying full-text index must not leak through.
        for query in ['"unbalanced', "NEAR(a b)", "a* OR 1=1; --", "ünïcødé 🙂"]:
            answer = await conn.ok("lattice_search", {"query": query})
            assert_agent_answer(answer)


async def test_trace_main_to_lookup(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_trace", {"from": "main", "to": "Greeter.lookup"})
        assert set(answer) == {"from", "to", "paths", "truncated", "notes"}
        assert [s["qualified_name"] for s in answer["from"]] == ["main"]
        assert [s["qualified_name"] for s in answer["to"]] == ["Greeter.lookup"]
        assert answer["truncated"] is False
        assert answer["paths"], answer
        for path in answer["paths"]:
            assert len(path) >= 2
            assert path[0]["symbol"] == "main" and "site" not in path[0]
            assert path[-1]["symbol"] == "Greeter.lookup"
            assert all("site" in hop for hop in path[1:])
        assert [hop["symbol"] for hop in answer["paths"][0]] == ["main", "Greeter.greet", "Greeter.lookup"]
        assert [hop.get("site") for hop in answer["paths"][0]] == [None, "src/app.ts:31", "src/services/greeter.ts:21"]


async def test_trace_without_path(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_trace", {"from": "Greeter.lookup", "to": "main"})
        assert answer["paths"] == [] and answer["truncated"] is False
        assert any("no call path" in note for note in answer["notes"])


async def test_impact_userrepo(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_impact", {"symbol": "UserRepo"})
        assert set(answer) == {"targets", "files", "symbol_count", "test_files", "truncated", "notes"}
        assert [t["qualified_name"] for t in answer["targets"]] == ["UserRepo"]
        files = {f["file"]: f for f in answer["files"]}
        assert "src/services/greeter.ts" in files
        assert {"src/app.ts", "src/services/shelter.ts"} <= set(files)
        greeter_users = {s["symbol"] for s in files["src/services/greeter.ts"]["symbols"]}
        assert {"Greeter.backup", "Greeter.constructor"} <= greeter_users
        assert answer["symbol_count"] == sum(len(f["symbols"]) for f in answer["files"])
        assert answer["test_files"] == [] and answer["truncated"] is False
        assert all(f["is_test"] is False for f in answer["files"])

        shallow = await conn.ok("lattice_impact", {"symbol": "UserRepo", "depth": 1})
        assert all(s["depth"] == 1 for f in shallow["files"] for s in f["symbols"])
        assert shallow["symbol_count"] < answer["symbol_count"]  # Shelter.run is two hops away


async def test_explore_folder_and_classes(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_explore", {"items": ["src/lib", "Cat", "Dog"]})
        assert_agent_answer(answer)
        cat, dog = record(answer, "Cat"), record(answer, "Dog")
        assert (cat["kind"], cat["file"], cat["line"]) == ("class", "src/models/animals.ts", 32)
        assert (dog["kind"], dog["file"], dog["line"]) == ("class", "src/models/animals.ts", 49)
        assert any(r["relation"] == "extends" and r["symbol"] == "Animal" for r in cat["related"]), cat
        lib_files = {r["file"] for r in answer["results"] if r["file"].startswith("src/lib/")}
        assert lib_files == {"src/lib/format.ts", "src/lib/math.ts"}
        assert {"capitalize", "joinNames", "add", "Geometry"} <= set(symbols(answer))

        missing = await conn.ok("lattice_explore", {"items": ["nosuch"]})
        assert missing["results"] == []
        assert missing["notes"] == ["'nosuch' names no symbol, file or folder"]


async def test_context_greeter(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        answer = await conn.ok("lattice_context", {"task": "how does the greeter format a user name"})
        assert_agent_answer(answer, max_tokens=2000)
        assert answer["results"]
        found = set(symbols(answer))
        assert {"formatName", "Greeter"} <= found
        assert any("snippet" in r for r in answer["results"])  # source for the most relevant
        assert "src/services/greeter.ts" in answer["extra"]["files"]
        assert any(note.startswith("entry symbols chosen from the task's words") for note in answer["notes"])

        nothing = await conn.ok("lattice_context", {"task": "zzzz qqqq"})
        assert nothing["results"] == [] and 0 < nothing["tokens"] < 100  # only the notes
        assert any("grep" in note for note in nothing["notes"])


# ---------------------------------------------------------------------------------------------
# Budgets


async def test_max_tokens_explore_is_cut(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        full = await conn.ok("lattice_explore", {"items": ["src"], "max_tokens": 20000})
        assert full.get("cut") is None
        small = await conn.ok("lattice_explore", {"items": ["src"], "max_tokens": 200})
        assert small["tokens"] <= 200
        assert small["cut"] and "200 tokens" in small["cut"]
        assert 0 < len(small["results"]) < len(full["results"])
        assert small["results"] == full["results"][: len(small["results"])]  # a prefix, not a reshuffle


BUDGET_CASES = [
    ("lattice_search", {"query": "a"}),
    ("lattice_explore", {"items": ["src", "Cat", "Dog", "Greeter"]}),
    ("lattice_context", {"task": "how does the greeter format a user name"}),
    ("lattice_node", {"symbol": "main", "focus": "callees"}),
    ("lattice_impact", {"symbol": "Animal", "depth": 6}),
    ("lattice_trace", {"from": "main", "to": "multiply", "max_paths": 20}),
]


@pytest.mark.parametrize(("tool", "arguments"), BUDGET_CASES, ids=[c[0] for c in BUDGET_CASES])
async def test_small_budget_is_roughly_honored(indexed_repo: Path, tool: str, arguments: dict[str, Any]) -> None:
    """With max_tokens=200 the whole answer stays near 200 tokens (4 chars each).

    The budget covers the listed items; the envelope (notes, the cut sentence, trace/impact
    target records) is not counted, hence the allowance.
    """
    async with connect(indexed_repo) as conn:
        is_error, text = await conn.call(tool, {**arguments, "max_tokens": 200})
        assert not is_error, text
        answer = json.loads(text)
        if "tokens" in answer:
            assert answer["tokens"] <= 200
        assert len(text) <= 4 * 200 + 1200, f"{len(text)} characters for a 200-token budget: {text}"


@pytest.mark.parametrize(
    "arguments",
    [{"symbol": "speak"}, {"symbol": "Greeter", "include_source": True}],
    ids=["ambiguous-speak", "greeter-source"],
)
async def test_node_budget_cuts_records(indexed_repo: Path, arguments: dict[str, Any]) -> None:
    async with connect(indexed_repo) as conn:
        is_error, text = await conn.call("lattice_node", {**arguments, "max_tokens": 200})
        assert not is_error
        answer = json.loads(text)
        assert answer["cut"]  # the server says it cut something...
        assert len(text) <= 4 * 200 + 400, f"{len(text)} characters for a 200-token budget"  # ...but did not
        assert answer["tokens"] * 4 >= len(json.dumps(answer["results"], separators=(",", ":"))) // 2


# ---------------------------------------------------------------------------------------------
# Errors


async def test_not_found(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        for tool, arguments, name in [
            ("lattice_node", {"symbol": "NoSuchSymbol"}, "NoSuchSymbol"),
            ("lattice_impact", {"symbol": "NoSuchSymbol"}, "NoSuchSymbol"),
            ("lattice_trace", {"from": "main", "to": "NoSuchSymbol"}, "NoSuchSymbol"),
            ("lattice_trace", {"from": "Nope", "to": "main"}, "Nope"),
            ("lattice_node", {"symbol": "src/services/greeter.ts:9999"}, "src/services/greeter.ts:9999"),
        ]:
            error = await conn.error(tool, arguments)
            assert error["error_type"] == "not_found", (tool, error)
            assert error["retryable"] is False
            assert error["message"] == f"no symbol matches '{name}'"
            assert "lattice_search" in error["hint"]


async def test_ambiguous_name_is_answered_with_a_note(indexed_repo: Path) -> None:
    """No tool reports error_type `ambiguous`: an ambiguous name is answered for every match,
    with a note (QueryError.ambiguous is mapped in ToolError but never thrown)."""
    async with connect(indexed_repo) as conn:
        node = await conn.ok("lattice_node", {"symbol": "speak"})
        assert node["notes"] == ["'speak' is ambiguous: 4 symbols match; pass a qualified name or FILE:LINE"]
        assert symbols(node) == ["Speaker.speak", "Animal.speak", "Cat.speak", "Dog.speak"]

        explore = await conn.ok("lattice_explore", {"items": ["formatName"]})
        assert "'formatName' is ambiguous: 3 matches shown" in explore["notes"]
        assert symbols(explore).count("formatName") == 3

        # Impact is about one change: an ambiguous name is an error listing the exact choices.
        error = await conn.error("lattice_impact", {"symbol": "speak"})
        assert (error["error_type"], error["retryable"]) == ("ambiguous", False)
        for choice in ["Speaker.speak", "Animal.speak", "Cat.speak", "Dog.speak (src/models/animals.ts:50)"]:
            assert choice in error["message"]

        trace = await conn.ok("lattice_trace", {"from": "main", "to": "speak"})
        assert {path[-1]["symbol"] for path in trace["paths"]} == {"Cat.speak", "Dog.speak"}


INVALID_CASES = [
    ("lattice_context", {}, "'task' is required"),
    ("lattice_search", {}, "'query' is required"),
    ("lattice_search", {"query": ""}, "'query' is required"),
    ("lattice_node", {}, "'symbol' is required"),
    ("lattice_node", {"symbol": None}, "'symbol' is required"),
    ("lattice_node", {"symbol": 123}, "'symbol' must be a string"),
    ("lattice_explore", {}, "'items' needs 1 to 20 entries"),
    ("lattice_trace", {"from": "main"}, "'to' is required"),
    ("lattice_trace", {"to": "main"}, "'from' is required"),
    ("lattice_impact", {}, "'symbol' is required"),
    ("lattice_node", {"symbol": "main", "max_tokens": 5}, "'max_tokens' must be a whole number from 200 to 20000"),
    ("lattice_search", {"query": "a", "max_tokens": 20001}, "'max_tokens' must be a whole number from 200 to 20000"),
    ("lattice_context", {"task": "a", "max_tokens": "300"}, "'max_tokens' must be a whole number from 200 to 20000"),
    ("lattice_explore", {"items": ["src"], "max_tokens": -1e9}, "'max_tokens' must be a whole number from 200 to 20000"),
    ("lattice_search", {"query": "speak", "kind": "bogus"}, "unknown kind 'bogus'"),
    ("lattice_search", {"query": "speak", "path": "../"}, "../ is outside the repository"),
    ("lattice_search", {"query": "speak", "path": "/etc"}, "/etc is outside the repository"),
    ("lattice_node", {"symbol": "main", "focus": "bogus"}, "unknown focus 'bogus'"),
    ("lattice_node", {"symbol": "main", "include_source": "yes"}, "'include_source' must be true or false"),
    ("lattice_explore", {"items": ["../etc"]}, "../etc is outside the repository"),
    ("lattice_explore", {"items": ["src/../../etc"]}, "src/../../etc is outside the repository"),
    ("lattice_explore", {"items": ["/etc"]}, "/etc is outside the repository"),
    ("lattice_explore", {"items": []}, "'items' needs 1 to 20 entries"),
    ("lattice_explore", {"items": ["Cat"] * 21}, "'items' needs 1 to 20 entries"),
    ("lattice_explore", {"items": "Cat"}, "'items' must be a list of strings"),
    ("lattice_explore", {"items": ["Cat", 1]}, "'items' must be a list of strings"),
    ("lattice_impact", {"symbol": "UserRepo", "depth": 7}, "'depth' must be a whole number from 1 to 6"),
    ("lattice_trace", {"from": "main", "to": "add", "max_paths": 0}, "'max_paths' must be a whole number from 1 to 20"),
]


async def test_ambiguous_name_answers_the_symbol_so_named_first(lattice_binary: Path, tmp_path: Path) -> None:
    """`save` is one function's whole qualified name and a method's name (`Store.save`, in a file
    that sorts first): the function is answered first, and the method still as far as the budget goes."""
    (tmp_path / "a_store.py").write_text("class Store:\n    def save(self):\n        return 1\n")
    (tmp_path / "b_save.py").write_text(
        "def save():\n    return 2\n\n\ndef run():\n    save()\n    save()\n"
    )
    run = subprocess.run([str(lattice_binary), "index", str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    async with connect(tmp_path) as conn:
        is_error, text = await conn.call("lattice_node", {"symbol": "save", "focus": "callers"})
        assert not is_error
        answer = json.loads(text)
        assert [record["symbol"] for record in answer["results"]] == ["save", "Store.save"]
        assert [(r["relation"], r["symbol"]) for r in answer["results"][0]["related"]] == [
            ("called_by", "run"), ("called_by", "run")
        ]


async def test_invalid_arguments(indexed_repo: Path) -> None:
    """All cases in one session: the server must also keep serving after each of them."""
    async with connect(indexed_repo) as conn:
        for tool, arguments, message in INVALID_CASES:
            error = await conn.error(tool, arguments)
            assert (error["error_type"], error["message"]) == ("invalid_argument", message), (tool, arguments)
            assert error["retryable"] is False
        still = await conn.ok("lattice_node", {"symbol": "Greeter.greet"})
        assert symbols(still) == ["Greeter.greet"]


async def test_huge_number_is_invalid_argument_not_a_crash(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        error = await conn.error("lattice_node", {"symbol": "main", "max_tokens": 1e30})
        assert error["error_type"] == "invalid_argument"
        assert symbols(await conn.ok("lattice_node", {"symbol": "main"})) == ["main"]


async def test_not_indexed_without_index_run(unindexed_repo: Path) -> None:
    async with connect(unindexed_repo, index=False) as conn:
        for tool, arguments in [
            ("lattice_node", {"symbol": "Greeter.greet"}),
            ("lattice_search", {"query": "speak"}),
            ("lattice_context", {"task": "greeter"}),
        ]:
            error = await conn.error(tool, arguments)
            assert error["error_type"] == "not_indexed"
            assert error["message"] == f"{unindexed_repo} has no Lattice index"
        # Argument errors are still reported only once the index exists (engine first).
        assert (await conn.error("lattice_node", {}))["error_type"] == "not_indexed"
    assert not (unindexed_repo / ".lattice").exists()  # --no-index really indexes nothing


async def test_not_indexed_is_not_retryable_with_no_index(unindexed_repo: Path) -> None:
    async with connect(unindexed_repo, index=False) as conn:
        error = await conn.error("lattice_node", {"symbol": "Greeter.greet"})
        assert error["retryable"] is False
        assert "lattice index" in error["hint"]


async def test_background_index_run_becomes_ready(unindexed_repo: Path) -> None:
    """Without --no-index the server indexes in the background and then answers."""
    async with connect(unindexed_repo, index=True) as conn:
        with anyio.fail_after(60):
            while True:
                is_error, text = await conn.call("lattice_node", {"symbol": "Greeter.greet"})
                if not is_error:
                    break
                assert_no_stack_trace(text)
                await anyio.sleep(0.05)
        assert symbols(json.loads(text)) == ["Greeter.greet"]
    assert (unindexed_repo / ".lattice" / "index.db").is_file()


async def test_two_servers_on_a_new_repository_both_become_ready(unindexed_repo: Path) -> None:
    """One server owns the repository and builds its first index; the other waits for it and
    answers once the database says the index is complete. Neither makes the other's run fail
    (a server probing the database while its own first run created it once did)."""
    async with connect(unindexed_repo, index=True) as first, connect(unindexed_repo, index=True) as second:
        with anyio.fail_after(60):
            for conn in (first, second):
                while True:
                    is_error, text = await conn.call("lattice_node", {"symbol": "Greeter.greet"})
                    if not is_error:
                        break
                    error = json.loads(text)
                    assert (error["error_type"], error["retryable"]) == ("not_indexed", True), error
                    await anyio.sleep(0.01)
                assert symbols(json.loads(text)) == ["Greeter.greet"]
        assert "failed" not in first.stderr() + second.stderr()


async def test_every_answer_during_background_index_is_retryable(unindexed_repo: Path) -> None:
    async with connect(unindexed_repo, index=True) as conn:
        with anyio.fail_after(60):
            while True:
                is_error, text = await conn.call("lattice_node", {"symbol": "Greeter.greet"})
                if not is_error:
                    break
                error = json.loads(text)
                assert (error["error_type"], error["retryable"]) == ("not_indexed", True), error
                await anyio.sleep(0.01)


async def test_unknown_tool_is_a_protocol_error(indexed_repo: Path) -> None:
    """An unknown tool name is a JSON-RPC invalid-params error, not a tool result."""
    async with connect(indexed_repo) as conn:
        with pytest.raises(MCPError) as raised:
            await conn.session.call_tool("lattice_nonexistent", {})
        assert raised.value.code == -32602
        assert "no tool named 'lattice_nonexistent'" in str(raised.value)
        assert symbols(await conn.ok("lattice_node", {"symbol": "main"})) == ["main"]


async def test_errors_never_carry_stack_traces(indexed_repo: Path) -> None:
    """Every error above goes through Connection.error(), which rejects backtrace text; this
    also checks the server's stderr after a burst of failing calls."""
    async with connect(indexed_repo) as conn:
        for tool, arguments, _ in INVALID_CASES:
            await conn.error(tool, arguments)
        await conn.error("lattice_node", {"symbol": "NoSuchSymbol"})
        assert_no_stack_trace(conn.stderr())


# ---------------------------------------------------------------------------------------------
# Concurrency and cancellation


CONCURRENT_CALLS: list[tuple[str, dict[str, Any]]] = [
    ("lattice_node", {"symbol": "Greeter.greet"}),
    ("lattice_search", {"query": "speak"}),
    ("lattice_trace", {"from": "main", "to": "Greeter.lookup"}),
    ("lattice_impact", {"symbol": "UserRepo"}),
    ("lattice_explore", {"items": ["src/lib", "Cat", "Dog"]}),
    ("lattice_context", {"task": "how does the greeter format a user name"}),
    ("lattice_explore", {"items": ["src"], "max_tokens": 20000}),
    ("lattice_node", {"symbol": "NoSuchSymbol"}),
    ("lattice_search", {"query": "speak", "kind": "bogus"}),
    ("lattice_node", {"symbol": "speak", "focus": "callers"}),
]


async def test_concurrent_calls(indexed_repo: Path) -> None:
    async with connect(indexed_repo) as conn:
        serial = [await conn.call(tool, arguments) for tool, arguments in CONCURRENT_CALLS]
        for rounds in (1, 5):  # 10, then 50 calls in flight at once
            answers: dict[int, tuple[bool, str]] = {}

            async def one(index: int) -> None:
                tool, arguments = CONCURRENT_CALLS[index % len(CONCURRENT_CALLS)]
                answers[index] = await conn.call(tool, arguments)

            async with anyio.create_task_group() as group:
                for index in range(len(CONCURRENT_CALLS) * rounds):
                    group.start_soon(one, index)
            assert len(answers) == len(CONCURRENT_CALLS) * rounds
            for index, answer in answers.items():
                assert answer == serial[index % len(CONCURRENT_CALLS)], CONCURRENT_CALLS[index % len(CONCURRENT_CALLS)]

        # And the answers are the right ones, not just consistent.
        assert [e for e, _ in serial] == [False] * 7 + [True, True, False]
        assert symbols(json.loads(serial[0][1])) == ["Greeter.greet"]
        assert "Cat.speak" in symbols(json.loads(serial[1][1]))
        assert json.loads(serial[2][1])["paths"][0][-1]["symbol"] == "Greeter.lookup"
        assert json.loads(serial[7][1])["error_type"] == "not_found"
        assert json.loads(serial[8][1])["error_type"] == "invalid_argument"


async def test_client_cancellation_keeps_session_usable(indexed_repo: Path) -> None:
    """Observed behaviour (mcp 2.3.0 client, swift-sdk 0.12.1 server): cancelling a call
    client-side abandons it (the SDK sends notifications/cancelled); the server does not stop the
    tool - it still writes the late response, which the client drops - and the session keeps
    working: the next calls get their own answers, never the stale one."""
    async with connect(indexed_repo) as conn:
        for delay in (0, 0.0005, 0.002):
            with anyio.move_on_after(delay) as scope:
                await conn.call("lattice_explore", {"items": ["src"], "max_tokens": 20000})
            assert scope.cancelled_caught, delay
            answer = await conn.ok("lattice_node", {"symbol": "Greeter.greet"})
            assert symbols(answer) == ["Greeter.greet"]

        with pytest.raises(MCPError) as timeout:
            await conn.session.call_tool(
                "lattice_explore", {"items": ["src"], "max_tokens": 20000}, read_timeout_seconds=0.00001
            )
        assert timeout.value.code == REQUEST_TIMEOUT
        trace = await conn.ok("lattice_trace", {"from": "main", "to": "Greeter.lookup"})
        assert trace["paths"][0][-1]["symbol"] == "Greeter.lookup"
        await conn.session.send_ping()


async def test_server_ignores_cancel_notification_but_keeps_serving(raw_server) -> None:
    server = raw_server()
    server.initialize()
    server.send(
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "lattice_node", "arguments": {"symbol": "Greeter.greet"}},
        }
    )
    server.send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 2, "reason": "test"}})
    server.send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": 999}})
    server.send({"jsonrpc": "2.0", "id": 3, "method": "ping"})
    assert server.receive_response(3) == {"jsonrpc": "2.0", "id": 3, "result": {}}
    server.close_stdin()
    assert server.wait(10) == 0
    assert_no_stack_trace(server.stderr())


# ---------------------------------------------------------------------------------------------
# Transport: raw JSON-RPC over the pipes


async def test_client_disconnect_mid_request(raw_server) -> None:
    server = raw_server()
    server.initialize()
    server.send(
        {
            "jsonrpc": "2.0",
            "id": 2,
            "method": "tools/call",
            "params": {"name": "lattice_context", "arguments": {"task": "how does the greeter format a user name"}},
        }
    )
    server.close_stdin()
    started = time.monotonic()
    try:
        code = server.wait(10)
    except subprocess.TimeoutExpired:
        pytest.fail("server did not exit within 10s after its client went away")
    assert code == 0, server.stderr()
    assert time.monotonic() - started < 10
    assert_no_stack_trace(server.stderr())


async def test_disconnect_before_initialize(raw_server) -> None:
    server = raw_server()
    server.close_stdin()
    assert server.wait(10) == 0
    assert_no_stack_trace(server.stderr())


async def test_malformed_json_rpc(raw_server) -> None:
    server = raw_server()
    server.send("this is not json{")
    parse_error = server.receive()
    assert parse_error["error"]["code"] == -32700  # answered with a parse error, then keeps serving
    # (swift-sdk sends a random UUID as the id here; JSON-RPC 2.0 says null)

    init = server.initialize(request_id=1)
    assert init["id"] == 1
    assert init["result"]["serverInfo"]["name"] == "lattice"

    for garbage in ['{"jsonrpc":"2.0","id":2,"method":"tools/list"', "[1, 2]", "\x00\x01", "{}"]:
        server.send(garbage)
        answer = server.receive()
        assert "error" in answer, answer
    server.send({"jsonrpc": "2.0", "id": 7, "method": "no/such/method"})
    assert server.receive_response(7)["error"]["code"] == -32601

    server.send(
        {
            "jsonrpc": "2.0",
            "id": 8,
            "method": "tools/call",
            "params": {"name": "lattice_node", "arguments": {"symbol": "Greeter.greet"}},
        }
    )
    result = server.receive_response(8)["result"]
    assert result["isError"] is False
    assert json.loads(result["content"][0]["text"])["results"][0]["symbol"] == "Greeter.greet"

    server.send({"jsonrpc": "2.0", "id": 9, "method": "tools/list"})
    assert len(server.receive_response(9)["result"]["tools"]) == len(TOOL_NAMES) + len(MEMORY_TOOL_NAMES)

    assert server.process.poll() is None
    server.close_stdin()
    assert server.wait(10) == 0
    assert_no_stack_trace(server.stderr())


async def test_tools_call_without_name_is_a_protocol_error(raw_server) -> None:
    server = raw_server()
    server.initialize()
    server.send({"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {}})
    error = server.receive_response(2)["error"]
    # swift-sdk answers -32603 (internal error) where -32602 (invalid params) would be exact.
    assert error["code"] in (-32602, -32603)
    server.send({"jsonrpc": "2.0", "id": 3, "method": "ping"})
    assert server.receive_response(3)["result"] == {}
    server.close_stdin()
    assert server.wait(10) == 0


async def test_missing_root_exits_cleanly(tmp_path: Path) -> None:
    missing = tmp_path / "does-not-exist"
    run = subprocess.run(
        [str(binary_path()), "serve", "--mcp", "--root", str(missing), "--no-index"],
        input=b"",
        capture_output=True,
        timeout=10,
    )
    assert run.returncode != 0
    stderr = run.stderr.decode()
    assert f"{missing} is not a directory" in stderr
    assert_no_stack_trace(stderr)


async def test_sdk_sees_connection_closed_when_server_dies(tmp_path: Path) -> None:
    """A server that exits at once (bad --root) surfaces as MCPError CONNECTION_CLOSED, not a hang."""
    with pytest.raises(Exception) as failure:
        with anyio.fail_after(20):
            async with connect(tmp_path / "does-not-exist"):
                pass
    errors = failure.value.exceptions if isinstance(failure.value, BaseExceptionGroup) else [failure.value]
    while any(isinstance(e, BaseExceptionGroup) for e in errors):
        errors = [leaf for e in errors for leaf in (e.exceptions if isinstance(e, BaseExceptionGroup) else [e])]
    assert any(isinstance(e, MCPError) and e.code == CONNECTION_CLOSED for e in errors), errors


# ---------------------------------------------------------------------------------------------
# Golden answers


GOLDEN_CASES = [
    ("lattice_node", {"symbol": "Greeter.greet"}, "lattice_node-Greeter.greet.json"),
    ("lattice_search", {"query": "format"}, "lattice_search-format.json"),
]


@pytest.mark.parametrize(("tool", "arguments", "golden"), GOLDEN_CASES, ids=[c[2] for c in GOLDEN_CASES])
async def test_golden(indexed_repo: Path, tool: str, arguments: dict[str, Any], golden: str) -> None:
    """The exact JSON text (compact, sorted keys). Re-record with LATTICE_RECORD_GOLDEN=1."""
    async with connect(indexed_repo) as conn:
        is_error, text = await conn.call(tool, arguments)
        assert not is_error, text
        again = await conn.call(tool, arguments)
    assert again == (False, text)  # deterministic within a session
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    path = GOLDEN_DIR / golden
    if os.environ.get("LATTICE_RECORD_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
    assert path.is_file(), f"missing {path}; record it with LATTICE_RECORD_GOLDEN=1"
    assert text == path.read_text().rstrip("\n")


# ---------------------------------------------------------------------------------------------
# Memory


async def test_memory_round_trip(indexed_repo: Path) -> None:
    """Remember (verbatim, with modality and an anchor), recall by symbol, supersede, recall again."""
    async with connect(indexed_repo) as conn:
        listing = {tool.name: tool for tool in (await conn.session.list_tools()).tools}
        assert listing["lattice_remember"].annotations.read_only_hint is False
        assert listing["lattice_recall"].annotations.read_only_hint is True
        assert sorted(listing["lattice_remember"].input_schema["required"]) == ["body", "modality"]

        body = "We could cache greetings per user id.\n  (needs a TTL)"
        stored = await conn.ok(
            "lattice_remember", {"body": body, "modality": "option_considered", "symbols": ["Greeter.greet"]}
        )
        fact = stored["facts"][0]
        assert (fact["modality"], fact["status"]) == ("option_considered", "active")
        assert fact["anchors"] == ["typescript:src/services/greeter.ts#method:Greeter.greet"]

        recalled = await conn.ok("lattice_recall", {"symbol": "Greeter.greet", "include_bodies": True})
        assert [f["id"] for f in recalled["facts"]] == [fact["id"]]
        assert recalled["facts"][0]["body"] == body  # verbatim

        decided = await conn.ok(
            "lattice_revise",
            {"id": fact["id"], "action": "supersede", "body": "Decided: no cache.", "modality": "decision",
             "symbols": ["Greeter.greet"]},
        )
        newer = decided["facts"][0]
        assert newer["supersedes"] == [fact["id"]]
        now = await conn.ok("lattice_recall", {"symbol": "Greeter.greet"})
        assert [(f["id"], f["modality"]) for f in now["facts"]] == [(newer["id"], "decision")]
        everything = await conn.ok("lattice_recall", {"symbol": "Greeter.greet", "include_inactive": True})
        assert {f["status"] for f in everything["facts"]} == {"active", "superseded"}

        missing = await conn.error("lattice_remember", {"body": "x", "modality": "decision"})
        assert missing["error_type"] == "invalid_argument"
        unknown = await conn.error("lattice_revise", {"id": "20990101T000000Z-000000", "action": "retract"})
        assert unknown["error_type"] == "not_found"
