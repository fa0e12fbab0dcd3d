import LatticeQuery
import MCP

/// `lattice_context`: the first call for "how does X work".
enum ContextTool: LatticeTool {
  static let definition = tool(
    name: "lattice_context", title: "Context for a task",
    description: """
      First call for 'how does X work' / 'where is Y handled' / 'what do I need to change for Z'. \
      Give the task or question in natural language (mention names you know). Returns the entry \
      symbols with their callers, callees, members and bases, source for the two most relevant, a \
      second hop of callers, and the files involved — within max_tokens.
      """,
    schema: Schema.object(
      [
        "task": [
          "type": "string", "description": "The question or task, e.g. 'how does a request reach its handler'.",
        ],
        "max_tokens": Schema.maxTokens,
      ], required: ["task"]))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    try compactJSON(engine.context(try arguments.requiredString("task"), maxTokens: try arguments.maxTokens()))
  }
}
