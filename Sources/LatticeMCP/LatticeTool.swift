import LatticeQuery
import MCP

/// One MCP tool: its definition and how it answers. Every tool is read-only.
protocol LatticeTool {
  static var definition: Tool { get }
  /// Returns the answer as compact JSON text.
  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String
}

extension LatticeTool {
  static func tool(name: String, title: String, description: String, schema: Value) -> Tool {
    Tool(
      name: name, title: title, description: description, inputSchema: schema,
      annotations: .init(
        title: title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false))
  }
}
