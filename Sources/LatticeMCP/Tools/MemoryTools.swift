import Foundation
import LatticeMemory
import LatticeQuery
import MCP

/// Shared pieces of the memory tools: the service for the served repository, and compact records.
enum MemoryToolSupport {
  static func service(_ engine: QueryEngine) throws -> MemoryService {
    do { return try MemoryService(root: engine.root) } catch { throw ToolError.from(error) }
  }

  /// One compact record per fact; the body only when asked (recall's index view stays small).
  static func record(_ recalled: RecalledFact, body: Bool) -> [String: Value] {
    let fact = recalled.fact
    var record: [String: Value] = [
      "id": .string(fact.id), "modality": .string(fact.modality.rawValue), "status": .string(recalled.status.rawValue),
      "author": .string(fact.provenance.author),
      "created": .string(ISO8601DateFormatter().string(from: fact.provenance.created)),
      "anchors": .array(fact.anchors.map { .string(label($0)) }),
      "summary": .string(fact.body.split(separator: "\n").first.map(String.init) ?? ""),
    ]
    if body { record["body"] = .string(fact.body) }
    if let note = fact.revalidation { record["what_changed"] = .string(note) }
    if let confidence = fact.confidence { record["confidence"] = .double(confidence) }
    if !fact.supersedes.isEmpty { record["supersedes"] = .array(fact.supersedes.map { .string($0) }) }
    if let newer = fact.supersededBy { record["superseded_by"] = .string(newer) }
    return record
  }

  static func label(_ anchor: Anchor) -> String {
    switch anchor {
    case .symbol(let key, _, _, _): return key
    case .fileRange(let file, let start, let end, _): return "\(file):\(start)-\(end)"
    }
  }

  static func request(_ arguments: Arguments) throws -> RememberRequest {
    let modalityText = try arguments.requiredString("modality")
    guard let modality = Modality(rawValue: modalityText) else {
      throw ToolError.invalid(
        "unknown modality '\(modalityText)'",
        hint: "one of \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    var ranges: [(file: String, startLine: Int, endLine: Int)] = []
    for spec in try arguments.strings("lines") {
      let parts = spec.split(separator: ":")
      let bounds = parts.last?.split(separator: "-").compactMap { Int($0) } ?? []
      guard parts.count == 2, bounds.count == 2 else {
        throw ToolError.invalid("'lines' entries are FILE:START-END, not '\(spec)'", hint: "e.g. src/app.ts:10-24")
      }
      ranges.append((String(parts[0]), bounds[0], bounds[1]))
    }
    return RememberRequest(
      body: try arguments.requiredString("body"), modality: modality, symbols: try arguments.strings("symbols"),
      fileRanges: ranges, unanchored: try arguments.bool("unanchored", default: false),
      confidence: try arguments.string("confidence").flatMap(Double.init)
        ?? arguments.values["confidence"]?.doubleValue,
      author: try arguments.string("author") ?? "agent", session: try arguments.string("session"),
      toolCall: try arguments.string("tool_call"))
  }

  static let factSchema: [String: Value] = [
    "body": ["type": "string", "description": "The fact, verbatim; it is stored and returned exactly as given."],
    "modality": [
      "type": "string", "enum": ["decision", "option_considered", "hypothesis", "question", "observation"],
      "description": "What kind of statement this is; recall always shows it, so a hedge never reads as a decision.",
    ],
    "symbols": [
      "type": "array", "items": ["type": "string"],
      "description": "Symbols the fact is about (names, Class.method, keys): it goes stale when they change.",
    ],
    "lines": ["type": "array", "items": ["type": "string"], "description": "Line ranges it is about: FILE:START-END."],
    "unanchored": ["type": "boolean", "description": "True when the fact is about nothing in particular in the code."],
    "confidence": ["type": "number", "minimum": 0, "maximum": 1],
    "author": ["type": "string"], "session": ["type": "string"], "tool_call": ["type": "string"],
  ]

  static func answer(_ records: [[String: Value]], notes: [String] = []) throws -> String {
    try compactJSON(
      Value.object(["facts": .array(records.map(Value.object)), "notes": .array(notes.map { .string($0) })]))
  }
}

/// `lattice_remember`: store a fact.
enum RememberTool: LatticeTool {
  static let definition = Tool(
    name: "lattice_remember", title: "Remember a fact",
    description: """
      Store a fact about this codebase for later sessions: a decision, an option considered, a \
      hypothesis, a question or an observation — verbatim, with its modality, anchored to the symbols \
      or lines it is about (or unanchored: true). Lattice flags it when the anchored code changes.
      """,
    inputSchema: Schema.object(MemoryToolSupport.factSchema, required: ["body", "modality"]),
    annotations: .init(
      title: "Remember a fact", readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false
    ))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    let service = try MemoryToolSupport.service(engine)
    do {
      let fact = try service.remember(try MemoryToolSupport.request(arguments))
      return try MemoryToolSupport.answer([
        MemoryToolSupport.record(RecalledFact(fact: fact, status: fact.status), body: false)
      ])
    } catch let error as MemoryError {
      throw ToolError.invalid("\(error)", hint: "see the tool's input schema")
    }
  }
}

/// `lattice_recall`: what is known, exact matches first.
enum RecallTool: LatticeTool {
  static let definition = tool(
    name: "lattice_recall", title: "Recall facts",
    description: """
      What has been remembered about the code: by a symbol the facts are anchored to, a fact id, a \
      file, or words in their bodies; newest first. Superseded, retracted and expired facts are left \
      out unless include_inactive; facts whose code changed are shown as needs_revalidation with what \
      changed. One line per fact; include_bodies for the verbatim text.
      """,
    schema: Schema.object(
      [
        "symbol": ["type": "string"], "id": ["type": "string"], "file": ["type": "string"],
        "text": ["type": "string", "description": "Words that must all appear in the body."],
        "include_inactive": ["type": "boolean", "default": false],
        "include_bodies": ["type": "boolean", "default": false], "max_tokens": Schema.maxTokens,
      ], required: []))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    let service = try MemoryToolSupport.service(engine)
    let facts: [RecalledFact]
    do {
      facts = try service.recall(
        symbol: try arguments.string("symbol"), id: try arguments.string("id"), file: try arguments.string("file"),
        text: try arguments.string("text"), includeInactive: try arguments.bool("include_inactive", default: false))
    } catch let error as MemoryError {
      throw ToolError.invalid("\(error)", hint: "pass a symbol key, or recall by text")
    }
    var budget = TokenBudget(limit: try arguments.maxTokens())
    let bodies = try arguments.bool("include_bodies", default: false)
    var records: [[String: Value]] = []
    for fact in facts {
      let record = MemoryToolSupport.record(fact, body: bodies)
      guard budget.spend(Value.object(record), label: "facts") else { continue }
      records.append(record)
    }
    var notes: [String] = []
    if facts.isEmpty { notes.append("nothing remembered matches") }
    if let cut = budget.cutDescription(howToGetMore: "Recall by symbol or id, or raise max_tokens.") {
      notes.append(cut)
    }
    return try MemoryToolSupport.answer(records, notes: notes)
  }
}

