"""Fixtures and helpers for the end-to-end MCP tests.

They drive the real `lattice serve --mcp` binary with the official MCP Python SDK (`mcp` 2.x), or
with raw JSON-RPC lines where the test is about the transport itself. Binary: $LATTICE_BINARY,
default <repo>/.build/debug/lattice.

mcp 2.x facts these tests rely on (verified against mcp==2.3.0):
- `mcp.client.stdio.stdio_client(StdioServerParameters(...), errlog=...)` yields (read, write);
  `errlog` must be a real file (it becomes the child's stderr).
- `mcp.ClientSession(read, write)`; `await session.initialize()` returns `InitializeResult` with
  snake_case fields: `protocol_version`, `server_info`, `instructions`, `capabilities`.
- `Tool.input_schema` (not `inputSchema`), `Tool.annotations.read_only_hint`.
- `CallToolResult.is_error`, `.content[i].text`.
- Protocol-level failures raise `mcp.MCPError` (`.code`): `mcp.types.CONNECTION_CLOSED` (-32000) when
  the server goes away, `mcp.types.REQUEST_TIMEOUT` (-32001) on `read_timeout_seconds`.
- The handshake only negotiates `mcp.types.version.HANDSHAKE_PROTOCOL_VERSIONS`.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator

import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.types import InitializeResult

REPO_ROOT = Path(__file__).resolve().parents[2]
FIXTURE = REPO_ROOT / "Tests" / "Fixtures" / "typescript"
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"

TOOL_NAMES = [
    "lattice_context",
    "lattice_search",
    "lattice_node",
    "lattice_explore",
    "lattice_trace",
    "lattice_impact",
]

# Memory tools write (to .lattice/memory/ only); they are listed after the read-only ones.
MEMORY_TOOL_NAMES = ["lattice_remember", "lattice_recall", "lattice_revise"]

# Text that must never reach an agent: Swift runtime traps, backtraces, source locations.
STACK_TRACE_MARKERS = [
    "Fatal error",
    "Backtrac",
    "Program crashed",
    "Thread 0",
    "Thread 1",
    ".swift:",
    "libswiftCore",
    "Stack dump",
    "Traceback",
]


def binary_path() -> Path:
    return Path(os.environ.get("LATTICE_BINARY", REPO_ROOT / ".build" / "debug" / "lattice"))


def assert_no_stack_trace(text: str) -> None:
    for marker in STACK_TRACE_MARKERS:
        assert marker not in text, f"stack-trace marker {marker!r} in: {text[:2000]}"


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="session")
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def lattice_binary() -> Path:
    path = binary_path()
    if not (path.is_file() and os.access(path, os.X_OK)):
        pytest.fail(
            f"lattice binary not found at {path}: run `swift build` or set LATTICE_BINARY", pytrace=False
        )
    return path


def copy_fixture(destination: Path) -> Path:
    shutil.copytree(FIXTURE, destination, ignore=shutil.ignore_patterns(".lattice"))
    return destination


@pytest.fixture(scope="session")
def indexed_repo(lattice_binary: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the TypeScript fixture, indexed once with `lattice index` for the whole session."""
    repo = copy_fixture(tmp_path_factory.mktemp("indexed") / "typescript")
    run = subprocess.run(
        [str(lattice_binary), "index", str(repo)], capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, f"lattice index failed ({run.returncode}):\n{run.stdout}\n{run.stderr}"
    assert (repo / ".lattice" / "index.db").is_file()
    return repo


@pytest.fixture
def unindexed_repo(tmp_path: Path) -> Path:
    """A fresh copy of the fixture with no index."""
    repo = copy_fixture(tmp_path / "typescript")
    assert not (repo / ".lattice").exists()
    return repo


# ---------------------------------------------------------------------------------------------
# SDK sessions


@dataclass
class Connection:
    session: ClientSession
    init: InitializeResult
    stderr_path: Path

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    async def call(self, name: str, arguments: dict[str, Any] | None = None, **kwargs: Any) -> tuple[bool, str]:
        """Calls a tool; returns (is_error, text) after checking the answer's shape."""
        result = await self.session.call_tool(name, arguments, **kwargs)
        assert len(result.content) == 1, result
        content = result.content[0]
        assert content.type == "text", content
        return result.is_error, content.text

    async def ok(self, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
        """Calls a tool that must succeed; returns its JSON answer."""
        is_error, text = await self.call(name, arguments)
        assert not is_error, f"{name}({arguments}) failed: {text}"
        return json.loads(text)

    async def error(self, name: str, arguments: dict[str, Any] | None = None) -> dict[str, Any]:
        """Calls a tool that must fail with a structured error; returns the error JSON."""
        is_error, text = await self.call(name, arguments)
        assert is_error, f"{name}({arguments}) should have failed: {text[:500]}"
        assert_no_stack_trace(text)
        data = json.loads(text)
        assert set(data) == {"error_type", "message", "retryable", "hint"}, data
        assert data["error_type"] in {"not_indexed", "not_found", "ambiguous", "invalid_argument", "internal"}
        assert isinstance(data["retryable"], bool)
        assert isinstance(data["message"], str) and data["message"]
        assert isinstance(data["hint"], str)
        return data


@asynccontextmanager
async def connect(root: Path, *, index: bool = False) -> AsyncIterator[Connection]:
    """Starts `lattice serve --mcp --root ROOT [--no-index]` and yields an initialized session.

    On exit, checks that the server wrote no crash or backtrace to stderr.
    """
    args = ["serve", "--mcp", "--root", str(root)]
    if not index:
        args.append("--no-index")
    params = StdioServerParameters(command=str(binary_path()), args=args)
    with tempfile.NamedTemporaryFile("w+", prefix="lattice-mcp-stderr-", suffix=".log", delete=False) as errlog:
        stderr_path = Path(errlog.name)
        try:
            async with stdio_client(params, errlog=errlog) as (read, write):
                async with ClientSession(read, write) as session:
                    init = await session.initialize()
                    yield Connection(session, init, stderr_path)
            assert_no_stack_trace(stderr_path.read_text(errors="replace"))
        finally:
            stderr_path.unlink(missing_ok=True)


# ---------------------------------------------------------------------------------------------
# Raw JSON-RPC over the server's pipes (no SDK)


class RawServer:
    """The server as a plain subprocess: newline-delimited JSON-RPC written and read by hand."""

    def __init__(self, root: Path, *extra: str) -> None:
        self.process = subprocess.Popen(
            [str(binary_path()), "serve", "--mcp", "--root", str(root), "--no-index", *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self._lines: queue.Queue[bytes | None] = queue.Queue()
        self._stderr = bytearray()
        threading.Thread(target=self._pump_stdout, daemon=True).start()
        threading.Thread(target=self._pump_stderr, daemon=True).start()

    def _pump_stdout(self) -> None:
        assert self.process.stdout
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def _pump_stderr(self) -> None:
        assert self.process.stderr
        for chunk in iter(lambda: self.process.stderr.read(4096), b""):
            self._stderr += chunk

    def send(self, message: dict[str, Any] | list[Any] | str) -> None:
        line = message if isinstance(message, str) else json.dumps(message)
        assert self.process.stdin
        self.process.stdin.write(line.encode() + b"\n")
        self.process.stdin.flush()

    def receive(self, timeout: float = 10) -> dict[str, Any]:
        """The next JSON-RPC message from the server; fails on EOF or timeout."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no message from the server within {timeout}s")
        assert line is not None, f"server closed stdout; stderr: {self.stderr()}"
        return json.loads(line)

    def receive_response(self, request_id: Any, timeout: float = 10) -> dict[str, Any]:
        """Skips notifications and other responses until the one for request_id."""
        while True:
            message = self.receive(timeout)
            if message.get("id") == request_id and ("result" in message or "error" in message):
                return message

    def initialize(self, request_id: int = 1) -> dict[str, Any]:
        self.send(
            {
                "jsonrpc": "2.0",
                "id": request_id,
                "method": "initialize",
                "params": {
                    "protocolVersion": "2025-06-18",
                    "capabilities": {},
                    "clientInfo": {"name": "lattice-raw-test", "version": "0"},
                },
            }
        )
        response = self.receive_response(request_id)
        self.send({"jsonrpc": "2.0", "method": "notifications/initialized"})
        return response

    def close_stdin(self) -> None:
        assert self.process.stdin
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass

    def wait(self, timeout: float) -> int:
        return self.process.wait(timeout=timeout)

    def stderr(self) -> str:
        return self._stderr.decode(errors="replace")

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=5)


@pytest.fixture
def raw_server(indexed_repo: Path):
    servers: list[RawServer] = []

    def start(*extra: str, root: Path | None = None) -> RawServer:
        server = RawServer(root or indexed_repo, *extra)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.kill()
