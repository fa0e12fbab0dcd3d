/// A source language Lattice can index. The raw value is stored in the database and appears in JSON.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
  case typescript
  case tsx
  case javascript
  case python
  case go
  case rust
  case java
  case kotlin
  case scala
  case c
  case cpp
  case objc
  case csharp
  case swift
  case ruby
  case php
  case lua
  case bash
  case dart
  case elixir
  case zig
  case haskell
  case ocaml
  case r
  case julia
  case erlang
  case solidity
  case markdown
  /// Configuration and data files: indexed as files (searchable by path), with no symbols inside.
  case json
  case yaml
  case toml

  /// Languages that share one module system: an import in one may bind a definition in another.
  public var family: LanguageFamily {
    switch self {
    case .typescript, .tsx, .javascript: .ecmascript
    case .python: .python
    case .go: .go
    case .rust: .rust
    case .java, .kotlin, .scala: .jvm
    case .c, .cpp, .objc: .c
    case .csharp: .dotnet
    case .swift: .swift
    case .ruby: .ruby
    case .php: .php
    case .lua: .lua
    case .bash: .shell
    case .dart: .dart
    case .elixir: .elixir
    case .zig: .zig
    case .haskell: .haskell
    case .ocaml: .ocaml
    case .r: .r
    case .julia: .julia
    case .erlang: .erlang
    case .solidity: .solidity
    case .markdown, .json, .yaml, .toml: .text
    }
  }

  /// Names bound to the current instance inside methods.
  public var selfNames: Set<String> {
    switch self {
    case .python: ["self", "cls"]
    case .rust, .swift, .ruby, .objc, .lua: ["self"]
    case .php: ["$this"]
    case .go, .c, .elixir, .erlang, .haskell, .ocaml, .r, .julia, .bash, .zig, .markdown, .json, .yaml, .toml: []
    default: ["this"]
    }
  }

  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Languages whose files import one another (TypeScript imports JavaScript; Kotlin calls Java).
public enum LanguageFamily: String, Codable, Sendable, CaseIterable {
  case ecmascript, python, go, rust, jvm, c, dotnet, swift, ruby, php, lua, shell, dart, elixir, zig, haskell
  case ocaml, r, julia, erlang, solidity
  /// Documentation and configuration: no code references.
  case text
}