/// `lattice_revise`: supersede, retract or verify a fact.
enum ReviseTool: LatticeTool {
  static let definition = Tool(
    name: "lattice_revise", title: "Revise a fact",
    description: """
      Change what is known: supersede a fact with a new one (give body and modality; the old one stays \
      reachable, out of default recall), retract it, or verify it (the code changed but the fact still \
      holds: re-record its anchors).
      """,
    inputSchema: Schema.object(
      MemoryToolSupport.factSchema.merging([
        "id": ["type": "string", "description": "The fact to revise."],
        "action": ["type": "string", "enum": ["supersede", "retract", "verify"]],
      ]) { a, _ in a }, required: ["id", "action"]),
    annotations: .init(
      title: "Revise a fact", readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false))

  static func call(_ arguments: Arguments, engine: QueryEngine) throws -> String {
    let service = try MemoryToolSupport.service(engine)
    let id = try arguments.requiredString("id")
    let action = try arguments.requiredString("action")
    do {
      let fact: Fact
      switch action {
      case "supersede": fact = try service.supersede(id: id, with: try MemoryToolSupport.request(arguments))
      case "retract": fact = try service.retract(id: id)
      case "verify": fact = try service.verify(id: id)
      default: throw ToolError.invalid("unknown action '\(action)'", hint: "supersede, retract or verify")
      }
      return try MemoryToolSupport.answer([
        MemoryToolSupport.record(RecalledFact(fact: fact, status: fact.status), body: false)
      ])
    } catch let error as MemoryError {
      if case .notFound = error {
        throw ToolError(
          errorType: .notFound, message: "\(error)", retryable: false, hint: "use lattice_recall to find ids")
      }
      throw ToolError.invalid("\(error)", hint: "see the tool's input schema")
    }
  }
}
