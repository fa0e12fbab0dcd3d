import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a writer wants remembered. Modality and the anchor choice are checked at `FactStore.add`, not by the
/// type system, so a tool layer can pass through whatever the agent sent and get a clear `MemoryError` back.
public struct FactDraft: Sendable, Equatable {
  /// Stored byte for byte; must contain something other than whitespace.
  public var body: String
  public var modality: Modality?
  public var confidence: Double?
  public var author: String
  public var session: String?
  public var toolCall: String?
  public var gitHead: String?
  public var anchors: [Anchor]
  /// Must be true exactly when `anchors` is empty: saying "about nothing in particular" is a choice too.
  public var unanchored: Bool

  public init(
    body: String, modality: Modality?, confidence: Double? = nil, author: String, session: String? = nil,
    toolCall: String? = nil, gitHead: String? = nil, anchors: [Anchor] = [], unanchored: Bool = false
  ) {
    self.body = body
    self.modality = modality
    self.confidence = confidence
    self.author = author
    self.session = session
    self.toolCall = toolCall
    self.gitHead = gitHead
    self.anchors = anchors
    self.unanchored = unanchored
  }
}

/// Every fact in a store folder, plus the files that could not be read as facts (never silently dropped).
public struct FactScan: Sendable {
  /// Newest first, then by id.
  public var facts: [Fact]
  /// One error per unreadable or malformed `*.md` file (usually `MemoryError.malformedFact`), by file name.
  public var problems: [MemoryError]
}

/// Agent memory on disk: one `<id>.md` file per fact in `folder` (a repository's `.lattice/memory/`).
///
/// Invariants and concurrency: a fact file is never overwritten by `add` — each new file is written to a hidden
/// temp file and then hard-linked to its final name, which fails rather than replaces if the name exists (on a
/// file system without hard links it falls back to `open(O_CREAT|O_EXCL)`), so concurrent writers in any
/// number of processes never clobber each other and readers never see half a new file. Changes to an existing
/// fact (`update`, `supersede`, `retract`) run under an exclusive `flock` on `folder/.lock`, re-read the file
/// inside the lock, and replace it by `rename` of a complete temp file, so no update is lost and readers see the
/// old or the new version, never a mix. Readers take no lock. Hidden files (`.lock`, temp files) are never facts.
/// Not guarded: a crash between the two steps of `supersede` leaves the new fact (whose `supersedes` names the
/// old one) while the old one still says active; `supersedes` is the source of truth for that link.
public struct FactStore: Sendable {
  public let folder: URL
  public let policy: ExpiryPolicy
  /// The 6-hex-digit random part of new ids; injectable so tests can force collisions.
  let makeSuffix: @Sendable () -> String

  /// How many ids `add` tries before giving up (only reachable with a broken suffix source).
  static let maxAttempts = 64

  public init(folder: URL, policy: ExpiryPolicy = .default) {
    self.init(folder: folder, policy: policy, makeSuffix: { String(format: "%06x", UInt32.random(in: 0...0xFF_FFFF)) })
  }

  init(folder: URL, policy: ExpiryPolicy = .default, makeSuffix: @escaping @Sendable () -> String) {
    self.folder = folder
    self.policy = policy
    self.makeSuffix = makeSuffix
  }

  // MARK: Writing

  /// Validates `draft` and stores it as a new active fact created at `now` (truncated to whole seconds).
  @discardableResult
  public func add(_ draft: FactDraft, now: Date) throws -> Fact {
    try add(draft, now: now, supersedes: [])
  }

  /// Stores `draft` as the replacement of fact `id`: the new fact lists `id` in `supersedes`, and the old one
  /// becomes `superseded` with `superseded_by` naming the new one. For a question this is how it gets answered.
  /// Only an active or needs_revalidation fact can be superseded, so two agents racing to supersede the same
  /// fact cannot fork the chain: the second gets `notSupersedable`.
  @discardableResult
  public func supersede(id: String, with draft: FactDraft, now: Date) throws -> Fact {
    try withLock {
      var old = try fact(id: id)
      guard old.status == .active || old.status == .needsRevalidation else {
        throw MemoryError.notSupersedable(id: id, status: old.status)
      }
      let new = try add(draft, now: now, supersedes: [id])
      old.status = .superseded
      old.supersededBy = new.id
      old.updated = Timestamp.truncated(now)
      try replace(old)
      return new
    }
  }

