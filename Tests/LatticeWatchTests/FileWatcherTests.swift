import Foundation
import Testing

@testable import LatticeWatch

/// The watcher's contract, on real temporary directories. Timing: every wait is "until the expected paths
/// arrive or 5 s pass"; no test asserts an exact latency.
@Suite struct FileWatcherTests {
  @Test func aLoneFileWriteArrivesAsOneBatchWithThatPath() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.write("existing.txt", "old")
    let watcher = try tree.watch()
    let recorder = BatchRecorder(watcher)

    try tree.write("existing.txt", "new")
    // Arrival only: latency is measured by bench/watch-latency, never asserted in a test.
    #expect(await recorder.waitFor(["existing.txt"]))
    try await Task.sleep(for: .milliseconds(500))
    // Under load the write's events may straddle the quiet period: only ever this one path.
    let batches = await recorder.batches
    #expect(!batches.isEmpty && batches.allSatisfy { $0 == FileChangeBatch(paths: ["existing.txt"]) })
    await watcher.stop()
  }

  @Test func aNewDirectoryIsWatchedAndFilesAlreadyInsideAreReported() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    let watcher = try tree.watch()
    let recorder = BatchRecorder(watcher)

    // Written immediately: the file may exist before the watcher has added the new directory's watch.
    try tree.write("sub/deep/er/new.txt", "x")
    #expect(await recorder.waitFor(["sub", "sub/deep/er/new.txt"]))
    // And the new directories are watched from then on.
    try tree.write("sub/deep/later.txt", "y")
    #expect(await recorder.waitFor(["sub/deep/later.txt"]))
    #expect(await watcher.status().watchedDirectories == 4)
    await watcher.stop()
  }

  @Test func aBurstOf300WritesArrivesAsAtMostThreeBatchesCoveringAllPaths() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.mkdir("burst")
    let watcher = try tree.watch()
    let recorder = BatchRecorder(watcher)

    let expected = Set((0..<300).map { "burst/file\($0).txt" })
    for path in expected.sorted() { try tree.write(path, path) }
    #expect(await recorder.waitFor(expected))
    try await Task.sleep(for: .milliseconds(500))
    let batches = await recorder.batches
    #expect(batches.count <= 3, "\(batches.count) batches")
    #expect(batches.allSatisfy { !$0.needsRescan })
    await watcher.stop()
  }

  @Test func deletesAndRenamesReportOldAndNewPaths() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.write("gone.txt", "x")
    try tree.write("old.txt", "x")
    try tree.write("pkg/mod.py", "x")
    let watcher = try tree.watch()
    let recorder = BatchRecorder(watcher)

    try tree.remove("gone.txt")
    try tree.move("old.txt", to: "new.txt")
    try tree.move("pkg", to: "lib")
    #expect(await recorder.waitFor(["gone.txt", "old.txt", "new.txt", "pkg", "lib", "lib/mod.py"]))
    // The moved directory is watched under its new name, and not under the old one.
    try tree.write("lib/after.py", "y")
    #expect(await recorder.waitFor(["lib/after.py"]))
    #expect(await !recorder.paths.contains("pkg/after.py"))
    await watcher.stop()
  }

  @Test func ignoredDirectoriesProduceNoEvents() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.write("node_modules/pkg/index.js", "x")
    let watcher = try tree.watch(isIgnored: { path, _ in path.split(separator: "/").contains("node_modules") })
    let recorder = BatchRecorder(watcher)

    try tree.write("node_modules/pkg/index.js", "changed")
    try tree.write("node_modules/new.js", "x")
    try tree.write("src/node_modules/inner.js", "x")  // a node_modules created while watching
    try tree.write("src/node_modules/inner2.js", "x")
    try tree.write("sentinel.txt", "x")  // written last: once it arrives, the others had their chance
    #expect(await recorder.waitFor(["sentinel.txt", "src"]))
    try await Task.sleep(for: .milliseconds(300))
    let paths = await recorder.paths
    #expect(paths.filter { $0.contains("node_modules") }.isEmpty, "\(paths.sorted())")
    #expect(await watcher.status().watchedDirectories == 2)  // the root and src
    await watcher.stop()
  }

  @Test func symlinkedDirectoriesAreReportedButNotFollowed() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.write("real/a.txt", "x")
    try FileManager.default.createSymbolicLink(
      atPath: tree.url("link").path, withDestinationPath: tree.url("real").path)
    let watcher = try tree.watch()
    #expect(await watcher.status().watchedDirectories == 2)  // the root and real, not link
    let recorder = BatchRecorder(watcher)
    try FileManager.default.createSymbolicLink(
      atPath: tree.url("link2").path, withDestinationPath: tree.url("real").path)
    try tree.write("real/b.txt", "x")
    #expect(await recorder.waitFor(["link2", "real/b.txt"]))
    try await Task.sleep(for: .milliseconds(300))
    #expect(await recorder.paths == ["link2", "real/b.txt"])
    await watcher.stop()
  }

  @Test func aWatchLimitOfTwoWarnsAndPollsTheRest() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    for directory in ["a", "b", "c"] { try tree.mkdir(directory) }
    let watcher = try tree.watch(watchLimit: 2)
    let status = await watcher.status()
    #expect(status.watchedDirectories == 2)
    #expect(status.polledDirectories == 2)
    #expect(
      status.warnings.contains {
        $0.contains("inotify watch limit reached (2)") && $0.contains("polling 2 directories every 2 s")
      }, "\(status.warnings)")
    let recorder = BatchRecorder(watcher)

    // Whichever two are polled, changes in all three arrive (polling: within ~2 s + quiet period).
    try tree.write("a/1.txt", "x")
    try tree.write("b/1.txt", "x")
    try tree.write("c/1.txt", "x")
    #expect(await recorder.waitFor(["a/1.txt", "b/1.txt", "c/1.txt"], timeout: .seconds(30)))
    // A directory created inside polled ones is covered too (polled: no watches are left).
    try tree.write("a/n/2.txt", "x")
    try tree.write("b/n/2.txt", "x")
    try tree.write("c/n/2.txt", "x")
    #expect(
      await recorder.waitFor(["a/n", "a/n/2.txt", "b/n/2.txt", "c/n/2.txt"], timeout: .seconds(30)))
    #expect(await watcher.status().polledDirectories == 5)
    let deletions = BatchRecorder(watcher)
    try tree.remove("a/1.txt")
    try tree.remove("b/1.txt")
    try tree.remove("c/1.txt")
    #expect(await deletions.waitFor(["a/1.txt", "b/1.txt", "c/1.txt"], timeout: .seconds(30)))
    await watcher.stop()
  }

  @Test func droppedEventsTurnIntoNeedsRescan() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    // An inbox that holds no events behaves as if the kernel queue overflowed on the first event.
    let watcher = try InotifyWatcher(
      rootPath: tree.root.path, isIgnored: { _, _ in false }, quietPeriod: .milliseconds(150),
      maxLatency: .seconds(1), watchLimit: nil, pollInterval: .seconds(2), inboxCapacity: 0)
    let recorder = BatchRecorder(watcher)
    try tree.write("x.txt", "x")
    #expect(await recorder.waitUntil { $0.contains { $0.needsRescan } })
    // The resync after an overflow watches directories whose creation events were lost.
    try tree.mkdir("made")
    try await Task.sleep(for: .milliseconds(500))
    #expect(await watcher.status().watchedDirectories == 2)
    await watcher.stop()
  }

  @Test func stopEndsTheStream() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    let watcher = try tree.watch()
    let recorder = BatchRecorder(watcher)
    try tree.write("a.txt", "x")
    await watcher.stop()
    #expect(await recorder.waitUntilFinished())
    await watcher.stop()  // idempotent
    // A stream asked for after stop() is already finished.
    var iterator = watcher.batches().makeAsyncIterator()
    #expect(await iterator.next() == nil)
  }

  @Test func aNonDirectoryRootIsRefused() throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.write("file.txt", "x")
    #expect(throws: FileWatcherError.self) { _ = try tree.watch(root: tree.url("file.txt")) }
    #expect(throws: FileWatcherError.self) { _ = try tree.watch(root: tree.url("missing")) }
  }

  @Test func everyStreamReceivesEveryBatch() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    let watcher = try tree.watch()
    let first = BatchRecorder(watcher)
    let second = BatchRecorder(watcher)
    try tree.write("a.txt", "x")
    #expect(await first.waitFor(["a.txt"]))
    #expect(await second.waitFor(["a.txt"]))
    await watcher.stop()
  }
}

