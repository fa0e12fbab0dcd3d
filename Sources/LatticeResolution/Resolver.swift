import LatticeModel

/// What resolution produced: every edge, and every reference it would not bind.
public struct ResolutionResult: Sendable {
  public var edges: [Edge]
  public var unresolved: [UnresolvedReference]

  public init(edges: [Edge] = [], unresolved: [UnresolvedReference] = []) {
    self.edges = edges
    self.unresolved = unresolved
  }

  /// Sorted by site: the order they are written in.
  fileprivate init(sorting output: PassOutput) {
    self.init(edges: output.edges, unresolved: output.unresolved)
    sortBySite()
  }

  fileprivate mutating func sortBySite() {
    edges.sort(by: Edge.siteOrder)
    unresolved.sort {
      ($0.reference.file, $0.reference.position, $0.reference.name) < (
        $1.reference.file, $1.reference.position, $1.reference.name
      )
    }
  }
}

/// Turns every file's facts into the project's edges. A change in one file can rebind references
/// in any other, so the graph is recomputed from the stored facts: whole, or for the files a
/// `ResolutionScope` plan names.
public enum Resolver {
  /// Resolves `files` at once. `scope`: keep only what was found in these files (every file's
  /// definitions and bases must still be in `files`; other files' references may be left out),
  /// plus every structural edge, which depends on all types at once.
  public static func resolve(
    _ files: [FileFacts], aliases: [ModuleAliases], scope: Set<String>? = nil
  )
    -> ResolutionResult
  {
    let session = ResolutionSession(files, aliases: aliases)
    let wanted = scope.map { scope in files.filter { scope.contains($0.path) } } ?? files
    var result = session.resolve(wanted)
    var projectWide = session.projectWide
    if let scope {
      projectWide.edges.removeAll { $0.provenance != .structural && !scope.contains($0.file) }
      projectWide.unresolved.removeAll { !scope.contains($0.reference.file) }
    }
    result.edges += projectWide.edges
    result.unresolved += projectWide.unresolved
    result.sortBySite()
    return result
  }
}

/// Resolution of a project a few files at a time, so that only the definitions of every file and
/// the references of the files at hand are in memory: built from every file's definitions,
/// imports, exports, type bindings outside functions and bases (`extends`/`implements`
/// references), which is what binding any file's names reads; then `resolve(_:)` takes the full
/// facts of some files.
public final class ResolutionSession {
  private let binder: Binder
  /// The edges and unresolved bases that need every file at once: inheritance (which member lookup
  /// anywhere needs first) and Go's structural `implements`.
  public let projectWide: ResolutionResult

  public init(_ definitions: [FileFacts], aliases: [ModuleAliases]) {
    let index = ProjectIndex(definitions)
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
    binder = Binder(index: index, resolvers: resolvers)
    var output = PassOutput()
    InheritancePass.run(index, binder, into: &output)
    StructuralPass.run(index, binder, into: &output)
    projectWide = ResolutionResult(sorting: output)
  }

  /// The containment, import and reference edges found in `files` (full facts, references
  /// included), and the references there it would not bind. Bases are in `projectWide`.
  public func resolve(_ files: [FileFacts]) -> ResolutionResult {
    binder.index.attachOwners(of: files)
    let sorted = files.sorted { $0.path < $1.path }
    binder.index.resolvingLocals(of: sorted)
    var output = PassOutput()
    ContainmentPass.run(sorted, binder.index, into: &output)
    ImportPass.run(sorted, binder.index, binder, into: &output)
    ReferencePass.run(sorted, binder.index, binder, into: &output)
    return ResolutionResult(sorting: output)
  }
}

/// Accumulates the passes' results.
struct PassOutput {
  var edges: [Edge] = []
  var unresolved: [UnresolvedReference] = []
}
