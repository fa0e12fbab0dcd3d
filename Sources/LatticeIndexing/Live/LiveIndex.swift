import Foundation
import LatticeModel
import LatticeStore
import LatticeWatch

/// Keeps a repository's index current while a process runs (`lattice watch`, `serve --mcp`).
///
/// Exactly one process per repository owns the index (`RepositoryLock`): it catches up with a
/// full run, then applies each batch its file watcher reports. The others only read; they try
/// for the lock every few seconds and take over when the owner exits. While a batch is being
/// applied its paths are listed in `meta.pending_paths`, so answers can say what is not yet
/// re-indexed.
public actor LiveIndex {
  public enum Event: Sendable {
    /// Another process owns the index; this one serves reads and will take over when it exits.
    case waitingForOwner
    case becameOwner
    case caughtUp(IndexSummary)
    /// The file watcher runs and the resolution session is built: edits are applied from now on.
    case watching
    case applied(paths: Int, seconds: Double)
    case warning(String)
    case failed(String)
  }

  private let options: IndexOptions
  private let report: @Sendable (Event) -> Void
  private let retryInterval: Duration
  private var lock: RepositoryLock?
  private var watcher: (any FileWatcher)?
  private var stopped = false

  public init(options: IndexOptions, retryInterval: Duration = .seconds(2), report: @escaping @Sendable (Event) -> Void)
  {
    self.options = options
    self.retryInterval = retryInterval
    self.report = report
  }

  public var isOwner: Bool { lock != nil }

  /// Runs until `stop()`: waits to own the repository, then indexes and watches it.
  public func run() async {
    var announced = false
    while !stopped && !Task.isCancelled {
      if let lock = RepositoryLock.tryAcquire(root: options.root) {
        self.lock = lock
        report(.becameOwner)
        await own()
        return
      }
      if !announced {
        report(.waitingForOwner)
        announced = true
      }
      try? await Task.sleep(for: retryInterval)
    }
  }

  public func stop() async {
    stopped = true
    await watcher?.stop()
    watcher = nil
    lock = nil
  }

  private func own() async {
    let indexer = Indexer(options: options, resident: ResidentResolution())
    do {
      report(.caughtUp(try await indexer.run()))
    } catch {
      report(.failed("indexing \(options.root.path) failed: \(error)"))
    }
    let oracle = IgnoreOracle(root: options.root)
    let watcher: any FileWatcher
    do {
      watcher = try FileWatchers.make(root: options.root, isIgnored: { oracle.isIgnored($0, isDirectory: $1) })
    } catch {
      report(.failed("cannot watch \(options.root.path): \(error); the index will not follow edits"))
      return
    }
    self.watcher = watcher
    for warning in await watcher.status().warnings { report(.warning(warning)) }
    // After the watcher starts, so that an edit made meanwhile waits in its queue.
    do {
      try indexer.prepareResidentSession()
    } catch {
      report(.warning("cannot keep the resolution session (\(error)); each edit will read the index back"))
    }
    report(.watching)
    for await batch in watcher.batches() {
      if stopped { break }
      await apply(batch, indexer: indexer)
    }
  }

  private func apply(_ batch: FileChangeBatch, indexer: Indexer) async {
    let clock = ContinuousClock()
    let start = clock.now
    let paths = batch.paths.filter { !$0.hasPrefix(".lattice/") && $0 != ".lattice" }
    guard !paths.isEmpty || batch.needsRescan else { return }
    do {
      let store = try IndexStore(path: options.databasePath, create: true)
      let pending = String(decoding: try JSONEncoder().encode(paths.sorted()), as: UTF8.self)
      try store.setMeta(["pending_paths": pending])
      // A reported directory (created, moved or deleted whole) stands for every file under it.
      var missing: [String] = []
      var folderExists = false
      for path in paths {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(
          atPath: options.root.appendingPathComponent(path).path, isDirectory: &isDirectory)
        {
          folderExists = folderExists || isDirectory.boolValue
        } else {
          missing.append(path)
        }
      }
      // The stored paths are read only when something vanished: was it a whole folder?
      let wholeFolder =
        try folderExists
        || (!missing.isEmpty
          && store.fileStates().keys.contains { stored in missing.contains { stored.hasPrefix($0 + "/") } })
      _ = try await indexer.run(only: batch.needsRescan || wholeFolder ? nil : paths)
      try store.setMeta(["pending_paths": nil])
      report(.applied(paths: paths.count, seconds: (clock.now - start).seconds))
    } catch {
      report(.failed("re-indexing \(paths.count) changed files failed: \(error)"))
    }
  }
}
