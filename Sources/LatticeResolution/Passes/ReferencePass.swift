import LatticeModel

/// `calls`, `instantiates` and `references` edges for every use of a name. A use binds only to
/// exactly one definition; otherwise it is kept as unresolved with its candidates.
enum ReferencePass {
  /// Confidence of an edge bound only because one definition in the project has the name.
  static let nameMatchConfidence = 0.5

  static func run(_ files: [FileFacts], _ index: ProjectIndex, _ binder: Binder, into output: inout PassOutput) {
    for file in files {
      for reference in file.references where reference.kind != .extends && reference.kind != .implements {
        bind(reference, index, binder, into: &output)
      }
    }
  }

  private static func bind(
    _ written: RawReference, _ index: ProjectIndex, _ binder: Binder, into output: inout PassOutput
  ) {
    var reference = written
    reference.fromKey = index.canonical(written.fromKey)
    var denotation = denotation(of: reference, binder, preferTypes: reference.kind == .type)
    if denotation == .notFound, reference.kind == .call, index.facts[reference.file]?.language == .swift {
      denotation = SwiftLabels.denotationLeavingOutDefaults(of: reference, binder) ?? denotation
    }
    var provenance = Provenance.syntax
    if denotation == .untypedReceiver {
      // Bind by name only when one member in the project has it; otherwise keep the candidates.
      let candidates = memberCandidates(reference, index)
      if candidates.count == 1 {
        denotation = .symbol(candidates[0])
        provenance = .nameMatch
      } else {
        denotation = candidates.isEmpty ? .notFound : .ambiguous(candidates)
      }
    }
    guard case .symbol(let target) = denotation else {
      // Reads of names that bind to nothing are locals, parameters or globals, and unshadowed
      // runtime names (`print`, `console.log`) are the runtime's: neither is a project reference.
      if reference.kind != .read, !isRuntimeName(reference, denotation, index) {
        output.unresolved.append(unresolved(reference, denotation, index))
      }
      return
    }
    guard let kind = edgeKind(reference.kind, target) else { return }
    // A route's handler is bound by scope like any name, but the link itself is the framework's.
    if kind == .routes { provenance = .framework }
    func edge(to target: Symbol, _ kind: EdgeKind) -> Edge {
      Edge(
        source: reference.fromKey, target: target.key, kind: kind, file: reference.file, position: reference.position,
        provenance: provenance, confidence: provenance == .nameMatch ? nameMatchConfidence : 1)
    }
    output.edges.append(edge(to: target, kind))
    // A file every build compiles reaches, under other build tags, the twin those builds define.
    if index.facts[reference.file]?.buildConstraint == BuildConstraint.none {
      for twin in binder.buildTwins(of: target) { output.edges.append(edge(to: twin, kind)) }
    }
    // A Swift construction also calls the initializer its labels name.
    if kind == .instantiates, index.facts[reference.file]?.language == .swift,
      let initializer = SwiftLabels.initializer(
        constructing: target, as: reference.name, trailingClosure: reference.trailingClosure, binder)
    {
      output.edges.append(edge(to: initializer, .calls))
    }
  }

