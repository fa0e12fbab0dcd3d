import Foundation
import LatticeModel

/// Compiled queries, kept for the life of the process: a long-running watcher or MCP server compiles a
/// language's query once, not on every save (Swift's takes over a second).
final class QueryCache: @unchecked Sendable {
  static let shared = QueryCache()
  private let lock = NSLock()
  private var compiled: [Language: CompiledQuery] = [:]

  func query(for language: Language) throws -> CompiledQuery {
    lock.lock()
    defer { lock.unlock() }
    if let query = compiled[language] { return query }
    let query = try CompiledQuery(language: language)
    compiled[language] = query
    return query
  }
}

/// Extracts `FileFacts` from source text. Thread-safe: compiled queries are shared, each call
/// creates its own parser.
public final class Extractor: Sendable {
  private let queries: [Language: CompiledQuery]

  /// Compiles the query files of `languages` (all by default); fails when one is missing or
  /// uses an unknown capture. Compiling is the costly part, so index runs name only the
  /// languages they found.
  public init(languages: Set<Language> = Set(Language.allCases)) throws {
    var queries: [Language: CompiledQuery] = [:]
    for language in languages.sorted() where LanguageRegistry.grammar(for: language) != nil {
      queries[language] = try QueryCache.shared.query(for: language)
    }
    self.queries = queries
  }

  /// Identifies what extraction produces: a hash of every query file and of `codeVersion`. When it
  /// differs from the one an index was built with, every file must be extracted again.
  public static let fingerprint: String = ContentHash.of(
    "\(codeVersion)\u{0}"
      + EmbeddedQueries.files.sorted { $0.key < $1.key }.map { "\($0.key)\n\($0.value)" }.joined(separator: "\u{0}"))

  /// Raised when the Swift side of extraction records something new (2: Go build constraints; 3:
  /// Swift trailing closures; 4: untyped local bindings, a read covered by another reference dropped;
  /// 5: C-family macros recovered from a broken parse; 6: reads of earlier-declared locals dropped).
  static let codeVersion = 6

  /// An extractor for one language from query text, for tests of the capture vocabulary.
  init(language: Language, querySource: String) throws {
    queries = [language: try CompiledQuery(language: language, source: querySource, fileName: "test")]
  }

  /// Extracts one file. `language` must be one this extractor was created for.
  public func extract(path: String, language: Language, source: [UInt8]) -> FileFacts {
    let mapper = CaptureMapper(path: path, language: language, source: source)
    // Configuration and data files are indexed as files: their path is searchable, nothing inside.
    guard LanguageRegistry.grammar(for: language) != nil else { return mapper.facts(from: [], errorCount: 0) }
    guard let query = queries[language] else { preconditionFailure("extractor has no query for \(language)") }
    let output = SyntaxParser.parse(source, language: language, query: query)
    var facts = mapper.facts(from: output.matches, errorCount: output.errorCount)
    if language == .go { facts.buildConstraint = GoBuildConstraint.constraint(of: source) }
    if output.errorCount > 0, PreprocessorRecovery.languages.contains(language),
      PreprocessorRecovery.mayHaveLostDefines(
        source, found: Set(facts.symbols.filter { $0.kind == .macro }.map(\.name))),
      let defines = PreprocessorRecovery.defineLinesOnly(source)
    {
      let again = SyntaxParser.parse(defines, language: language, query: query)
      var known = Set(facts.symbols.map(\.key))
      let recovered = mapper.definitions(from: again.matches).filter {
        $0.kind == .macro && known.insert($0.key).inserted
      }
      facts.symbols += recovered
    }
    return facts
  }
}
