import LatticeModel

/// A Swift call is named by its argument labels (`AssertParse(_:_:)`), a definition by all of its
/// parameters' (`AssertParse(_:_:file:line:closure:)`). A call may leave out parameters that have
/// default values and pass the last closure after the parentheses, so when no definition has the
/// call's exact name, the definitions whose labels contain the call's labels in order are tried,
/// through the same lookup (scope, members, package), and kept when the call passes every parameter
/// the declaration has no default for (`SwiftParameter`, read from the signature; the trailing
/// closure fills the first closure parameter after the labels). Exactly one such definition binds;
/// several are reported as ambiguous. A signature that cannot be read keeps its definition.
enum SwiftLabels {
  static func denotationLeavingOutDefaults(of reference: RawReference, _ binder: Binder) -> Denotation? {
    let (base, labels) = split(reference.name)
    let candidates = (binder.index.labelledNames[base] ?? []).filter { name in
      name != reference.name && isSubsequence(labels, of: split(name).labels)
    }
    guard !candidates.isEmpty else { return nil }
    var found: [Symbol] = []
    for name in candidates {
      var attempt = reference
      attempt.name = name
      if case .symbol(let symbol) = ReferencePass.denotation(of: attempt, binder, preferTypes: false),
        !found.contains(symbol)
      {
        found.append(symbol)
      }
    }
    found = fitting(found, labels: labels, trailingClosure: reference.trailingClosure)
    switch found.count {
    case 0: return nil
    case 1: return .symbol(found[0])
    default: return .ambiguous(found.sorted { $0.key < $1.key })
    }
  }

  /// The initializer a construction runs: `User(name: "a")` → `User.init(name:)`, by the call's
  /// labels (or the one initializer whose labels contain them); nil when there is none to name
  /// (an implicit memberwise initializer is no symbol) or several fit.
  static func initializer(
    constructing type: Symbol, as callName: String, trailingClosure: Bool, _ binder: Binder
  ) -> Symbol? {
    let labels = split(callName).labels
    let exact = labels.isEmpty ? "init" : "init(\(labels.map { "\($0):" }.joined()))"
    if let found = binder.lookupMember(exact, in: type), found.kind == .constructor { return found }
    let candidates = binder.index.allChildren(of: type.key).filter { member in
      let (base, memberLabels) = split(member.name)
      return member.kind == .constructor && base == "init" && isSubsequence(labels, of: memberLabels)
    }
    let fits = Self.fitting(candidates, labels: labels, trailingClosure: trailingClosure)
    return fits.count == 1 ? fits[0] : nil
  }

  /// The definitions a call can reach by its parameters' defaults; all of them when none can (a
  /// signature read wrongly must not lose an answer the labels alone give).
  private static func fitting(_ definitions: [Symbol], labels: [String], trailingClosure: Bool) -> [Symbol] {
    let fits = definitions.filter { definition in
      guard let read = SwiftParameter.parse(definition.signature, base: split(definition.name).base) else {
        return true
      }
      return SwiftParameter.fits(
        labels: labels, trailingClosure: trailingClosure, read.parameters, complete: read.complete)
    }
    return fits.isEmpty ? definitions : fits
  }

  /// `f(a:_:)` → (`f`, [`a`, `_`]); a name without labels (`f { … }`, a trailing closure alone) has none.
  static func split(_ name: String) -> (base: String, labels: [String]) {
    guard let open = name.firstIndex(of: "("), name.last == ")" else { return (name, []) }
    let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
    return (String(name[..<open]), inside.split(separator: ":").map(String.init))
  }

  private static func isSubsequence(_ labels: [String], of all: [String]) -> Bool {
    var rest = all[...]
    for label in labels {
      guard let index = rest.firstIndex(of: label) else { return false }
      rest = rest[rest.index(after: index)...]
    }
    return true
  }
}
