import Foundation
import LatticeExtraction
import LatticeModel
import LatticeResolution
import LatticeStore

/// Options of an index run.
public struct IndexOptions: Sendable {
  public var root: URL
  public var maxFileSize: Int
  /// Parse tasks in flight; defaults to the active core count.
  public var parallelism: Int
  /// Files resolved together in a whole-graph resolution: bounds the references and edges held
  /// in memory at once (every file's definitions are held throughout).
  public var resolutionChunkFiles: Int

  public init(root: URL, maxFileSize: Int? = nil, parallelism: Int? = nil, resolutionChunkFiles: Int = 1000) {
    self.root = root.standardizedFileURL
    self.resolutionChunkFiles = max(1, resolutionChunkFiles)
    self.maxFileSize = maxFileSize ?? SourceFileReader.defaultMaxFileSize
    self.parallelism = max(1, parallelism ?? ProcessInfo.processInfo.activeProcessorCount)
  }

  public var databasePath: String { root.appendingPathComponent(".lattice/index.db").path }
}

/// Builds and updates a repository's index: discover, parse changed files in parallel, write
/// them in batches through the single writer, then resolve the graph: the edited files and their
/// dependents, or the whole graph a chunk of files at a time.
///
/// Crash safety: every batch is one transaction, and `meta.index_state` stays `in_progress`
/// until resolution commits, so a killed run leaves a readable database that the next run
/// repairs (it re-resolves even when no file changed).
public struct Indexer: Sendable {
  public let options: IndexOptions
  /// A write transaction takes at most this many files, and stops taking more once it holds this
  /// many rows: a few generated headers can hold millions of `#define`s, and a transaction's size
  /// is the write-ahead log's size.
  static let batchSize = 200
  static let batchRows = 25_000

  /// A long-lived indexer's resolution session, kept between runs (nil: every run builds its own).
  public let resident: ResidentResolution?

  public init(options: IndexOptions, resident: ResidentResolution? = nil) {
    self.options = options
    self.resident = resident
  }

