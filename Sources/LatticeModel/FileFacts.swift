/// How well a file parsed.
public enum ParseStatus: String, Codable, Sendable {
  /// No syntax errors.
  case ok
  /// Syntax errors; the facts hold what tree-sitter could still see around them.
  case partial
  /// Not parsed; see the skip reason.
  case skipped
}

/// Why a discovered file was not indexed.
public enum SkipReason: String, Codable, Sendable, CaseIterable {
  case binary
  case tooLarge = "too_large"
  case minified
  case notUTF8 = "not_utf8"
  case unreadable
  case symlinkLoop = "symlink_loop"
}

/// Everything extraction learned about one file, with no knowledge of other files.
public struct FileFacts: Codable, Sendable {
  public var path: String
  public var language: Language
  public var status: ParseStatus
  public var syntaxErrorCount: Int
  public var symbols: [Symbol]
  public var references: [RawReference]
  public var imports: [ImportBinding]
  public var exports: [ExportBinding]
  public var typeBindings: [TypeBinding]
  public var blindSpots: [BlindSpot] = []
  /// Which builds compile the file (a Go `//go:build` line).
  public var buildConstraint = BuildConstraint.none
  /// Compiled only under non-default build settings (a Go `//go:build` line false in the default
  /// configuration): its definitions give way to same-named ones of the default build.
  public var excludedFromDefaultBuild: Bool { buildConstraint == .excludesDefault }

  public init(
    path: String, language: Language, status: ParseStatus, syntaxErrorCount: Int = 0,
    symbols: [Symbol] = [], references: [RawReference] = [], imports: [ImportBinding] = [],
    exports: [ExportBinding] = [], typeBindings: [TypeBinding] = []
  ) {
    self.path = path
    self.language = language
    self.status = status
    self.syntaxErrorCount = syntaxErrorCount
    self.symbols = symbols
    self.references = references
    self.imports = imports
    self.exports = exports
    self.typeBindings = typeBindings
  }
}

/// Which builds compile a file. The raw values are what the index stores.
public enum BuildConstraint: Int, Codable, Sendable {
  /// No constraint: every build compiles the file.
  case none = 0
  /// A constraint the default configuration does not satisfy (`//go:build nomsgpack`).
  case excludesDefault = 1
  /// A constraint the default configuration satisfies (`//go:build !nomsgpack`): other builds leave
  /// the file out, and often compile a twin defining the same names instead.
  case includesDefault = 2
}
