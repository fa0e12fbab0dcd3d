import Foundation
import Testing

@testable import LatticeMemory

/// The memory store's contract, on real temporary folders. Time is always injected: no test reads the clock.
@Suite struct FactStoreTests {
  static let t0 = Date(timeIntervalSince1970: 1_795_792_380)  // 2026-11-27T15:13:00Z
  static let day: TimeInterval = 86_400

  /// Bodies chosen to break a naive front-matter format.
  static let trickyBodies = [
    "plain one line, no trailing newline",
    "ends with a newline\n",
    "two trailing newlines\n\n",
    "---\nlooks like front matter\nid: fake\n---\n",
    "CRLF lines\r\nsecond\r\n---\r\n",
    "unicode: héllo — 日本語 🧪 e\u{301} (combining)\n",
    "  leading spaces, \"quotes\", back\\slash, tab\tand a NUL \u{0}!",
    "\n---\n",
  ]

  // MARK: Round trip

  @Test(arguments: Modality.allCases)
  func everyModalityRoundTripsThroughItsFileWithTheBodyByteForByte(_ modality: Modality) throws {
    let store = try TempStore()
    defer { store.delete() }
    for body in Self.trickyBodies {
      let draft = FactDraft(
        body: body, modality: modality, confidence: 0.8, author: "claude", session: "abc", toolCall: "t1",
        gitHead: "1a2b3c4",
        anchors: [
          .symbol(
            key: "typescript:src/context.ts#method:Context.header", signatureHash: "s1", bodyHash: "b1",
            callers: ["typescript:src/app.ts#function:main", "weird \"caller\", with, commas]"]),
          .fileRange(file: "src/dir with space/x.ts", startLine: 10, endLine: 20, contentHash: "c1"),
        ])
      let written = try store.facts.add(draft, now: Self.t0.addingTimeInterval(0.75))
      let read = try store.facts.fact(id: written.id)
      #expect(read == written)
      #expect(Array(read.body.utf8) == Array(body.utf8))
      // The file is exactly the front matter followed by the body bytes.
      let file = try Data(contentsOf: store.facts.fileURL(written.id))
      #expect(file.suffix(body.utf8.count) == Data(body.utf8))
      #expect(FactFile.render(read) == file)
    }
  }