  /// Changes a fact's status, `supersededBy`, `revalidation` or anchors (the only mutable fields: the body and
  /// everything else are `let`). Serialized across processes; `updated` is set to `now` when anything changed.
  /// Setting `needsRevalidation` requires a non-empty revalidation note.
  @discardableResult
  public func update(id: String, now: Date = Date(), _ change: (inout Fact) throws -> Void) throws -> Fact {
    try withLock {
      let before = try fact(id: id)
      var after = before
      try change(&after)
      guard after != before else { return before }
      if after.status == .needsRevalidation,
        (after.revalidation ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      {
        throw MemoryError.missingRevalidationNote(id: id)
      }
      if let next = after.supersededBy, !Self.isValidID(next) { throw MemoryError.invalidID(next) }
      try after.validate()
      after.updated = Timestamp.truncated(now)
      try replace(after)
      return after
    }
  }

  /// Marks a fact retracted (from any status; `superseded_by` is kept so the history stays readable).
  @discardableResult
  public func retract(id: String, now: Date) throws -> Fact {
    try update(id: id, now: now) { $0.status = .retracted }
  }

  // MARK: Reading

  /// One fact by id.
  public func fact(id: String) throws -> Fact {
    guard Self.isValidID(id) else { throw MemoryError.invalidID(id) }
    let url = fileURL(id)
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      if !FileManager.default.fileExists(atPath: url.path) { throw MemoryError.notFound(id: id) }
      throw MemoryError.io(path: url.path, operation: "read", code: errnoOf(error))
    }
    return try Self.parse(data, url: url)
  }

