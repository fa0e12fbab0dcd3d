/// Where syntax cannot see what the program does at run time.
public enum BlindSpotKind: String, Codable, Sendable, CaseIterable, Comparable {
  /// A decorator or annotation that may wrap, register or replace the definition.
  case decorator
  /// Members reached by a computed name: `getattr`, `__getattr__`, `Reflect.get`, `obj[name]()`.
  case reflection
  /// A module chosen at run time: `import(expr)`, `require(expr)`, `importlib.import_module`.
  case dynamicImport = "dynamic_import"
  /// Code built from text: `eval`, `exec`, `new Function`.
  case eval
  /// A generated file (its header says so): edits are overwritten, its source of truth is elsewhere.
  case generated

  public static func < (lhs: BlindSpotKind, rhs: BlindSpotKind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// What the blind spot means for answers, in plain words.
  public var consequence: String {
    switch self {
    case .decorator: "callers may be incomplete: registered or wrapped by a decorator"
    case .reflection: "calls through computed names are not seen"
    case .dynamicImport: "modules imported at run time are not followed"
    case .eval: "code evaluated from text is not indexed"
    case .generated: "generated file: its source of truth is elsewhere"
    }
  }
}

/// One place where syntax cannot see the runtime, attributed to the innermost enclosing symbol.
public struct BlindSpot: Codable, Sendable, Hashable {
  public var kind: BlindSpotKind
  /// The construct as written (`getattr(self, name)`, `@app.route("/")`), collapsed and capped.
  public var detail: String
  public var file: String
  public var line: Int
  public var symbolKey: SymbolKey

  public init(kind: BlindSpotKind, detail: String, file: String, line: Int, symbolKey: SymbolKey) {
    self.kind = kind
    self.detail = detail
    self.file = file
    self.line = line
    self.symbolKey = symbolKey
  }
}