  @Test func theFileIsTheDocumentedHumanReadableFormat() throws {
    let store = try TempStore()
    defer { store.delete() }
    let fact = try store.facts.add(
      FactDraft(
        body: "Use header() for all header reads.\n", modality: .decision, confidence: 0.8, author: "claude",
        session: "abc", toolCall: "t1", gitHead: "1a2b3c4",
        anchors: [
          .symbol(
            key: "typescript:src/context.ts#method:Context.header", signatureHash: "sig", bodyHash: "body",
            callers: ["a#b"]),
          .fileRange(file: "src/x.ts", startLine: 10, endLine: 20, contentHash: "c0ffee"),
        ]),
      now: Self.t0)
    #expect(fact.id.hasPrefix("20261127T151300Z-"))
    #expect(fact.id.count == "20261127T151300Z-3f9a1c".count)
    let text = try String(contentsOf: store.facts.fileURL(fact.id), encoding: .utf8)
    #expect(
      text == """
        ---
        id: \(fact.id)
        modality: decision
        status: active
        confidence: 0.8
        author: claude
        session: abc
        tool_call: t1
        created: 2026-11-27T15:13:00Z
        git_head: 1a2b3c4
        expires: never
        anchors:
          - symbol: "typescript:src/context.ts#method:Context.header"
            signature_hash: sig
            body_hash: body
            callers: ["a#b"]
          - file: src/x.ts
            lines: 10-20
            content_hash: c0ffee
        ---
        Use header() for all header reads.

        """)
  }

  @Test func anUnanchoredObservationRecordsItsExpiryDate() throws {
    let store = try TempStore()
    defer { store.delete() }
    let fact = try store.facts.add(
      FactDraft(body: "CI is flaky today", modality: .observation, author: "a", unanchored: true), now: Self.t0)
    let text = try String(contentsOf: store.facts.fileURL(fact.id), encoding: .utf8)
    #expect(text.contains("\nexpires: 2026-12-04T15:13:00Z\n"))
    #expect(text.contains("\nunanchored: true\n"))
    #expect(try store.facts.fact(id: fact.id).isUnanchored)
  }

  // MARK: Validation

  @Test func aWriteWithoutModalityOrAnchorChoiceIsRejectedWithAClearError() throws {
    let store = try TempStore()
    defer { store.delete() }
    let anchor = Anchor.fileRange(file: "a.ts", startLine: 1, endLine: 2, contentHash: "h")
    #expect(throws: MemoryError.missingModality) {
      try store.facts.add(FactDraft(body: "x", modality: nil, author: "a", unanchored: true), now: Self.t0)
    }
    #expect(throws: MemoryError.missingAnchorChoice) {
      try store.facts.add(FactDraft(body: "x", modality: .decision, author: "a"), now: Self.t0)
    }
    #expect(throws: MemoryError.conflictingAnchorChoice) {
      try store.facts.add(
        FactDraft(body: "x", modality: .decision, author: "a", anchors: [anchor], unanchored: true), now: Self.t0)
    }
    #expect(throws: MemoryError.self) {
      try store.facts.add(
        FactDraft(body: "x", modality: .hypothesis, confidence: 1.5, author: "a", unanchored: true), now: Self.t0)
    }
    #expect(throws: MemoryError.self) {
      try store.facts.add(
        FactDraft(
          body: "x", modality: .decision, author: "a",
          anchors: [.fileRange(file: "a.ts", startLine: 5, endLine: 2, contentHash: "h")]),
        now: Self.t0)
    }
    #expect(throws: MemoryError.self) {
      try store.facts.add(FactDraft(body: " \n", modality: .decision, author: "a", unanchored: true), now: Self.t0)
    }
    #expect(MemoryError.missingModality.description.contains("option_considered"))
    #expect(try store.facts.all().facts.isEmpty)
  }

  // MARK: Supersede chains

  @Test func aSupersedeChainLeavesOnlyTheLastActiveAndIsWalkableBothWays() throws {
    let store = try TempStore()
    defer { store.delete() }
    let a = try store.facts.add(store.draft("use A", .decision), now: Self.t0)
    let b = try store.facts.supersede(id: a.id, with: store.draft("use B", .decision), now: Self.t0 + 60)
    let c = try store.facts.supersede(id: b.id, with: store.draft("use C", .decision), now: Self.t0 + 120)

    let (ra, rb, rc) = (try store.facts.fact(id: a.id), try store.facts.fact(id: b.id), try store.facts.fact(id: c.id))
    #expect([ra.status, rb.status, rc.status] == [.superseded, .superseded, .active])
    #expect(ra.supersededBy == b.id && rb.supersededBy == c.id && rc.supersededBy == nil)
    #expect(ra.supersedes.isEmpty && rb.supersedes == [a.id] && rc.supersedes == [b.id])
    #expect(ra.updated == Self.t0 + 60)
    #expect(ra.body == "use A")  // superseding never rewrites the old body

    // Forward from a, backward from c.
    var forward = [a.id]
    while let next = try store.facts.fact(id: forward.last!).supersededBy { forward.append(next) }
    var backward = [c.id]
    while let previous = try store.facts.fact(id: backward.last!).supersedes.first { backward.append(previous) }
    #expect(forward == [a.id, b.id, c.id])
    #expect(backward == [c.id, b.id, a.id])

    // The chain cannot fork: a superseded fact cannot be superseded again.
    #expect(throws: MemoryError.notSupersedable(id: a.id, status: .superseded)) {
      try store.facts.supersede(id: a.id, with: store.draft("use D", .decision), now: Self.t0 + 180)
    }
    let scan = try store.facts.all()
    #expect(scan.facts.map(\.id) == [c.id, b.id, a.id])  // newest first
    #expect(scan.problems.isEmpty)
  }

  @Test func retractKeepsTheBodyAndRecordsWhen() throws {
    let store = try TempStore()
    defer { store.delete() }
    let fact = try store.facts.add(store.draft("wrong idea", .hypothesis), now: Self.t0)
    let retracted = try store.facts.retract(id: fact.id, now: Self.t0 + 30)
    #expect(retracted.status == .retracted && retracted.updated == Self.t0 + 30)
    #expect(try store.facts.fact(id: fact.id) == retracted)
    #expect(retracted.effectiveStatus(now: Self.t0 + 100 * Self.day) == .retracted)
    #expect(throws: MemoryError.notFound(id: "20200101T000000Z-000000")) {
      try store.facts.retract(id: "20200101T000000Z-000000", now: Self.t0)
    }
    #expect(throws: MemoryError.invalidID("../etc/passwd")) { try store.facts.fact(id: "../etc/passwd") }
  }

  // MARK: Expiry

  @Test func observationsExpireAfterAWeekDecisionsNeverQuestionsWhenAnswered() throws {
    let store = try TempStore()
    defer { store.delete() }
    let observation = try store.facts.add(store.draft("tests pass", .observation), now: Self.t0)
    let hypothesis = try store.facts.add(store.draft("cache is cold", .hypothesis), now: Self.t0)
    let decision = try store.facts.add(store.draft("use header()", .decision), now: Self.t0)
    let option = try store.facts.add(store.draft("could use raw", .optionConsidered), now: Self.t0)
    let question = try store.facts.add(store.draft("why slow?", .question), now: Self.t0)

    #expect(observation.effectiveStatus(now: Self.t0 + 6 * Self.day) == .active)
    #expect(observation.effectiveStatus(now: Self.t0 + 8 * Self.day) == .expired)
    #expect(hypothesis.effectiveStatus(now: Self.t0 + 13 * Self.day) == .active)
    #expect(hypothesis.effectiveStatus(now: Self.t0 + 15 * Self.day) == .expired)
    for fact in [decision, option, question] {
      #expect(fact.expires == nil)
      #expect(fact.effectiveStatus(now: Self.t0 + 10_000 * Self.day) == .active)
    }

    // A question ends when answered, i.e. superseded.
    let answer = try store.facts.supersede(id: question.id, with: store.draft("GC pauses", .observation), now: Self.t0)
    let answered = try store.facts.fact(id: question.id)
    #expect(answered.status == .superseded && answered.supersededBy == answer.id)
    #expect(answered.effectiveStatus(now: Self.t0 + 1) == .expired)
    // Other modalities stay `superseded`.
    let newer = try store.facts.supersede(id: decision.id, with: store.draft("use get()", .decision), now: Self.t0)
    #expect(try store.facts.fact(id: decision.id).effectiveStatus(now: Self.t0 + 1) == .superseded)
    #expect(newer.effectiveStatus(now: Self.t0 + 1) == .active)

    // needs_revalidation also expires by time; the policy is configurable.
    let stale = try store.facts.update(id: observation.id, now: Self.t0) {
      $0.status = .needsRevalidation
      $0.revalidation = "Context.header: body changed"
    }
    #expect(stale.effectiveStatus(now: Self.t0 + 8 * Self.day) == .expired)
    let patient = ExpiryPolicy(lifetimes: [.observation: 30 * Self.day])
    #expect(stale.effectiveStatus(now: Self.t0 + 8 * Self.day, policy: patient) == .needsRevalidation)
    #expect(patient.expiry(for: .decision, createdAt: Self.t0) == nil)
  }

  // MARK: Updates

  @Test func updateChangesOnlyStatusLinksNoteAndAnchorsNeverTheBody() throws {
    let store = try TempStore()
    defer { store.delete() }
    for body in Self.trickyBodies {
      let fact = try store.facts.add(store.draft(body, .decision), now: Self.t0)
      let bodyBytes = try Data(contentsOf: store.facts.fileURL(fact.id)).suffix(body.utf8.count)
      let anchor = Anchor.symbol(key: "py:a.py#function:f", signatureHash: "s", bodyHash: "b", callers: [])
      let updated = try store.facts.update(id: fact.id, now: Self.t0 + 5) {
        $0.status = .needsRevalidation
        $0.revalidation = "f: signature changed\nand a second \"line\""
        $0.anchors = [anchor]
      }
      let file = try Data(contentsOf: store.facts.fileURL(fact.id))
      #expect(file.suffix(body.utf8.count) == bodyBytes)
      let reread = try store.facts.fact(id: fact.id)
      #expect(reread == updated)
      #expect(Array(reread.body.utf8) == Array(body.utf8))
      #expect(reread.provenance == fact.provenance && reread.modality == fact.modality)
    }
    // `Fact.body` is `let`: `$0.body = "x"` inside an update does not compile.
  }

  @Test func needsRevalidationWithoutANoteIsRejectedAndTheFileIsUntouched() throws {
    let store = try TempStore()
    defer { store.delete() }
    let fact = try store.facts.add(store.draft("x", .decision), now: Self.t0)
    let before = try Data(contentsOf: store.facts.fileURL(fact.id))
    #expect(throws: MemoryError.missingRevalidationNote(id: fact.id)) {
      try store.facts.update(id: fact.id) { $0.status = .needsRevalidation }
    }
    #expect(try Data(contentsOf: store.facts.fileURL(fact.id)) == before)
  }

  // MARK: Concurrency

  @Test func concurrentWritersNeverLoseAFact() throws {
    // Threads in one process, each with its own FactStore, all in the same second (so ids differ only by the
    // random suffix). Across processes the same guarantees come from link()/O_EXCL and flock, which do not
    // care whether the other writer is a thread or a process; a two-process CLI test covers that end to end.
    let store = try TempStore()
    defer { store.delete() }
    let folder = store.facts.folder
    let failures = Counter()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      let facts = FactStore(folder: folder)
      for n in 0..<25 {
        do {
          _ = try facts.add(
            FactDraft(body: "writer \(writer) fact \(n)", modality: .observation, author: "w", unanchored: true),
            now: Self.t0)
        } catch { failures.increment() }
      }
    }
    let scan = try store.facts.all()
    #expect(failures.value == 0)
    #expect(scan.problems.isEmpty)
    #expect(Set(scan.facts.map(\.body)).count == 50)
    #expect(Set(scan.facts.map(\.id)).count == 50)
  }

  @Test func aTakenIdIsRetriedNeverOverwritten() throws {
    let store = try TempStore()
    defer { store.delete() }
    let suffixes = Counter()
    let stuck = FactStore(folder: store.facts.folder) {
      // 000000, 000000, 000001, …: the second add collides once.
      String(format: "%06x", max(0, suffixes.increment() - 2))
    }
    let first = try stuck.add(store.draft("first", .decision), now: Self.t0)
    let second = try stuck.add(store.draft("second", .decision), now: Self.t0)
    #expect(first.id == "20261127T151300Z-000000" && second.id == "20261127T151300Z-000001")
    #expect(try stuck.fact(id: first.id).body == "first")

    let broken = FactStore(folder: store.facts.folder) { "000000" }
    #expect(throws: MemoryError.idSpaceExhausted(attempts: FactStore.maxAttempts)) {
      try broken.add(store.draft("third", .decision), now: Self.t0)
    }
    #expect(try store.facts.all().facts.count == 2)
  }

  @Test func concurrentUpdatesAreSerializedSoNoneIsLost() throws {
    let store = try TempStore()
    defer { store.delete() }
    let fact = try store.facts.add(store.draft("shared", .decision), now: Self.t0)
    let folder = store.facts.folder
    DispatchQueue.concurrentPerform(iterations: 20) { n in
      _ = try? FactStore(folder: folder).update(id: fact.id, now: Self.t0) {
        $0.anchors.append(.fileRange(file: "f\(n).ts", startLine: 1, endLine: 1, contentHash: "h"))
      }
    }
    #expect(try store.facts.fact(id: fact.id).anchors.count == 20)  // the draft was unanchored
  }

  @Test func racingSupersedesOfOneFactLetExactlyOneWin() throws {
    let store = try TempStore()
    defer { store.delete() }
    let question = try store.facts.add(store.draft("which?", .question), now: Self.t0)
    let folder = store.facts.folder
    let wins = Counter()
    let losses = Counter()
    DispatchQueue.concurrentPerform(iterations: 8) { n in
      do {
        _ = try FactStore(folder: folder).supersede(
          id: question.id, with: store.draft("answer \(n)", .observation), now: Self.t0)
        wins.increment()
      } catch MemoryError.notSupersedable {
        losses.increment()
      } catch {}
    }
    #expect(wins.value == 1 && losses.value == 7)
    #expect(try store.facts.all().facts.count == 2)
  }

  // MARK: Malformed files

  @Test func aMalformedFileIsReportedWithItsLineNotDropped() throws {
    let store = try TempStore()
    defer { store.delete() }
    let good = try store.facts.add(store.draft("fine", .decision), now: Self.t0)
    let folder = store.facts.folder
    try Data("no front matter\n".utf8).write(to: folder.appendingPathComponent("20200101T000000Z-aaaaaa.md"))
    try Data("---\nid: 20200101T000000Z-bbbbbb\nmodality: wish\n---\nbody".utf8)
      .write(to: folder.appendingPathComponent("20200101T000000Z-bbbbbb.md"))
    try Data("notes that are not facts".utf8).write(to: folder.appendingPathComponent("README.txt"))

    let scan = try store.facts.all()
    #expect(scan.facts.map(\.id) == [good.id])
    #expect(scan.problems.count == 2)
    let bPath = folder.appendingPathComponent("20200101T000000Z-bbbbbb.md").path
    guard case .malformedFact(let path, let line, let reason) = scan.problems.last else {
      Issue.record("expected malformedFact, got \(scan.problems)")
      return
    }
    #expect(path == bPath && line == 3 && reason.contains("wish"))
    #expect(scan.problems.first!.description.contains(":1: malformed fact"))
  }

  @Test(arguments: [
    ("---\nid: x\n", 2, "closing"),
    ("---\nid: 20200101T000000Z-cccccc\n  - file: a\n---\n", 3, "outside"),
    (
      "---\nid: 20200101T000000Z-cccccc\nmodality: decision\nstatus: active\nauthor: \"unterminated\n---\n", 5,
      "unterminated"
    ),
    (
      "---\nid: 20200101T000000Z-cccccc\nmodality: decision\nstatus: active\nauthor: a\ncreated: yesterday\n---\n",
      6, "timestamp"
    ),
    (
      "---\nid: 20200101T000000Z-cccccc\nmodality: decision\nstatus: active\nauthor: a\ncolor: red\n---\n", 6,
      "unknown key"
    ),
    (
      "---\nid: 20200101T000000Z-cccccc\nmodality: decision\nstatus: active\nauthor: a\n"
        + "created: 2020-01-01T00:00:00Z\nexpires: never\n---\n", 8, "unanchored"
    ),
  ])
  func parseErrorsNameTheLineAndTheReason(_ text: String, _ line: Int, _ reason: String) throws {
    #expect {
      _ = try FactFile.parse(Data(text.utf8), path: "p.md")
    } throws: { error in
      guard case MemoryError.malformedFact("p.md", let actualLine, let actualReason) = error else { return false }
      return actualLine == line && actualReason.contains(reason)
    }
  }

  @Test func handEditedFilesWithBareAndQuotedValuesParse() throws {
    let text = """
      ---\r
      id: 20200101T000000Z-dddddd\r
      modality: option_considered\r
      status: needs_revalidation\r
      author: "Ada \\u00e9 \\ud83e\\uddea"\r
      created: 2020-01-01T00:00:00Z\r
      expires: never\r
      supersedes: [20190101T000000Z-000000, "20190102T000000Z-000000"]\r
      revalidation: body changed\r
      anchors:\r
        - file: a b.ts\r
          lines: 7\r
          content_hash: h\r
      ---\r
      body\r

      """
    let fact = try FactFile.parse(Data(text.utf8), path: "h.md")
    #expect(fact.provenance.author == "Ada é 🧪")
    #expect(fact.supersedes == ["20190101T000000Z-000000", "20190102T000000Z-000000"])
    #expect(fact.anchors == [.fileRange(file: "a b.ts", startLine: 7, endLine: 7, contentHash: "h")])
    #expect(fact.body == "body\r\n")
    #expect(fact.revalidation == "body changed")
  }
}

/// A fresh store folder under the temporary directory.
private struct TempStore {
  let facts: FactStore

  init() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-memory-\(UUID().uuidString)")
    facts = FactStore(folder: root.appendingPathComponent(".lattice/memory"))
  }

  func draft(_ body: String, _ modality: Modality) -> FactDraft {
    FactDraft(body: body, modality: modality, author: "test", unanchored: true)
  }

  func delete() {
    try? FileManager.default.removeItem(at: facts.folder.deletingLastPathComponent().deletingLastPathComponent())
  }
}

/// A thread-safe counter; `increment` returns the value before incrementing.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  var value: Int { lock.withLock { count } }

  @discardableResult
  func increment() -> Int {
    lock.withLock {
      defer { count += 1 }
      return count
    }
  }
}