/// The polling watcher (non-Linux systems, and the model of the fallback) with the same batch semantics.
@Suite struct PollingWatcherTests {
  @Test func reportsWritesDeletesNewDirectoriesAndMoves() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    try tree.write("keep.txt", "x")
    try tree.write("gone.txt", "x")
    try tree.write("old/mod.py", "x")
    try tree.write("node_modules/x.js", "x")
    let watcher = try PollingWatcher(
      rootPath: tree.root.path, isIgnored: { path, _ in path.hasPrefix("node_modules") },
      quietPeriod: .milliseconds(100), maxLatency: .seconds(1), pollInterval: .milliseconds(200))
    #expect(await watcher.status() == WatchStatus(watchedDirectories: 0, polledDirectories: 2, warnings: []))
    let recorder = BatchRecorder(watcher)

    try tree.write("keep.txt", "longer content")
    try tree.remove("gone.txt")
    try tree.write("new/inner/file.txt", "x")
    try tree.move("old", to: "renamed")
    try tree.write("node_modules/x.js", "changed")
    #expect(
      await recorder.waitFor([
        "keep.txt", "gone.txt", "new", "new/inner", "new/inner/file.txt", "old", "renamed", "renamed/mod.py",
      ]))
    try tree.write("new/inner/second.txt", "x")
    #expect(await recorder.waitFor(["new/inner/second.txt"]))
    #expect(await !recorder.paths.contains { $0.hasPrefix("node_modules") })
    #expect(await watcher.status().polledDirectories == 4)  // root, new, new/inner, renamed
    await watcher.stop()
    #expect(await recorder.waitUntilFinished())
  }

  @Test func thePollingCapWarnsInsteadOfGrowing() async throws {
    let tree = try TempTree()
    defer { tree.delete() }
    for directory in ["a", "b", "c"] { try tree.mkdir(directory) }
    let watcher = try PollingWatcher(
      rootPath: tree.root.path, isIgnored: { _, _ in false }, quietPeriod: .milliseconds(100),
      maxLatency: .seconds(1), pollInterval: .milliseconds(200), maxPolledDirectories: 2)
    let status = await watcher.status()
    #expect(status.polledDirectories == 2)
    #expect(status.warnings.contains { $0.contains("2 directories are neither watched nor polled") })
    await watcher.stop()
  }
}

