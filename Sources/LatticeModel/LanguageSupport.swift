/// What Lattice extracts for one language (`lattice languages`), read from its query files.
public struct LanguageSupport: Codable, Sendable, Hashable {
  /// How far support goes, as promised in docs/languages.md.
  public enum Depth: String, Codable, Sendable {
    /// Definitions, calls, instantiations, type references, imports and inheritance, with the
    /// language's own module system resolved.
    case full
    /// Definitions, calls and imports at least.
    case breadth
    /// Indexed as a file (searchable by path); nothing inside.
    case files
  }

  public var language: Language
  public var extensions: [String]
  /// The pinned grammar source; nil for languages indexed as files only.
  public var grammar: String?
  public var grammarABI: Int?
  public var depth: Depth
  public var symbolKinds: [SymbolKind]
  public var edgeKinds: [EdgeKind]
  public var blindSpots: [BlindSpotKind]

  public init(
    language: Language, extensions: [String], grammar: String?, grammarABI: Int?, depth: Depth,
    symbolKinds: [SymbolKind], edgeKinds: [EdgeKind], blindSpots: [BlindSpotKind]
  ) {
    self.language = language
    self.extensions = extensions
    self.grammar = grammar
    self.grammarABI = grammarABI
    self.depth = depth
    self.symbolKinds = symbolKinds
    self.edgeKinds = edgeKinds
    self.blindSpots = blindSpots
  }

  enum CodingKeys: String, CodingKey {
    case language, extensions, grammar, depth
    case grammarABI = "grammar_abi"
    case symbolKinds = "symbol_kinds"
    case edgeKinds = "edge_kinds"
    case blindSpots = "blind_spots"
  }
}
