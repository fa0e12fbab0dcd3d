import Foundation
import LatticeExtraction

/// An expectation written in a fixture's source as a trailing comment (Tests/Fixtures/README.md):
/// `// @calls Greeter.greet`, `# @instantiates User`, `// @def method Cat.speak`, `# @unresolved speak`.
struct FixtureMarker: Hashable, CustomStringConvertible {
  enum Kind: String, CaseIterable {
    case calls, instantiates, extends, implements, references, imports, unresolved, def, route, blindspot
  }

  var kind: Kind
  var file: String
  var line: Int
  /// Target qualified name (optionally `path#qualified.name`), unresolved name, or defined qualified name.
  var target: String
  /// For `@def`: the symbol kind.
  var symbolKind: String?

  var description: String {
    "\(file):\(line) @\(kind.rawValue) \(symbolKind.map { "\($0) " } ?? "")\(target)"
  }

  /// Reads every marker of every source file under a fixture root.
  static func read(fixture root: URL) throws -> [FixtureMarker] {
    var markers: [FixtureMarker] = []
    let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    // Markdown files are documentation (README, NOTES) except in the Markdown fixture, where only
    // heading lines carry markers.
    let markdownFixture = root.lastPathComponent == "markdown"
    for file in files.sorted() where LanguageRegistry.language(forPath: file) != nil {
      let isMarkdown = LanguageRegistry.language(forPath: file) == .markdown
      if isMarkdown && !markdownFixture { continue }
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      where !isMarkdown || line.hasPrefix("#") {
        markers += parse(line: String(line), file: file, number: index + 1)
      }
    }
    return markers
  }

  static func parse(line: String, file: String, number: Int) -> [FixtureMarker] {
    let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
    var markers: [FixtureMarker] = []
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      guard word.hasPrefix("@"), let kind = Kind(rawValue: String(word.dropFirst())), index < words.count else {
        continue
      }
      if kind == .route {
        // `@route METHOD PATH HANDLER` (`-` for an inline handler): target is `METHOD PATH`.
        guard index + 2 < words.count else { continue }
        markers.append(
          FixtureMarker(
            kind: kind, file: file, line: number, target: "\(words[index]) \(words[index + 1])",
            symbolKind: words[index + 2]))
        index += 3
      } else if kind == .def {
        guard index + 1 < words.count else { continue }
        markers.append(
          FixtureMarker(kind: kind, file: file, line: number, target: clean(words[index + 1]), symbolKind: words[index])
        )
        index += 2
      } else {
        markers.append(
          FixtureMarker(kind: kind, file: file, line: number, target: clean(words[index]), symbolKind: nil))
        index += 1
      }
    }
    return markers
  }

  /// Splits `path/file.ts#Qualified.name` into path and name; a `#` inside a name (`Greeter.#fallback`,
  /// a private member) is not a separator, because what precedes it is not a file path.
  static func splitTarget(_ target: String) -> [String] {
    guard let hash = target.firstIndex(of: "#") else { return [target] }
    let path = target[..<hash]
    let isPath = LanguageRegistry.language(forPath: String(path)) != nil
    return isPath ? [String(path), String(target[target.index(after: hash)...])] : [target]
  }

  /// Drops comment closers that may follow a marker (`*/`, `}` in JSX comments).
  private static func clean(_ word: String) -> String {
    var text = word
    for suffix in ["*/}", "*/", "}", "-->"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
    return text
  }
}
