import Foundation

/// The coalescing rule, as a pure value: callers pass the time in, so tests drive it with made-up instants.
///
/// Invariants: `deadline` is nil exactly when nothing is pending; a pending batch is due at
/// `min(last report + quietPeriod, first report + maxLatency)`, so a lone change waits one quiet period and a
/// steady burst is cut at `maxLatency`; `pending.paths` never holds more than `maxPaths` paths (past that the
/// batch is marked `needsRescan` instead of growing).
struct Debouncer: Sendable {
  typealias Instant = ContinuousClock.Instant

  let quietPeriod: Duration
  let maxLatency: Duration
  let maxPaths: Int
  private(set) var pending = FileChangeBatch()
  private var firstReport: Instant?
  private var lastReport: Instant?

  init(quietPeriod: Duration, maxLatency: Duration, maxPaths: Int = 100_000) {
    self.quietPeriod = max(quietPeriod, .zero)
    self.maxLatency = max(maxLatency, .zero)
    self.maxPaths = max(maxPaths, 0)
  }

  var hasPending: Bool { firstReport != nil }

  /// When the pending batch is due, or nil when nothing is pending.
  var deadline: Instant? {
    guard let firstReport, let lastReport else { return nil }
    return min(lastReport + quietPeriod, firstReport + maxLatency)
  }

  /// Adds changes seen at `now`. A report with no paths and no rescan is not an event: it neither starts
  /// a batch nor extends the quiet period.
  mutating func record(_ paths: some Sequence<String>, needsRescan: Bool = false, at now: Instant) {
    var sawEvent = needsRescan
    for path in paths {
      sawEvent = true
      if pending.paths.count < maxPaths {
        pending.paths.insert(path)
      } else if !pending.paths.contains(path) {
        // Bounded memory during e.g. a huge checkout: the caller re-walks instead of reading a giant list.
        pending.needsRescan = true
      }
    }
    guard sawEvent else { return }
    pending.needsRescan = pending.needsRescan || needsRescan
    if firstReport == nil { firstReport = now }
    lastReport = now
  }

  /// The pending batch if it is due at `now` (and then nothing is pending any more), else nil.
  mutating func flush(at now: Instant) -> FileChangeBatch? {
    guard let deadline, now >= deadline else { return nil }
    let batch = pending
    reset()
    return batch
  }

  mutating func reset() {
    pending = FileChangeBatch()
    firstReport = nil
    lastReport = nil
  }
}

/// Runs a `Debouncer` against the real clock and hands due batches to a `BatchBroadcaster`.
///
/// Invariant: at most one timer task exists, and it exists exactly while a batch is pending (it ends after
/// emitting). After `stop()` nothing is emitted again.
actor ChangeCoalescer {
  private var debouncer: Debouncer
  private let output: BatchBroadcaster
  private var timer: Task<Void, Never>?
  private var stopped = false

  init(quietPeriod: Duration, maxLatency: Duration, output: BatchBroadcaster) {
    self.debouncer = Debouncer(quietPeriod: quietPeriod, maxLatency: maxLatency)
    self.output = output
  }

  func record(_ paths: Set<String>, needsRescan: Bool) {
    guard !stopped else { return }
    debouncer.record(paths, needsRescan: needsRescan, at: .now)
    guard timer == nil, debouncer.hasPending else { return }
    timer = Task { await self.emitWhenDue() }
  }

  /// Sleeps until the current deadline; reports arriving meanwhile (the actor is reentrant across the sleep)
  /// may push the quiet deadline later, so re-check after every wake-up.
  private func emitWhenDue() async {
    while !stopped, let deadline = debouncer.deadline {
      do {
        try await Task.sleep(until: deadline, clock: .continuous)
      } catch {
        break
      }
      if !stopped, let batch = debouncer.flush(at: .now) { output.yield(batch) }
    }
    timer = nil
  }

  func stop() {
    guard !stopped else { return }
    stopped = true
    timer?.cancel()
    timer = nil
    debouncer.reset()
    output.finish()
  }
}

/// Fans batches out to every stream handed out by `FileWatcher.batches()`.
///
/// `@unchecked Sendable`: every mutable stored property is read and written only while holding `lock`
/// (NSLock because `Synchronization.Mutex` needs macOS 15 and the package targets macOS 14). Continuations
/// are yielded to and finished outside the lock, because finishing runs `onTermination`, which locks again.
final class BatchBroadcaster: @unchecked Sendable {
  private let lock = NSLock()
  private var subscribers: [Int: AsyncStream<FileChangeBatch>.Continuation] = [:]
  private var nextID = 0
  private var finished = false

  /// A new stream receiving every batch yielded from now on; already finished if the watcher has stopped.
  func subscribe() -> AsyncStream<FileChangeBatch> {
    let (stream, continuation) = AsyncStream.makeStream(of: FileChangeBatch.self)
    let id: Int? = lock.withLock {
      guard !finished else { return nil }
      nextID += 1
      subscribers[nextID] = continuation
      return nextID
    }
    guard let id else {
      continuation.finish()
      return stream
    }
    continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
    return stream
  }

  func yield(_ batch: FileChangeBatch) {
    let targets = lock.withLock { Array(subscribers.values) }
    for continuation in targets { continuation.yield(batch) }
  }

  func finish() {
    let targets: [AsyncStream<FileChangeBatch>.Continuation] = lock.withLock {
      finished = true
      defer { subscribers.removeAll() }
      return Array(subscribers.values)
    }
    for continuation in targets { continuation.finish() }
  }

  private func unsubscribe(_ id: Int) {
    _ = lock.withLock { subscribers.removeValue(forKey: id) }
  }
}
