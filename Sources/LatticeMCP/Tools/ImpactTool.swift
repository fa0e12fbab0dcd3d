import LatticeQuery
import MCP

/// `lattice_impact`: what a change to a symbol can break.
enum ImpactTool: LatticeTool {
  static let definition = tool(
    name: "lattice_impact", title: "Impact of changing a symbol",
    description: """
      Everything that uses a symbol, transitively (callers, instantiations, type uses, subclasses), \
      grouped by file with test files marked: what to update and re-test before changing a \
      signature, a type's fields or a behaviour.
      """,
    schema: Schema.object(
      [
        "symbol": ["type": "string", "description": "A name, a qualified name or FILE:LINE."],
        "depth": ["type": "integer", "minimum": 1, "maximum": 6, "default": 2, "description": "Hops to follow."],
        "max_tokens": Schema.maxTokens,
      ], required: ["symbol"]))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    let spec = try arguments.requiredString("symbol")
    // Impact is about one change: an ambiguous name is an error that lists the exact choices.
    let matches = try engine.resolve(spec)
    if matches.count > 1 {
      let choices = matches.prefix(10).map { "\($0.qualifiedName) (\($0.file):\($0.span.start.line))" }
      throw ToolError(
        errorType: .ambiguous, message: "'\(spec)' names \(matches.count) symbols: \(choices.joined(separator: ", "))",
        retryable: false, hint: "pass a qualified name or FILE:LINE of one of them")
    }
    var answer = try engine.impact(of: spec, depth: try arguments.int("depth", default: 2, range: 1...6), limit: 0)
    var budget = TokenBudget(limit: try arguments.maxTokens())
    let kept = answer.files.filter { budget.spend($0, label: "files") }
    answer.truncated = kept.count < answer.files.count
    answer.files = kept
    if let cut = budget.cutDescription(howToGetMore: "Lower depth, or raise max_tokens.") { answer.notes.append(cut) }
    return try compactJSON(answer)
  }
}
