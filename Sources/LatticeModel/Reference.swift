/// How a name is used at a reference site, as the query captured it.
public enum ReferenceKind: String, Codable, Sendable, CaseIterable {
  case call
  case instantiate
  case type
  case extends
  case implements
  case read
  /// A route's handler, as a framework registration names it.
  case route
}

/// A use of a name found by extraction, not yet bound to a definition. Extraction of one file
/// knows nothing about other files; binding happens in Resolution.
public struct RawReference: Codable, Sendable, Hashable {
  /// The innermost definition enclosing the use (the file symbol at top level).
  public var fromKey: SymbolKey
  public var name: String
  /// The object the name is reached through, as written (`this`, `self.repo`, `ns`), if any.
  public var receiver: String?
  public var kind: ReferenceKind
  public var file: String
  public var position: SourcePosition
  /// Byte offset of the name, to test which anonymous function scopes contain the use.
  public var byteOffset: Int
  /// A Swift call that passes a closure after its parentheses (`f(a) { … }`): the closure fills a
  /// parameter its labels do not name.
  public var trailingClosure = false

  public init(
    fromKey: SymbolKey, name: String, receiver: String?, kind: ReferenceKind, file: String,
    position: SourcePosition, byteOffset: Int = 0
  ) {
    self.fromKey = fromKey
    self.name = name
    self.receiver = receiver
    self.kind = kind
    self.file = file
    self.position = position
    self.byteOffset = byteOffset
  }
}
