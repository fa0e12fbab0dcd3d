import LatticeModel

/// Extracts `FileFacts` from source text. Thread-safe: compiled queries are shared, each call
/// creates its own parser.
public final class Extractor: Sendable {
  private let queries: [Language: CompiledQuery]

  /// Compiles every language's query file; fails when one is missing or uses an unknown capture.
  public init() throws {
    var queries: [Language: CompiledQuery] = [:]
    for language in Language.allCases {
      queries[language] = try CompiledQuery(language: language)
    }
    self.queries = queries
  }

  public func extract(path: String, language: Language, source: [UInt8]) -> FileFacts {
    let output = SyntaxParser.parse(source, language: language, query: queries[language]!)
    let mapper = CaptureMapper(path: path, language: language, source: source)
    return mapper.facts(from: output.matches, errorCount: output.errorCount)
  }
}
