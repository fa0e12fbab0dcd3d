#!/usr/bin/env python3
"""Query latency as an agent sees it: one long-running `lattice serve --mcp --no-index` on an existing
index, driven by the official MCP Python client (Tests/MCP/requirements.txt), N calls per question,
timed from the client's call to its parsed result (JSON-RPC over stdio included, no process start-up).
Prints a JSON object {question: {"p50_ms", "p95_ms"}}.

usage: mcp_latency.py LATTICE REPO SYMBOL [N]   (run with the MCP virtualenv's python)
"""
import asyncio, json, sys, time

from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


async def main(lattice, repo, symbol, count):
    name = symbol.split(".")[-1]
    questions = {
        "search": ("lattice_search", {"query": name}),
        "callers": ("lattice_node", {"symbol": symbol, "focus": "callers"}),
        "callees": ("lattice_node", {"symbol": symbol, "focus": "callees"}),
        "context": ("lattice_context", {"task": f"how does {name} work"}),
    }
    params = StdioServerParameters(command=lattice, args=["serve", "--mcp", "--no-index", "--root", repo])
    with open("/dev/null", "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (read, write):
            async with ClientSession(read, write) as session:
                await session.initialize()
                result = {}
                for label, (tool, arguments) in questions.items():
                    await session.call_tool(tool, arguments)  # warm: first use opens the database
                    times = []
                    for _ in range(count):
                        start = time.perf_counter()
                        answer = await session.call_tool(tool, arguments)
                        times.append(time.perf_counter() - start)
                        if answer.is_error:
                            sys.exit(f"{tool} {arguments} failed: {answer.content[0].text}")
                    result[label] = {"p50_ms": round(pct(times, 0.5) * 1000, 2),
                                     "p95_ms": round(pct(times, 0.95) * 1000, 2)}
    print(json.dumps(result))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 50))
