import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `lstat` says about one directory entry: enough to notice a change without reading the file.
///
/// A rewrite that keeps size, inode, mtime and ctime identical (same nanosecond, or a filesystem with coarse
/// timestamps) is invisible to polling; inotify does not have this limit.
struct EntrySignature: Sendable, Equatable {
  enum Kind: Sendable, Equatable { case file, directory, symlink, other }
  var kind: Kind
  var size: Int64
  var inode: UInt64
  var modified: Int64
  var changed: Int64

  /// Equal for polling purposes. A directory's own size and times change whenever its entries do, which
  /// the directory's own scan or watch already reports; only a different inode (replaced) counts.
  func sameForPolling(_ other: EntrySignature) -> Bool {
    if kind == .directory && other.kind == .directory { return inode == other.inode }
    return self == other
  }
}

enum DirectoryReader {
  /// `lstat` of `path`: symlinks are described, never followed.
  static func signature(atPath path: String) -> EntrySignature? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    let kind: EntrySignature.Kind =
      switch info.st_mode & S_IFMT {
      case S_IFREG: .file
      case S_IFDIR: .directory
      case S_IFLNK: .symlink
      default: .other
      }
    #if os(Linux)
      let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
      let changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
    #else
      let modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
      let changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
    #endif
    return EntrySignature(
      kind: kind, size: Int64(info.st_size), inode: UInt64(info.st_ino), modified: modified, changed: changed)
  }

  /// Entries of the directory at `path` by name, or nil when it is gone, not a real directory (a symlink
  /// counts as not one) or unreadable. Entries that vanish between listing and `lstat` are left out.
  static func entries(atPath path: String) -> [String: EntrySignature]? {
    guard signature(atPath: path)?.kind == .directory,
      let names = try? FileManager.default.contentsOfDirectory(atPath: path)
    else { return nil }
    var result: [String: EntrySignature] = [:]
    result.reserveCapacity(names.count)
    for name in names {
      if let entry = signature(atPath: path + "/" + name) { result[name] = entry }
    }
    return result
  }
}

/// Root-relative path helpers ("" is the root itself).
enum RelativePath {
  static func join(_ directory: String, _ name: String) -> String {
    directory.isEmpty ? name : directory + "/" + name
  }

  /// Whether `path` is `directory` or lies under it.
  static func isInside(_ path: String, _ directory: String) -> Bool {
    directory.isEmpty || path == directory || path.hasPrefix(directory + "/")
  }
}

/// What happened when a directory was offered to a kernel watch backend.
enum WatchAttempt: Sendable, Equatable {
  case watched
  /// The backend has no watches at all (pure polling): poll, without a limit warning.
  case unsupported
  /// No room: `limit` is the number to report in the warning.
  case noRoom(limit: Int)
  /// The directory disappeared (or became a non-directory) before it could be watched.
  case vanished
  case failed(String)
}

/// Kernel-side directory watches: inotify on Linux, `NoWatches` for pure polling.
protocol DirectoryWatchBackend: Sendable {
  var watchCount: Int { get }
  func isWatching(_ relativePath: String) -> Bool
  mutating func watch(_ relativePath: String, absolutePath: String) -> WatchAttempt
  /// Drops the watches of `relativePath` and of every directory under it.
  mutating func unwatchSubtree(_ relativePath: String)
}

struct NoWatches: DirectoryWatchBackend {
  var watchCount: Int { 0 }
  func isWatching(_ relativePath: String) -> Bool { false }
  mutating func watch(_ relativePath: String, absolutePath: String) -> WatchAttempt { .unsupported }
  mutating func unwatchSubtree(_ relativePath: String) {}
}

/// Which directories of the tree are covered, and how: by the backend's watches or by polling.
///
/// Invariants: a directory is watched or polled, never both; `polled` holds at most `maxPolledDirectories`
/// entries, each mapped to the listing last seen (the baseline of the next poll); ignored directories and
/// symlinked directories are never covered or walked. Shared by `InotifyWatcher` (its fallback) and
/// `PollingWatcher` (everything), so both report changes the same way.
struct TreeTracker<Backend: DirectoryWatchBackend>: Sendable {
  let rootPath: String
  let isIgnored: @Sendable (String, Bool) -> Bool
  let maxPolledDirectories: Int
  let pollInterval: Duration
  var backend: Backend
  private(set) var polled: [String: [String: EntrySignature]] = [:]
  /// Set when a watch first failed for lack of room; the number is the limit reported in the warning.
  private(set) var watchLimitReached: Int?
  /// Directories found beyond both the watch limit and the polling cap (a running count).
  private(set) var uncoveredDirectories = 0
  private var notes: [String]
  private var droppedNotes = 0
  private static var maxNotes: Int { 20 }

