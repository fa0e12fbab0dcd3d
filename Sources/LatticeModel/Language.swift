/// A source language Lattice can index. The raw value is stored in the database and appears in JSON.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
  case typescript
  case tsx
  case javascript
  case python

  /// Languages that share one module system: an import in one may bind a definition in another.
  public var family: LanguageFamily {
    switch self {
    case .typescript, .tsx, .javascript: .ecmascript
    case .python: .python
    }
  }

  public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Languages whose files import one another (TypeScript imports JavaScript and vice versa).
public enum LanguageFamily: String, Codable, Sendable {
  case ecmascript
  case python
}