/// The coalescing rule on made-up instants: no sleeping, no flakiness.
@Suite struct DebouncerTests {
  let start = ContinuousClock.now

  func at(_ milliseconds: Int) -> ContinuousClock.Instant { start + .milliseconds(milliseconds) }

  @Test func aLoneChangeIsDueOneQuietPeriodLater() {
    var debouncer = Debouncer(quietPeriod: .milliseconds(150), maxLatency: .seconds(1))
    #expect(debouncer.deadline == nil)
    debouncer.record(["a"], at: at(0))
    #expect(debouncer.deadline == at(150))
    #expect(debouncer.flush(at: at(149)) == nil)
    #expect(debouncer.flush(at: at(150)) == FileChangeBatch(paths: ["a"]))
    #expect(debouncer.deadline == nil)
    #expect(debouncer.flush(at: at(1000)) == nil)
  }

  @Test func aBurstCoalescesUntilQuiet() {
    var debouncer = Debouncer(quietPeriod: .milliseconds(150), maxLatency: .seconds(1))
    for step in 0..<5 { debouncer.record(["f\(step)"], at: at(step * 100)) }
    #expect(debouncer.deadline == at(550))
    #expect(debouncer.flush(at: at(500)) == nil)
    #expect(debouncer.flush(at: at(550))?.paths.count == 5)
  }

  @Test func aSteadyBurstIsCutAtMaxLatency() {
    var debouncer = Debouncer(quietPeriod: .milliseconds(150), maxLatency: .seconds(1))
    for step in 0..<20 { debouncer.record(["f\(step)"], at: at(step * 100)) }  // until 1.9 s, never quiet
    #expect(debouncer.deadline == at(1000))
    let batch = debouncer.flush(at: at(1900))
    #expect(batch?.paths.count == 20)
    debouncer.record(["late"], at: at(2000))
    #expect(debouncer.deadline == at(2150))
  }

  @Test func emptyReportsAreNotEventsButRescansAre() {
    var debouncer = Debouncer(quietPeriod: .milliseconds(150), maxLatency: .seconds(1))
    debouncer.record([], at: at(0))
    #expect(debouncer.deadline == nil)
    debouncer.record([], needsRescan: true, at: at(10))
    #expect(debouncer.flush(at: at(160)) == FileChangeBatch(paths: [], needsRescan: true))
  }