  init(
    rootPath: String, isIgnored: @escaping @Sendable (String, Bool) -> Bool, backend: Backend,
    pollInterval: Duration, maxPolledDirectories: Int = FileWatchers.maxPolledDirectories, warnings: [String] = []
  ) {
    self.rootPath = rootPath
    self.isIgnored = isIgnored
    self.backend = backend
    self.pollInterval = pollInterval
    self.maxPolledDirectories = max(maxPolledDirectories, 0)
    self.notes = warnings
  }

  func absolutePath(_ relativePath: String) -> String {
    if relativePath.isEmpty { return rootPath }
    return rootPath == "/" ? "/" + relativePath : rootPath + "/" + relativePath
  }

  var isCoveringRoot: Bool { backend.isWatching("") || polled[""] != nil }

  /// A warning for `status()`; bounded, so a flood of unreadable directories cannot grow memory.
  mutating func note(_ warning: String) {
    if notes.contains(warning) { return }
    if notes.count < Self.maxNotes { notes.append(warning) } else { droppedNotes += 1 }
  }

  /// Covers `relativePath` and every non-ignored real directory under it: watch when the backend has room,
  /// else poll, else count it as uncovered. A directory is watched *before* it is listed, so an entry created
  /// meanwhile is either in the listing or produces an event.
  ///
  /// - Parameter report: return every non-ignored entry found (files and directories): a directory that
  ///   appeared while running may already hold files created before its watch existed.
  /// - Returns: the entries found (empty unless `report`) and whether some directory could not be covered.
  mutating func cover(_ relativePath: String, report: Bool) -> (paths: Set<String>, incomplete: Bool) {
    var found = Set<String>()
    var incomplete = false
    var stack = [relativePath]
    while let directory = stack.popLast() {
      let absolute = absolutePath(directory)
      guard let coverage = attach(directory, absolutePath: absolute) else { continue }
      if coverage == .uncovered { incomplete = true }
      guard let entries = DirectoryReader.entries(atPath: absolute) else {
        polled[directory] = nil
        continue
      }
      if coverage == .polled { polled[directory] = entries }
      for (name, entry) in entries {
        let child = RelativePath.join(directory, name)
        let isDirectory = entry.kind == .directory
        if isIgnored(child, isDirectory) { continue }
        if report { found.insert(child) }
        if isDirectory { stack.append(child) }
      }
    }
    return (found, incomplete)
  }

  private enum Coverage { case watched, polled, uncovered }

  /// How `directory` is covered after trying a watch, then polling; nil when it vanished.
  private mutating func attach(_ directory: String, absolutePath: String) -> Coverage? {
    if backend.isWatching(directory) { return .watched }
    if polled[directory] != nil { return .polled }
    switch backend.watch(directory, absolutePath: absolutePath) {
    case .watched: return .watched
    case .vanished: return nil
    case .unsupported: break
    case .noRoom(let limit): if watchLimitReached == nil { watchLimitReached = limit }
    case .failed(let reason): note(reason)
    }
    if polled.count < maxPolledDirectories {
      polled[directory] = [:]
      return .polled
    }
    uncoveredDirectories += 1
    return .uncovered
  }

  /// Forgets `relativePath` and everything under it (it moved away): watches are removed too, because a
  /// moved directory's watch keeps reporting under its old name. O(covered directories).
  mutating func forgetSubtree(_ relativePath: String) {
    backend.unwatchSubtree(relativePath)
    polled = polled.filter { !RelativePath.isInside($0.key, relativePath) }
  }

  /// Forgets one deleted polled directory (its deleted subdirectories drop out on their own next scan).
  mutating func forgetPolled(_ relativePath: String) {
    polled[relativePath] = nil
  }

