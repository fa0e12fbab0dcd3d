import LatticeModel
import LatticeQuery
import MCP

/// `lattice_search`: ranked symbol search; locations only.
enum SearchTool: LatticeTool {
  static let definition = tool(
    name: "lattice_search", title: "Search symbols",
    description: """
      Find symbols (classes, functions, methods, types…) by words of their names, qualified names, \
      signatures and docs; camelCase and snake_case names match by word. Returns locations and \
      signatures only. Use it to find the exact name before lattice_node/trace; use grep for literal \
      text such as strings, comments or config values.
      """,
    schema: Schema.object(
      [
        "query": ["type": "string", "description": "Words or a name, e.g. 'route handler' or 'add_url_rule'."],
        "kind": [
          "type": "string",
          "description":
            "Only this kind: class, interface, type, enum, function, method, constructor, property, constant, variable.",
        ],
        "path": ["type": "string", "description": "Only files under this repository-relative folder or file."],
        "limit": [
          "type": "integer", "minimum": 1, "maximum": 200, "default": 20, "description": "At most this many matches.",
        ],
        "max_tokens": Schema.maxTokens,
      ], required: ["query"]))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    var kinds: [SymbolKind] = []
    if let kind = try arguments.string("kind") {
      guard let parsed = SymbolKind(rawValue: kind) else {
        throw ToolError.invalid(
          "unknown kind '\(kind)'", hint: "kinds: \(SymbolKind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      kinds = [parsed]
    }
    let answer = try engine.agentSearch(
      try arguments.requiredString("query"), kinds: kinds, path: try arguments.string("path"),
      limit: try arguments.int("limit", default: 20, range: 1...200), maxTokens: try arguments.maxTokens())
    return try compactJSON(answer)
  }
}
