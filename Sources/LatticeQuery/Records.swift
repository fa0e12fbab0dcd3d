import LatticeModel

/// A symbol as every query answer shows it (docs/json.md). Field names are part of the JSON contract.
public struct SymbolRecord: Codable, Sendable, Hashable {
  public var key: String
  public var name: String
  public var qualifiedName: String
  public var kind: String
  public var language: String
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var signature: String

  enum CodingKeys: String, CodingKey {
    case key, name, kind, language, file, line, column, signature
    case qualifiedName = "qualified_name"
    case endLine = "end_line"
  }

  public init(_ symbol: Symbol) {
    key = symbol.key.rawValue
    name = symbol.name
    qualifiedName = symbol.qualifiedName
    kind = symbol.kind.rawValue
    language = symbol.language.rawValue
    file = symbol.file
    line = symbol.span.start.line
    column = symbol.span.start.column
    endLine = symbol.span.end.line
    signature = symbol.signature
  }
}

/// One site of a relation: where it is stated, the symbol at the other end, and how sure we are.
public struct SiteRecord: Codable, Sendable, Hashable {
  /// The enclosing caller (callers, refs; nil at top level) or the callee (callees).
  public var symbol: SymbolRecord?
  public var file: String
  public var line: Int
  public var column: Int
  public var kind: String
  public var provenance: String
  public var confidence: Double
  /// Key of the asked-about symbol this row belongs to (several when the name was ambiguous).
  public var target: String

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    // `symbol` is always present in JSON, null at top level, so consumers need not guess.
    try container.encode(symbol, forKey: .symbol)
    try container.encode(file, forKey: .file)
    try container.encode(line, forKey: .line)
    try container.encode(column, forKey: .column)
    try container.encode(kind, forKey: .kind)
    try container.encode(provenance, forKey: .provenance)
    try container.encode(confidence, forKey: .confidence)
    try container.encode(target, forKey: .target)
  }
}

/// Answer of `callers`, `callees` and `refs`.
public struct SitesAnswer: Codable, Sendable {
  public var targets: [SymbolRecord]
  public var results: [SiteRecord]
  public var truncated: Bool
  /// Why the list may be incomplete (decorators, reflection, syntax errors…), in plain words.
  public var warnings: [String]
}

/// Answer of `definition`, `implementations` and `query`.
public struct SymbolsAnswer: Codable, Sendable {
  public var results: [SymbolRecord]
  public var truncated: Bool
}

/// Answer of `node`: one symbol with its neighbourhood.
public struct NodeAnswer: Codable, Sendable {
  public var symbol: SymbolRecord
  public var docstring: String?
  public var decorators: [String]
  public var parent: SymbolRecord?
  public var members: [SymbolRecord]
  public var callerCount: Int
  public var calleeCount: Int
  public var referenceCount: Int
  /// Framework routes served by this symbol (`GET /users/:id`).
  public var routes: [String]
  /// Why relations may be incomplete (blind spots, syntax errors), in plain words.
  public var blindSpots: [String]
  public var source: String?

  enum CodingKeys: String, CodingKey {
    case symbol, docstring, decorators, parent, members, source, routes
    case blindSpots = "blind_spots"
    case callerCount = "caller_count"
    case calleeCount = "callee_count"
    case referenceCount = "reference_count"
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(symbol, forKey: .symbol)
    try container.encode(docstring, forKey: .docstring)
    try container.encode(decorators, forKey: .decorators)
    try container.encode(parent, forKey: .parent)
    try container.encode(members, forKey: .members)
    try container.encode(callerCount, forKey: .callerCount)
    try container.encode(calleeCount, forKey: .calleeCount)
    try container.encode(referenceCount, forKey: .referenceCount)
    try container.encode(routes, forKey: .routes)
    try container.encode(blindSpots, forKey: .blindSpots)
    try container.encodeIfPresent(source, forKey: .source)
  }
}
