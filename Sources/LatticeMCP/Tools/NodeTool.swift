import LatticeQuery
import MCP

/// `lattice_node`: one symbol in detail; callers and callees are here rather than in tools of their own.
enum NodeTool: LatticeTool {
  static let definition = tool(
    name: "lattice_node", title: "One symbol",
    description: """
      One symbol: signature, doc, location, parent, members, bases, callers and callees with their \
      call-site lines (each edge says its provenance when it is not syntax-certain). focus=callers, \
      callees or refs spends the whole budget on that list (use it before changing a signature). \
      include_source=true adds the symbol's source.
      """,
    schema: Schema.object(
      [
        "symbol": ["type": "string", "description": "A name, a qualified name (Class.method) or FILE:LINE."],
        "focus": [
          "type": "string", "enum": ["overview", "callers", "callees", "refs"], "default": "overview",
          "description": "What to spend the budget on.",
        ],
        "include_source": ["type": "boolean", "default": false],
        "max_tokens": Schema.maxTokens,
      ], required: ["symbol"]))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    let focus = try arguments.string("focus") ?? "overview"
    guard ["overview", "callers", "callees", "refs"].contains(focus) else {
      throw ToolError.invalid("unknown focus '\(focus)'", hint: "one of overview, callers, callees, refs")
    }
    let answer = try engine.agentNode(
      try arguments.requiredString("symbol"), focus: focus,
      includeSource: try arguments.bool("include_source", default: false),
      maxTokens: try arguments.maxTokens())
    return try compactJSON(answer)
  }
}