  @Test func tooManyPathsBecomeARescanInsteadOfGrowing() {
    var debouncer = Debouncer(quietPeriod: .milliseconds(150), maxLatency: .seconds(1), maxPaths: 3)
    debouncer.record(["a", "b", "c"], at: at(0))
    debouncer.record(["a"], at: at(1))
    #expect(debouncer.pending.needsRescan == false)
    debouncer.record(["d"], at: at(2))
    #expect(debouncer.pending == FileChangeBatch(paths: ["a", "b", "c"], needsRescan: true))
  }
}

/// The inotify record parser on hand-built bytes.
#if os(Linux)
  @Suite struct InotifyParserTests {
    @Test func parsesPaddedRecordsAndRejectsNonUTF8Names() {
      var bytes: [UInt8] = []
      func record(wd: Int32, mask: UInt32, name: [UInt8], padded length: Int) {
        withUnsafeBytes(of: wd.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: mask.littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(0).littleEndian) { bytes += $0 }
        withUnsafeBytes(of: UInt32(length).littleEndian) { bytes += $0 }
        bytes += name + [UInt8](repeating: 0, count: length - name.count)
      }
      record(wd: 1, mask: 0x100, name: Array("a.txt".utf8), padded: 16)
      record(wd: 2, mask: 0x400, name: [], padded: 0)
      record(wd: 3, mask: 0x200, name: [0x66, 0xFF], padded: 16)
      var events: [RawInotifyEvent] = []
      bytes.withUnsafeBytes { InotifyReader.parse($0, into: &events) }
      #expect(
        events == [
          RawInotifyEvent(wd: 1, mask: 0x100, cookie: 0, name: "a.txt"),
          RawInotifyEvent(wd: 2, mask: 0x400, cookie: 0, name: ""),
          RawInotifyEvent(wd: 3, mask: 0x200, cookie: 0, name: nil),
        ])
    }
  }
#endif

// MARK: - Support

/// A temporary directory, deleted by `delete()`.
struct TempTree {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("lattice-watch-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

  /// Writes in place (not atomically): an atomic write would also report its temporary file.
  func write(_ relativePath: String, _ text: String) throws {
    let target = url(relativePath)
    try FileManager.default.createDirectory(
      at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: target)
  }

  func mkdir(_ relativePath: String) throws {
    try FileManager.default.createDirectory(at: url(relativePath), withIntermediateDirectories: true)
  }

  func remove(_ relativePath: String) throws {
    try FileManager.default.removeItem(at: url(relativePath))
  }

  func move(_ from: String, to: String) throws {
    try FileManager.default.moveItem(at: url(from), to: url(to))
  }

  func delete() {
    try? FileManager.default.removeItem(at: root)
  }

  func watch(
    root: URL? = nil, isIgnored: @escaping @Sendable (String, Bool) -> Bool = { _, _ in false },
    watchLimit: Int? = nil
  ) throws -> any FileWatcher {
    try FileWatchers.make(root: root ?? self.root, isIgnored: isIgnored, watchLimit: watchLimit)
  }
}

/// Collects a watcher's batches in the background; tests poll it with generous timeouts.
actor BatchRecorder {
  private(set) var batches: [FileChangeBatch] = []
  private(set) var finished = false

  init(_ watcher: any FileWatcher) {
    let stream = watcher.batches()  // subscribed now, before the test makes its changes
    Task { [weak self] in
      for await batch in stream { await self?.append(batch) }
      await self?.finish()
    }
  }

  var paths: Set<String> { batches.reduce(into: []) { $0.formUnion($1.paths) } }

  private func append(_ batch: FileChangeBatch) { batches.append(batch) }
  private func finish() { finished = true }

  /// Whether every path in `expected` arrived within `timeout`.
  // Generous: under a loaded CI machine polling and debouncing run late; only arrival is asserted.
  func waitFor(_ expected: Set<String>, timeout: Duration = .seconds(30)) async -> Bool {
    await waitUntil(timeout: timeout) { batches in
      expected.isSubset(of: batches.reduce(into: Set<String>()) { $0.formUnion($1.paths) })
    }
  }

  func waitUntil(timeout: Duration = .seconds(30), _ condition: ([FileChangeBatch]) -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
      if condition(batches) { return true }
      try? await Task.sleep(for: .milliseconds(20))
    }
    return condition(batches)
  }

  func waitUntilFinished(timeout: Duration = .seconds(5)) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while !finished && ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(20)) }
    return finished
  }
}
