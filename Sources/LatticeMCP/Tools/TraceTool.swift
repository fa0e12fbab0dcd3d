import LatticeQuery
import MCP

/// `lattice_trace`: call paths from A to B.
enum TraceTool: LatticeTool {
  static let definition = tool(
    name: "lattice_trace", title: "Call paths from A to B",
    description: """
      Call paths from symbol A to symbol B, shortest first, each hop with its call-site line. \
      Answers 'how does A end up calling B'. Calls through callbacks, events or dynamic dispatch are \
      not seen; an empty answer says so.
      """,
    schema: Schema.object(
      [
        "from": ["type": "string", "description": "Start symbol (name, Class.method or FILE:LINE)."],
        "to": ["type": "string", "description": "End symbol."],
        "max_paths": ["type": "integer", "minimum": 1, "maximum": 20, "default": 5],
        "max_tokens": Schema.maxTokens,
      ], required: ["from", "to"]))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    var answer = try engine.trace(
      from: try arguments.requiredString("from"), to: try arguments.requiredString("to"),
      maxPaths: try arguments.int("max_paths", default: 5, range: 1...20))
    var budget = TokenBudget(limit: try arguments.maxTokens())
    answer.paths = answer.paths.filter { budget.spend($0, label: "paths") }
    if let cut = budget.cutDescription(howToGetMore: "Raise max_tokens.") { answer.notes.append(cut) }
    return try compactJSON(answer)
  }
}
