import LatticeModel

/// `extends`/`implements` edges, and each type's resolved bases for member lookup.
enum InheritancePass {
  static func run(_ index: ProjectIndex, _ binder: Binder, into output: inout PassOutput) {
    for path in index.facts.keys.sorted() {
      for written in index.facts[path]!.references where written.kind == .extends || written.kind == .implements {
        var reference = written
        reference.fromKey = index.canonical(written.fromKey)
        let denotation = ReferencePass.denotation(of: reference, binder, preferTypes: true)
        guard case .symbol(let base) = denotation else {
          output.unresolved.append(ReferencePass.unresolved(reference, denotation, index))
          continue
        }
        // The reference's enclosing symbol is the class being declared; when it is not a type,
        // the declaration is an anonymous class expression (`class extends Base {}`), no symbol.
        guard let owner = index.symbol(reference.fromKey), owner.kind.isTypeLike else { continue }
        binder.bases[owner.key, default: []].append(base)
        output.edges.append(
          Edge(
            source: owner.key, target: base.key, kind: reference.kind == .extends ? .extends : .implements,
            file: reference.file, position: reference.position, provenance: .syntax, confidence: 1))
      }
    }
  }
}