  /// What the referenced name denotes, through its receiver when it has one.
  static func denotation(of reference: RawReference, _ binder: Binder, preferTypes: Bool) -> Denotation {
    guard let receiver = reference.receiver else {
      if reference.name == "super", binder.familyOf(reference.file) == .ecmascript,
        let type = binder.index.enclosingType(of: reference.fromKey)
      {
        // `super(…)` runs the base class's constructor (in Python, `super` is a builtin).
        // With no explicit constructor, the implicit one is no symbol: left unresolved.
        guard let base = binder.bases[type.key]?.first,
          let constructor = binder.lookupMember("constructor", in: base)
        else { return .notFound }
        return .symbol(constructor)
      }
      let found = binder.resolveName(
        reference.name, from: reference.fromKey, preferTypes: preferTypes, use: reference)
      // A decorator's route (NestJS `@Get(':id')`) sits in the class body beside its handler method.
      if found == .notFound, reference.kind == .route, let type = binder.index.enclosingType(of: reference.fromKey),
        let member = binder.lookupMember(reference.name, in: type)
      {
        return .symbol(member)
      }
      return found
    }
    switch binder.resolveReceiver(receiver, from: reference.fromKey, use: reference) {
    case .instance(let type), .staticMembers(let type):
      return binder.memberDenotation(reference.name, in: type)
    case .superOf(let type):
      for base in binder.bases[type.key] ?? [] {
        if let member = binder.lookupMember(reference.name, in: base) { return .symbol(member) }
      }
      return .notFound
    case .module(let file):
      return binder.lookupExport(reference.name, in: file, visited: [])
    case .external:
      return .external
    case .unknown:
      return .untypedReceiver
    }
  }

  /// Methods the project defines with the reference's name that a name-match may bind to: methods
  /// of top-level (not function-local) classes and interfaces in the same language family, and
  /// none at all when the name belongs to the runtime's built-in types, the receiver is a runtime
  /// global (`console.log`, `items.push`, `d.get`), or the language never guesses (Go).
  private static func memberCandidates(_ reference: RawReference, _ index: ProjectIndex) -> [Symbol] {
    guard let family = index.facts[reference.file]?.language.family, family.guessesMethodsByName,
      !RuntimeNames.builtinMembers(family).contains(
        family == .swift ? SwiftLabels.split(reference.name).base : reference.name)
    else { return [] }
    let receiverRoot = reference.receiver?.split(separator: ".").first.map(String.init) ?? ""
    if RuntimeNames.globalObjects(family).contains(receiverRoot) { return [] }
    let fromTest = TestPaths.isTest(reference.file)
    return index.definitions(named: reference.name).filter { symbol in
      guard symbol.language.family == family, symbol.kind == .method, let owner = index.parent(of: symbol),
        owner.kind == .class || owner.kind == .interface,
        // A mock in a test file is never what library code calls.
        fromTest || !TestPaths.isTest(symbol.file)
      else { return false }
      return !index.scopeChain(from: owner.key).contains { $0.kind.isCallable }
    }
  }

  private static func isRuntimeName(
    _ reference: RawReference, _ denotation: Denotation, _ index: ProjectIndex
  )
    -> Bool
  {
    guard denotation == .notFound, let family = index.facts[reference.file]?.language.family else { return false }
    guard let receiver = reference.receiver else {
      return RuntimeNames.builtinFunctions(family).contains(reference.name)
    }
    let root = receiver.split(separator: ".").first.map(String.init) ?? receiver
    return RuntimeNames.globalObjects(family).contains(root)
  }

  private static func edgeKind(_ kind: ReferenceKind, _ target: Symbol) -> EdgeKind? {
    switch kind {
    case .call, .instantiate:
      if target.kind == .class { return .instantiates }
      let callable = target.kind.isCallable || [.property, .variable, .constant, .macro].contains(target.kind)
      return callable ? .calls : .references
    case .type, .read: return .references
    case .route: return .routes
    case .extends: return .extends
    case .implements: return .implements
    }
  }

  static func unresolved(
    _ reference: RawReference, _ denotation: Denotation, _ index: ProjectIndex
  ) -> UnresolvedReference {
    switch denotation {
    case .ambiguous(let candidates):
      return UnresolvedReference(
        reference: reference, reason: reference.receiver == nil ? .ambiguous : .unknownReceiver,
        candidates: candidates.map(\.key))
    case .external:
      return UnresolvedReference(reference: reference, reason: .externalModule, candidates: [])
    default:
      let family = index.facts[reference.file]?.language.family
      let candidates = index.definitions(named: reference.name).filter { $0.language.family == family }.map(\.key)
      return UnresolvedReference(reference: reference, reason: .notFound, candidates: candidates)
    }
  }
}
