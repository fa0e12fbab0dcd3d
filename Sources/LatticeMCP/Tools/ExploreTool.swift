import LatticeQuery
import MCP

/// `lattice_explore`: several symbols, files or folders in one capped call.
enum ExploreTool: LatticeTool {
  static let definition = tool(
    name: "lattice_explore", title: "Explore symbols, files, folders",
    description: """
      Several things in one call: symbols (their members and relations), files (their outline) and \
      folders (the outline of every file), plus the call paths among the named symbols. Use it to \
      survey a module or compare related classes instead of several lattice_node calls.
      """,
    schema: Schema.object(
      [
        "items": [
          "type": "array", "items": ["type": "string"], "minItems": 1, "maxItems": 20,
          "description": "Symbols (names, Class.method, FILE:LINE), repository-relative files or folders.",
        ],
        "max_tokens": Schema.maxTokens,
      ], required: ["items"]))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    let items = try arguments.strings("items")
    guard !items.isEmpty, items.count <= 20 else {
      throw ToolError.invalid("'items' needs 1 to 20 entries", hint: "split a larger survey into several calls")
    }
    return try compactJSON(engine.explore(items, maxTokens: try arguments.maxTokens()))
  }
}
