import LatticeModel

/// What a language family's scoping means for binding names (docs/resolution.md).
enum PackageScope {
  /// No implicit sharing: other files' names come through imports only (Python, ECMAScript, Rust).
  case none
  /// Files in one directory share their top-level names (Go packages, Java/Kotlin/Scala/C#/PHP/Dart by convention).
  case directory
  /// Files of one SwiftPM target (`Sources/<Target>/…`) are one module.
  case swiftTarget
  /// One global namespace for the whole project (C linkage, Ruby constants, Lua/R/Julia/Bash globals,
  /// Elixir/Erlang/Haskell/OCaml module names).
  case global
}

extension LanguageFamily {
  var packageScope: PackageScope {
    switch self {
    case .ecmascript, .python, .rust, .text: .none
    case .go, .jvm, .dotnet, .php, .dart: .directory
    case .swift: .swiftTarget
    case .c, .ruby, .lua, .shell, .r, .julia, .elixir, .erlang, .haskell, .ocaml, .zig, .solidity: .global
    }
  }

  /// Whether a bare name inside a method may mean a member of the enclosing type (implicit `this`).
  var hasImplicitSelf: Bool {
    switch self {
    case .jvm, .dotnet, .swift, .c, .ruby, .dart, .solidity, .zig: true
    default: false
    }
  }

  /// Whether a method call on a receiver of unknown type may be bound to the one project method
  /// of that name (provenance `name-match`). Not in Go: every Go receiver has a static type, so an
  /// unknown one is nearly always a standard-library or dependency value (`req.Header.Set`,
  /// `wg.Done()`); on gin 1.8.1, 12 of 247 such guesses were right (docs/accuracy.md).
  var guessesMethodsByName: Bool { self != .go }

  /// Names that stand for the enclosing type itself (`Self::new()`, `-> Self`).
  var selfTypeNames: Set<String> {
    switch self {
    case .rust, .swift: ["Self"]
    case .php: ["self", "static"]
    default: []
    }
  }
}
