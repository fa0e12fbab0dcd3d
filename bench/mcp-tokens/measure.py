#!/usr/bin/env python3
"""Token cost of each MCP tool's default answer on a repository: starts `lattice serve --mcp`,
calls every tool once with the given arguments (default max_tokens), and prints the size of the
text the agent receives (characters / 4) next to the answer's own estimate.
Usage: measure.py LATTICE_BINARY REPO CALLS.json  (run with the venv of Tests/MCP/run.sh)."""
import json
import sys

import anyio
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


async def main() -> None:
    binary, repo, calls_path = sys.argv[1], sys.argv[2], sys.argv[3]
    calls = json.load(open(calls_path))
    params = StdioServerParameters(command=binary, args=["serve", "--mcp", "--root", repo, "--no-index"])
    print("| tool | arguments | characters | ≈ tokens (chars/4) | answer's estimate | cut |")
    print("|---|---|---|---|---|---|")
    async with stdio_client(params) as (read, write):
        async with ClientSession(read, write) as session:
            await session.initialize()
            for call in calls:
                result = await session.call_tool(call["tool"], call["arguments"])
                text = result.content[0].text
                answer = json.loads(text)
                estimate = answer.get("tokens", "—")
                cut = "yes" if answer.get("cut") or answer.get("truncated") else "no"
                print(f"| {call['tool']} | `{json.dumps(call['arguments'])}` | {len(text)} | {len(text) // 4} | {estimate} | {cut} |")


anyio.run(main)