  /// Brings the index up to date. `only`: the repository-relative paths known to have changed (a
  /// watcher's batch); nil walks the whole tree. A changed tsconfig/jsconfig, or an index that was
  /// never completed, always gets the whole walk.
  public func run(
    only changedPaths: Set<String>? = nil, progress: (@Sendable (IndexProgress) -> Void)? = nil
  )
    async throws -> IndexSummary
  {
    let clock = ContinuousClock()
    let start = clock.now
    var summary = IndexSummary(root: options.root.path)
    let store = try IndexStore(path: options.databasePath, create: true)
    let wasInterrupted = try store.meta("index_state") == "in_progress"
    var session = resident?.session(for: try store.meta("facts_generation"))
    try store.setMeta(["index_state": "in_progress"])

    var phaseStart = clock.now
    func endPhase(_ name: String) {
      summary.phaseSeconds[name] = ((clock.now - phaseStart).seconds * 1000).rounded() / 1000
      phaseStart = clock.now
    }
    let storedAliases = try Self.storedAliases(store)
    let partial = changedPaths.flatMap { paths -> Set<String>? in
      // Module aliases and ignore rules come from whole-tree files: a change to one re-walks the tree.
      let touchesConfig = paths.contains {
        let name = RepoPath.fileName(of: $0)
        return FileDiscovery.moduleConfigNames.contains(name) || name == ".gitignore"
      }
      return touchesConfig || wasInterrupted || storedAliases == nil ? nil : paths
    }
    let discovery =
      partial.map { FileDiscovery.inspect($0, root: options.root) } ?? FileDiscovery.walk(root: options.root)
    summary.filesDiscovered = discovery.files.count
    let stored = try store.fileStates(of: partial)
    let present = Set(discovery.files.map(\.path))
    // A partial run can only remove the paths it was told about.
    let candidates = partial.map { Array($0) } ?? Array(stored.keys)
    let removed = candidates.filter { stored[$0] != nil && !present.contains($0) }.sorted()
    try store.removeFiles(removed)
    summary.filesRemoved = removed.count

    // New query files extract different facts from the same bytes: everything is parsed again.
    let extractionChanged = try store.meta("extraction_fingerprint") != Extractor.fingerprint
    let changed = discovery.files.filter { file in
      guard !extractionChanged, let old = stored[file.path] else { return true }
      return old.size != file.size || old.mtime != file.mtime
    }
    endPhase("discover")
    // Compiling queries is costly: only for the languages of files that must be parsed.
    let extractor = try Extractor(languages: Set(changed.compactMap(\.language)))
    endPhase("compile_queries")
    summary.filesUnchanged = discovery.files.count - changed.count
    // A few edited files of a complete index may need only part of the graph resolved again: keep
    // their old facts to compare, and the search index in step as they are written.
    let sameResolver = try store.meta("resolver_build") == Self.buildIdentity
    let mayScope =
      sameResolver && !wasInterrupted && !extractionChanged && removed.isEmpty && changed.count <= Self.maxScopedFiles
      && changed.allSatisfy { stored[$0.path].map { $0.status != .skipped } ?? false }
    let oldFacts = mayScope ? try store.loadFacts(of: Set(changed.map(\.path))) : []
    let parsed = try await parse(
      changed, stored: extractionChanged ? [:] : stored, extractor: extractor, store: store, keepingFacts: mayScope,
      summary: &summary, progress: progress)
    endPhase("parse_and_write")

    let aliases =
      partial == nil ? ModuleConfigReader.read(discovery.moduleConfigs, root: options.root) : storedAliases ?? []
    let aliasesJSON = String(decoding: try JSONEncoder.sorted.encode(aliases), as: UTF8.self)
    let aliasesHash = ContentHash.of(aliasesJSON)
    let aliasesChanged = try store.meta("module_aliases_hash") != aliasesHash
    // A different build of Lattice may resolve differently: its first run re-resolves the stored facts.
    if parsed.wroteFacts || !removed.isEmpty || wasInterrupted || aliasesChanged || !sameResolver {
      progress?(IndexProgress(phase: "resolving", done: 0, total: 0, elapsed: (clock.now - start).seconds))
      let reparsed = Set(parsed.facts.map(\.path))
      let scope =
        mayScope && !aliasesChanged && parsed.skipped.isEmpty
        ? try resolutionScope(
          old: oldFacts.filter { reparsed.contains($0.path) }, new: parsed.facts, store: store,
          fileCount: discovery.files.count) : nil
      endPhase("plan_resolution")
      if let scope {
        let result: ResolutionResult
        if let session {
          // A kept session: the edited files' definitions replace their old ones, and only the
          // other files of the scope are read back.
          let dependents = try store.loadFacts(of: scope.subtracting(reparsed))
          endPhase("load_facts")
          session.replace(parsed.facts.map(IndexStore.definitionLevel), scope: scope)
          result = session.resolve(dependents + parsed.facts, scope: scope)
          summary.keptSession = true
        } else {
          // Files parsed in this run are still in memory; only the others are read back.
          let facts = try store.loadFacts(excluding: reparsed, referencesOf: scope) + parsed.facts
          endPhase("load_facts")
          if resident != nil {
            let built = ResolutionSession(facts.map(IndexStore.definitionLevel), aliases: aliases)
            result = built.resolve(facts.filter { scope.contains($0.path) }, scope: scope)
            session = built
          } else {
            result = Resolver.resolve(facts, aliases: aliases, scope: scope)
          }
        }
        endPhase("resolve")
        // Structural edges follow Go method sets, which only an edit of Go files changes.
        try store.replaceGraph(
          edges: result.edges, unresolved: result.unresolved, scope: scope,
          replacingStructural: parsed.facts.contains { $0.language == .go })
        endPhase("store_graph")
        summary.resolvedFiles = scope.count
      } else {
        (summary.resolvedFiles, session) = try resolveWhole(store: store, aliases: aliases, endPhase: endPhase)
      }
      summary.resolved = true
    }
    // Counting scans the graph (a tenth of a second on Django): a watcher's batch is not counted.
    if changedPaths == nil {
      let stats = try store.statistics()
      summary.symbols = stats.symbols
      summary.edges = stats.edgesByKind.filter { $0.key != EdgeKind.contains.rawValue }.values.reduce(0, +)
      summary.unresolved = stats.unresolvedByReason.values.reduce(0, +)
      summary.skipped = stats.skippedByReason
    }
    summary.seconds = (clock.now - start).seconds
    let generation = UUID().uuidString
    try store.setMeta([
      "index_state": "complete", "facts_generation": generation, "module_aliases_hash": aliasesHash,
      "module_aliases": aliasesJSON,
      "extraction_fingerprint": Extractor.fingerprint, "resolver_build": Self.buildIdentity,
      "indexed_at": ISO8601DateFormatter().string(from: Date()), "schema_version": IndexStore.schemaVersion,
    ])
    try store.checkpoint()
    resident?.keep(session, generation: generation)
    return summary
  }

