/// A definition found in source. Invariant: `key` is derived from language, file, kind and
/// qualified name only; `parentKey` is nil only for file symbols.
public struct Symbol: Codable, Sendable, Hashable {
  public var key: SymbolKey
  public var name: String
  public var qualifiedName: String
  public var kind: SymbolKind
  public var language: Language
  /// Repository-relative path with `/` separators.
  public var file: String
  public var span: SourceSpan
  /// The declaration head (up to the body), whitespace collapsed.
  public var signature: String
  public var docstring: String?
  public var parentKey: SymbolKey?
  /// Decorators or annotations as written (`@app.route("/")`): runtime behaviour syntax cannot see.
  public var decorators: [String]
  /// Hash of the definition's source text; changes when the body changes.
  public var bodyHash: String
  /// The declared return type of a function or method (the value type of a getter), as written.
  public var returnType: String?

  public init(
    key: SymbolKey, name: String, qualifiedName: String, kind: SymbolKind, language: Language,
    file: String, span: SourceSpan, signature: String, docstring: String? = nil,
    parentKey: SymbolKey?, decorators: [String] = [], bodyHash: String = "", returnType: String? = nil
  ) {
    self.key = key
    self.name = name
    self.qualifiedName = qualifiedName
    self.kind = kind
    self.language = language
    self.file = file
    self.span = span
    self.signature = signature
    self.docstring = docstring
    self.parentKey = parentKey
    self.decorators = decorators
    self.bodyHash = bodyHash
    self.returnType = returnType
  }
}
