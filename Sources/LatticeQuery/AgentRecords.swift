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

  enum CodingKeys: String, CodingKey {
    case symbol, kind, file, line, signature, doc, snippet, related, notes
  }

  /// Empty lists and absent fields are left out: every byte is paid for in the agent's context.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(symbol, forKey: .symbol)
    try container.encode(kind, forKey: .kind)
    try container.encode(file, forKey: .file)
    try container.encode(line, forKey: .line)
    try container.encode(signature, forKey: .signature)
    try container.encodeIfPresent(doc, forKey: .doc)
    try container.encodeIfPresent(snippet, forKey: .snippet)
    if !related.isEmpty { try container.encode(related, forKey: .related) }
    if let notes, !notes.isEmpty { try container.encode(notes, forKey: .notes) }
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    symbol = try container.decode(String.self, forKey: .symbol)
    kind = try container.decode(String.self, forKey: .kind)
    file = try container.decode(String.self, forKey: .file)
    line = try container.decode(Int.self, forKey: .line)
    signature = try container.decode(String.self, forKey: .signature)
    doc = try container.decodeIfPresent(String.self, forKey: .doc)
    snippet = try container.decodeIfPresent(String.self, forKey: .snippet)
    related = try container.decodeIfPresent([Related].self, forKey: .related) ?? []
    notes = try container.decodeIfPresent([String].self, forKey: .notes)
  }

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

  /// `tokens` is counted here, over the whole encoded answer (records, notes and the cut sentence).
  init(results: [AgentRecord], extra: [String: [String]]? = nil, notes: [String], cut: String?) {
    self.results = results
    self.extra = extra
    self.notes = notes
    self.cut = cut
    tokens = 0
    tokens = TokenBudget.estimate(self)
  }
}
