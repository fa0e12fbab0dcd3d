import LatticeModel

/// A Swift call is named by its argument labels (`AssertParse(_:_:)`), a definition by all of its
/// parameters' (`AssertParse(_:_:file:line:closure:)`). A call may leave out parameters that have
/// default values and pass the last closure after the parentheses, so when no definition has the
/// call's exact name, the definitions whose labels contain the call's labels in order are tried,
/// through the same lookup (scope, members, package). Exactly one such definition binds; several are
/// reported as ambiguous. Defaults are not read from the declarations (`docs/languages.md`), so a
/// leftover parameter is assumed to be defaulted.
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
    switch found.count {
    case 0: return nil
    case 1: return .symbol(found[0])
    default: return .ambiguous(found.sorted { $0.key < $1.key })
    }
  }

  /// The initializer a construction runs: `User(name: "a")` → `User.init(name:)`, by the call's
  /// labels (or the one initializer whose labels contain them); nil when there is none to name
  /// (an implicit memberwise initializer is no symbol) or several fit.
  static func initializer(constructing type: Symbol, as callName: String, _ binder: Binder) -> Symbol? {
    let labels = split(callName).labels
    let exact = labels.isEmpty ? "init" : "init(\(labels.map { "\($0):" }.joined()))"
    if let found = binder.lookupMember(exact, in: type), found.kind == .constructor { return found }
    let fitting = binder.index.allChildren(of: type.key).filter { member in
      let (base, memberLabels) = split(member.name)
      return member.kind == .constructor && base == "init" && isSubsequence(labels, of: memberLabels)
    }
    return fitting.count == 1 ? fitting[0] : nil
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
