import LatticeModel

/// `extends`/`implements` edges, and each type's resolved bases for member lookup.
enum InheritancePass {
  /// A base that a file's `extends`/`implements` reference gave a type.
  struct Contribution {
    var file: String
    var owner: SymbolKey
    var base: Symbol
  }

  /// Every file's bases, in file path order; each one found is appended to `binder.bases` at once,
  /// so a later reference sees the bases of the files before it.
  @discardableResult
  static func run(_ index: ProjectIndex, _ binder: Binder, into output: inout PassOutput) -> [Contribution] {
    run(paths: index.facts.keys.sorted(), index, binder, into: &output)
  }

  /// The bases of just these files (in path order).
  static func run(
    paths: [String], _ index: ProjectIndex, _ binder: Binder, into output: inout PassOutput
  ) -> [Contribution] {
    var contributions: [Contribution] = []
    for path in paths {
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
        contributions.append(Contribution(file: path, owner: owner.key, base: base))
        output.edges.append(
          Edge(
            source: owner.key, target: base.key, kind: reference.kind == .extends ? .extends : .implements,
            file: reference.file, position: reference.position, provenance: .syntax, confidence: 1))
      }
    }
    return contributions
  }

  /// `binder.bases` as the contributions (in file path order) make it, with each base's current
  /// definition (an edit moves it).
  static func bases(_ contributions: [Contribution], _ index: ProjectIndex) -> [SymbolKey: [Symbol]] {
    var bases: [SymbolKey: [Symbol]] = [:]
    for contribution in contributions {
      bases[contribution.owner, default: []].append(index.symbol(contribution.base.key) ?? contribution.base)
    }
    return bases
  }
}
