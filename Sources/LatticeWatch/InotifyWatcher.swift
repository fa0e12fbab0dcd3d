#if os(Linux)
  import Foundation
  import Glibc
  import Synchronization

  /// One event as read from the inotify descriptor.
  struct RawInotifyEvent: Sendable, Equatable {
    var wd: Int32
    var mask: UInt32
    var cookie: UInt32
    /// The entry's name inside the watched directory; "" for events about the directory itself; nil when
    /// the name is not valid UTF-8 (it cannot be reported faithfully as a `String` path).
    var name: String?
  }

  /// inotify watches, one per directory, and the wd ↔ relative directory maps.
  ///
  /// Invariants: the two maps are inverse of each other; `watchCount <= watchLimit`; a wd leaves the maps on
  /// `IN_IGNORED` (the kernel dropped it) or when its subtree is forgotten (moved away; the watch is removed).
  struct InotifyBackend: DirectoryWatchBackend {
    /// What every directory watch asks for. IN_ONLYDIR: never watch a file that replaced the directory.
    static let mask: UInt32 =
      UInt32(IN_CREATE) | UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM)
      | UInt32(IN_MOVED_TO) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    let fd: Int32
    let watchLimit: Int
    private(set) var directoryByDescriptor: [Int32: String] = [:]
    private var descriptorByDirectory: [String: Int32] = [:]

    init(fd: Int32, watchLimit: Int) {
      self.fd = fd
      self.watchLimit = max(watchLimit, 0)
    }

    var watchCount: Int { descriptorByDirectory.count }

    func isWatching(_ relativePath: String) -> Bool { descriptorByDirectory[relativePath] != nil }

    func directory(for wd: Int32) -> String? { directoryByDescriptor[wd] }

    mutating func watch(_ relativePath: String, absolutePath: String) -> WatchAttempt {
      guard watchCount < watchLimit else { return .noRoom(limit: watchLimit) }
      // Below the root, a symlink to a directory must not be followed (discovery does not follow them);
      // the root itself may be one.
      let mask = relativePath.isEmpty ? Self.mask : Self.mask | UInt32(IN_DONT_FOLLOW)
      let wd = inotify_add_watch(fd, absolutePath, mask)
      guard wd >= 0 else {
        let code = errno
        switch code {
        case ENOSPC: return .noRoom(limit: watchCount)  // the kernel's per-user limit, shared with others
        case ENOENT, ENOTDIR, ELOOP: return .vanished
        default:
          let name = relativePath.isEmpty ? "." : relativePath
          return .failed("cannot watch \(name): \(String(cString: strerror(code))); polling it instead")
        }
      }
      // The same inode reached under a new name keeps its wd: the old name no longer holds it.
      if let previous = directoryByDescriptor[wd], previous != relativePath {
        descriptorByDirectory[previous] = nil
      }
      directoryByDescriptor[wd] = relativePath
      descriptorByDirectory[relativePath] = wd
      return .watched
    }

    mutating func unwatchSubtree(_ relativePath: String) {
      let doomed = descriptorByDirectory.filter { RelativePath.isInside($0.key, relativePath) }
      for (directory, wd) in doomed {
        // May fail with EINVAL when the kernel already dropped it; either way the wd is gone.
        _ = inotify_rm_watch(fd, wd)
        descriptorByDirectory[directory] = nil
        directoryByDescriptor[wd] = nil
      }
    }

    /// The kernel dropped `wd` (IN_IGNORED: directory deleted, unmounted, or watch removed).
    mutating func descriptorRemoved(_ wd: Int32) {
      guard let directory = directoryByDescriptor.removeValue(forKey: wd) else { return }
      if descriptorByDirectory[directory] == wd { descriptorByDirectory[directory] = nil }
    }
  }

  /// Events read on the dispatch queue, waiting for the actor. Bounded: past `capacity` events are dropped
  /// and the loss is reported as an overflow (a rescan), exactly like the kernel's own IN_Q_OVERFLOW.
  final class InotifyInbox: Sendable {
    struct Pending: Sendable {
      var events: [RawInotifyEvent] = []
      var overflowed = false
    }

    let capacity: Int
    private let pending = Mutex(Pending())

    init(capacity: Int) {
      self.capacity = max(capacity, 0)
    }

    func append(_ events: [RawInotifyEvent]) {
      guard !events.isEmpty else { return }
      pending.withLock { pending in
        let room = capacity - pending.events.count
        if events.count > room { pending.overflowed = true }
        pending.events.append(contentsOf: events.prefix(max(room, 0)))
      }
    }

    func take() -> Pending {
      pending.withLock { pending in
        defer { pending = Pending() }
        return pending
      }
    }
  }

  enum InotifyReader {
    static let bufferSize = 64 * 1024
    /// Reads per handler call: under a constant flood the handler still returns (and wakes the actor) after
    /// at most 4 MB; the descriptor stays readable, so dispatch calls it again.
    static let maxReadsPerCall = 64

    /// Reads the events available on the non-blocking descriptor, until EAGAIN or `maxReadsPerCall` reads.
    static func readAvailable(_ fd: Int32) -> [RawInotifyEvent] {
      let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bufferSize, alignment: 8)
      defer { buffer.deallocate() }
      var events: [RawInotifyEvent] = []
      var reads = 0
      while reads < maxReadsPerCall {
        let count = read(fd, buffer.baseAddress, bufferSize)
        if count > 0 {
          reads += 1
          parse(UnsafeRawBufferPointer(rebasing: buffer[0..<count]), into: &events)
        } else if count < 0 && errno == EINTR {
          continue
        } else {
          break  // EAGAIN (drained), or the descriptor was closed
        }
      }
      return events
    }

    /// Parses `struct inotify_event { int wd; uint32_t mask, cookie, len; char name[len]; }` records; `len`
    /// includes NUL padding. The kernel only returns whole records.
    static func parse(_ bytes: UnsafeRawBufferPointer, into events: inout [RawInotifyEvent]) {
      let header = 16
      var offset = 0
      while offset + header <= bytes.count {
        let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
        let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
        let cookie = bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
        let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
        let start = offset + header
        let end = min(start + length, bytes.count)
        let field = bytes[start..<end]
        let nameBytes = field.prefix { $0 != 0 }
        let name = String(validating: nameBytes, as: UTF8.self)
        events.append(RawInotifyEvent(wd: wd, mask: mask, cookie: cookie, name: name))
        offset = end
      }
    }
  }

  /// The Linux watcher: one inotify descriptor, one watch per non-ignored real directory, polling beyond the
  /// watch limit.
  ///
  /// Threading: a serial dispatch queue reads the descriptor (its handler touches only the descriptor, the
  /// `Sendable` inbox and a wake-up continuation); all watcher state lives in this actor, which drains the
  /// inbox in order. The descriptor is closed by the dispatch source's cancel handler, which dispatch runs
  /// after any in-flight read, so a read never races the close.
  actor InotifyWatcher: FileWatcher {
    enum InitError: Error {
      case inotifyUnavailable(Int32)
    }

    private var tracker: TreeTracker<InotifyBackend>
    private let coalescer: ChangeCoalescer
    private let broadcaster = BatchBroadcaster()
    private let source: any DispatchSourceRead
    private let inbox: InotifyInbox
    private let wakeups: AsyncStream<Void>.Continuation
    private var stopped = false

    /// Watches 90% of the kernel's per-user budget (other programs share it), at most 100,000.
    static func defaultWatchLimit() -> Int {
      let text = try? String(contentsOfFile: "/proc/sys/fs/inotify/max_user_watches", encoding: .utf8)
      let kernel = text.flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 8192
      return min(kernel - kernel / 10, 100_000)
    }

    /// Opens the descriptor and watches the tree before returning, so no change made after `init` is missed.
    init(
      rootPath: String, isIgnored: @escaping @Sendable (String, Bool) -> Bool, quietPeriod: Duration,
      maxLatency: Duration, watchLimit: Int?, pollInterval: Duration,
      maxPolledDirectories: Int = FileWatchers.maxPolledDirectories,
      inboxCapacity: Int = 200_000
    ) throws {
      let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { throw InitError.inotifyUnavailable(errno) }
      var tracker = TreeTracker(
        rootPath: rootPath, isIgnored: isIgnored,
        backend: InotifyBackend(fd: fd, watchLimit: watchLimit ?? Self.defaultWatchLimit()),
        pollInterval: pollInterval, maxPolledDirectories: maxPolledDirectories)
      _ = tracker.cover("", report: false)
      guard tracker.isCoveringRoot else {
        close(fd)
        throw FileWatcherError.notADirectory(rootPath)
      }

      let inbox = InotifyInbox(capacity: inboxCapacity)
      let (wakeStream, wakeups) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
      let source = DispatchSource.makeReadSource(
        fileDescriptor: fd, queue: DispatchQueue(label: "lattice.watch.inotify"))
      source.setEventHandler {
        inbox.append(InotifyReader.readAvailable(fd))
        wakeups.yield()
      }
      source.setCancelHandler { close(fd) }
      // A dispatch source must be resumed before it is released (libdispatch traps otherwise).
      source.resume()

      self.tracker = tracker
      self.inbox = inbox
      self.wakeups = wakeups
      self.source = source
      self.coalescer = ChangeCoalescer(quietPeriod: quietPeriod, maxLatency: maxLatency, output: broadcaster)

      // Both loops hold the actor weakly: a watcher dropped without `stop()` is freed (deinit cleans up).
      Task { [weak self] in
        for await _ in wakeStream {
          guard let self else { return }
          await self.drainInbox()
        }
      }
      Task { [weak self] in
        while true {
          try? await Task.sleep(for: pollInterval)
          guard let self, await self.pollOnce() else { return }
        }
      }
    }

    isolated deinit {
      source.cancel()
      wakeups.finish()
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
      source.cancel()
      wakeups.finish()
      await coalescer.stop()
    }

    /// Applies the events read so far, in kernel order.
    private func drainInbox() async {
      let pending = inbox.take()
      guard !stopped else { return }
      var changed = Set<String>()
      var rescan = pending.overflowed
      var resync = pending.overflowed
      for event in pending.events {
        apply(event, changed: &changed, rescan: &rescan, resync: &resync)
      }
      if resync {
        // Lost events may include directory creations: watch whatever is not covered yet. The caller
        // re-walks for the files (needsRescan), so nothing is reported from here.
        _ = tracker.cover("", report: false)
      }
      if !changed.isEmpty || rescan { await coalescer.record(changed, needsRescan: rescan) }
    }

    private func apply(_ event: RawInotifyEvent, changed: inout Set<String>, rescan: inout Bool, resync: inout Bool) {
      let mask = event.mask
      func has(_ flag: Int32) -> Bool { mask & UInt32(flag) != 0 }
      if has(IN_Q_OVERFLOW) {
        rescan = true
        resync = true
        return
      }
      // Unknown wd: a watch already forgotten (its directory moved away); its contents were re-reported.
      guard let directory = tracker.backend.directory(for: event.wd) else { return }
      if has(IN_IGNORED) {
        tracker.backend.descriptorRemoved(event.wd)
        return
      }
      if has(IN_DELETE_SELF) || has(IN_MOVE_SELF) {
        // A subdirectory's removal or move is reported by its parent; only the root has no parent here.
        if directory.isEmpty {
          rescan = true
          tracker.note("the watched root \(tracker.rootPath) was deleted or moved")
        }
        return
      }
      guard let name = event.name else {
        rescan = true  // a name that is not UTF-8: the caller's walk decides what to do with it
        return
      }
      guard !name.isEmpty else { return }
      let path = RelativePath.join(directory, name)
      let isDirectory = has(IN_ISDIR)
      if tracker.isIgnored(path, isDirectory) { return }
      changed.insert(path)
      guard isDirectory else { return }
      if has(IN_MOVED_FROM) {
        tracker.forgetSubtree(path)
      } else if has(IN_DELETE) {
        tracker.forgetPolled(path)  // its own watch goes with IN_IGNORED
      } else if has(IN_CREATE) || has(IN_MOVED_TO) {
        let covered = tracker.cover(path, report: true)
        changed.formUnion(covered.paths)
        if covered.incomplete { rescan = true }
      }
    }

    /// One scan of the polled directories (the fallback beyond the watch limit); false once stopped.
    private func pollOnce() async -> Bool {
      guard !stopped else { return false }
      guard !tracker.polled.isEmpty else { return true }
      let scan = tracker.poll()
      if !scan.paths.isEmpty || scan.incomplete {
        await coalescer.record(scan.paths, needsRescan: scan.incomplete)
      }
      return !stopped
    }
  }
#endif
