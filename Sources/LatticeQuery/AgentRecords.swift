import LatticeModel

/// A compact record for agents: where a symbol is and how it relates, source only on demand.
/// Field names are short and stable; `related` is capped by the caller's token budget.
public struct AgentRecord: Codable, Sendable, Hashable {
  public var symbol: String
  public var kind: String
  public var file: String
  public var line: Int
  public var signature: String
  public var doc: String?
  public var snippet: String?
  public var related: [Related]
  /// Warnings about this record (ambiguity, syntax errors, low-confidence edges).
  public var notes: [String]?

  public init(_ symbol: Symbol, related: [Related] = [], snippet: String? = nil) {
    self.symbol = symbol.qualifiedName
    kind = symbol.kind.rawValue
    file = symbol.file
    line = symbol.span.start.line
    signature = symbol.signature
    doc = symbol.docstring.map { $0.split(separator: "\n").first.map(String.init) ?? $0 }
    self.snippet = snippet
    self.related = related
  }
}

/// One relation of a record: `calls`, `called_by`, `instantiates`, `member`, `extends`,
/// `implemented_by`, `imports`, `referenced_by`… with the site line. `provenance` and
/// `confidence` appear only when the edge is not a syntax-bound certainty.
public struct Related: Codable, Sendable, Hashable {
  public var relation: String
  public var symbol: String
  public var file: String
  public var line: Int
  public var provenance: String?
  public var confidence: Double?

  public init(relation: String, symbol: String, file: String, line: Int, edge: Edge? = nil) {
    self.relation = relation
    self.symbol = symbol
    self.file = file
    self.line = line
    if let edge, edge.provenance != .syntax || edge.confidence < 1 {
      provenance = edge.provenance.rawValue
      confidence = edge.confidence
    }
  }
}

/// An agent-facing answer: records in priority order, plus what was left out and how to get it.
public struct AgentAnswer: Codable, Sendable {
  public var results: [AgentRecord]
  /// Other content (paths, files involved) that is not a symbol record.
  public var extra: [String: [String]]?
  public var notes: [String]
  /// What the token budget cut, and how to ask for it; nil when nothing was cut.
  public var cut: String?
  public var tokens: Int

  public init(results: [AgentRecord], extra: [String: [String]]? = nil, notes: [String], cut: String?, tokens: Int) {
    self.results = results
    self.extra = extra
    self.notes = notes
    self.cut = cut
    self.tokens = tokens
  }
}