  /// Scans every polled directory once against its baseline. New directories are covered (and their
  /// contents reported); directories that vanished are reported and dropped.
  mutating func poll() -> (paths: Set<String>, incomplete: Bool) {
    var found = Set<String>()
    var incomplete = false
    for directory in polled.keys.sorted() {
      guard let before = polled[directory] else { continue }  // dropped earlier in this scan
      guard let after = DirectoryReader.entries(atPath: absolutePath(directory)) else {
        polled[directory] = nil
        if directory.isEmpty { incomplete = true } else { found.insert(directory) }
        continue
      }
      polled[directory] = after
      for name in Set(before.keys).union(after.keys) {
        let old = before[name]
        let new = after[name]
        if let old, let new, old.sameForPolling(new) { continue }
        let child = RelativePath.join(directory, name)
        let wasDirectory = old?.kind == .directory
        let isDirectory = new?.kind == .directory
        if isIgnored(child, new.map { _ in isDirectory } ?? wasDirectory) { continue }
        found.insert(child)
        if wasDirectory { forgetSubtree(child) }
        if isDirectory {
          let covered = cover(child, report: true)
          found.formUnion(covered.paths)
          incomplete = incomplete || covered.incomplete
        }
      }
    }
    return (found, incomplete)
  }

  func status() -> WatchStatus {
    var warnings: [String] = []
    let seconds = Double(pollInterval.components.seconds) + Double(pollInterval.components.attoseconds) / 1e18
    let every = seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    if let limit = watchLimitReached {
      warnings.append(
        "inotify watch limit reached (\(limit)); polling \(polled.count) directories every \(every)"
          + " — raise fs.inotify.max_user_watches")
    }
    if uncoveredDirectories > 0 {
      warnings.append(
        "\(uncoveredDirectories) directories are neither watched nor polled (polling is capped at "
          + "\(maxPolledDirectories)): changes there are seen only by a rescan")
    }
    warnings += notes
    if droppedNotes > 0 { warnings.append("… and \(droppedNotes) more warnings") }
    return WatchStatus(
      watchedDirectories: backend.watchCount, polledDirectories: polled.count, warnings: warnings)
  }
}

/// Stat-based polling of the whole tree: the watcher on systems without inotify, and the model of the
/// polling fallback inside `InotifyWatcher`.
///
/// Every `pollInterval` each covered directory is listed and its entries `lstat`ed; differences against the
/// previous listing are reported. Cost per poll is proportional to the entries of the covered directories,
/// which are capped at `maxPolledDirectories` (beyond that, `status()` warns). Batches follow the same
/// quiet-period/max-latency rule as every watcher; latency is up to `pollInterval + quietPeriod`.
actor PollingWatcher: FileWatcher {
  private var tracker: TreeTracker<NoWatches>
  private let coalescer: ChangeCoalescer
  private let broadcaster = BatchBroadcaster()
  private var stopped = false

  init(
    rootPath: String, isIgnored: @escaping @Sendable (String, Bool) -> Bool, quietPeriod: Duration,
    maxLatency: Duration, pollInterval: Duration, maxPolledDirectories: Int = FileWatchers.maxPolledDirectories,
    warnings: [String] = []
  ) throws {
    var tracker = TreeTracker(
      rootPath: rootPath, isIgnored: isIgnored, backend: NoWatches(), pollInterval: pollInterval,
      maxPolledDirectories: maxPolledDirectories, warnings: warnings)
    _ = tracker.cover("", report: false)
    guard tracker.isCoveringRoot else { throw FileWatcherError.notADirectory(rootPath) }
    self.tracker = tracker
    self.coalescer = ChangeCoalescer(quietPeriod: quietPeriod, maxLatency: maxLatency, output: broadcaster)
    // Weak: a watcher dropped without `stop()` is freed, and the loop ends at its next tick.
    Task { [weak self] in
      while true {
        try? await Task.sleep(for: pollInterval)
        guard let self, await self.pollOnce() else { return }
      }
    }
  }

  deinit {
    broadcaster.finish()
  }

  nonisolated func batches() -> AsyncStream<FileChangeBatch> {
    broadcaster.subscribe()
  }

  func status() -> WatchStatus {
    tracker.status()
  }

  func stop() async {
    guard !stopped else { return }
    stopped = true
    await coalescer.stop()
  }

  /// One poll; false once stopped (ends the loop).
  private func pollOnce() async -> Bool {
    guard !stopped else { return false }
    let scan = tracker.poll()
    if !scan.paths.isEmpty || scan.incomplete {
      await coalescer.record(scan.paths, needsRescan: scan.incomplete)
    }
    return !stopped
  }
}
