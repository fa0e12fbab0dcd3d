/// What a symbol is. Raw values are the stable vocabulary of query captures, the database and JSON.
public enum SymbolKind: String, Codable, Sendable, CaseIterable, Comparable {
  case file
  case module
  case namespace
  case `class`
  case interface
  case type
  case `enum`
  case enumMember = "enum_member"
  case function
  case method
  case constructor
  case property
  case constant
  case variable
  case `import`
  /// A preprocessor macro (`#define`) or a language macro (`defmacro`).
  case macro
  /// A Markdown heading: the section it opens.
  case heading
  /// A framework route (`GET /users/:id`), registered by a call or a decorator.
  case route

  /// Kinds whose body is a call scope (callers and callees are attributed to them).
  public var isCallable: Bool {
    switch self {
    case .function, .method, .constructor: true
    default: false
    }
  }

  /// Kinds that hold members reachable through `this`/`self` and inheritance.
  public var isTypeLike: Bool {
    switch self {
    case .class, .interface, .enum, .type: true
    default: false
    }
  }

  /// A module or namespace: a named scope of definitions that is not a type.
  public var isNamespaceLike: Bool { self == .module || self == .namespace }

  /// Kinds whose members are reached through their name (`Type.member`, `ns.f`, `Mod.fun`): the
  /// owners an `@owner` or a qualified receiver can name.
  public var holdsMembers: Bool { isTypeLike || isNamespaceLike }

  public static func < (lhs: SymbolKind, rhs: SymbolKind) -> Bool { lhs.rawValue < rhs.rawValue }
}
