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
    guard let scope else {
      var result = session.resolve(files)
      result.edges += session.projectWide.edges
      result.unresolved += session.projectWide.unresolved
      result.sortBySite()
      return result
    }
    return session.resolve(files.filter { scope.contains($0.path) }, scope: scope)
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
  public private(set) var projectWide: ResolutionResult

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
    contributions = InheritancePass.run(index, binder, into: &output)
    inheritance = output
    StructuralPass.run(index, binder, into: &output)
    projectWide = ResolutionResult(sorting: output)
  }

  /// What the inheritance pass found, in file path order: kept to run it again for a few files.
  private var contributions: [InheritancePass.Contribution]
  private var inheritance: PassOutput

  /// Replaces the definitions of files the session holds (the same paths, edited; definitions,
  /// imports, exports, bases and the type bindings outside functions, as `init` takes them), for
  /// an edit `ResolutionScope` scopes: it adds, removes or changes no type. The structural pass runs
  /// again whole; the scope's resolution equals one by a session built from the new definitions
  /// (`ResidentSessionTests`).
  ///
  /// Bases are found again only for the files of `scope` (the edit's files and those that mention a
  /// name it changed): as for every other reference, the plan found no other file whose names bind
  /// differently. Each of them sees the bases of the files before it, as in a whole pass.
  public func replace(_ definitions: [FileFacts], scope: Set<String>) {
    binder.replace(definitions)
    let index = binder.index
    var byFile = Dictionary(grouping: contributions.filter { !scope.contains($0.file) }, by: \.file)
    var output = PassOutput()
    output.edges = inheritance.edges.filter { !scope.contains($0.file) }
    output.unresolved = inheritance.unresolved.filter { !scope.contains($0.reference.file) }
    func inOrder(before limit: String?) -> [InheritancePass.Contribution] {
      byFile.keys.sorted().filter { file in limit.map { file < $0 } ?? true }.flatMap { byFile[$0]! }
    }
    for path in scope.filter({ index.facts[$0] != nil }).sorted() {
      binder.bases = InheritancePass.bases(inOrder(before: path), index)
      byFile[path] = InheritancePass.run(paths: [path], index, binder, into: &output)
    }
    contributions = inOrder(before: nil)
    binder.bases = InheritancePass.bases(contributions, index)
    inheritance = output
    StructuralPass.run(index, binder, into: &output)
    projectWide = ResolutionResult(sorting: output)
  }

  /// What a scoped resolution keeps: what was found in `files` (full facts of the scope's files),
  /// and the project-wide results of the scope's files plus every structural edge.
  public func resolve(_ files: [FileFacts], scope: Set<String>) -> ResolutionResult {
    var result = resolve(files)
    result.edges += projectWide.edges.filter { $0.provenance == .structural || scope.contains($0.file) }
    result.unresolved += projectWide.unresolved.filter { scope.contains($0.reference.file) }
    result.sortBySite()
    return result
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