  /// Builds the kept session now when there is none (the run that caught up resolved nothing), and
  /// compiles the queries of the languages indexed (the C query takes 1.7 s), so that the first
  /// edit pays for neither.
  public func prepareResidentSession() throws {
    guard let resident else { return }
    let store = try IndexStore(path: options.databasePath, create: false)
    _ = try Extractor(languages: try store.parsedLanguages())
    // Read first: a run that writes meanwhile leaves another generation, and the session is dropped.
    let generation = try store.meta("facts_generation")
    guard !resident.holdsSession(for: generation), try store.meta("index_state") == "complete" else { return }
    let aliases = try Self.storedAliases(store) ?? []
    resident.keep(ResolutionSession(try store.loadFacts(referencesOf: []), aliases: aliases), generation: generation)
  }

  /// The module aliases the last complete run found (nil: none recorded).
  private static func storedAliases(_ store: IndexStore) throws -> [ModuleAliases]? {
    try store.meta("module_aliases").flatMap { try? JSONDecoder().decode([ModuleAliases].self, from: Data($0.utf8)) }
  }

  /// Resolves the whole graph from the stored facts and replaces it (`IndexStore.beginGraphRebuild`),
  /// a chunk of files at a time so that memory holds every definition but only one chunk's
  /// references and edges. Returns how many files were resolved, and the session for a
  /// long-lived indexer to keep.
  private func resolveWhole(
    store: IndexStore, aliases: [ModuleAliases], endPhase: (String) -> Void
  ) throws -> (Int, ResolutionSession?) {
    let chunkSize = options.resolutionChunkFiles
    let single = try store.parsedFileCount() <= chunkSize
    // Every file's definitions and bases; all references too when they make a single chunk.
    var definitions = single ? try store.loadFacts() : try store.loadFacts(referencesOf: [])
    let paths = definitions.map(\.path)
    endPhase("load_facts")
    let session = ResolutionSession(definitions, aliases: aliases)
    try store.beginGraphRebuild()
    try store.appendToGraphRebuild(edges: session.projectWide.edges, unresolved: session.projectWide.unresolved)
    if single {
      let result = session.resolve(definitions)
      try store.appendToGraphRebuild(edges: result.edges, unresolved: result.unresolved)
    } else {
      definitions = []
      for start in stride(from: 0, to: paths.count, by: chunkSize) {
        let chunk = try store.loadFacts(of: Set(paths[start..<min(start + chunkSize, paths.count)]))
        let result = session.resolve(chunk)
        try store.appendToGraphRebuild(edges: result.edges, unresolved: result.unresolved)
      }
    }
    endPhase("resolve")
    try store.commitGraphRebuild()
    endPhase("store_graph")
    return (paths.count, resident == nil ? nil : session)
  }

  /// At most this many changed files are resolved with their dependents only.
  static let maxScopedFiles = 64

  /// The files to resolve again after an edit: the edited ones and those mentioning a name whose
  /// definition changed. Nil (resolve everything) when the plan says so, or when the dependents are
  /// a large part of the project anyway.
  private func resolutionScope(
    old: [FileFacts], new: [FileFacts], store: IndexStore, fileCount: Int
  ) throws
    -> Set<String>?
  {
    guard case .dependents(let names, let definitions) = ResolutionScope.plan(old: old, new: new) else { return nil }
    let scope = Set(try store.filesMentioning(names, orLinkingTo: definitions)).union(new.map(\.path))
    return scope.count <= max(Self.maxScopedFiles, fileCount / 4) ? scope : nil
  }

