import LatticeModel
import TreeSitterCore
import TreeSitterJavaScript
import TreeSitterPython
import TreeSitterTSX
import TreeSitterTypeScript

/// Which grammar and which query file serve each language, and which file names belong to it.
/// Adding a language: a grammar target in Package.swift, a case here, a query file, fixtures.
public enum LanguageRegistry {
  /// File extensions per language, without the dot. `.d.ts` files are TypeScript.
  static let extensions: [Language: Set<String>] = [
    .typescript: ["ts", "mts", "cts"],
    .tsx: ["tsx"],
    .javascript: ["js", "mjs", "cjs", "jsx"],
    .python: ["py", "pyi"],
  ]

  /// The language of a path, judged by its extension; nil when Lattice does not index it.
  public static func language(forPath path: String) -> Language? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let ext = path[path.index(after: dot)...].lowercased()
    return extensions.first { $0.value.contains(ext) }?.key
  }

  /// The query files that describe a language, in load order: its own file (TSX shares
  /// TypeScript's), then patterns shared by its family (definitions stay first, so pattern order
  /// decides their kinds as written).
  static func queryFileNames(for language: Language) -> [String] {
    switch language {
    case .typescript, .tsx: ["typescript", "ecmascript"]
    case .javascript: ["javascript", "ecmascript"]
    case .python: ["python"]
    }
  }

  static func grammar(for language: Language) -> OpaquePointer {
    let pointer: OpaquePointer? =
      switch language {
      case .typescript: tree_sitter_typescript()
      case .tsx: tree_sitter_tsx()
      case .javascript: tree_sitter_javascript()
      case .python: tree_sitter_python()
      }
    guard let pointer else { fatalError("grammar for \(language) did not load") }
    return pointer
  }

  /// Names bound to the current instance inside methods.
  static func selfNames(for language: Language) -> Set<String> {
    language.family == .python ? ["self", "cls"] : ["this"]
  }
}
