import LatticeModel

/// What a name or an expression denotes, as far as syntax can tell.
enum Denotation: Equatable {
  case symbol(Symbol)
  /// A whole module (a namespace import), by file path.
  case module(String)
  /// Several definitions fit; never guessed.
  case ambiguous([Symbol])
  /// A module outside the project.
  case external
  /// A member reached through a receiver whose type syntax does not show.
  case untypedReceiver
  case notFound
}

/// What a receiver expression (`this`, `x`, `ns`, `this.repo`) holds.
enum ReceiverValue: Equatable {
  /// An instance of the class: members (and inherited ones) are reachable.
  case instance(Symbol)
  /// The class itself (`Foo.create()`), or a namespace.
  case staticMembers(Symbol)
  /// `super`: members are looked up in the bases only.
  case superOf(Symbol)
  case module(String)
  case external
  case unknown
}