  /// Every `*.md` fact in the folder (none when the folder does not exist yet).
  public func all() throws -> FactScan {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    } catch {
      if !FileManager.default.fileExists(atPath: folder.path) { return FactScan(facts: [], problems: []) }
      throw MemoryError.io(path: folder.path, operation: "list", code: errnoOf(error))
    }
    var facts: [Fact] = []
    var problems: [MemoryError] = []
    for name in names.sorted() where name.hasSuffix(".md") && !name.hasPrefix(".") {
      let url = folder.appendingPathComponent(name)
      do {
        facts.append(try Self.parse(try Data(contentsOf: url), url: url))
      } catch let error as MemoryError {
        problems.append(error)
      } catch {
        // Deleted between listing and reading, or unreadable: reported like any other problem.
        problems.append(.io(path: url.path, operation: "read", code: errnoOf(error)))
      }
    }
    facts.sort { ($0.provenance.created, $1.id) > ($1.provenance.created, $0.id) }
    return FactScan(facts: facts, problems: problems)
  }

  // MARK: Ids and files

  /// Ids name files, so they must be plain: non-empty, `A-Z a-z 0-9 . _ -`, no leading `.` (hidden files are
  /// the store's own).
  static func isValidID(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix(".")
      && id.unicodeScalars.allSatisfy { scalar in
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "-": return true
        default: return false
        }
      }
  }

  func fileURL(_ id: String) -> URL { folder.appendingPathComponent("\(id).md") }

  private static func parse(_ data: Data, url: URL) throws -> Fact {
    let fact = try FactFile.parse(data, path: url.path)
    // Lookups go by file name, so a file whose id disagrees with its name would be unreachable by id.
    guard url.lastPathComponent == "\(fact.id).md" else {
      throw MemoryError.malformedFact(path: url.path, line: 2, reason: "id \(fact.id) does not match the file name")
    }
    return fact
  }

  private func add(_ draft: FactDraft, now: Date, supersedes: [String]) throws -> Fact {
    guard let modality = draft.modality else { throw MemoryError.missingModality }
    switch (draft.anchors.isEmpty, draft.unanchored) {
    case (true, false): throw MemoryError.missingAnchorChoice
    case (false, true): throw MemoryError.conflictingAnchorChoice
    default: break
    }
    guard draft.body.contains(where: { !$0.isWhitespace }) else {
      throw MemoryError.invalidFact("the body is empty")
    }
    let created = Timestamp.truncated(now)
    try createFolder()
    for _ in 0..<Self.maxAttempts {
      let id = "\(Timestamp.compact(created))-\(makeSuffix())"
      guard Self.isValidID(id) else { throw MemoryError.invalidID(id) }
      let fact = Fact(
        id: id, body: draft.body, modality: modality, confidence: draft.confidence,
        provenance: Provenance(
          author: draft.author, session: draft.session, toolCall: draft.toolCall, created: created,
          gitHead: draft.gitHead
        ),
        expires: policy.expiry(for: modality, createdAt: created), supersedes: supersedes, anchors: draft.anchors
      )
      try fact.validate()
      if try createExclusively(FactFile.render(fact), at: fileURL(id)) { return fact }
    }
    throw MemoryError.idSpaceExhausted(attempts: Self.maxAttempts)
  }

  private func createFolder() throws {
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw MemoryError.io(path: folder.path, operation: "create folder", code: errnoOf(error))
    }
  }

  /// Writes `data` to `url` only if nothing is there; false when the name is taken.
  private func createExclusively(_ data: Data, at url: URL) throws -> Bool {
    let temp = try writeTemp(data, near: url)
    defer { unlink(temp) }
    if link(temp, url.path) == 0 { return true }
    let code = errno
    if code == EEXIST { return false }
    // No hard links here (some network or FAT-style file systems): reserve the name with O_EXCL and write into
    // it. Still never clobbers; a concurrent reader may briefly see a partial file and report it as malformed.
    guard [EPERM, EXDEV, EMLINK, ENOSYS, EOPNOTSUPP].contains(code) else {
      throw MemoryError.io(path: url.path, operation: "link", code: code)
    }
    let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if fd < 0 {
      if errno == EEXIST { return false }
      throw MemoryError.io(path: url.path, operation: "create", code: errno)
    }
    defer { close(fd) }
    try writeAll(fd, data, path: url.path)
    return true
  }

  /// Atomically replaces an existing fact's file (caller holds the lock).
  private func replace(_ fact: Fact) throws {
    let url = fileURL(fact.id)
    let temp = try writeTemp(FactFile.render(fact), near: url)
    if rename(temp, url.path) != 0 {
      let code = errno
      unlink(temp)
      throw MemoryError.io(path: url.path, operation: "rename", code: code)
    }
  }

  /// A complete, fsynced hidden file next to `url`; returns its path.
  private func writeTemp(_ data: Data, near url: URL) throws -> String {
    let unique = "\(getpid()).\(UInt64.random(in: 0...UInt64.max))"
    let path = folder.appendingPathComponent(".\(url.lastPathComponent).\(unique).tmp").path
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw MemoryError.io(path: path, operation: "create", code: errno) }
    defer { close(fd) }
    do {
      try writeAll(fd, data, path: path)
      // Durable before it becomes visible under its real name.
      guard fsync(fd) == 0 else { throw MemoryError.io(path: path, operation: "fsync", code: errno) }
    } catch {
      unlink(path)
      throw error
    }
    return path
  }

  private func writeAll(_ fd: Int32, _ data: Data, path: String) throws {
    try data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw MemoryError.io(path: path, operation: "write", code: errno)
        }
        offset += written
      }
    }
  }

  /// Runs `body` holding an exclusive `flock` on `folder/.lock`. flock locks belong to the open file
  /// description, so this excludes other processes and also other threads of this one (each opens its own).
  private func withLock<T>(_ body: () throws -> T) throws -> T {
    try createFolder()
    let path = folder.appendingPathComponent(".lock").path
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw MemoryError.io(path: path, operation: "open lock", code: errno) }
    defer { close(fd) }  // closing releases the lock
    while flock(fd, LOCK_EX) != 0 {
      guard errno == EINTR else { throw MemoryError.io(path: path, operation: "flock", code: errno) }
    }
    return try body()
  }
}

/// The errno behind a Foundation file error when there is one, else EIO.
private func errnoOf(_ error: Error) -> Int32 {
  let nsError = error as NSError
  if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
    return Int32(underlying.code)
  }
  return nsError.domain == NSPOSIXErrorDomain ? Int32(nsError.code) : EIO
}
