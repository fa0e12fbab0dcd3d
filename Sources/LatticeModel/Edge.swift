/// The relation an edge states. Raw values appear in the database and JSON.
public enum EdgeKind: String, Codable, Sendable, CaseIterable, Comparable {
  case contains
  case calls
  case instantiates
  case references
  case imports
  case extends
  case implements
  /// A framework route to the handler that serves it (provenance `framework`).
  case routes

  public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// How an edge was derived: the first question to ask before trusting it.
public enum Provenance: String, Codable, Sendable, CaseIterable {
  /// Bound through scopes, imports, `this`/`self`, or a receiver type syntax shows.
  case syntax
  /// Bound because exactly one definition in the project has that name.
  case nameMatch = "name-match"
  /// Synthesized by a framework adapter.
  case framework
  /// Inferred from shape: a Go type whose method set covers an interface's methods implements it.
  case structural
}

/// A resolved relation between two symbols, located at the site that states it.
public struct Edge: Codable, Sendable, Hashable {
  public var source: SymbolKey
  public var target: SymbolKey
  public var kind: EdgeKind
  public var file: String
  public var position: SourcePosition
  public var provenance: Provenance
  /// 0...1: how sure the binding is (1 for syntax-bound, lower for name matches).
  public var confidence: Double

  public init(
    source: SymbolKey, target: SymbolKey, kind: EdgeKind, file: String, position: SourcePosition,
    provenance: Provenance, confidence: Double
  ) {
    self.source = source
    self.target = target
    self.kind = kind
    self.file = file
    self.position = position
    self.provenance = provenance
    self.confidence = confidence
  }
}

extension Edge {
  /// File, position, kind, then keys: the one order edges are stored and shown in.
  public static func siteOrder(_ a: Edge, _ b: Edge) -> Bool {
    (a.file, a.position, a.kind, a.source, a.target) < (b.file, b.position, b.kind, b.source, b.target)
  }
}

/// Why a reference was left unbound.
public enum UnresolvedReason: String, Codable, Sendable {
  /// Several definitions fit and syntax cannot tell which: never guessed.
  case ambiguous
  /// No definition in the project fits (a builtin, a global, an external package).
  case notFound = "not_found"
  /// The import names a module outside the project.
  case externalModule = "external_module"
  /// The receiver's type is unknown and the member name is not unique.
  case unknownReceiver = "unknown_receiver"
}

/// A reference that did not bind to exactly one definition, kept with its candidates.
public struct UnresolvedReference: Codable, Sendable, Hashable {
  public var reference: RawReference
  public var reason: UnresolvedReason
  public var candidates: [SymbolKey]

  public init(reference: RawReference, reason: UnresolvedReason, candidates: [SymbolKey]) {
    self.reference = reference
    self.reason = reason
    self.candidates = candidates
  }
}
