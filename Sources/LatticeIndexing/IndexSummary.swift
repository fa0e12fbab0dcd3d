import LatticeModel

/// What one `lattice index` run did.
/// `symbols`, `edges`, `unresolved` and `skipped` count the whole index, except after a watcher's
/// batch of paths (`Indexer.run(only:)`), which does not count them (they stay 0).
public struct IndexSummary: Codable, Sendable {
  public var root: String
  public var filesDiscovered = 0
  public var filesParsed = 0
  public var filesUnchanged = 0
  public var filesRemoved = 0
  public var filesWithSyntaxErrors = 0
  public var skipped: [String: Int] = [:]
  public var symbols = 0
  public var edges = 0
  public var unresolved = 0
  public var resolved = false
  /// Files whose references were resolved: all of them, or an edit's files and their dependents.
  public var resolvedFiles = 0
  /// The edit was resolved with the session a long-lived indexer kept (`ResidentResolution`):
  /// no definition was read back.
  public var keptSession = false
  public var seconds = 0.0
  /// Wall seconds per phase: discover, compile_queries, parse_and_write, plan_resolution, load_facts,
  /// resolve, store_graph.
  public var phaseSeconds: [String: Double] = [:]

  init(root: String) { self.root = root }
}

/// Progress of a run, reported at most a few times a second.
public struct IndexProgress: Sendable {
  /// `parsing` while files are parsed (done/total count files), then `resolving`.
  public var phase = "parsing"
  public var done: Int
  public var total: Int
  public var elapsed: Double
}
