import LatticeModel
import TreeSitterCore
import TreeSitterGrammars

/// Which grammar and which query file serve each language, and which file names belong to it.
/// Adding a language: docs/adding-a-language.md.
public enum LanguageRegistry {
  /// File extensions per language, without the dot, lower-cased. `.d.ts` files are TypeScript;
  /// `.h` is C here, and discovery makes it C++ or Objective-C by the sources beside it.
  static let extensions: [Language: Set<String>] = [
    .typescript: ["ts", "mts", "cts"],
    .tsx: ["tsx"],
    .javascript: ["js", "mjs", "cjs", "jsx"],
    .python: ["py", "pyi"],
    .go: ["go"],
    .rust: ["rs"],
    .java: ["java"],
    .kotlin: ["kt", "kts"],
    .scala: ["scala", "sc"],
    .c: ["c", "h"],
    .cpp: ["cc", "cpp", "cxx", "c++", "hpp", "hh", "hxx", "h++", "ipp", "tpp"],
    .objc: ["m"],
    .csharp: ["cs"],
    .swift: ["swift"],
    .ruby: ["rb", "rake", "gemspec"],
    .php: ["php"],
    .lua: ["lua"],
    .bash: ["sh", "bash"],
    .dart: ["dart"],
    .elixir: ["ex", "exs"],
    .zig: ["zig"],
    .haskell: ["hs"],
    .ocaml: ["ml"],
    .r: ["r"],
    .julia: ["jl"],
    .erlang: ["erl", "hrl"],
    .solidity: ["sol"],
    .markdown: ["md", "markdown"],
    .json: ["json"],
    .yaml: ["yaml", "yml"],
    .toml: ["toml"],
  ]

  /// Extension → language, built once.
  private static let byExtension: [String: Language] = Dictionary(
    extensions.flatMap { language, names in names.map { ($0, language) } }, uniquingKeysWith: { a, _ in a })

  /// The language of a path, judged by its extension; nil when Lattice does not index it.
  public static func language(forPath path: String) -> Language? {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    return byExtension[path[path.index(after: dot)...].lowercased()]
  }

  /// The extensions of a language, sorted (for `lattice languages`).
  public static func fileExtensions(of language: Language) -> [String] {
    (extensions[language] ?? []).sorted()
  }

  /// The query files that describe a language, in load order: its own file (TSX shares
  /// TypeScript's), then patterns shared by its family (definitions stay first, so pattern order
  /// decides their kinds as written). Empty for languages indexed as files only.
  static func queryFileNames(for language: Language) -> [String] {
    switch language {
    case .typescript, .tsx: ["typescript", "ecmascript"]
    case .javascript: ["javascript", "ecmascript"]
    case .json, .yaml, .toml: []
    default: [language.rawValue]
    }
  }

  /// The grammar of a language; nil for languages indexed as files only.
  static func grammar(for language: Language) -> OpaquePointer? {
    switch language {
    case .typescript: tree_sitter_typescript()
    case .tsx: tree_sitter_tsx()
    case .javascript: tree_sitter_javascript()
    case .python: tree_sitter_python()
    case .go: tree_sitter_go()
    case .rust: tree_sitter_rust()
    case .java: tree_sitter_java()
    case .kotlin: tree_sitter_kotlin()
    case .scala: tree_sitter_scala()
    case .c: tree_sitter_c()
    case .cpp: tree_sitter_cpp()
    case .objc: tree_sitter_objc()
    case .csharp: tree_sitter_c_sharp()
    case .swift: tree_sitter_swift()
    case .ruby: tree_sitter_ruby()
    case .php: tree_sitter_php()
    case .lua: tree_sitter_lua()
    case .bash: tree_sitter_bash()
    case .dart: tree_sitter_dart()
    case .elixir: tree_sitter_elixir()
    case .zig: tree_sitter_zig()
    case .haskell: tree_sitter_haskell()
    case .ocaml: tree_sitter_ocaml()
    case .r: tree_sitter_r()
    case .julia: tree_sitter_julia()
    case .erlang: tree_sitter_erlang()
    case .solidity: tree_sitter_solidity()
    case .markdown: tree_sitter_markdown()
    case .json, .yaml, .toml: nil
    }
  }

  /// The grammar's source, as pinned (for `lattice languages`).
  public static func grammarSource(of language: Language) -> String? {
    switch language {
    case .json, .yaml, .toml: nil
    case .csharp: "tree-sitter-c-sharp 0.23.1"
    default: "tree-sitter-language-pack 0.13.0 (\(language == .tsx ? "tsx" : language.rawValue))"
    }
  }

  /// The ABI version the grammar was generated with.
  public static func grammarABI(of language: Language) -> Int? {
    grammar(for: language).map { Int(ts_language_abi_version($0)) }
  }
}