  /// Identifies the running build (the executable's size and modification time): cheap to read, and
  /// different after any rebuild or upgrade, which may change how names resolve.
  static let buildIdentity: String = {
    let path =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "unknown" }
    let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size):\(Int64(modified))"
  }()

  /// What the parse phase wrote: whether any stored facts changed (a file whose bytes did not
  /// change only has its mtime refreshed), and the facts of the files it parsed when a scoped
  /// resolution may need them (otherwise they are read back a few files at a time).
  struct ParseOutcome {
    var wroteFacts: Bool
    var facts: [FileFacts]
    /// Files that were parsed before and are skipped now (binary, too large, unreadable).
    var skipped: [String]
  }

  /// Parses changed files on all cores and writes them in batches. `keepingFacts`: a few files of a
  /// complete index changed, so their facts are kept for planning a scoped resolution and the search
  /// index is updated as they are written; otherwise the whole-graph rebuild rebuilds it.
  private func parse(
    _ files: [DiscoveredFile], stored: [String: StoredFileState], extractor: Extractor, store: IndexStore,
    keepingFacts: Bool, summary: inout IndexSummary, progress: (@Sendable (IndexProgress) -> Void)?
  ) async throws -> ParseOutcome {
    let root = options.root
    let maxSize = options.maxFileSize
    let clock = ContinuousClock()
    let start = clock.now
    var pending: [FileUpdate] = []
    var pendingRows = 0
    var touched: [(path: String, size: Int, mtime: Double)] = []
    var wrote = false
    var parsedFacts: [FileFacts] = []
    var skipped: [String] = []
    var done = 0
    var lastReport = start

    func flush() throws {
      if !pending.isEmpty {
        try store.write(pending, updatingSearch: keepingFacts)
        wrote = true
        pending.removeAll(keepingCapacity: true)
        pendingRows = 0
      }
      if !touched.isEmpty {
        try store.touch(touched)
        touched.removeAll()
      }
    }

    try await withThrowingTaskGroup(of: (DiscoveredFile, FileUpdate?).self) { group in
      var next = 0
      func submit() {
        guard next < files.count else { return }
        let file = files[next]
        let previousHash = stored[file.path]?.contentHash
        next += 1
        group.addTask {
          try Task.checkCancellation()
          return (
            file, Self.process(file, root: root, maxSize: maxSize, previousHash: previousHash, extractor: extractor)
          )
        }
      }
      for _ in 0..<options.parallelism { submit() }
      while let (file, update) = try await group.next() {
        submit()
        done += 1
        if let update {
          pending.append(update)
          switch update.content {
          case .facts(let facts):
            pendingRows += facts.symbols.count + facts.references.count + facts.typeBindings.count + facts.imports.count
            summary.filesParsed += 1
            if keepingFacts { parsedFacts.append(facts) }
            if facts.status == .partial { summary.filesWithSyntaxErrors += 1 }
          case .skipped: skipped.append(update.path)
          }
        } else {
          touched.append((file.path, file.size, file.mtime))
        }
        if pending.count >= Self.batchSize || pendingRows >= Self.batchRows { try flush() }
        if let progress, (clock.now - lastReport) > .milliseconds(100) {
          lastReport = clock.now
          progress(IndexProgress(done: done, total: files.count, elapsed: (clock.now - start).seconds))
        }
      }
    }
    try flush()
    progress?(IndexProgress(done: done, total: files.count, elapsed: (clock.now - start).seconds))
    return ParseOutcome(wroteFacts: wrote, facts: parsedFacts, skipped: skipped)
  }

  /// Reads and extracts one file; nil when its content hash is unchanged.
  private static func process(
    _ file: DiscoveredFile, root: URL, maxSize: Int, previousHash: String?, extractor: Extractor
  ) -> FileUpdate? {
    func update(_ hash: String, _ content: FileUpdate.Content) -> FileUpdate {
      FileUpdate(path: file.path, size: file.size, mtime: file.mtime, contentHash: hash, content: content)
    }
    switch SourceFileReader.read(file, root: root, maxFileSize: maxSize) {
    case .skipped(let reason, let hash):
      return update(hash, .skipped(reason, language: file.language))
    case .source(let bytes, let hash):
      if hash == previousHash { return nil }
      let facts = extractor.extract(path: file.path, language: file.language!, source: bytes)
      return update(hash, .facts(facts))
    }
  }
}

extension Duration {
  var seconds: Double {
    let (whole, attoseconds) = components
    return Double(whole) + Double(attoseconds) / 1e18
  }
}

extension JSONEncoder {
  static var sorted: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }
}
