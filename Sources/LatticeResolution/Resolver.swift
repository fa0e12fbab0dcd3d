import LatticeModel

/// What resolution produced: every edge, and every reference it would not bind.
public struct ResolutionResult: Sendable {
  public var edges: [Edge]
  public var unresolved: [UnresolvedReference]
}

/// Turns every file's facts into the project's edges. A change in one file can rebind references
/// in any other, so the graph is recomputed from the stored facts: whole, or for the files a
/// `ResolutionScope` plan names.
public enum Resolver {
  /// The passes, in order. Containment needs nothing; imports need module resolution;
  /// inheritance must precede references, because `this.m()` may bind to an inherited `m`.
  ///
  /// `scope`: keep only what was found in these files (every file's definitions and bases must
  /// still be in `files`; other files' references may be left out), plus every structural edge,
  /// which depends on all types at once.
  public static func resolve(
    _ files: [FileFacts], aliases: [ModuleAliases], scope: Set<String>? = nil
  )
    -> ResolutionResult
  {
    let index = ProjectIndex(files, scope: scope)
    let paths = index.filePaths
    var resolvers: [LanguageFamily: any ModuleResolver] = [
      .ecmascript: ECMAScriptModuleResolver(files: paths, aliases: aliases.filter { $0.scheme == nil }),
      .python: PythonModuleResolver(files: paths),
    ]
    let families = Set(index.facts.values.map(\.language.family))
    for family in families where resolvers[family] == nil && family != .text {
      resolvers[family] = PathModuleResolver(family: family, files: paths, aliases: aliases) {
        index.facts[$0]?.language
      }
    }
    let binder = Binder(index: index, resolvers: resolvers)
    var output = PassOutput()
    ContainmentPass.run(index, into: &output)
    ImportPass.run(index, binder, into: &output)
    InheritancePass.run(index, binder, into: &output)
    StructuralPass.run(index, binder, into: &output)
    ReferencePass.run(index, binder, into: &output)
    if let scope {
      output.edges.removeAll { $0.provenance != .structural && !scope.contains($0.file) }
      output.unresolved.removeAll { !scope.contains($0.reference.file) }
    }
    return ResolutionResult(
      edges: output.edges.sorted(by: Edge.siteOrder),
      unresolved: output.unresolved.sorted {
        ($0.reference.file, $0.reference.position, $0.reference.name) < (
          $1.reference.file, $1.reference.position, $1.reference.name
        )
      })
  }
}

/// Accumulates the passes' results.
struct PassOutput {
  var edges: [Edge] = []
  var unresolved: [UnresolvedReference] = []
}
