/// A symbol's stable identity: language, file, kind and qualified name, plus `~N` for the N-th
/// same-named definition (overloads). It never contains a line number, so edits above a symbol
/// keep its key, and anything anchored to it (edges, memory) survives re-indexing.
public struct SymbolKey: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }

  public init(language: Language, file: String, kind: SymbolKind, qualifiedName: String, ordinal: Int = 1) {
    let suffix = ordinal > 1 ? "~\(ordinal)" : ""
    rawValue = "\(language.rawValue):\(file)#\(kind.rawValue):\(qualifiedName)\(suffix)"
  }

  /// The key of the symbol that stands for a whole file.
  public static func file(_ path: String, language: Language) -> SymbolKey {
    SymbolKey(language: language, file: path, kind: .file, qualifiedName: "")
  }

  public var description: String { rawValue }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public static func < (lhs: SymbolKey, rhs: SymbolKey) -> Bool { lhs.rawValue < rhs.rawValue }
}
